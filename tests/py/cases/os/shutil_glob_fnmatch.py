# shutil (copy, copy2, copyfile, copytree, rmtree, move, which, disk_usage, make_archive-free parts),
# glob and fnmatch over a per-pid tree under /tmp that the script creates and removes.
import os, shutil, glob, fnmatch, stat
base = f"/tmp/pystm_shutil_{os.getpid()}"
os.makedirs(base + "/src/sub/deeper")
os.makedirs(base + "/src/empty")
def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)
def read(path):
    fd = os.open(path, os.O_RDONLY)
    out = b""
    while chunk := os.read(fd, 4096):
        out += chunk
    os.close(fd)
    return out
write(base + "/src/a.txt", b"alpha\n" * 1000)
write(base + "/src/b.py", b"print('b')\n")
write(base + "/src/sub/c.txt", b"gamma")
write(base + "/src/sub/deeper/d.dat", bytes(range(256)))
os.symlink("a.txt", base + "/src/link_to_a")
os.chmod(base + "/src/b.py", 0o755)
rel = lambda p: os.path.relpath(p, base)
print(rel(shutil.copyfile(base + "/src/a.txt", base + "/copy.txt")), read(base + "/copy.txt") == read(base + "/src/a.txt"))
print(rel(shutil.copy(base + "/src/b.py", base)), oct(os.stat(base + "/b.py").st_mode & 0o777))
os.utime(base + "/src/sub/c.txt", (1000000, 2000000))
shutil.copy2(base + "/src/sub/c.txt", base + "/c2.txt")
print(os.stat(base + "/c2.txt").st_mtime, read(base + "/c2.txt"))
shutil.copymode(base + "/src/b.py", base + "/c2.txt"); print(oct(stat.S_IMODE(os.stat(base + "/c2.txt").st_mode)))
print(rel(shutil.copytree(base + "/src", base + "/dst")))
for root, dirs, files in os.walk(base + "/dst"):
    dirs.sort()
    print(rel(root), sorted(dirs), sorted(files))
print(os.path.islink(base + "/dst/link_to_a"), read(base + "/dst/sub/deeper/d.dat") == bytes(range(256)))
shutil.copytree(base + "/src", base + "/dst2", symlinks=True, ignore=shutil.ignore_patterns("*.py", "deeper"))
print(sorted(os.listdir(base + "/dst2")), sorted(os.listdir(base + "/dst2/sub")), os.path.islink(base + "/dst2/link_to_a"))
try:
    shutil.copytree(base + "/src", base + "/dst")
except FileExistsError as e:
    print("FileExistsError", rel(e.filename))
shutil.copytree(base + "/src", base + "/dst", dirs_exist_ok=True)
print(rel(shutil.move(base + "/dst2", base + "/moved")), os.path.exists(base + "/dst2"))
print(sorted(rel(p) for p in glob.glob(base + "/src/*")))
print(sorted(rel(p) for p in glob.glob(base + "/src/**/*.txt", recursive=True)))
print(sorted(rel(p) for p in glob.glob(base + "/*/sub/[cd]*")))
print(sorted(glob.glob("*.txt", root_dir=base + "/src")), sorted(glob.iglob("**", root_dir=base + "/src/sub", recursive=True)))
print(glob.escape("a[b]*?"), glob.has_magic("x*"), glob.glob(base + "/nothing*"))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("FOO.PY", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
print(fnmatch.translate("*.[ch]"), fnmatch.fnmatch("x[1]", "x[[]1]"))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("ls", path="/bin:/usr/bin") is not None)
du = shutil.disk_usage(base)
print(du.total >= du.used, du._fields)
shutil.rmtree(base + "/dst")
print(os.path.exists(base + "/dst"))
try:
    shutil.rmtree(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", rel(e.filename))
errors = []
shutil.rmtree(base + "/missing", onerror=lambda f, p, e: errors.append((f.__name__, rel(p), e[0].__name__)))
print(errors)
shutil.rmtree(base)
print(os.path.exists(base))
print(shutil.get_terminal_size((80, 24)))
