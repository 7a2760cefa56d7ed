# Built-in class and static methods: alternate constructors through subclasses, descriptors of builtins accessed via the class and instance.
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyBytes(bytes):
    pass
class MyFloat(float):
    pass
print(type(MyDict.fromkeys('ab')).__name__, MyDict.fromkeys('ab', 0), type(MyInt.from_bytes(b'\x01', 'big')).__name__, MyInt.from_bytes(b'\x02', 'big'))
print(type(MyBytes.fromhex('00ff')).__name__, MyBytes.fromhex('41'), type(MyFloat.fromhex('0x1p1')).__name__, MyFloat.fromhex('0x1p3'))
print(type(dict.fromkeys).__name__, type(int.from_bytes).__name__, type(str.maketrans).__name__, type(bytes.maketrans).__name__)
print(dict.fromkeys.__self__ is dict, MyDict.fromkeys.__self__ is MyDict, {}.fromkeys('x'), (5).from_bytes(b'\x03', 'little'))
print(str.maketrans('a', 'b') == ''.maketrans('a', 'b'), bytes.maketrans(b'a', b'b') == b''.maketrans(b'a', b'b'))
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__ is str if hasattr(str.upper, '__objclass__') else True, repr(str.upper)[:28])
print([].append.__self__ == [], [].append.__name__, repr(len), repr([].append)[:28], len.__name__)
bound = 'abc'.upper
print(bound(), bound.__self__, type(bound).__name__, callable(bound))
unbound = str.upper
print(unbound('xyz'), list(map(str.strip, [' a ', 'b '])), sorted(['b', 'A'], key=str.lower))
try:
    str.upper()
except TypeError as e:
    print('TypeError', e)
try:
    str.upper(5)
except TypeError as e:
    print('TypeError', e)
try:
    dict.keys([])
except TypeError as e:
    print('TypeError', e)
try:
    list.append((), 1)
except TypeError as e:
    print('TypeError', e)
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.0, 2), list.__len__([1, 2]), tuple.__contains__((1,), 1), dict.__getitem__({'a': 1}, 'a'))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__repr__(None)[:17], object.__str__(5), type.__call__(int, '7'))
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__, str.__new__(str, 'q'), float.__new__(MyFloat, '2.5'), tuple.__new__(tuple, 'ab'))
try:
    int.__new__(str, 5)
except TypeError as e:
    print('TypeError', e)
try:
    int.__new__(5)
except TypeError as e:
    print('TypeError', e)
