# An uncaught NameError for a misspelled global used inside a function.
counter = 0


def bump(n):
    total = 0
    for i in range(n):
        total += i
    return total + grand_total_of_everything


def safe(n):
    return n * 2


print(safe(21))
print([safe(i) for i in range(5)])
print(bump(10))
print('not reached')
a = 1
b = 2
print(a, b)
c = [a, b]
print(c)
d = {'c': c}
print(d)
