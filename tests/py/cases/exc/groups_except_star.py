# ExceptionGroup: construction rules, split/subgroup/derive, except* matching and re-raise, nesting, message/exceptions attrs.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(eg, repr(eg.message), len(eg.exceptions), type(eg).__name__, eg.args[0], [type(e).__name__ for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), repr(eg.subgroup(OSError)), eg.subgroup(BaseException) is eg)
t(lambda: ExceptionGroup('x', [])), t(lambda: ExceptionGroup('x', [1])), t(lambda: ExceptionGroup(1, [ValueError()])), t(lambda: ExceptionGroup('x'))
t(lambda: ExceptionGroup('x', ValueError())), t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
def handle():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print('values', [e.args for e in g.exceptions])
    except* TypeError as g:
        print('types', [e.args for e in g.exceptions])
handle()
def partial():
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled values')
try:
    partial()
except ExceptionGroup as e:
    print('left over', repr(e))
def naked():
    try:
        raise KeyError('naked')
    except* KeyError as g:
        print('wrapped', repr(g))
naked()
def raise_in_handler():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise RuntimeError('from handler')
try:
    raise_in_handler()
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions])
except RuntimeError as e:
    print('plain', e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m = MyEG('mine', [ValueError(1), KeyError(2)])
a, b = m.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
e1 = ExceptionGroup('n', [ValueError('x')])
e1.add_note('a note')
s1, _ = e1.split(ValueError)
print(s1.__notes__, s1.__cause__, s1.__context__)
t(lambda: exec('try:\n  pass\nexcept* ExceptionGroup:\n  pass'))
t(lambda: exec('try:\n  pass\nexcept* (ValueError, ExceptionGroup):\n  pass'))
def reraise_all():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise
try:
    reraise_all()
except ExceptionGroup as e:
    print('reraised', repr(e))
