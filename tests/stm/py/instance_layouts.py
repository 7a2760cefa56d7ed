# Instances of classes shared by every thread, made and changed in parallel:
# the classes' attribute layouts are built by racing transactions (threads
# add the same and different attribute names in different orders), shared
# instances get attributes from several threads, some instances switch to a
# dict (vars(), deletion, __dict__ assignment) midway. Nothing is lost and
# every instance ends with exactly the attributes it was given, in the
# order it was given them. Usage: SEED.
import _thread, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, wait_for_go, start_all, wait_until

threads = rng.choice([3, 5, 8])
per_thread = rng.randrange(300, 900)
names = ["n%d" % i for i in range(12)]


class Shared:
    def __init__(self, k):
        self.owner = k


class Child(Shared):
    pass


shared = [Shared(-1) for _ in range(4)]
made = {}
finished = []


def worker(k):
    local = rng.__class__(seed * 100 + k)
    wait_for_go()
    mine = []
    for i in range(per_thread):
        cls = Shared if i % 3 else Child
        obj = cls(k)
        order = names[:]
        local.shuffle(order)
        count = local.randrange(0, len(order) + 1)
        for j, n in enumerate(order[:count]):
            setattr(obj, n, (k, i, j))
        expected = ["owner"] + order[:count]
        what = local.random()
        if what < 0.1:
            vars(obj)["late"] = i
            expected.append("late")
        elif what < 0.15 and count:
            delattr(obj, order[0])
            expected.remove(order[0])
        elif what < 0.2:
            obj.__dict__ = {"owner": k, "replaced": i}
            expected = ["owner", "replaced"]
        obj.tail = i
        expected.append("tail")
        mine.append((obj, expected))
        # Each thread owns one attribute name on the shared instances.
        target = shared[i % len(shared)]
        setattr(target, "t%d" % k, i)
    made[k] = mine
    finished.append(k)


start_all(worker, [(k,) for k in range(threads)])
wait_until(lambda: len(finished) == threads, _thread.allocate_lock(), "workers")
checked = 0
for k, mine in made.items():
    assert len(mine) == per_thread
    for i, (obj, expected) in enumerate(mine):
        assert list(vars(obj)) == expected, (k, i, list(vars(obj)), expected)
        assert obj.owner == k and obj.tail == i
        for n in expected:
            assert getattr(obj, n) == vars(obj)[n]
        checked += 1
for target in shared:
    for k in range(threads):
        assert getattr(target, "t%d" % k) >= per_thread - len(shared), vars(target)
print("ok", threads, "threads", checked, "instances")
