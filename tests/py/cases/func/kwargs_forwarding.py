# Forwarding *args/**kwargs through wrappers; keyword order and merging.
def target(a, b=0, *rest, flag=False, **extra):
    keys = sorted(extra)
    return 'a=' + str(a) + ' b=' + str(b) + ' rest=' + str(rest) + ' flag=' + str(flag) + ' extra=' + str([(k, extra[k]) for k in keys])


def wrapper(*args, **kwargs):
    return target(*args, **kwargs)


def logging_wrapper(name, *args, **kwargs):
    print('calling', name, 'with', args, kwargs)
    return target(*args, **kwargs)


print(wrapper(1))
print(wrapper(1, 2, 3, 4))
print(wrapper(1, flag=True, z=26, y=25))
print(wrapper(b=5, a=6))
print(logging_wrapper('t1', 9, 8, flag=1))
print(logging_wrapper('t2', *[1, 2], **{'q': 'Q'}))


def count_args(*args, **kwargs):
    return len(args), len(kwargs)


print(count_args(), count_args(1, 2, 3), count_args(a=1), count_args(*range(10), **{'x': 1, 'y': 2}))


def kw_order(**kw):
    return [k for k in kw]


print(kw_order(z=1, a=2, m=3), kw_order(**{'b': 1, 'a': 2}, c=3))


def defaults(a, b=[1], c={'k': 'v'}, d=(1, 2), e=None):
    return a, b, c, d, e


print(defaults(0), defaults(0, e='E'), defaults(*'xy'))


def varargs_sum(first, *nums):
    total = first
    for n in nums:
        total += n
    return total


print(varargs_sum(1), varargs_sum(1, 2, 3), varargs_sum('a', 'b', 'c'), varargs_sum(*[[1], [2], [3]]))
try:
    target()
except TypeError as e:
    print('TypeError:', e)
try:
    varargs_sum(**{'nums': 3})
except TypeError as e:
    print('TypeError:', e)
