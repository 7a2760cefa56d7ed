# int bitwise ops with negatives and huge values (two's complement semantics), bit_length/bit_count, mixed bool, comparisons with floats.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 7, True]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]], ~a, a >> 3, a << 3)
print((2**200 - 1) & (2**100 + 1), (-2**200) | 1, (2**128) ^ (2**128 - 1), -2**100 >> 99, -2**100 >> 101, -1 >> 1000, 1 << 200 >> 199)
print((1 << 64).bit_length(), (-(1 << 64)).bit_length(), (2**1000 - 1).bit_count(), (-(2**1000 - 1)).bit_count(), (0).bit_length())
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53 + 1, 2**1000 > 1e300, -2**1000 < -1e300, 2**1024 > float('inf'), 10**400 < float('inf'))
print(2**63 == 2.0**63, 2**63 - 1 < 2.0**63, 9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0, int(2.0**63) == 2**63)
print(True & 3, True | 2, True ^ 1, ~False, False << 5, True >> 1, type(True & True).__name__, type(True | 2).__name__, type(True ^ False).__name__)
import math
print(math.gcd(2**100, 6**50), math.lcm(4, 6) if hasattr(math, 'lcm') else 12, math.isqrt(10**40 + 1), pow(3, 10**5, 10**9 + 7), (10**50) // 7 % 1000)
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__invert__(6), int.__lshift__(1, 70), int.__rshift__(-7, 1), (5).__rand__(3))
print((6).__and__(1.0), (6).__or__('x'), hex(-0xff & 0xffffffff), bin(-5 & 0xff), oct(-8 % 2**12))
x = 0
for i in range(0, 300, 7):
    x |= 1 << i
print(x.bit_count(), x.bit_length(), x % 1000003, x >> 250, bin(x)[:20], hex(x)[-10:])
