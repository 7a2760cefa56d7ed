"""Plane geometry helpers."""
UNIT = 1.0
_hidden = 'secret'
calls = 0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def area(w, h):
    global calls
    calls += 1
    return w * h * UNIT
