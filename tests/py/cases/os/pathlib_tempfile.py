# pathlib and tempfile over posix (and _io for read_text/write_text) in a per-pid directory under /tmp.
import pathlib, os, tempfile
base = pathlib.Path(f"/tmp/pystm_pl_{os.getpid()}")
base.mkdir()
(base / "a.txt").write_text("alpha")
(base / "sub").mkdir()
(base / "sub" / "b.py").write_bytes(b"print(1)")
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*")))
print((base / "a.txt").read_text(), (base / "a.txt").stat().st_size, (base / "a.txt").exists(), (base / "nope").exists())
print((base / "sub").is_dir(), (base / "a.txt").is_file(), (base / "a.txt").suffix, (base / "a.txt").with_suffix(".md").name)
(base / "a.txt").rename(base / "c.txt")
print(sorted(p.name for p in base.glob("*.txt")))
for p in sorted(base.rglob("*"), reverse=True):
    p.rmdir() if p.is_dir() else p.unlink()
base.rmdir()
print(base.exists())
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / "t"
    p.write_text("x")
    print(p.read_text(), os.path.exists(d))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile() as f:
    f.write(b"data"); f.flush(); print(os.path.getsize(f.name))
