# __notes__/add_note, ExceptionGroup derive/split/subgroup, except* semantics.
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('n1')
e.add_note('n2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as err:
    print('TypeError', err)
del e.__notes__
e.add_note('fresh')
print(e.__notes__)

eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, KeyError))), eg.subgroup(OSError))
print(repr(eg.split((TypeError, KeyError))))
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for args in [('x', []), ('x', [1]), (1, [ValueError()]), ('x', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as err:
    print('TypeError', err)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '+', excs)
m = MyEG('mine', [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
eg2 = ExceptionGroup('tb', [ValueError(1)])
eg2.__cause__ = KeyError('c')
eg2.add_note('group note')
s, r = eg2.split(ValueError)
print(s is eg2, r)
s, r = ExceptionGroup('tb', [ValueError(1), TypeError(2)]).split(ValueError)
print(s.__notes__ if hasattr(s, '__notes__') else None)


def raise_group():
    raise ExceptionGroup('g', [ValueError('a'), TypeError('b'), ValueError('c'), OSError('d')])


try:
    try:
        raise_group()
    except* ValueError as grp:
        print('caught values', repr(grp))
    except* TypeError as grp:
        print('caught types', repr(grp))
except ExceptionGroup as left:
    print('left over', repr(left))

try:
    raise ValueError('naked')
except* ValueError as grp:
    print('naked wrapped', repr(grp), type(grp).__name__)

try:
    try:
        raise_group()
    except* ValueError:
        raise KeyError('from handler')
except ExceptionGroup as final:
    print('final', repr(final), [type(x).__name__ for x in final.exceptions])

try:
    try:
        raise_group()
    except* (ValueError, TypeError):
        raise
except ExceptionGroup as final:
    print('reraised', repr(final))

def handled_all():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        return 'not allowed'
try:
    exec(compile('''
try:
    pass
except* ValueError:
    return 1
''', 's', 'exec'))
except SyntaxError as err:
    print('SyntaxError', err.msg)
for src in ['try:\n    pass\nexcept* ExceptionGroup:\n    pass\n', 'try:\n    pass\nexcept*:\n    pass\n',
            'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
            'for x in y:\n    try:\n        pass\n    except* E:\n        break\n']:
    try:
        compile(src, 's', 'exec')
        print('compiled')
    except SyntaxError as err:
        print('SyntaxError', err.msg)
try:
    try:
        raise_group()
    except* ExceptionGroup:
        pass
except TypeError as err:
    print('TypeError', err)
count = 0
try:
    raise ExceptionGroup('nested', [ExceptionGroup('deep', [ValueError(1)]), ValueError(2)])
except* ValueError as grp:
    count += 1
    print('once', repr(grp))
print(count)
