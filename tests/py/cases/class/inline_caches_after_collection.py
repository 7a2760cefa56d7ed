# Inline caches after collections: code objects and attribute names freed by a collection
# must not answer for new ones allocated at their addresses.
import gc
s = 'abcb'
exprs = ["s.isalpha()", "s.upper()", "s.find('b')", "s.title()", "s.isdigit()", "s.count('b')", "s.split('b')",
         "s.islower()", "s.rfind('b')", "s.swapcase()", "s.index('c')", "s.capitalize()"]
expected = [eval(e) for e in exprs]
bad = 0
for round_ in range(150):
    for i, e in enumerate(exprs):
        got = eval(e)
        if got != expected[i]:
            bad += 1
    if round_ % 3 == 0:
        gc.collect()
print(expected, bad)
class A:
    def f(self): return 'f'
    def g(self): return 'g'
    def h(self): return 'h'
a = A()
mismatch = 0
for round_ in range(150):
    for name in 'fgh':
        code = compile('a.%s()' % name, '<c>', 'eval')
        if eval(code) != name:
            mismatch += 1
        del code
    gc.collect()
print(mismatch)
