# coroutine.__await__() returns a coroutine_wrapper: an iterator that drives the
# coroutine, so __await__ methods can delegate to a coroutine.
class Tick:
    def __await__(self):
        return (yield "tick")
async def work(x):
    await Tick()
    return x * 2
class Task:
    def __init__(self, x): self.x = x
    def __await__(self):
        return work(self.x).__await__()
async def main():
    return await Task(4) + await Task(1)
c = main()
print(c.send(None), c.send(None))
try: c.send(None)
except StopIteration as e: print(e.value)
w = work(3).__await__()
print(type(w).__name__, next(w), iter(w) is w)
try:
    w.send(None)
except StopIteration as e:
    print("done", e.value)
co = work(5)
w2 = co.__await__()
print(w2.send(None))
try: w2.throw(ValueError("x"))
except ValueError as e: print("VE", e)
co2 = work(1)
w3 = co2.__await__()
next(w3)
print(w3.close(), co2.cr_frame)
