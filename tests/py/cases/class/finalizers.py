# __del__ and generator finalization: objects made below a native call (so
# no interpreter state of the caller still holds them) and dropped; after
# gc.collect() every finalizer has run exactly once.
import gc

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


class Child(Resource):
    pass


class Resurrect:
    saved = []

    def __del__(self):
        events.append("resurrect")
        Resurrect.saved.append(self)


class Failing:
    def __del__(self):
        events.append("failing")
        1 / 0


def reader(name):
    try:
        yield 1
        yield 2
    finally:
        events.append("finally " + name)


def with_block(name):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            events.append("exit %s %s" % (name, exc[0].__name__))
    with Ctx():
        yield name


def make():
    a = Resource("plain")
    b = Child("child")
    c = Resource("cycle")
    c.me = c
    d1, d2 = Resource("pair1"), Resource("pair2")
    d1.other, d2.other = d2, d1
    Resurrect()
    Failing()
    g = reader("started")
    next(g)
    reader("never started")
    h = with_block("ctx")
    next(h)
    done = reader("finished")
    list(done)
    return [a, b]


def below_native(function):
    # Runs `function` in a nested interpreter loop whose C++ frame is gone
    # afterwards: no word of the caller's loop still names its objects.
    list(map(lambda f: f(), [function]))


holder = {}


def phase1():
    holder["kept"] = make()


def phase2():
    print([r.name for r in holder["kept"]])
    del events[:]
    holder["kept"] = None


def phase3():
    survivor = Resurrect.saved.pop()
    del events[:]
    survivor = None


below_native(phase1)
gc.collect()
print(sorted(events))
below_native(phase2)
gc.collect()
print(sorted(events))
below_native(phase3)
gc.collect()
print(events, Resurrect.saved)
