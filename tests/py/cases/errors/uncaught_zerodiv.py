# An uncaught ZeroDivisionError deep in a call chain: output so far, then exit 1.
def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def report(groups):
    for name in groups:
        print(name, mean(groups[name]))


data = {
    'a': [1, 2, 3, 4],
    'b': [10, 20],
    'c': [7],
    'd': [],
    'e': [1],
}
print('starting report')
report(data)
print('never printed')
