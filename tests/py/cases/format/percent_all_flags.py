# printf-style % formatting: every conversion and flag, mapping keys, '*' widths and the error cases.
def t(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for v in [0, 5, -5, 255, 3.75, -2.5, 2**65, True]:
    for f in ['%d', '%i', '%u', '%o', '%x', '%X', '%#o', '%#x', '%#X', '%e', '%E', '%f', '%F', '%g', '%G', '%r', '%s', '%a',
              '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%-+5d|', '% 05d', '%.3d', '%8.3d', '%-#8x|', '%#08x', '%.2f',
              '%10.3e', '%-10.1f|', '%+.0f', '%#.0f', '%#g', '%.0g', '%c' if isinstance(v, int) and 0 <= v < 256 else '%s']:
        t(f, v)
t('%s %s', ('a', 'b')), t('%s', ((1, 2),)), t('%s', [1, 2]), t('%r', 'é'), t('%a', 'é\n'), t('%5s|%-5s|', ('ab', 'cd'))
t('%.1s', 'xyz'), t('%*d', (5, 3)), t('%-*d|', (5, 3)), t('%.*f', (2, 3.14159)), t('%*.*f', (8, 2, 3.14159)), t('%*d', (-4, 7))
t('%(a)s-%(b)05.1f', {'a': 'A', 'b': 2.25}), t('%(a)s %%', {'a': 1}), t('%%', ()), t('100%%', ())
t('%c', 'x'), t('%c', 0x263a), t('%c', 'xy'), t('%c', -1), t('%c', 0x110000), t('%c', 3.0)
t('%d', 'x'), t('%d', 3.9), t('%x', 3.0), t('%o', '1'), t('%f', 'x'), t('%f', 10**400), t('%d', None)
t('%s %s', 'a'), t('%s', ('a', 'b')), t('%(a)s', 5), t('%(a)s', {}), t('%(a)s %s', {'a': 1}), t('%', ()), t('%y', 1), t('%s %', (1,))
t('%*d', ('x', 1)), t('%.*d', (1.5, 1)), t('%(a', {'a': 1}), t('%s', ()), t('abc', ()), t('abc', 5), t('abc', {'k': 1}), t('abc', [])
class Idx:
    def __index__(self):
        return 42
class Fl:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 9
t('%d %x %o %c', (Idx(), Idx(), Idx(), Idx())), t('%f', Fl()), t('%d', Fl()), t('%d', IntOnly()), t('%x', IntOnly())
t(b'%s %d %x %r %a' if False else '%s', 'skip')
print(b'%s|%5b|%-4d|%x|%c|%c' % (b'ab', b'cd', 3, 255, 65, b'z'), b'%a %r' % ('é', 'x'), b'%%' % ())
for f, a in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%y', 1), (b'%s %s', (1,))]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
