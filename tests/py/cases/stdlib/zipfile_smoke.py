# zipfile: writing and reading archives (stored and deflated), in memory and
# on disk, directories, ZipInfo attributes, appending, testzip, extraction,
# zipfile.Path, and bad archives.
import io
import os
import tempfile
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("hello.txt", "hello world\n" * 100)
    z.writestr(zipfile.ZipInfo("dir/", date_time=(2020, 1, 2, 3, 4, 6)), "")
    info = zipfile.ZipInfo("dir/data.bin", date_time=(2021, 5, 6, 7, 8, 10))
    info.compress_type = zipfile.ZIP_STORED
    z.writestr(info, bytes(range(256)))
    z.writestr("caf\u00e9.txt", "unicode name".encode())
    z.comment = b"archive comment"
data = buf.getvalue()
print(data[:4], len(data) > 100)
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_type, i.date_time if i.filename.startswith("dir") else "-", i.is_dir(),
              "%08x" % i.CRC)
    print(z.read("hello.txt")[:11], z.read("dir/data.bin")[250:], z.getinfo("caf\u00e9.txt").flag_bits & 0x800)
    with z.open("hello.txt") as f:
        print(f.readline(), len(f.read()))
    p = zipfile.Path(z)
    print(sorted(x.name for x in p.iterdir()), (p / "dir" / "data.bin").exists(), (p / "hello.txt").read_text()[:5])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "a.zip")
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("from a file\n")
    with zipfile.ZipFile(path, "w") as z:
        z.write(src, arcname="src.txt")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("added.txt", "appended")
        with z.open("streamed.txt", "w") as w:
            w.write(b"written through open()")
    with zipfile.ZipFile(path) as z:
        print(z.namelist())
        out = os.path.join(d, "out")
        z.extractall(out)
        print(sorted(os.listdir(out)), open(os.path.join(out, "streamed.txt")).read())
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(src))
for bad in [b"PK\x03\x04 truncated", b"not a zip"]:
    try:
        zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
with zipfile.ZipFile(io.BytesIO(data)) as z:
    try:
        z.read("missing")
    except KeyError as e:
        print("KeyError", e)
