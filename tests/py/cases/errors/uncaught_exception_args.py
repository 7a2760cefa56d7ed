# An uncaught Exception with several arguments: stderr shows the args tuple.
def validate(record):
    if 'id' not in record:
        raise Exception('bad record', len(record))
    return record['id']


records = [{'id': 1, 'v': 'a'}, {'id': 2}, {'v': 'c', 'w': 'd'}]
for r in records:
    print('validated', validate(r))
print('not reached')
a = 1
b = a + 1
c = b + 1
d = c + 1
e = d + 1
print(a, b, c, d, e)
f = [a, b, c, d, e]
print(f)
g = sum(f)
print(g)
h = g * 2
print(h)
