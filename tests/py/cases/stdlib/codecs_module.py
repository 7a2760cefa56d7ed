# codecs over _codecs: lookup through the encodings package, encode/decode,
# the utf-8/ascii/latin-1 functions, incremental utf-8 decoding, errors.
import codecs

info = codecs.lookup('UTF-8')
print(info.name, type(info).__name__, codecs.lookup('latin1').name, codecs.lookup('ASCII').name)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('abc', 'latin-1'))
print(codecs.utf_8_encode('ü€'), codecs.utf_8_decode(b'\xc3\xbc\xe2\x82', 'strict', False))
print(codecs.utf_8_decode(b'\xc3\xbc\xe2\x82\xac', 'strict', True), codecs.ascii_decode(b'abc'), codecs.latin_1_decode(b'\xe9'))
print(codecs.ascii_encode('abc'), codecs.latin_1_encode('é'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.encode('é', 'ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(codecs.encode('é', 'ascii', 'replace'), codecs.encode('é', 'ascii', 'ignore'), codecs.decode(b'\xff', 'utf-8', 'replace'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2')), repr(dec.decode(b'\x82')), repr(dec.decode(b'\xac', final=True)))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('ab'), enc.encode('ç', final=True))
print(codecs.BOM_UTF8, codecs.lookup_error('strict').__name__, callable(codecs.lookup_error('ignore')))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(type(e).__name__, e)
def search(name):
    if name == 'my_rot':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode()[::-1], len(b)), name='my_rot')
    return None
codecs.register(search)
print(codecs.encode('abc', 'my_rot'), codecs.decode(b'cba', 'my_rot'), codecs.lookup('MY_ROT').name)
