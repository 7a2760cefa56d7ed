# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__,
# suppression by a true result, errors for objects lacking the protocol.
class Step:
    def __await__(self):
        return (yield "step")

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return n, e.value
    except BaseException as e:
        return n, f"{type(e).__name__}: {e}"

class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Step()
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

async def body(fail, suppress):
    async with Manager("m", suppress) as m, Manager("n") as n:
        print("inside", m, n)
        if fail:
            raise ValueError("inside failed")
    return "completed"

for fail in (False, True):
    for suppress in (False, True):
        print(run(body(fail, suppress)))

async def returns_inside():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                return i
            continue
print(run(returns_inside()))

class NotAwaitableEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

class NotAwaitableExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

class OnlyEnter:
    async def __aenter__(self):
        return 1

async def use(mgr):
    async with mgr:
        pass
for mgr in (object(), OnlyEnter(), NotAwaitableEnter(), NotAwaitableExit(), Manager("sync")):
    print(run(use(mgr)))
