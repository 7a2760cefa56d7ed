# inspect over the io stack: getsource (linecache reads the file through open), signature, members.
import inspect


def sample(a, b=2, *args, c, d=4, **kw) -> int:
    """Adds things."""
    return a + b


class Thing:
    """A class with a method."""

    def method(self, x, y=None):
        return x

    @property
    def prop(self):
        return 1


print(inspect.getsource(sample))
print(inspect.getsource(Thing.method))
print(inspect.signature(sample), inspect.signature(Thing.method), inspect.signature(Thing().method))
sig = inspect.signature(sample)
for name, param in sig.parameters.items():
    print(name, param.kind.name, param.default is inspect.Parameter.empty)
print(sig.bind(1, c=3).arguments)
print(inspect.getdoc(Thing), inspect.getdoc(sample))
print([name for name, _ in inspect.getmembers(Thing) if not name.startswith('__')])
print(inspect.isfunction(sample), inspect.isclass(Thing), inspect.ismethod(Thing().method))
lines, start = inspect.getsourcelines(Thing)
print(len(lines), start, inspect.getfile(sample) == __file__)
print(inspect.getmodule(sample).__name__, inspect.cleandoc('  a\n    b'))
