# base64 over the native binascii: every encoding round-trips, and bad input
# raises binascii.Error with CPython's message.
import base64
import binascii
import email.base64mime
import email.quoprimime
import quopri

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff' * 5]
for s in samples:
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                     (base64.encodebytes, base64.decodebytes)]:
        e = enc(s)
        assert dec(e) == s, (enc, s)
        print(enc.__name__, e[:48])
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode(b'Zm9v\nYmFy', validate=False), base64.a85encode(b'hello', wrapcol=4, adobe=True))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b16decode(b'666f6f', casefold=True))
for bad, kw in [(b'Zm9v!', {'validate': True}), (b'Zm9', {}), (b'Z', {}), (b'Zm9v====', {'validate': True})]:
    try:
        base64.b64decode(bad, **kw)
    except binascii.Error as e:
        print('Error', e)
for f, bad in [(base64.b32decode, b'MZXW6==='), (base64.b32decode, b'MZXW6YQ'), (base64.b16decode, b'0g'),
               (base64.b85decode, b'~~~~~'), (base64.a85decode, b'zz~>x')]:
    try:
        print(f(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)

# quopri and email's encoders on binascii's quoted-printable and base64.
print(quopri.encodestring(b'caf\xc3\xa9 = ok\t\nline two  \n' + b'x' * 80), quopri.decodestring(b'caf=C3=A9 =3D ok=\nmore'))
print(quopri.encodestring(b'a_b c', quotetabs=True, header=True), quopri.decodestring(b'a_b', header=True))
print(email.base64mime.body_encode(b'hello world' * 8))
print(email.quoprimime.body_encode('hello = w\u00f6rld'), email.quoprimime.header_encode(b'h\xe9llo'))
