# str.encode with utf-8 / ascii / latin-1 and the error handlers.
samples = ['', 'abc', 'é', 'ÿ', '日本', 'a\U0001f600b', 'aéé日b', 'mix ascii é and 日']
for s in samples:
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode(encoding='utf_8'))
    for enc in ['ascii', 'latin-1']:
        for err in ['ignore', 'replace', 'backslashreplace']:
            print('  ', enc, err, s.encode(enc, err), s.encode(enc, errors=err))
print('é'.encode('latin1'), 'é'.encode('iso-8859-1'), 'é'.encode('L1'), 'x'.encode('us-ascii'))
print('a\ud800b'.encode('utf-8', 'surrogatepass'), 'a\ud800b'.encode('utf-8', 'ignore'))
print('a\ud800b'.encode('utf-8', 'replace'), 'a\udfff'.encode('utf-8', 'backslashreplace'))
print(len('日本語'.encode()), 'é'.encode() == b'\xc3\xa9', 'abc'.encode('ascii', 'bogus'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'é'.encode('ascii'))
t(lambda: 'aéé日b'.encode('ascii'))
t(lambda: '日'.encode('latin-1'))
t(lambda: 'a\ud800'.encode())
t(lambda: 'a\ud800\udc00x'.encode('utf-8'))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: 'a'.encode('nope'))
t(lambda: 'a'.encode(None))
t(lambda: 'a'.encode('utf-8', 1))
t(lambda: 'a'.encode(bad=1))
