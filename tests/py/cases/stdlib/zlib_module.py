# zlib over the system library: one-shot compress/decompress with every wbits
# family (zlib, raw, gzip, auto-detect), stream objects with flush modes,
# max_length/unconsumed_tail, unused_data/eof, zdict, copy, checksums,
# constants and zlib.error messages.
import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)


print(zlib.error.__mro__[1], zlib.error.__module__, zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL,
      zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH,
      zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES,
      zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION)
print(type(zlib.compressobj()), type(zlib.decompressobj()))

text = b'The quick brown fox jumps over the lazy dog. ' * 200
blob = bytes((i * 7919) % 251 for i in range(5000))
for data in [b'', b'a', text, blob]:
    for level in [-1, 0, 1, 6, 9]:
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(level, len(c), c[:6])
    for wbits, dwbits in [(15, 15), (9, 9), (-15, -15), (-9, -9), (31, 31), (31, 47), (15, 47), (25, 25), (15, 0)]:
        c = zlib.compress(data, wbits=wbits)
        print(wbits, dwbits, len(c), zlib.decompress(c, wbits=dwbits) == data, zlib.decompress(c, dwbits, 1) == data)
print(zlib.compress(text, level=9) == zlib.compress(text, 9), zlib.compress(bytearray(b'xy')), zlib.compress(memoryview(b'xy')))

# Checksums.
for d in [b'', b'a', text, blob]:
    print(zlib.crc32(d), zlib.crc32(d, 1), zlib.crc32(d, -1), zlib.adler32(d), zlib.adler32(d, 0), zlib.adler32(d, 2**33 + 5))
a = zlib.adler32(text[:100])
print(zlib.adler32(text[100:], a) == zlib.adler32(text), zlib.crc32(text[100:], zlib.crc32(text[:100])) == zlib.crc32(text))

# Errors of the one-shot functions.
c = zlib.compress(b'hello' * 10)
show(zlib.compress, b'x', 10)
show(zlib.compress, b'x', wbits=7)
show(zlib.compress, 'text')
show(zlib.compress, b'x', 1.5)
show(zlib.decompress, b'garbage')
show(zlib.decompress, c[:-3])
show(zlib.decompress, c[:5])
show(zlib.decompress, b'')
show(zlib.decompress, c + b'extra')
show(zlib.decompress, c, wbits=7)
show(zlib.decompress, c, bufsize=-1)
show(zlib.decompress, c, 15, 0)
show(zlib.decompress, c, wbits=-15)
bad = bytearray(c)
bad[-1] ^= 1
show(zlib.decompress, bytes(bad))
show(zlib.crc32, 'x')
show(zlib.adler32, b'x', 1.5)

# Compress objects.
for kw in [{}, {'level': 1}, {'wbits': -12}, {'wbits': 31, 'memLevel': 9}, {'strategy': zlib.Z_HUFFMAN_ONLY},
           {'strategy': zlib.Z_RLE}, {'strategy': zlib.Z_FIXED}, {'level': 9, 'method': zlib.DEFLATED}]:
    co = zlib.compressobj(**kw)
    parts = [co.compress(text[:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[1000:]),
             co.flush(zlib.Z_FULL_FLUSH), co.compress(b'tail'), co.flush(zlib.Z_NO_FLUSH), co.flush()]
    out = b''.join(parts)
    print(kw, [len(p) for p in parts], zlib.decompress(out, kw.get('wbits', 15)) == text + b'tail')
co = zlib.compressobj()
head = co.compress(b'abc')
co2 = co.copy()
mid = co2.compress(b'def')
print(zlib.decompress(head + co.flush()), zlib.decompress(head + mid + co2.flush()))
show(co.compress, b'x')
show(co.flush)
show(co.copy)
print(co.flush(zlib.Z_NO_FLUSH))
show(zlib.compressobj, 10)
show(zlib.compressobj, wbits=40)
show(zlib.compressobj, memLevel=0)
show(zlib.compressobj, zdict=5)
show(co2.compress, 'str')

# Decompress objects.
c = zlib.compress(text)
do = zlib.decompressobj()
pieces = [do.decompress(c[i:i + 100]) for i in range(0, len(c), 100)]
print(len(pieces), b''.join(pieces) == text, do.eof, do.unused_data, do.unconsumed_tail, do.flush())
do = zlib.decompressobj()
out = do.decompress(c, 1000)
print(len(out), len(do.unconsumed_tail), do.eof)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 1000)
print(out == text, do.eof, do.unconsumed_tail, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(c + b'EXTRA') == text, do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)
print(do.flush(), do.eof)
show(do.decompress, b'x')
show(do.copy)
do = zlib.decompressobj()
head = do.decompress(c[:50])
print(len(head), do.eof, len(do.flush()), do.eof)
do = zlib.decompressobj()
head = do.decompress(c, 10)
rest = do.flush()
print(len(head), len(rest), head + rest == text, do.eof, do.unconsumed_tail)
do = zlib.decompressobj()
do.decompress(c[:200])
dc = do.copy()
print(do.decompress(c[200:]) == dc.decompress(c[200:]), dc.eof)
show(zlib.decompressobj().decompress, b'abc')
show(zlib.decompressobj().decompress, c, -1)
show(zlib.decompressobj().flush, 0)
print(type(zlib.decompressobj(wbits=40)).__name__)
show(zlib.decompressobj, wbits=5)
show(zlib.decompressobj, zdict=5)
for wbits in [-15, 31, 47]:
    co = zlib.compressobj(wbits=wbits if wbits != 47 else 31)
    data = co.compress(blob) + co.flush()
    do = zlib.decompressobj(wbits)
    print(wbits, do.decompress(data) == blob, do.eof)

# Preset dictionaries.
zd = b'quick brown fox lazy dog'
co = zlib.compressobj(zdict=zd)
cd = co.compress(text[:200]) + co.flush()
show(zlib.decompress, cd)
show(zlib.decompressobj().decompress, cd)
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cd) == text[:200], do.eof)
do = zlib.decompressobj(zdict=bytearray(zd))
print(do.decompress(cd) == text[:200])
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text[:200]) + co.flush()
print(zlib.decompressobj(-15, zd).decompress(raw) == text[:200])
show(zlib.decompressobj(zdict=b'wrong dictionary').decompress, cd)
