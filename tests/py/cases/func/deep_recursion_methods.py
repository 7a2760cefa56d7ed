# Deep recursion through methods and mutual recursion with a raised limit (stackless frames).
import sys
sys.setrecursionlimit(50000)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)


head = None
for i in range(20000):
    head = Node(head)
print(head.length())


def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)


def mutual_b(n):
    return mutual_a(n - 1) if n else -1


print(mutual_a(25001))

print(sys.getrecursionlimit())
