# bytes.decode / str(bytes, ...) with utf-8 / ascii / latin-1 and error handlers.
samples = [b'', b'abc', b'caf\xc3\xa9', b'\xe6\x97\xa5', b'a\xffb', b'\xc3', b'\xe2\x28\xa1', b'\xed\xa0\x80',
           b'\xf0\x9f\x98\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'ok\xf0\x9f']
for b in samples:
    print(b, repr(b.decode('latin-1')), repr(str(b, 'latin-1')))
    for err in ['replace', 'ignore', 'backslashreplace']:
        print('  ', err, repr(b.decode('utf-8', err)), repr(b.decode('ascii', err)), repr(str(b, errors=err)))
print(b'abc'.decode(), b'abc'.decode('ascii'), b'\xc3\xa9'.decode(encoding='utf8'), b'x'.decode('L1'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'\xff'.decode())
t(lambda: b'a\xe2\x82'.decode('utf-8'))
t(lambda: b'\xe2\x28\xa1'.decode('utf-8'))
t(lambda: b'\xed\xa0\x80'.decode('utf-8'))
t(lambda: b'ab\x80'.decode('ascii'))
t(lambda: b'\xc0\xaf'.decode())
t(lambda: b'ok\xf0\x9f'.decode())
t(lambda: b'\xf4\x90\x80\x80'.decode())
t(lambda: b'a'.decode('nope'))
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
t(lambda: b'a'.decode('utf-8', 'bogus'))
