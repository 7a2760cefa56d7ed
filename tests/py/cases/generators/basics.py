# Generators: send, yield from with a return value, generator expressions, close() running finally.
def inner():
    x = yield 1
    print('inner got', x)
    yield 2
    return 'done'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
print(list(outer()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(x for x in squares(5) if x % 2))
def gen():
    try:
        yield 1
    finally:
        print('cleanup')
g = gen(); next(g); g.close()
print(dict(zip('abc', range(3))), sorted({3, 1, 2}))
