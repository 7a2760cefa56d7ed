# gzip (over zlib): compress/decompress, files in every mode, text mode,
# multi-member streams, mtime/filename headers, bad data.
import gzip
import io
import os
import tempfile

data = b"".join(b"line %d of some compressible text\n" % i for i in range(2000))
blob = gzip.compress(data, compresslevel=6, mtime=0)
print(len(data), len(blob) < len(data) // 5, blob[:4].hex(), gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=0)))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.gz")
    with gzip.open(path, "wb") as f:
        f.write(data[:1000])
        f.write(data[1000:])
    with gzip.open(path, "rb") as f:
        first = f.readline()
        f.seek(100)
        chunk = f.read(20)
        rest = f.read()
        print(first, chunk, len(rest), f.tell())
    with gzip.open(path, "at", encoding="utf-8") as f:
        f.write("caf\xe9 appended\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[-1])
    with open(path, "rb") as raw:
        print(raw.read(2).hex())
    with gzip.GzipFile(path, "wb", mtime=123456) as f:
        f.write(b"x")
    with open(path, "rb") as raw:
        header = raw.read(10)
    print(header[4:8][::-1].hex(), gzip.GzipFile(path).name.endswith("t.gz"))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="name.txt") as f:
    f.write(b"hello")
print(buf.getvalue()[:20], gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
for bad in [b"not gzip at all", blob[:30]]:
    try:
        gzip.decompress(bad)
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)
