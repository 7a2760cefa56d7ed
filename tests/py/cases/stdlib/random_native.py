# _random.Random (Mersenne Twister) and _sha512 directly: the same seeds give
# CPython's numbers (random.py itself also needs warnings -> re).
import _random
import _sha512

r = _random.Random(12345)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 100, 250)])
r.seed(2**100 + 7)
print(r.random(), r.getrandbits(16))
r.seed(-12345)
print(r.random())
r.seed(0)
print(r.random(), r.getrandbits(0))
state = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b, len(state), a[-1])
r.seed('a string')
s1 = r.random()
r.seed('a string')
print(s1 == r.random())
class Sub(_random.Random):
    def __init__(self, x):
        self.seed(x)
        self.extra = 'ok'
s = Sub(99)
print(s.random(), s.extra)
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.setstate((1, 2))
except ValueError as e:
    print(type(e).__name__, e)

for data in [b'', b'abc', b'x' * 200, 'é'.encode()]:
    print(_sha512.sha512(data).hexdigest()[:32], _sha512.sha384(data).hexdigest()[:32])
h = _sha512.sha512(b'part one ')
h2 = h.copy()
h.update(b'part two')
print(h.hexdigest() == _sha512.sha512(b'part one part two').hexdigest(), h2.digest() == _sha512.sha512(b'part one ').digest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), _sha512.sha384().name, _sha512.sha384().digest_size)
try:
    _sha512.sha512('text')
except TypeError as e:
    print(type(e).__name__, e)
