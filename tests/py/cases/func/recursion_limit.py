# Recursion: RecursionError at the limit (caught and recoverable), setrecursionlimit, deep recursion after raising the limit, mutual recursion.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError', e)
print(depth(100), 'still works')
old = sys.getrecursionlimit()
sys.setrecursionlimit(20000)
print(depth(15000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -1, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))
class Node:
    def __init__(self, child=None):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
chain = None
for _ in range(400):
    chain = Node(chain)
print(chain.size())
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print('RecursionError in repr', type(e).__name__)
lst = []
lst.append(lst)
print(lst, str([lst, lst]))
d = {}
d['self'] = d
print(d)
def gen_recursion(n):
    if n:
        yield n
        yield from gen_recursion(n - 1)
print(sum(gen_recursion(300)))
def catch_and_continue():
    caught = 0
    for _ in range(3):
        try:
            infinite(0)
        except RecursionError:
            caught += 1
    return caught
print(catch_and_continue())
