# __del__ and generator finalization: objects made below a native call (so
# no interpreter state of the caller still holds them) and dropped; after
# gc.collect() every finalizer has run exactly once.
import gc

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


class Child(Resource):
    pass


class Resurrect:
    saved = []

    def __del__(self):
        events.append("resurrect")
        Resurrect.saved.append(self)


class Failing:
    def __del__(self):
        events.append("failing")
        1 / 0


def reader(name):
    try:
        yield 1
        yield 2
    finally:
        events.append("finally " + name)


def with_block(name):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            events.append("exit %s %s" % (name, exc[0].__name__))
    with Ctx():
        yield name


def make():
    a = Resource("plain")
    b = Child("child")
    c = Resource("cycle")
    c.me = c
    d1, d2 = Resource("pair1"), Resource("pair2")
    d1.other, d2.other = d2, d1
    Resurrect()
    Failing()
    g = reader("started")
    next(g)
    reader("never started")
    h = with_block("ctx")
    next(h)
    done = reader("finished")
    list(done)
    return [a, b]


kept = list(map(lambda f: f(), [make]))[0]
gc.collect()
print(sorted(events))
print([r.name for r in kept])
del events[:]
kept = None
list(map(lambda f: f(), [lambda: None]))
gc.collect()
print(sorted(events))
survivor = Resurrect.saved.pop()
del events[:]
survivor = None
gc.collect()
print(events, Resurrect.saved)
