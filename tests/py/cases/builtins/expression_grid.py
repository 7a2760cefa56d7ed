# A grid of expressions (reprs, hashes with PYTHONHASHSEED=0, set order, iterator type names, formatting) evaluated one by one.
import sys
tests = r'''
repr(1e-7)|repr(123456789012345678.0)|str(1/3)|repr(-1.0e+16)|format(1e16,'')|'%r' % 0.1
(2**0.5).hex()|float.fromhex('0x1.6a09e667f3bcdp+0')|(7).bit_length()|(-7).__floordiv__(2)
'abc'.center(8,'é')|'ß'.casefold()|'ǈ'.title()|'ΣΑΣ'.lower()|'İstanbul'.lower()|'ﬀ'.upper()
'a\u0300'.isalpha()|'\u2167'.isnumeric()|'x'.ljust(3).encode()|'\t'.isprintable()|'\u200b'.isspace()
str(b'\x00')|ascii('\U0001f600')|repr('\x7f\x80')|repr('\ud800')|'%c' % 0x1f600
sorted({'b':1,'a':2}.items())|list({3,1,2})|list({'x','y','z'})|{'b','a'}|frozenset('abc')
hash('abc')|hash(b'abc')|hash((1,2))|hash(1.5)|hash(-1)|hash(frozenset([1,2]))
divmod(-7.5, 2)|(-7.5) % 2|round(0.5)|round(1.5)|round(-1.5)|round(2.5, 0)|round(0.05, 1)
int('1'*50)|10**30/7|(10**30)//7|2**-1074|5e-324/2|1e308*10|-1e308*10
'{:,}'.format(10**10)|'{:_x}'.format(255**4)|'{:e}'.format(0)|'{:g}'.format(1e-5)|'{:.3}'.format('abcdef')
'{0!a}'.format('é')|'{:>+8.2f}'.format(3.14159)|'{:#010b}'.format(5)|'{:^+9}'.format(7)|'%.3s' % 'abcdef'
list(range(10))[::3]|list(range(10))[-3::-2]|'hello'[::-1]|[1,2,3][5:1:-1]|(1,2,3)[::-1]
min([1,2],[1,3])|max('abc','abd')|sorted([[2],[1,5],[1]])|sorted([(1,'b'),(1,'a')])
bytes(range(250,256))|bytearray(b'ab').hex()|memoryview(b'abc')[1:].tobytes()|b'a'*3|b'%x' % 255
complex(1,-0.0)|complex(-0.0,1)|1j**2|abs(3+4j)|(1+2j).conjugate()|complex('nanj')
type(1 if True else 2.0)|type(True+True)|type(1/1)|type(2**-1)|type(2**2)|type(10//3.0)
'a b  c'.split(' ')|'a\nb\r\nc'.split('\n')|'x'.join(map(str,range(3)))|'abc'.find('')|'abc'.rfind('',1)
int.from_bytes(b'\xff\xff','big',signed=True)|(65535).to_bytes(2,'little')|(-2).to_bytes(1,'big',signed=True)
chr(0x10ffff).encode('utf-8')|len('\U00010000')|'\N{GREEK SMALL LETTER ALPHA}'|'\x41\101\u0041'
[].__class__.__name__|type(iter([])).__name__|type(iter('')).__name__|type(iter(range(0))).__name__|type({}.keys()).__name__
type(iter(b'')).__name__|type(iter(())).__name__|type(iter({})).__name__|type(iter(set())).__name__|type(reversed([])).__name__
type(zip()).__name__|type(map(len,[])).__name__|type(enumerate([])).__name__|type(iter(bytearray())).__name__|type(iter(memoryview(b''))).__name__
'%5.1f|%-6d|%+d|% d|%o' % (3.14159, 42, 5, 5, 8)|'%s' % [1]|'%r' % 'x'|'%(a)s' % {'a': 1}|'%*d' % (5, 3)
'''
for line in tests.strip().split('\n'):
    out = []
    for expr in line.split('|'):
        try:
            out.append(repr(eval(expr)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(' ; '.join(out))
