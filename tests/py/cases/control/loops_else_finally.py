# for/while with else, break/continue inside try/finally and with, return from finally, nested loops with flags.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for i in range(3):
    pass
else:
    print('for else ran', i)
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('never')
for x in []:
    print('never')
else:
    print('empty for else')
def break_in_finally():
    log = []
    for i in range(3):
        try:
            log.append(('try', i))
            if i == 1:
                break
        finally:
            log.append(('finally', i))
    return log
print(break_in_finally())
def continue_in_try():
    log = []
    for i in range(3):
        try:
            if i % 2 == 0:
                continue
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log
print(continue_in_try())
def return_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(return_overrides())
def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError('lost')
        finally:
            break
    return 'swallowed'
print(finally_swallows())
def exception_in_else():
    try:
        pass
    except ValueError:
        return 'except'
    else:
        raise KeyError('from else')
    finally:
        print('finally after else')
t(exception_in_else)
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
def with_break():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                break
            continue
    return i
print(with_break())
def with_return():
    with CM('a'), CM('b', suppress=True):
        return 'returned'
print(with_return())
def suppressed():
    with CM('s', suppress=True):
        raise ValueError('hidden')
    return 'after suppressed'
print(suppressed())
def not_suppressed():
    with CM('n'):
        raise ValueError('visible')
t(not_suppressed)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,), 'xy']):
    print(i, a, rest)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    else:
        continue
    break
print(found)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
print(i)
def gen_loop():
    for i in range(5):
        try:
            yield i
        finally:
            if i == 2:
                return
print(list(gen_loop()))
