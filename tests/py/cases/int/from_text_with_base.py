# int(text, base) with str, bytes and bytearray text; other types are refused.
for text in ["ff", b"ff", bytearray(b"ff"), " 0x1F ", b"0b101", bytearray(b"  -77 ")]:
    for base in (0, 16, 8, 2, 36):
        try:
            print(repr(text), base, int(text, base))
        except ValueError as e:
            print(repr(text), base, "ValueError", e)
for bad in [memoryview(b"12"), 12, 1.5, None]:
    try:
        int(bad, 10)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
