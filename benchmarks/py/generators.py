# benchmarks/py/generators.py — generator pipelines and closures: chained
# generators, `yield from` over a recursive tree walk, generator expressions
# consumed by sum/max, closures with nonlocal counters, send().
TREE_DEPTH = 16
PIPELINE = 900000


class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid - 1), mid, build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count
    return bump


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total // n


tree = build(1, 2 ** TREE_DEPTH // 4)
walk_sum = 0
for rep in range(12):
    walk_sum += sum(inorder(tree))
pipe = sum(squares(evens(numbers(PIPELINE))))
biggest = max(x * 3 % 1001 for x in numbers(PIPELINE))
bump = make_counter()
for i in range(PIPELINE // 2):
    bump(i & 7)
avg = averager()
next(avg)
last = 0
for i in range(PIPELINE // 2):
    last = avg.send(i)
print('generators', walk_sum, pipe, biggest, bump(0), last)
