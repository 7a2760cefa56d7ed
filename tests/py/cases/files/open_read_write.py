# open(): text and binary modes, universal newlines, iteration, append, errors (OSError subclasses,
# io.UnsupportedOperation, invalid modes, closed files). The file name is unique per process.
path = '/tmp/pystm_open_test_%d.txt' % id(object())
with open(path, 'w') as f:
    print(f.writable(), f.readable(), f.name == path, f.mode, f.closed)
    n = f.write('line one\n')
    f.write('zwei: äöü\r\nthree\n')
    f.writelines(['a\n', 'b\n'])
    print(n)
print(f.closed)
with open(path) as f:
    print(repr(f.read(4)), repr(f.readline()), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data.decode()[:8])
with open(path, 'a') as f:
    f.write('appended\n')
print(open(path).read().splitlines()[-1])
try:
    open('/tmp/definitely/missing/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    with open(path) as f:
        f.write('x')
except OSError as e:
    print(type(e).__name__, e)
try:
    open(path, 'rw')
except ValueError as e:
    print(e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(path, 'w').write(b'bytes')
except TypeError as e:
    print(e)
open(path, 'w').close()

import os
os.remove(path)
print(os.path.exists(path))
