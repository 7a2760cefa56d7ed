# The with statement: __enter__/__exit__ order, exceptions passed to __exit__,
# suppression by a true return value, return/break through with blocks.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource('a') as r:
    print('inside', r.name)

with Resource('outer'), Resource('inner'):
    print('two managers')

with Resource('quiet', suppress=True):
    raise ValueError('swallowed')
print('after suppression')

try:
    with Resource('loud'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))


def early(n):
    with Resource('fn'):
        if n:
            return 'early'
    return 'late'


print(early(1), early(0))
for i in range(3):
    with Resource('loop' + str(i)):
        if i == 1:
            break
print('done')
try:
    with 42:
        pass
except TypeError as e:
    print(e)
