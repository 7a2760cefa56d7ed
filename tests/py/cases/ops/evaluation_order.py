# Evaluation order: operands left to right, call arguments, dict displays, chained comparisons evaluate middle once, augmented targets once.
log = []
def v(x):
    log.append(x)
    return x
def show(label):
    print(label, log)
    log.clear()
v(1) + v(2) * v(3)
show('arith')
v([1, 2])[v(0)] = v('x')
show('subscript store')
d = {v('k1'): v('v1'), v('k2'): v('v2')}
show('dict display')
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), *[v(4)], **{v('kk'): v(5)})
show('call args')
v(1) < v(2) < v(3)
show('chain true')
v(3) < v(2) < v(1)
show('chain short-circuit')
class Obj:
    def __init__(self):
        self.items = [0, 0]
        self.attr = 0
o = Obj()
def get_o():
    log.append('get_o')
    return o
def idx():
    log.append('idx')
    return 1
get_o().items[idx()] += v(5)
show('augmented subscript')
get_o().attr += v(7)
show('augmented attribute')
print(o.items, o.attr)
x = [v(1), v(2)] + [v(3)]
show('list concat')
a, b = v('a'), v('b')
show('tuple assign')
v(0) or v('or-right')
v(1) or v('never')
v(0) and v('never')
v(1) and v('and-right')
show('bool ops')
v('t') if v(True) else v('f')
show('conditional')
[v(i) for i in range(2)]
show('comprehension')
lam = lambda p=v('default'): p
show('default evaluated at def')
lam()
show('default not re-evaluated')
def deco(tag):
    log.append('deco ' + tag)
    return lambda fn: fn
@deco(v('outer'))
@deco(v('inner'))
def decorated():
    pass
show('decorators')
class K(v(object)):
    log.append('class body')
show('class')
s = {v(1), v(2)}
t = (v('t1'), *[v('t2')])
show('set and tuple displays')
print(f'{v("f1")}{v("f2")}')
show('fstring')
m = {}
m[v('key')] = m.get(v('key2'), v(0)) + 1
show('store after value')
def kwonly(*, a, b):
    return a, b
kwonly(b=v('b'), a=v('a'))
show('keywords in source order')
