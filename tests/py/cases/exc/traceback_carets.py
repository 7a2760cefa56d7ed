# Traceback text with CPython 3.11's position carets, repeated frames and various frame kinds.
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
    print('===')


def binop():
    a = 1
    b = 0
    return a / b


def subscript():
    d = {'key': [1, 2]}
    return d['key'][5]


def call_chain():
    return int('not a number')


def attribute():
    x = None
    return x.attribute


def nested_call():
    return len(str(int('x')))


def recurse(n):
    return recurse(n + 1) if n < 50 else 1 / 0


def in_comprehension():
    return [1 / x for x in [1, 0]]


def in_lambda():
    f = lambda v: v['missing']
    return f({})


class InClassBody:
    @staticmethod
    def run():
        class Inner:
            value = undefined_name
        return Inner


def multiline():
    return (
        1 +
        'x'
    )


def long_binop():
    first_value = 10
    second_value = 'text'
    return first_value * 2 + second_value


def assert_fail():
    assert 1 == 2, 'numbers differ'


def reraise_other():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e


for fn in [binop, subscript, call_chain, attribute, nested_call, lambda: recurse(0), in_comprehension, in_lambda,
           InClassBody.run, multiline, long_binop, assert_fail, reraise_other]:
    show(fn)


def rec_forever(n):
    return rec_forever(n + 1)


sys.setrecursionlimit(80)
try:
    rec_forever(0)
except RecursionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print([l for l in lines if 'repeated' in l])
    print(lines[-1])
sys.setrecursionlimit(1000)
print(traceback.format_exception_only(ValueError, ValueError('v')), traceback.format_exception_only(ValueError('only')))
tb_summary = traceback.extract_stack()
print(len(tb_summary) >= 1, tb_summary[-1].name, tb_summary[-1].line)
try:
    binop()
except ZeroDivisionError as e:
    fs = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in fs])
    print(traceback.format_tb(e.__traceback__)[-1])


def assert_chain():
    a, b, c = 1, 3, 2
    assert a < b < c


def assert_plain():
    flag = []
    assert flag


def assert_call_msg():
    assert len('ab') == 3, 'length %d' % len('ab')


for fn in [assert_chain, assert_plain, assert_call_msg]:
    show(fn)
