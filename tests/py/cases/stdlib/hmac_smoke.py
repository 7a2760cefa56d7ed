# hmac over _hashlib (hmac_new/hmac_digest) and its pure-Python fallback for
# digest constructors _hashlib does not know; compare_digest.
import hashlib
import hmac

for digestmod in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', hashlib.sha256, hashlib.md5,
                  hashlib.blake2b, hashlib.blake2s]:
    for key in [b'', b'key', b'k' * 64, b'k' * 200, bytearray(b'bytearray key')]:
        h = hmac.new(key, b'The quick brown fox', digestmod)
        c = h.copy()
        c.update(b' jumps')
        h2 = hmac.HMAC(key, digestmod=digestmod)
        h2.update(b'The quick brown fox')
        print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest() != h.hexdigest(),
              h2.digest() == h.digest(), hmac.digest(key, b'The quick brown fox', digestmod) == h.digest())
print(hmac.new(b'k', digestmod='sha256').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
for args in [(b'k',), ('str key', b'm', 'sha256')]:
    try:
        print(hmac.new(*args).hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
# (CPython's message for an unknown digest depends on OpenSSL's error queue.)
try:
    hmac.new(b'k', b'm', 'nope')
except ValueError:
    print('ValueError')
try:
    hmac.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError', e)
