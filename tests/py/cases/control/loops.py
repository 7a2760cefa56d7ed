# while/for over range, list, str, dict; break, continue and loop else.
for i in range(5):
    print(i, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(2, 2):
    print('never')
print([r for r in range(-5, 5, 2)], [r for r in range(5, -5, -2)])
for ch in 'loop':
    print(ch.upper(), end='')
print()
d = {'x': 1, 'y': 2, 'z': 3}
for key in d:
    print(key, d[key], end='; ')
print()
total = 0
for n in [3, 1, 4, 1, 5, 9, 2, 6]:
    if n == 1:
        continue
    if n == 9:
        break
    total += n
print(total)
for n in range(2, 30):
    for d2 in range(2, n):
        if n % d2 == 0:
            break
    else:
        print(n, 'is prime')
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print('w', i)
else:
    print('while else ran')
i = 0
while True:
    i += 1
    if i > 4:
        break
else:
    print('not printed')
print('i =', i)
for x in []:
    print('never')
else:
    print('empty for else')
count = 0
for a in range(4):
    for b in range(4):
        if b > a:
            break
        count += 1
print(count)
r = range(0, 20, 3)
print(len(r), r[2], r[-1], 9 in r, 10 in r, [v for v in r][::-1])
lst = [1, 2, 3]
for v in lst:
    if v < 3:
        lst.append(v + 10)
print(lst)
