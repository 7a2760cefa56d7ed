# throw() and close() on a coroutine suspended in `await`: delegated down the
# await chain to the innermost awaitable; cr_await shows the chain.
class Suspend:
    def __init__(self, log, name):
        self.log, self.name = log, name
    def __await__(self):
        try:
            return (yield self.name)
        except ValueError as e:
            self.log.append(f"{self.name} saw {e}")
            return "recovered"
        finally:
            self.log.append(f"{self.name} finally")

async def leaf(log):
    try:
        got = await Suspend(log, "leaf")
        log.append(f"leaf got {got}")
        await Suspend(log, "again")
        return "leaf done"
    except GeneratorExit:
        log.append("leaf closing")
        raise

async def middle(log):
    r = await leaf(log)
    log.append(f"middle got {r}")
    return r

for action in ("throw", "close", "throw-type", "throw-key"):
    log = []
    c = middle(log)
    print(c.send(None), type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
    try:
        if action == "throw":
            print("yielded", c.throw(ValueError("v")))
        elif action == "close":
            print("close", c.close())
        elif action == "throw-type":
            print("yielded", c.throw(ValueError))
        else:
            c.throw(KeyError("k"))
    except BaseException as e:
        print("raised", type(e).__name__, e)
    print(action, log)
    c.close()

async def done():
    return 1
c = done()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
for f in (lambda: c.send(None), lambda: c.throw(ValueError("late")), lambda: c.close()):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)

async def awaiting(aw):
    return await aw
inner = done()
outer = awaiting(inner)
try:
    outer.send(None)
except StopIteration as e:
    print("outer", e.value)
try:
    awaiting(inner).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
