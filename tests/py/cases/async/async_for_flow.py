# async for over a custom async iterator: else clauses, break/continue,
# exceptions from __anext__, nested loops.
class Tick:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
        except BaseException as e:
            return ticks, f"{type(e).__name__}: {e}"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        if self.n == 7:
            raise ValueError("seven")
        return self.n

async def loop(n, stop_at=None):
    seen = []
    async for i in Countdown(n):
        if i == stop_at:
            break
        if i % 2:
            continue
        seen.append(i)
    else:
        seen.append("else")
    return seen

print(run(loop(4)), run(loop(5, stop_at=2)), run(loop(9)))

async def nested():
    out = []
    async for a in Countdown(2):
        async for b in Countdown(2):
            out.append((a, b))
    return out
print(run(nested()))
