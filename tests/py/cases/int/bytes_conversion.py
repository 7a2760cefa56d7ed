# int.to_bytes / int.from_bytes: byteorder, signed, lengths, defaults (3.11), errors; bit_length/bit_count.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 2**64 - 1, 2**100 + 7]:
    for signed in (False, True):
        for order in ('big', 'little'):
            t(lambda: v.to_bytes((v.bit_length() + 8) // 8 + 1, order, signed=signed))
t(lambda: (5).to_bytes()), t(lambda: (255).to_bytes(1)), t(lambda: (256).to_bytes(1)), t(lambda: (-1).to_bytes(1))
t(lambda: (128).to_bytes(1, signed=True)), t(lambda: (-129).to_bytes(1, 'big', signed=True)), t(lambda: (0).to_bytes(0))
t(lambda: (1).to_bytes(0)), t(lambda: (1).to_bytes(-1)), t(lambda: (1).to_bytes(2, 'middle')), t(lambda: (1).to_bytes(2, byteorder='little'))
t(lambda: (1).to_bytes('2')), t(lambda: (1).to_bytes(length=3, byteorder='big')), t(lambda: (1).to_bytes(2, 'big', True))
for data in [b'', b'\x00', b'\x01\x00', b'\xff', b'\xff\xff', b'\x80\x00', b'\x00\x80', bytes(range(20))]:
    print(data, int.from_bytes(data, 'big'), int.from_bytes(data, 'little'), int.from_bytes(data, 'big', signed=True),
          int.from_bytes(data, 'little', signed=True), int.from_bytes(data))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x02'), 'little'), int.from_bytes(memoryview(b'\x07')), int.from_bytes((255,)))
t(lambda: int.from_bytes('ab', 'big')), t(lambda: int.from_bytes([256], 'big')), t(lambda: int.from_bytes(b'', 'sideways'))
t(lambda: int.from_bytes(5)), t(lambda: int.from_bytes([-1])), t(lambda: int.from_bytes(b'\x01', 'big', signed=1))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01\x00', 'big')
print(type(r).__name__, r, type(bool.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x00', 'big'))
for v in [0, 1, -1, 7, -7, 255, 2**64, -2**64, 2**100 - 1, -(2**100 - 1), True]:
    print(v, v.bit_length(), v.bit_count(), bin(v), oct(v), hex(v))
print((10).numerator, (10).denominator, (10).real, (10).imag, (10).conjugate(), (-5).as_integer_ratio(), (5).is_integer() if hasattr(5, 'is_integer') else 'n/a')
t(lambda: (5).__round__(-1)), t(lambda: (15).__round__(-1)), t(lambda: (25).__round__(-1)), t(lambda: round(-35, -1)), t(lambda: round(12345, -10))
t(lambda: round(5, 1)), t(lambda: round(2**70 + 5, -1)), t(lambda: round(5, 1.5)), t(lambda: (5).__trunc__()), t(lambda: (5).__floor__())
