# int arithmetic over small, boundary and huge values (differential vs CPython).
values = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
          2**63 - 1, -2**63, 2**63, 2**64, -2**64 + 1, 10**18, 10**19, -10**20, 3**40, -(7**30),
          2**100 + 12345, -(2**127) + 1, 10**50 + 7, 123456789 * 10**40]

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for a in values:
    for b in values:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b)
        show("//", lambda: a // b)
        show("%", lambda: a % b)
        show("divmod", lambda: divmod(a, b))
        show("/", lambda: a / b)
for a in values:
    print(a, -a, +a, abs(a), ~a, a.bit_length(), hash(a), bool(a), int(a), float(a))
    for s in [0, 1, 2, 5, 31, 62, 63, 64, 65, 100]:
        print("shift", a, s, a << s, a >> s)
    for e in [0, 1, 2, 3, 7, 20]:
        print("pow", a, e, a ** e)
    show("neg shift", lambda: a << -1)
    show("neg rshift", lambda: a >> -1)
print(1 >> 2**70, -1 >> 2**70, 0 << 2**70, -(2**200) >> 2**70)
x = 1
for i in range(200):
    x = x * 3 + i
print(x, x % 1000000007, x // 10**50, hash(x))
# Accumulate a factorial and check round trips.
f = 1
for i in range(1, 120):
    f *= i
print(f, f // (2**100), f % 997, str(f)[:20], len(str(f)))
print(int(str(f)) == f, -f // 7, -f % 7)
