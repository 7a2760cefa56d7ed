# str.encode/bytes.decode with error handlers (strict/ignore/replace/backslashreplace/xmlcharrefreplace/surrogateescape) and codec names.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'aé€😀'
for enc in ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'latin1', 'iso-8859-1', 'ascii', 'us-ascii']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: s.encode(enc, err))
raw = b'a\xe9\x80\xff'
for enc in ['utf-8', 'latin-1', 'ascii']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        t(lambda: raw.decode(enc, err))
t(lambda: 'x'.encode('bogus')), t(lambda: b'x'.decode('bogus')), t(lambda: 'x'.encode(errors='bogus')), t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: '\udcff'.encode('utf-8')), t(lambda: '\udcff'.encode('utf-8', 'surrogateescape')), t(lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: b'\xed\xa0\x80'.decode('utf-8')), t(lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), t(lambda: b'\xf0\x9f\x98'.decode('utf-8'))
t(lambda: b'\xc3'.decode('utf-8')), t(lambda: b'\xc3\x28'.decode('utf-8')), t(lambda: b'\x80abc'.decode('utf-8', 'replace'))
print('é'.encode(), b'\xc3\xa9'.decode(), str(b'\xc3\xa9', 'utf-8'), 'abc'.encode('ascii'), 'a\udce9'.encode('ascii', 'surrogateescape'))
try:
    'abcé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
