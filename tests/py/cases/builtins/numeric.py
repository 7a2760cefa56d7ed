# abs, min, max, sum, int, float, str, repr on numbers.
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-(10 ** 30)), abs(True), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2), min([5, -5]), max((1.5, 1)), min('hello'), max('hello'))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1), min([[2], [1, 5]]))
print(sum([]), sum([1, 2, 3]), sum((0.5, 0.25)), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([10 ** 20, 10 ** 20, -1]), sum([0.1] * 3), sum([True, True, False]))
print(int('42') + int(' -8 '), int(9.99), int(-9.99), int(10 ** 20 + 0.0) == 10 ** 20)
print(float(3), float('2.5'), float(-7), float(10 ** 16), float('1e-3'))
print(str(12), str(-1.5), str(2 ** 70), repr(7), repr(-0.25), repr(1e-7), str(1e16))
print(max([3, 9, 2], key=None), min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(min([4, 2, 8], default=0), min([], default='empty'), max([], default=None))
nums = [7, -3, 12, 0, 5, -8, 3]
print(min(nums), max(nums), sum(nums), sorted(nums), sum(nums) / len(nums))


def neg(x):
    return -x


print(min(nums, key=neg), max(nums, key=abs), sorted(nums, key=abs), sorted(nums, key=neg))
for bad in ['min', 'max', 'sum', 'abs']:
    try:
        if bad == 'min':
            min([])
        elif bad == 'max':
            max(1)
        elif bad == 'sum':
            sum(['a', 'b'])
        else:
            abs('x')
    except ValueError as e:
        print('ValueError:', e)
    except TypeError as e:
        print('TypeError:', e)
try:
    float('x1')
except ValueError as e:
    print(e)
print(isinstance(1, int), isinstance(1.0, float), isinstance('1', str), isinstance(None, int))
print(isinstance(2 ** 100, int), isinstance(True, float), isinstance(1, (float, int)))
