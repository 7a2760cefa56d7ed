# Line numbers seen from inside loops and operators: the interpreter keeps
# the instruction index in a register and stores it only where it can be
# observed, so every way of looking at a running frame must still see the
# instruction that is executing.
import sys
import traceback
import warnings


def here():
    return sys._getframe(1).f_lineno


def loop_lines():
    seen = []
    for i in range(3):
        seen.append(here())
        x = i * 2
        seen.append(here())
    j = 0
    while j < 2:
        j += 1
        seen.append(
            here())
    return seen


print(loop_lines())


class Probe:
    def __add__(self, other):
        return sys._getframe(1).f_lineno

    def __lt__(self, other):
        return sys._getframe(1).f_lineno

    @property
    def line(self):
        return sys._getframe(1).f_lineno

    def __getitem__(self, k):
        return sys._getframe(1).f_lineno

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(sys._getframe(1).f_lineno)

    def __bool__(self):
        print('bool at', sys._getframe(1).f_lineno)
        return False


p = Probe()
for k in range(2):
    print('add', p + 1)
    print('lt',
          p < 2)
    print('attr', p.line)
    print('item', p[k])
    if p:
        pass
    print('loop', [x for x in p])


def fails_in_loop(n):
    total = 0
    for i in range(n):
        total += i
        if i == 3:
            total += 1 / (i - 3)
    return total


try:
    fails_in_loop(10)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print('tb line', tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_lasti > 0)
        tb = tb.tb_next


def raise_in_while():
    i = 0
    while True:
        i += 1
        if i > 5:
            raise ValueError(i)


try:
    raise_in_while()
except ValueError:
    print(traceback.format_exc().splitlines()[-3:])


def unbound_in_loop():
    for i in range(2):
        if i == 1:
            del undefined_local
        print(undefined_local)
        undefined_local = i


try:
    unbound_in_loop()
except UnboundLocalError as e:
    print('unbound line', e.__traceback__.tb_next.tb_lineno)


def warn_in_loop():
    for i in range(2):
        warnings.warn('w%d' % i, stacklevel=1)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warn_in_loop()
print([(str(w.message), w.lineno) for w in caught])


def gen():
    for i in range(3):
        yield i
        i += 1


g = gen()
next(g)
print('gen line', g.gi_frame.f_lineno)
next(g)
print('gen line', g.gi_frame.f_lineno)


def handler_reraise():
    for i in range(3):
        try:
            if i == 2:
                {}['missing']
        finally:
            i += 0


try:
    handler_reraise()
except KeyError as e:
    print('reraise line', e.__traceback__.tb_next.tb_lineno)


def with_exit():
    class CM:
        def __enter__(self):
            return sys._getframe(1).f_lineno

        def __exit__(self, *a):
            print('exit at', sys._getframe(1).f_lineno)
            return True

    for i in range(2):
        with CM() as line:
            print('enter at', line)
            raise RuntimeError


with_exit()


def nested_expression_line():
    return [
        sys._getframe().f_lineno,
        here(),
    ]


print(nested_expression_line())
