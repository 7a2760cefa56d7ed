# Compile-time SyntaxWarnings for misused literals, caught through warnings.catch_warnings and compile().
import warnings
sources = [
    'x is 1', 'x is not "s"', '1 is x', 'x is None', 'x is True', 'x is ...', 'x is -1', 'x is ()', 'x is (1, 2)',
    'x is []', 'a < b is 5', '"abc"()', '(1, 2)()', '[1]()', '{1: 2}()', '{1}()', 'f"x"()', '(x for x in y)()', '5()',
    'None()', '[1, 2][1.0]', '(1, 2)["a"]', '"abc"[2.5]', 'b"ab"[None]', '[x for x in y][()]', 'f"s"[1j]', '[1][x]',
    '[1][True]', '[1][1:2]', '5[0]', 'None[0]', '{1, 2}[0]', '(lambda: 1)[0]', '...[0]', '1.5[0]', 'x[1.0]',
    'assert (x, "msg")', 'assert ()', 'assert x, "m"', 'x = [1 [2]]', 'y = [(1, 2) (3, 4)]', 'z = ["a" "b" [0]]',
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(src, 'snippet.py', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg)
            continue
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno, w.filename) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('x is 1', 'err.py', 'exec')
    except SyntaxError as e:
        print('as error:', type(e).__name__, e.msg if hasattr(e, 'msg') else e)
    except SyntaxWarning as e:
        print('as error:', type(e).__name__, e)
multi = '''
def f(x):
    if x is 0:
        return [1, 2] [0]
    return x
'''
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    compile(multi, 'multi.py', 'exec')
print([(str(w.message), w.lineno) for w in caught])
