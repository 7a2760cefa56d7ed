# heapq over the native _heapq: push/pop/heapify/replace/pushpop, the
# functions built on them (merge, nlargest, nsmallest), comparison order
# with a logging __lt__, and the errors.
import heapq
import _heapq

print(heapq.heappush is _heapq.heappush, heapq._heapify_max is _heapq._heapify_max)
data = [(i * 37) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[:10])
print(heapq.heappushpop([], 5))
m = list(data)
heapq._heapify_max(m)
print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 3), m[:10])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
h = [(3, 'c'), (1, 'a'), (2, 'b')]
heapq.heapify(h)
print(heapq.heappop(h), h)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return 'L%d' % self.v


h = [Loud(v) for v in [5, 3, 8, 1, 9, 2]]
heapq.heapify(h)
print(h)
heapq.heappush(h, Loud(0))
print(heapq.heappop(h), heapq.heapreplace(h, Loud(7)), heapq.heappushpop(h, Loud(4)), h)


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq._heappop_max, [])
show(heapq.heappush, (1,), 2)
show(heapq.heapify, 'abc')
show(heapq.heappop, None)
show(heapq.heappush, [1, 'a'], 2)
show(heapq.heapify, [3, 'a', 1])


class Shrink:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        self.heap.clear()
        return False


hh = []
hh.extend([Shrink(hh, 1), Shrink(hh, 2), Shrink(hh, 3)])
show(heapq.heapify, hh)
hh = [Shrink(None, 1)]
hh[0].heap = hh
hh.append(Shrink(hh, 2))
show(heapq.heappush, hh, Shrink(hh, 0))
show(heapq.heapreplace, 'x', 1)
show(heapq.heappushpop, {}, 1)
show(heapq._heapify_max, 1.5)
