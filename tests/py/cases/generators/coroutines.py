# Coroutines driven by hand: await of coroutines and of objects with __await__, StopIteration.value, errors.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield 'tick %d' % i
        return self.n * 10

async def add(a, b):
    return a + b

async def work(name):
    x = await add(1, 2)
    y = await Sleep(2)
    return name + ' ' + str(x + y)

def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace

print(run(work('job')))
c = add(3, 4)
print(type(c).__name__, run(c))
pending = add(1, 1)
try:
    for x in pending:
        pass
except TypeError as e:
    print('TypeError', e)
pending.close()
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print('TypeError', e)
