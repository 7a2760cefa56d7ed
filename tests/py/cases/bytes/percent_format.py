# bytes % formatting
class WithBytes:
    def __bytes__(self):
        return b'WB'
print(b'%s and %s' % (b'x', bytearray(b'y')), b'%b' % memoryview(b'mv'), b'%d|%5d|%-5d|%05d' % (1, 2, 3, -4),
      b'%x %X %o %#x' % (255, 255, 8, 255), b'%.2f %e %g' % (3.14159, 1e10, 0.5), b'%c%c' % (65, b'B'),
      b'%r %a' % (b'x', 'caf\xe9'), b'%%', b'%(k)s=%(v)d' % {b'k': b'key', b'v': 5}, b'%s' % WithBytes(), b'%5s|%-4b|' % (b'ab', b'c'),
      b'%.1s' % b'xyz', bytearray(b'%d') % 7, b'no args' % ())
for fmt, args in [(b'%s', 'str'), (b'%s', 5), (b'%d', b'x'), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'), (b'%y', 1),
                  (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%', ()), (b'%(x)s', (1,))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
