# Built-in functions and methods: __name__, __qualname__, __self__, reprs.
print(len.__name__, len.__qualname__, len.__module__, len.__self__ if False else '', repr(len), repr(print))
print([].append.__name__, list.append.__qualname__, repr(list.append), repr(dict.fromkeys)[:35])
x = [1]
print(x.append.__self__ is x, repr(x.append).startswith('<built-in method append of list object at 0x'))
print(str.upper.__name__, str.upper.__qualname__, 'a'.upper.__self__, type(len).__name__)
print(len.__text_signature__ is None or True)
for f in [lambda: [].append(), lambda: 'a'.upper(1), lambda: {}.get(), lambda: [].pop(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
