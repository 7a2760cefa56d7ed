# def: positional, default, keyword arguments, *args and **kwargs.
def f(a, b, c=3, d='dee'):
    return [a, b, c, d]


print(f(1, 2), f(1, 2, 4), f(1, 2, 4, 5), f(1, b=7), f(d=0, c=1, b=2, a=3), f(1, 2, d='x'))


def star(*args):
    return args


print(star(), star(1), star(1, 'a', None), len(star(*range(5))))


def kw(**kwargs):
    return kwargs


print(kw(), kw(x=1, y=2), kw(b=1, a=2))


def mixed(a, b=2, *rest, key='k', **extra):
    return a, b, rest, key, extra


print(mixed(1))
print(mixed(1, 5, 6, 7))
print(mixed(1, key='z', other=3, more=4))
print(mixed(*[9, 8, 7], **{'key': 'kk', 'q': 0}))


def kwonly(a, *, scale=10):
    return a * scale


print(kwonly(3), kwonly(3, scale=2))
args = [1, 2]
opts = {'d': 'D'}
print(f(*args, **opts), f(*args, c='C', **opts))
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc


print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))


def no_return():
    x = 1


print(no_return(), repr(no_return()))


def early(n):
    for i in range(n):
        if i * i > 20:
            return i
    return -1


print(early(100), early(3))
for call in ['missing', 'extra', 'unknown', 'twice']:
    try:
        if call == 'missing':
            f(1)
        elif call == 'extra':
            f(1, 2, 3, 4, 5)
        elif call == 'unknown':
            f(1, 2, e=5)
        else:
            f(1, 2, a=1)
    except TypeError as e:
        print('TypeError:', e)
