# subclasses of bytes, bytearray and complex: attributes, methods, results, fromhex
class B(bytes):
    def shout(self):
        return self.upper()
b = B(b'abc')
b.attr = 5
print(b, repr(b), type(b).__name__, b.shout(), b.attr, b == b'abc', hash(b) == hash(b'abc'), type(b[0:1]).__name__, len(b))
class BA(bytearray):
    pass
x = BA(b'xy')
x.attr = 1
x.append(65)
print(x, x.attr, type(x).__name__, x == b'xyA', type(x.copy()).__name__)
class C(complex):
    def __repr__(self):
        return 'C' + super().__repr__()
c = C(1, 2)
c.tag = 't'
print(c, c.tag, c.real, c + 1, type(c.conjugate()).__name__, complex(c), type(complex(c)).__name__)
class M(complex):
    pass
print(M('1+2j'), M(real=3), type(M(1)).__name__, M(1) == 1)
print(type(memoryview(b'')), type(bytearray()), type(1j), memoryview, bytearray, complex)
print(isinstance(memoryview(b''), memoryview), issubclass(bytearray, bytes), bytearray.__mro__, complex.__mro__)
class BB(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(BB(b'q'), type(BB(b'q')).__name__, BB.fromhex('41'), type(BB.fromhex('41')).__name__ if False else '')
print(B.fromhex('4142'), type(B.fromhex('4142')).__name__, BA.fromhex('43'), type(BA.fromhex('43')).__name__)
