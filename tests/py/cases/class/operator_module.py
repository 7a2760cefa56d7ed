# operator module functions (pure-Python fallback in pystm): itemgetter/attrgetter/methodcaller, arithmetic and comparison callables, in-place ops.
import operator
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(0, 2)), operator.itemgetter(slice(1, None))(rows[0]))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
p = P('ann', P('bob'))
print(operator.attrgetter('name')(p), operator.attrgetter('inner.name')(p), operator.attrgetter('name', 'inner.name')(p))
print(operator.methodcaller('greet', 'hi')(p), operator.methodcaller('greet', 'yo', punct='?')(p), operator.methodcaller('upper')('abc'))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.concat([1], [2]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'b'), operator.ge(3, 4), operator.gt(4, 3), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.getitem({'k': 1}, 'k'), operator.length_hint([1, 2, 3]))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.imul('ab', 2), operator.iconcat([0], (1,)))
for f, args in [(operator.add, (1, 'a')), (operator.itemgetter(5), ([1],)), (operator.attrgetter('missing'), (p,)), (operator.concat, (1, 2))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
import functools
print(functools.reduce(operator.mul, range(1, 10)), functools.reduce(operator.add, [[1], [2], [3]], []), list(map(operator.neg, [1, -2])))
print(list(map(operator.itemgetter(0), rows)), sorted(['bb', 'a', 'ccc'], key=len), max(rows, key=operator.itemgetter(1)))
