# uuid: deterministic uuid3/uuid5 (md5/sha1 from _hashlib), parsing and
# formatting; uuid4 is random, so only its properties are printed.
import uuid

for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    for name in ['python.org', 'example.com', '', 'ünïcode']:
        a, b = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(a, b, a.version, b.version, a.variant == uuid.RFC_4122)
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, hash(u) == hash(u.int))
for i in range(5):
    r = uuid.uuid4()
    print(r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in '89ab', r != uuid.uuid4())
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3), uuid.UUID(int=4)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(uuid.UUID(int=0x12345678123456781234567812345678, version=4))
for bad in ['', '1234', '{12345678-1234-5678-1234-56781234567Z}']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print('ValueError', e)
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.version, t.node == 0x123456789abc, t.clock_seq, t.variant)
