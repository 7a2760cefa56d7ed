# raise SystemExit(3): prints nothing to stderr, exit status 3; finally still runs.
def work(items):
    total = 0
    for x in items:
        total += x * x
    return total


print('total', work(range(10)))
try:
    print('about to exit')
    raise SystemExit(3)
finally:
    print('finally before exit')
print('not reached')
a = 1
b = 2
c = a + b
print(c)
d = c * 2
print(d)
e = d * 2
print(e)
