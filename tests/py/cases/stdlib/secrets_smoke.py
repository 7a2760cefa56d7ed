# secrets: random tokens (only their shapes are printed) and compare_digest.
import secrets
import string

print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), len(secrets.token_hex(8)),
      all(c in string.hexdigits for c in secrets.token_hex()), len(secrets.token_urlsafe(16)) >= 16)
print(0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.choice('abc') in 'abc',
      secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
alphabet = string.ascii_letters + string.digits
pw = ''.join(secrets.choice(alphabet) for i in range(20))
print(len(pw), all(c in alphabet for c in pw), type(secrets.SystemRandom().random()).__name__)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
