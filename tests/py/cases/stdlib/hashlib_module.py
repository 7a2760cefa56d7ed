# hashlib over the native _hashlib/_blake2/_sha512: every guaranteed
# algorithm's digests at block-boundary lengths, incremental update and
# copy, SHAKE lengths, BLAKE2 parameters, new() by name, pbkdf2_hmac, and
# the errors.
import hashlib
import hmac
import re
import _hashlib
import _sha512


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r.hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(hashlib.algorithms_guaranteed)
print(names)
lengths = [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 127, 128, 129, 135, 136, 137, 143, 144, 167, 168, 1000]
for name in names:
    ctor = getattr(hashlib, name)
    for n in lengths:
        data = bytes((i * 31 + n) % 256 for i in range(n))
        h = ctor(data)
        if name.startswith('shake'):
            print(name, n, h.hexdigest(20), h.digest(3).hex(), h.digest(0))
        else:
            print(name, n, h.hexdigest())
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size)

# Incremental updates equal one-shot, copies are independent.
data = bytes(range(256)) * 9
for name in names:
    h = hashlib.new(name)
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    c = h.copy()
    c.update(b'more')
    one = hashlib.new(name, data)
    if name.startswith('shake'):
        print(name, h.digest(32) == one.digest(32), c.digest(32) != h.digest(32))
    else:
        print(name, h.digest() == one.digest(), c.hexdigest() != h.hexdigest(), h.hexdigest() == one.hexdigest())
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'abc')).hexdigest())
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha512', data=b'x').hexdigest()[:16],
      hashlib.md5(string=b'x').hexdigest(), hashlib.sha1(b'x', usedforsecurity=False).hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest(), hashlib.new('sha512_256', b'abc').hexdigest())
print(hashlib.new('sha512_224', b'abc').hexdigest(), hashlib.new('blake2b512', b'abc').hexdigest()[:32])
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)
print(_sha512.sha512(b'abc').hexdigest()[:32], _sha512.sha384(b'abc').hexdigest()[:32], _sha512.sha512().name)

# BLAKE2 parameters.
for t in (hashlib.blake2b, hashlib.blake2s):
    print(t.__name__, t.SALT_SIZE, t.PERSON_SIZE, t.MAX_KEY_SIZE, t.MAX_DIGEST_SIZE)
    for kw in [{}, {'digest_size': 7}, {'key': b'k' * t.MAX_KEY_SIZE}, {'key': b'short'}, {'salt': b's' * t.SALT_SIZE},
               {'person': b'p'}, {'fanout': 0, 'depth': 255, 'leaf_size': 2**32 - 1, 'node_offset': 3, 'node_depth': 2,
                                  'inner_size': 5, 'last_node': True}]:
        for n in [0, 3, 64, 65, 128, 129, 1000]:
            h = t(bytes(n), **kw)
            print(t.__name__, sorted(kw), n, h.digest_size, h.hexdigest())
    h = t(key=b'key', digest_size=10)
    h.update(b'a')
    c = h.copy()
    h.update(b'b')
    print(h.hexdigest(), c.hexdigest(), t(b'ab', key=b'key', digest_size=10).hexdigest())
    for kw in [{'digest_size': 0}, {'digest_size': t.MAX_DIGEST_SIZE + 1}, {'key': b'x' * (t.MAX_KEY_SIZE + 1)},
               {'salt': b'x' * (t.SALT_SIZE + 1)}, {'person': b'x' * (t.PERSON_SIZE + 1)}, {'fanout': 256},
               {'fanout': -1}, {'depth': 0}, {'leaf_size': -1}, {'leaf_size': 2**32}, {'node_offset': -1},
               {'node_depth': 256}, {'inner_size': t.MAX_DIGEST_SIZE + 1}, {'key': 'str'}]:
        show(t, **kw)
    show(t, 'text')


try:
    class MyBlake(hashlib.blake2b):
        pass
except TypeError as e:
    print('TypeError', e)

# pbkdf2_hmac.
for name in ['sha1', 'sha256', 'sha512', 'md5', 'sha3_256', 'blake2b']:
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 1).hex(),
          hashlib.pbkdf2_hmac(name, b'password', b'salt', 50, dklen=70).hex(),
          hashlib.pbkdf2_hmac(hash_name=name, password=bytearray(b'p' * 200), salt=b'', iterations=3, dklen=5).hex())
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0)
show(hashlib.pbkdf2_hmac, 'sha256', 'p', b's', 1)
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 2**40)

# Errors.
show(hashlib.sha256, 'text')
show(hashlib.sha256().update, 'text')
show(hashlib.sha256().update, 5)
show(hashlib.md5, 5)
show(hashlib.new, 'nope')
show(hashlib.shake_128().hexdigest)
show(hashlib.shake_128().digest, 'x')
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
# (CPython's exception class and message here depend on OpenSSL's error queue.)
for f, args in [(hashlib.pbkdf2_hmac, ('nope', b'p', b's', 1)), (_hashlib.new, ('nope',)), (hashlib.new, (5,))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(isinstance(e, ValueError), isinstance(e, TypeError))
show(_hashlib.compare_digest, 'a', b'a')
show(_hashlib.compare_digest, '\u00e9', '\u00e9')
show(_hashlib.compare_digest, 1, 2)
print(_hashlib.compare_digest('abc', 'abc'), _hashlib.compare_digest(b'abc', bytearray(b'abd')),
      _hashlib.compare_digest(b'ab', b'abc'), _hashlib.get_fips_mode())

# Reprs (addresses masked).
for obj in [hashlib.sha256(), hashlib.shake_128(), hmac.new(b'k', digestmod='sha1')._hmac, hashlib.blake2b()]:
    print(re.sub('0x[0-9a-f]+', 'ADDR', repr(obj)))

# Every algorithm hashlib reports as available (OpenSSL's names too).
print(sorted(hashlib.algorithms_available), sorted(_hashlib.openssl_md_meth_names))
for name in sorted(hashlib.algorithms_available):
    for n in [0, 3, 55, 56, 64, 119, 1000]:
        h = hashlib.new(name, bytes((i * 7 + n) % 256 for i in range(n)))
        print(name, n, h.name, h.digest_size, h.block_size, h.hexdigest(10) if name.startswith('shake') else h.hexdigest())
print(hashlib.pbkdf2_hmac('ripemd160', b'pw', b'salt', 10).hex(), hashlib.pbkdf2_hmac('sm3', b'pw', b'salt', 10).hex())
print(hmac.new(b'key', b'msg', 'ripemd160').hexdigest(), hmac.new(b'key', b'msg', 'md5-sha1').hexdigest())
