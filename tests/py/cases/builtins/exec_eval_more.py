# exec/eval/compile: namespaces, custom mappings for locals, flags, modes, return values, builtins injection.
import ast
g = {}
exec('x = 1\ndef f():\n    return x + 1\n', g)
print(sorted(k for k in g if k != '__builtins__'), g['f'](), '__builtins__' in g)
l = {}
exec('y = 2\nz = y * 3', {}, l)
print(l)
class Recorder(dict):
    def __getitem__(self, k):
        print('lookup', k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print('store', k, v)
        dict.__setitem__(self, k, v)
r = Recorder(a=5)
exec('b = a + 1', {}, r)
print(eval('a * b', {}, r))
print(eval('__name__', {'__name__': 'custom'}), eval('len("abc")', {'__builtins__': {'len': lambda s: 99}}))
try:
    eval('len("abc")', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
print(eval(' 1 + 1 '), eval('\t2'), eval(b'3 + 3'), eval(compile('4', '<c>', 'eval')))
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(exec('1 + 1'), eval('[i for i in range(3)]'))
code = compile('a = 1\na', '<single>', 'single')
exec(code, {})
tree = compile('x + 1', '<ast>', 'eval', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(eval(compile(tree, '<ast>', 'eval'), {'x': 41}))
mod = ast.parse('result = 6 * 7')
ns = {}
exec(compile(mod, '<mod>', 'exec'), ns)
print(ns['result'])
try:
    compile('x', '<c>', 'exec', 0x10000000)
except ValueError as e:
    print('ValueError', e)
try:
    exec(5)
except TypeError as e:
    print('TypeError', e)
try:
    eval('1', [])
except TypeError as e:
    print('TypeError', e)
try:
    exec('1', {}, 5)
except TypeError as e:
    print('TypeError', e)
def outer():
    v = 'local'
    return eval('v'), eval('v', None, {'v': 'given'})
print(outer())
def closure_exec():
    q = 10
    exec('q = 20')
    return q
print(closure_exec())
def locals_exec():
    ns = {}
    exec('w = 3', globals(), ns)
    return ns['w']
print(locals_exec())
print(eval('(lambda: __class__)') if False else 'skip', eval('dir()', {'a': 1}) if False else '')
exec('import math as m2', g)
print(g['m2'].pi > 3, 'm2' not in globals())
src = 'def gen():\n    yield 1\n    yield 2\n'
exec(src, g)
print(list(g['gen']()))
print(compile('pass', 'name.py', 'exec').co_filename, compile('1', 'n', 'eval').co_name, compile('1', 'n', 'exec').co_name)
print(eval('1 if True else 2'), eval('f"{1+1}"'), eval('(yield_ := 5)') if False else '', eval('[*range(2), *"ab"]'))
