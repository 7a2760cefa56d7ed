# Boolean operators: short-circuit evaluation and the values they return.
log = []


def t(name):
    log.append('t' + name)
    return True


def f(name):
    log.append('f' + name)
    return False


print(t('1') and f('2') and t('3'), log)
log = []
print(f('1') or f('2') or t('3') or t('4'), log)
log = []
print(f('1') and t('2') or t('3'), log)
log = []
print(not t('1') or not f('2'), log)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', 'x' and 'y', [] or {}, None or 0)
print(not 0, not 1, not '', not 'a', not [], not [0], not None, not 0.0, not {}, not (0,))
print(0 or [] or '' or None, 3 and [] and 5, not not 'x')
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {'k': 0}, None, True, False]
for v in values:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
n = 0
while n < 10 and n * n < 30:
    n += 1
print(n)
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not x == 5, not (x > 3 and x < 4))
print(True and 'yes' or 'no', False and 'yes' or 'no')
print(isinstance(True, int), isinstance(False, int), True + 0, str(True), repr(False))
print(True == 1, True is True, False is not True, (1 == 1) is True)
