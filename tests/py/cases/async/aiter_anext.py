# The builtins aiter() and anext(), with and without a default, over async
# generators and async iterators whose __anext__ is a coroutine.
async def agen():
    yield 1
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class Bad:
    def __aiter__(self): return 5
def run(c):
    try:
        while True: print("yielded", c.send(None))
    except StopIteration as e: return e.value
    except BaseException as e: return f"{type(e).__name__}: {e}"
async def main():
    g = agen()
    print(aiter(g) is g, await anext(g), await anext(g, "dflt"), await anext(AI(), "d2"))
    try: await anext(g)
    except StopAsyncIteration: print("SAI")
    a = anext(agen(), 0)
    print(type(a).__name__)
    return "ok"
print(run(main()))
for f in (lambda: aiter(1), lambda: aiter(Bad()), lambda: anext(1), lambda: anext(AI(), 1, 2), lambda: anext(AI(), x=1)):
    try: print(f())
    except TypeError as e: print("TypeError", e)
class Slow:
    def __aiter__(self): return self
    async def __anext__(self):
        await Pause()
        await Pause()
        raise StopAsyncIteration
class Pause:
    def __await__(self):
        yield "pause"
async def slow_main():
    return await anext(Slow(), "default after pauses")
print(run(slow_main()))
