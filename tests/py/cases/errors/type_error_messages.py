# The exact TypeError messages of operations and built-in calls on wrong types.
# Exceptions raised by operations on wrong types: the exact TypeError messages.
cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "1 - 'a'", "'a' * 'b'", "[1] * 1.5", "1 / 'x'", "'%d' % 'x'", "-'a'", "~1.5",
    "abs('x')", "len(5)", "5[0]", "5[0] = 1", "del 5[0]", "None.x", "(1).x = 2", "hash([])", "iter(5)", "next([])",
    "{}[[]]", "{[]: 1}", "set([[]])", "int([])", "float([])", "complex([])", "str(1, 2)", "list(1)", "tuple(1)",
    "dict(1)", "1 < 'a'", "[] < ()", "None < None", "1j < 1j", "sorted([1, 'a'])", "max(1, 'a')", "'a' in 5",
    "5 in 'abc'", "b'a' in 'abc'", "'a' in b'abc'", "1 ** 'x'", "pow(1, 2, 'x')", "round(1, 'x')", "divmod('a', 1)",
    "'abc'[1.5]", "[1][None]", "'abc'.join([1])", "b''.join(['a'])", "'x'.split(1)", "'x'.replace(1, 2)",
    "(lambda: 0)(1)", "(lambda x: 0)()", "(lambda *, k: 0)()", "(lambda x: 0)(x=1, y=2)", "(lambda x, /: 0)(x=1)",
    "int.__add__('a', 1)", "object.__new__(int)", "type('X', (int, str), {})", "isinstance(1, 5)", "chr('a')",
    "ord(1)", "bytes('a')", "bytearray('a')", "memoryview('a')", "slice(1)[0]", "range(1.5)", "enumerate(5)",
    "zip(5)", "map(len)", "filter(5, [1])", "getattr(1)", "setattr(1, 'a')", "vars(1, 2)", "super(1, 2)",
]
for src in cases:
    try:
        exec(src)
        print(src, '-> no error')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for f, arg in [(int.__add__, 'a'), (int.__round__, 'a'), (list.__len__, 'a'), (dict.__setitem__, 'a'), (str.upper, 1),
               (float.__trunc__, 'a'), (list.__iadd__, 'a'), (list.__init__, 'a'), (int.__hash__, 'a'), (str.__mod__, 1)]:
    try:
        f(arg) if f in (int.__round__, list.__len__, str.upper, float.__trunc__, int.__hash__) else f(arg, 1) if f is not dict.__setitem__ else f(arg, 1, 2)
    except TypeError as e:
        print(f.__name__, e)
