# every shared method of bytes and bytearray over a grid of receivers and arguments (argument-count messages excluded)
subjects = [b'', b'a', b'abcabc', b'  Hello World \t\n', b'a,b,,c', b'\x00\xff\x80 x', b'ab\r\ncd\ref\n']
args = [(), (b'a',), (b'',), (b'abc',), (b'a', 1), (b'b', -3, -1), (b'c', 10), (97,), (b' ',), (None,), (b',',), (b',', 1),
        (b'a', b'X'), (b'a', b'XY', 1), (2,), (10,), (10, b'*'), (bytearray(b'b'),), (b'',b'-'), (0,), (-1,), (b'ab', b'cd'), (True,)]
names = ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip',
         'partition', 'rpartition', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'splitlines', 'removeprefix',
         'removesuffix', 'join', 'hex', 'title', 'capitalize', 'swapcase', 'istitle', 'isalnum', 'isspace', 'islower', 'isupper']
for ctor in (bytes, bytearray):
    for s in subjects:
        s = ctor(s)
        for n in names:
            for a in args:
                try:
                    r = getattr(s, n)(*a)
                    print(n, a, repr(r))
                except Exception as e:
                    if 'given)' in str(e) or 'expected at' in str(e) or 'takes no arguments' in str(e) or 'takes exactly' in str(e) or 'must be a byte string of length 1' in str(e) and len(a) > 2:
                        continue
                    print(n, a, type(e).__name__, e)
