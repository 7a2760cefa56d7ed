# yield from: delegation of send/throw/close to sub-generators and iterators, return values, nested delegation, non-generator iterables.
def sub():
    received = []
    try:
        while True:
            x = yield len(received)
            if x == 'stop':
                return received
            received.append(x)
    except KeyError as e:
        yield 'sub caught ' + str(e)
        return 'after throw'
def outer():
    result = yield from sub()
    yield 'outer got %r' % (result,)
g = outer()
print(next(g), g.send('a'), g.send('b'), g.send('stop'))
g2 = outer()
next(g2)
print(g2.throw(KeyError('k')), next(g2))
g3 = outer()
next(g3)
g3.close()
print(g3.gi_frame is None)
def from_iterables():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3, 5)
    yield from {'k': 1}
    r = yield from iter(())
    yield r
print(list(from_iterables()))
def nested(level):
    if level == 0:
        yield 'leaf'
        return 'leaf-ret'
    r = yield from nested(level - 1)
    yield 'level %d got %s' % (level, r)
    return 'ret%d' % level
print(list(nested(3)))
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('iter-value')
        return self.i
def deleg_iter():
    v = yield from Iter()
    yield v
print(list(deleg_iter()))
def send_to_list():
    yield from [1, 2]
s = send_to_list()
next(s)
try:
    s.send('x')
except AttributeError as e:
    print('AttributeError', e)
def throw_into_list():
    yield from [1, 2]
t = throw_into_list()
next(t)
try:
    t.throw(ValueError('into list'))
except ValueError as e:
    print('ValueError', e)
def sub_raises():
    yield 1
    raise IndexError('from sub')
def catcher():
    try:
        yield from sub_raises()
    except IndexError as e:
        yield 'caught ' + str(e)
print(list(catcher()))
def closer():
    try:
        yield 1
    finally:
        print('sub finally on close')
def deleg_close():
    yield from closer()
dc = deleg_close()
next(dc)
dc.close()
def running_check():
    gen = yield from ()
    yield gen
print(list(running_check()))
try:
    exec('def bad():\n    yield from 5\nlist(bad())')
except TypeError as e:
    print('TypeError', e)
def gen_with_value():
    yield 1
    return 2
def capture():
    x = yield from gen_with_value()
    y = yield from gen_with_value()
    return x + y
c = capture()
out = []
try:
    while True:
        out.append(next(c))
except StopIteration as e:
    print(out, e.value)
