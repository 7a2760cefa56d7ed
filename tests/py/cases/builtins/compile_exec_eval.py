# compile() modes and flags, exec/eval with globals/locals mappings, code object attributes, dont_inherit and the single mode's printing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
code = compile('a + b', '<expr>', 'eval')
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {'a': 1, 'b': 2}), code.co_names)
exec_code = compile('x = 1\ny = x + 1\n', 'file.py', 'exec')
ns = {}
exec(exec_code, ns)
print(ns['y'], sorted(k for k in ns if k != '__builtins__'), exec_code.co_filename)
single = compile('1 + 1', '<s>', 'single')
exec(single)
exec(compile('None', '<s>', 'single'))
exec(compile('x = 5', '<s>', 'single'), {})
t(lambda: compile('1 +', '<bad>', 'eval')), t(lambda: compile('x = 1', '<e>', 'eval')), t(lambda: compile('a', '<m>', 'nonsense'))
t(lambda: compile(5, '<i>', 'exec')), t(lambda: compile('pass', 5, 'exec')), t(lambda: compile(b'1 + 2', '<b>', 'eval') and eval(compile(b'1 + 2', '<b>', 'eval')))
t(lambda: eval('1 +')), t(lambda: eval('')), t(lambda: eval('  1 + 2  ')), t(lambda: eval('\n1\n')), t(lambda: eval(b'3 * 3'))
t(lambda: exec('return 5')), t(lambda: exec('yield 1')), t(lambda: exec('break')), t(lambda: exec(5))
class Locals(dict):
    def __missing__(self, key):
        return 'missing:' + key
print(eval('some_name', {}, Locals()), eval('len', {}, Locals()))
class Mapping:
    def __getitem__(self, key):
        if key == 'q':
            return 42
        raise KeyError(key)
print(eval('q', {}, Mapping()))
t(lambda: eval('zz', {}, Mapping()))
g = {'value': 10}
exec('def f():\n    return value * 2\nresult = f()', g)
print(g['result'], g['f'].__globals__ is g)
loc = {}
exec('def inner():\n    return outer_var\nouter_var = 3', {}, loc)
t(lambda: loc['inner']())
def closure_exec():
    n = 7
    return eval('n + 1')
print(closure_exec())
def exec_in_function():
    exec('z = 100')
    return 'z' in locals()
print(exec_in_function())
print(eval('[i * 2 for i in range(3)]'), eval('(lambda v: v + 1)(1)'), eval('__name__'), eval('__name__', {'__name__': 'custom'}))
co = compile('def f(a, b=1, *c, d, **e):\n    x = a\n    return x', '<f>', 'exec')
nsf = {}
exec(co, nsf)
fc = nsf['f'].__code__
print(fc.co_name, fc.co_argcount, fc.co_kwonlyargcount, fc.co_varnames, fc.co_nlocals, fc.co_filename, fc.co_firstlineno)
print(bool(fc.co_flags & 0x04), bool(fc.co_flags & 0x08), type(fc.co_code).__name__, fc.co_consts[0] if fc.co_consts else None)
