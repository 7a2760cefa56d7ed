# bytes: indexing, slicing, concatenation, repetition, membership, iteration, comparison and common methods.
b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-2], b + b'!', b * 2, b'lo' in b, 104 in b, list(b[:3]))
print(b.split(), b.split(b'o'), b'-'.join([b'a', b'b']), b.upper(), b.replace(b'l', b'L'), b.find(b'wor'), b.count(b'l'))
print(b.startswith(b'he'), b.endswith(b'xd'), b'  x \n'.strip(), b.hex(), bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'))
print(b < b'help', b == b'hello world', sorted([b'b', b'a']), len(b), b.decode())
try:
    b[20]
except IndexError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    b + 'x'
except TypeError as e:
    print(e)
