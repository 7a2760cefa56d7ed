# Generators: send/throw/close, StopIteration -> RuntimeError, finalization, gi_ attributes.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append('VE:' + str(e))
    finally:
        print('finally', received)


g = echo()
print(next(g), g.send('a'), g.send('b'), g.throw(ValueError('boom')), g.throw(ValueError, 'two'))
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(1)
except StopIteration as e:
    print('StopIteration', e.value)

g = echo()
try:
    g.send('x')
except TypeError as e:
    print('TypeError', e)


def stopper():
    yield 1
    raise StopIteration('inside')


try:
    list(stopper())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)


def returns():
    yield 1
    return 'done'


g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)


def catches_throw():
    try:
        yield 1
    except KeyError:
        return 'handled'


g = catches_throw()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print('returned', e.value)

g = catches_throw()
try:
    g.throw(IndexError('unstarted'))
except IndexError as e:
    print('IndexError', e, g.gi_frame)


def running():
    yield g2.gi_running
    yield next(g2)


g2 = running()
print(next(g2))
try:
    next(g2)
except ValueError as e:
    print('ValueError', e)


def delegating():
    r = yield from sub()
    yield 'sub returned ' + str(r)


def sub():
    x = yield 'first'
    y = yield 'got ' + str(x)
    return y * 2


d = delegating()
print(next(d), d.send(3), d.send(4))
print(d.gi_yieldfrom)


def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = fin()
next(g)
g.close()
print('after close', g.gi_frame)
g = fin()
print(list(g))
gen = (i * i for i in range(4))
print(gen.__name__, gen.__qualname__, next(gen), list(gen))
print(type(gen).__name__, echo.__code__.co_flags & 0x20 != 0)
try:
    g = echo()
    g.throw(ValueError('x'), None, None)
except ValueError as e:
    print('ValueError', e)
g = echo(); next(g)
try:
    g.throw(1)
except TypeError as e:
    print('TypeError', e)
g.close()
