# Files through the standard library: pathlib, shutil, os.fdopen, open(opener=), json to a file, linecache,
# and writes to sys.stdout directly.
import os, io, json, shutil, pathlib, sys
base = '/tmp/pystm_io_%d_misc' % os.getpid()
p = pathlib.Path(base + '.txt')
print(p.write_text('héllo\nwörld\n'), p.read_text(), p.read_bytes())
with p.open('a') as f:
    f.write('more\n')
print(p.read_text().splitlines())
shutil.copyfile(p, base + '.copy')
print(open(base + '.copy').read() == p.read_text())
fd = os.open(base + '.fd', os.O_WRONLY | os.O_CREAT, 0o644)
with os.fdopen(fd, 'w') as f:
    f.write('via fdopen')
print(open(base + '.fd').read())
def opener(path, flags):
    return os.open(path, flags, 0o600)
with open(base + '.op', 'w', opener=opener) as f:
    f.write('opened')
print(open(base + '.op').read(), oct(os.stat(base + '.op').st_mode & 0o777))
with open(base + '.json', 'w') as f:
    json.dump({'a': [1, 2], 'b': 'x'}, f, indent=1)
with open(base + '.json') as f:
    print(json.load(f))
print('flushed', flush=True)
sys.stdout.write('direct\n')
sys.stdout.writelines(['l1\n', 'l2\n'])
print(sys.stdout.isatty(), sys.stdin.readable(), sys.stdout.writable(), sys.stdout.seekable() in (True, False))
for suffix in ['.txt', '.copy', '.fd', '.op', '.json']:
    os.remove(base + suffix)
print(sorted(n for n in dir(io) if not n.startswith('_'))[:8])
with open(__file__, 'rb') as f:
    print(len(f.read()) > 100, f.closed)
import linecache
print(linecache.getline(__file__, 1).strip())
