# Files nobody closes: their pending writes reach the file once the object is collected
# (CPython: at once, by reference counting; pystm: after the collection), and at exit.
import gc
import os

base = '/tmp/pystm_io_%d_unclosed' % os.getpid()


def write_and_drop(path, text, mode='w'):
    f = open(path, mode)
    f.write(text)


for i in range(3):
    write_and_drop('%s_%d.txt' % (base, i), 'content %d\n' % i)
write_and_drop(base + '_b.bin', b'binary\n', 'wb')
gc.collect()
gc.collect()
for i in range(3):
    with open('%s_%d.txt' % (base, i)) as f:
        print(repr(f.read()))
    os.remove('%s_%d.txt' % (base, i))
with open(base + '_b.bin', 'rb') as f:
    print(f.read())
os.remove(base + '_b.bin')

# Many unclosed readers must not run out of descriptors.
with open(base + '_r.txt', 'w') as f:
    f.write('x')
total = 0
for i in range(3000):
    total += len(open(base + '_r.txt').read())
    if i % 500 == 0:
        gc.collect()
print(total)
os.remove(base + '_r.txt')
