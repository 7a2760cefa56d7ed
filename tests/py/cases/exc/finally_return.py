# Nested try/finally with return, break and continue: what runs and what wins.
trace = []


def f1():
    try:
        trace.append('try')
        return 'from try'
    finally:
        trace.append('finally')


def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            trace.append('body' + str(i))
        finally:
            trace.append('fin' + str(i))
    return i


def f4():
    try:
        try:
            return 'inner'
        finally:
            trace.append('inner finally')
    finally:
        trace.append('outer finally')


def f5():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'


def f6(n):
    try:
        if n == 0:
            raise KeyError(n)
        return n * 2
    except KeyError:
        return 'key error'
    else:
        trace.append('else not reached on return')
    finally:
        trace.append('f6 finally ' + str(n))


def f7():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'


print(f1(), trace)
trace = []
print(f2(), f3(), trace)
trace = []
print(f4(), trace)
trace = []
print(f5(), f6(0), f6(4), trace, f7())
