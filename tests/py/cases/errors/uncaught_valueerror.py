# An uncaught ValueError from int() on user-like input.
lines = ['10', '20', '  30 ', '-5', 'forty', '50']


def parse_all(texts):
    out = []
    for t in texts:
        n = int(t)
        print('parsed', n)
        out.append(n)
    return out


numbers = parse_all(lines[:4])
print('sum', sum(numbers))
numbers = parse_all(lines)
print('sum', sum(numbers))
a = 1
b = 2
c = 3
d = 4
e = 5
print(a, b, c, d, e)
