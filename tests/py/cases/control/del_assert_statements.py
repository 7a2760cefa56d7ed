# del of names/attributes/items/slices (and their errors), assert with messages, __debug__, global/nonlocal interplay with del.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
lst = list(range(10))
del lst[0], lst[-1]
del lst[::3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
print(d)
class O:
    pass
o = O()
o.p = 1
del o.p
try:
    del o.p
except AttributeError as e:
    print('AttributeError', e)
def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(local_del())
def del_unbound():
    try:
        del never_bound
    except NameError as e:
        return type(e).__name__ + ' ' + str(e)
    never_bound = 1
print(del_unbound())
g = 'global value'
def del_global():
    global g
    del g
del_global()
try:
    g
except NameError as e:
    print('NameError', e)
a, b, c = 1, 2, 3
del (a, b), [c]
print('a' in dir(), 'b' in dir(), 'c' in dir())
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('AssertionError', e.args)
assert True, 'never evaluated' + 1
print(__debug__, __name__, type(__builtins__).__name__ in ('module', 'dict'))
def evaluate_message():
    log = []
    try:
        assert log.append('evaluated') or False, log
    except AssertionError as e:
        return e.args
print(evaluate_message())
t(lambda: exec('del 1'))
t(lambda: exec('del f()'))
t(lambda: exec('del (a + b)'))
t(lambda: exec('x = 1\ndel x\ndel x'))
