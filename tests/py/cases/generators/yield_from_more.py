# yield from with non-generator iterables, return values, exceptions passed through, generator expressions scoping.
def sub():
    try:
        x = yield 1
        print('sub got', x)
        yield 2
    except GeneratorExit:
        print('sub closing')
        raise
    return 'sub result'
def delegator():
    r = yield from sub()
    print('result', r)
    r2 = yield from [10, 20]
    print('list result', r2)
    r3 = yield from range(2)
    return 'end'
g = delegator()
print(next(g), g.send('hello'), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = delegator()
next(g)
g.close()
print('closed')
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('custom value')
        return self.i
def from_iter():
    r = yield from Iter()
    yield r
print(list(from_iter()))
def send_to_list():
    yield from [1, 2]
g = send_to_list()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError', e)
def thrower():
    yield from sub()
g = thrower()
next(g)
try:
    g.throw(ValueError('into sub'))
except ValueError as e:
    print('ValueError', e)
def gen_with_return():
    return 5
    yield
g = gen_with_return()
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))
class A:
    y = 5
    try:
        vals = [y for _ in range(2)]
    except NameError as e:
        vals = str(e)
    gens = list(y * i for i in range(2)) if False else None
print(A.vals)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
import itertools
print(list(itertools.islice(infinite(), 5)), sum(x for x in range(5) if x % 2))
def early_exit():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs on close')
held = early_exit()
for v in held:
    break
print('loop broken')
held.close()
g = early_exit()
next(g)
g.close()
def gen_raises_stopiteration_in_yield_from():
    yield from iter([])
    return 'empty'
g = gen_raises_stopiteration_in_yield_from()
try:
    next(g)
except StopIteration as e:
    print('empty', e.value)
def running_check():
    yield running.gi_running
running = running_check()
print(running.gi_running, next(running), running.gi_running)
print(repr(g)[:20], g.__name__, early_exit.__code__.co_name)
def gen_yield_expr():
    a = yield
    b = yield a
    c = yield a, b
    return c
g = gen_yield_expr()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print(e.value)
