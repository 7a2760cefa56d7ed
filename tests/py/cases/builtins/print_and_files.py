# print() arguments (sep/end/file/flush and errors) and open() for text and binary files in a temporary directory.
import os, sys
print('a', 'b', 'c', sep='-', end='!\n')
print('no newline', end='')
print()
print(1, 2, sep='')
print(sep=':')
print(*range(5), sep=', ')
print('x', None, 3.5, [1], {'k': 'v'}, sep=None, end=None)
for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(flush=None, bogus=1)]:
    try:
        print('y', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('to', 'writer', file=w, sep='|')
print(w.parts)
print('stdout explicit', file=sys.stdout, flush=True)
path = '/tmp/pystm_difftest_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print(type(f).__name__ if False else 'opened', f.writable(), f.readable(), f.name == path, f.mode)
    n = f.write('line one\nline two\n')
    f.write('ünïcode\n')
    print('wrote', n)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(f.readline(), f.readline(), f.readlines())
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    f.write('appended\n')
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8], data.count(b'\n'))
with open(path, 'wb') as f:
    f.write(b'\x00\x01binary')
with open(path, 'rb') as f:
    print(f.read(3), f.read())
with open(path, 'r', encoding='latin-1') as f:
    print(repr(f.read()))
f = open(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: open(path, 'rw'), lambda: open(path, 'q'), lambda: open('/nonexistent/dir/file'), lambda: open(path, 'r', encoding='bogus-enc').read()]:
    try:
        bad()
    except (ValueError, OSError, LookupError) as e:
        print(type(e).__name__, str(e).replace(path, 'PATH'))
os.remove(path)
print(os.path.exists(path))
