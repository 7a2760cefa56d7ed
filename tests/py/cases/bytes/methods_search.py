# bytes searching, counting, prefixes
b = b'hello world, hello bytes'
for args in [(b'hello',), (b'o', 5), (b'o', 5, 10), (b'',), (b'', 30), (b'xyz',), (111,), (ord('h'), 1), (b'l', -5),
             (b'l', None, -3), (bytearray(b'world'),), (b'', 3, 1)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
print(b.find(memoryview(b'bytes')), b.count(memoryview(b'l')))
print(b.index(b'world'), b.rindex(b'hello'), b.index(104), b'abc'.count(b''), b''.count(b''), b'aaaa'.count(b'aa'))
for call in [lambda: b.index(b'zzz'), lambda: b.rindex(b'zzz', 0, 3), lambda: b.find('o'), lambda: b.find(256),
             lambda: b.find(-1), lambda: b.count(1.5), lambda: b.find(b'o', 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(b.startswith(b'hello'), b.startswith(b'world', 6), b.startswith((b'x', b'hel')), b.endswith(b'bytes'),
      b.endswith(b'hello', 0, 5), b.endswith((b'a', b'b')), b.startswith(b''), b.startswith(b'', 100),
      b.startswith(bytearray(b'he')), b.endswith(b's', -1), b'abc'.startswith(b'abc', -10))
for call in [lambda: b.startswith('h'), lambda: b.endswith(['h']), lambda: b.startswith((b'h', 'x')), lambda: b.startswith(104)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(b'a' in b'abc', 97 in b'abc', 120 in b'abc', b'' in b'abc', b'bc' in b'abc', bytearray(b'c') in b'abc',
      memoryview(b'ab') in b'abc')
for bad in ['a', 300, -1, None, 1.0]:
    try:
        print(bad in b'abc')
    except Exception as e:
        print(type(e).__name__, e)
print(b'abc'.removeprefix(b'ab'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b'bc'), b'abc'.removesuffix(b''),
      b'abc'.removeprefix(bytearray(b'a')))
