# An uncaught AttributeError: a method that does not exist on an instance.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __repr__(self):
        return 'Stack(' + repr(self.items) + ')'


s = Stack()
s.push(1).push(2).push(3)
print(s, s.pop(), s)
print(s.size())
print('unreachable')
t = Stack()
t.push('x')
print(t)
u = Stack()
print(u)
