# Text files through open(): every mode, newline modes, encodings, seek/tell, readline/iteration, flushing.
import os

base = '/tmp/pystm_io_%d_text' % os.getpid()
p = base + '.txt'

with open(p, 'w') as f:
    print(f.name == p, f.mode, f.encoding, f.errors, f.line_buffering, f.readable(), f.writable(), f.seekable())
    print(f.write('first line\n'), f.write('zwei: äöü €\r\n'), f.write('three\rfour\n'))
    f.writelines(['a\n', 'b'])
    print(f.tell())
with open(p) as f:
    print(repr(f.read(4)), repr(f.readline()))
    print(f.readlines(), f.newlines)
with open(p) as f:
    print(repr(f.readline()), f.tell())
with open(p, newline='') as f:
    print([line for line in f], f.newlines)
with open(p, newline='\n') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.readlines())
with open(p, newline='\r\n') as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)))
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.seek(0), repr(f.read(5)))
    f.seek(0, 2)
    print(repr(f.read()), f.tell() == os.path.getsize(p))

# tell()/seek() cookies at every line start.
with open(p, 'w') as f:
    for i in range(300):
        f.write('line %d: %s\n' % (i, 'é' * (i % 7)))
with open(p) as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(len(marks))
    for pos, line in marks[::37]:
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line))

# Write newline translation.
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())

# Modes: a, a+, r+, w+, x.
with open(p, 'w') as f:
    f.write('start\n')
with open(p, 'a') as f:
    print(f.tell() > 0, f.write('appended\n'))
with open(p, 'a+') as f:
    f.seek(0)
    print(repr(f.read()))
    f.write('more\n')
with open(p, 'r+') as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write('START')
with open(p) as f:
    print(repr(f.read()))
with open(p, 'w+') as f:
    f.write('fresh\ncontent\n')
    f.seek(0)
    print(f.readlines())
    print(f.truncate(3), f.tell())
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
with open(p, 'x') as f:
    f.write('exclusive')
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(p, 'rt') as f:
    print(f.read())

# Encodings and errors.
with open(p, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('café ÿ'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(f.read())
try:
    with open(p, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(p, encoding='utf-8', errors='replace') as f:
    print(ascii(f.read()))
with open(p, encoding='ascii', errors='ignore') as f:
    print(f.read())
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve')
with open(p, 'rb') as f:
    print(f.read())
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(p, 'w', encoding='UTF8') as f:
    f.write('x' * 10000 + '€' + 'y' * 10000)
with open(p, encoding='utf_8') as f:
    data = f.read()
    print(len(data), data[10000], f.encoding)
with open(p) as f:
    chunks = []
    while True:
        c = f.read(4096)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)

# Unclosed files are flushed at exit; reconfigure; buffer attributes.
with open(p, 'w') as f:
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.name == p, f.buffer.mode, f.buffer.raw.mode)
    f.reconfigure(line_buffering=True)
    print(f.line_buffering)
    f.write('x\n')
    print(open(p).read() == 'x\n')
os.remove(p)
import atexit
left_open = open(base + '.left', 'w')
left_open.write('written before exit\n')
print('exists', os.path.exists(base + '.left'))
atexit.register(os.remove, base + '.left')
