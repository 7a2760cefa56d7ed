# try/finally control flow: return/break/continue in finally overriding exceptions, finally after return values, nested finallys, generators closing.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError('swallowed by continue')
        finally:
            continue
    return 'loop done'
print(f2())
def f3():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed in finally'
print(f3())
def f4():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    finally:
        print('outer finally')
try:
    f4()
except KeyError as e:
    print('KeyError', e)
def f5():
    log = []
    try:
        log.append(1)
        return log
    finally:
        log.append(2)
print(f5())
def f6():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        finally:
            print('finally inside except')
try:
    f6()
except TypeError as e:
    print('TypeError', e, repr(e.__context__))
def f7():
    while True:
        try:
            return 'from loop'
        finally:
            break
    return 'after break'
print(f7())
def f8():
    i = 0
    while i < 3:
        try:
            i += 1
            continue
        finally:
            print('finally', i)
    return i
print(f8())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
print(next(g))
g.close()
print('after close')
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except return'
    finally:
        print('f9 finally')
print(f9())
def f10():
    try:
        pass
    finally:
        return 'finally return wins'
print(f10())
def f11(n):
    try:
        if n:
            return 'early'
    finally:
        if n > 1:
            return 'override'
    return 'normal'
print(f11(0), f11(1), f11(2))
