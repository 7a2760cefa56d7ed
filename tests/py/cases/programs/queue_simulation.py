# A deterministic queue simulation: a linear congruential generator, classes with __slots__, a priority
# queue written by hand (binary heap), generators with send, and statistics with floats.
class Rng:
    __slots__ = ('state',)

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def uniform(self):
        return self.next() / 2 ** 31


class Heap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


rng = Rng(42)
events = Heap()
t = 0.0
for cid in range(200):
    t += rng.uniform() * 2
    events.push((round(t, 6), 'arrive', cid))
avg = averager()
next(avg)
busy_until, waits, served = 0.0, [], 0
while len(events):
    when, kind, cid = events.pop()
    if kind == 'arrive':
        start = max(when, busy_until)
        waits.append(start - when)
        busy_until = start + rng.uniform() * 1.8
        events.push((round(busy_until, 6), 'leave', cid))
    else:
        served += 1
        mean = avg.send(waits[cid])
print(served, round(mean, 6), round(max(waits), 6), sum(1 for w in waits if w == 0.0))
print(sorted(round(w, 3) for w in waits)[-5:], rng.state % 1000)
