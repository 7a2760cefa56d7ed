# *args / **kwargs in calls: unpacking any iterable or mapping, and CPython's
# messages naming the function when the value is not iterable / not a mapping.
def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a


print(f(*(1, 2), **{'x': 3}), f(*'ab'), f(*range(3), 9, *[7]), C().m(*[1]))
print(*[1, 2], sep='-')
for call in [lambda: print(*5), lambda: f(*5), lambda: C().m(*5), lambda: f(**5), lambda: print(**5),
             lambda: [*5], lambda: f(1, *None)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
