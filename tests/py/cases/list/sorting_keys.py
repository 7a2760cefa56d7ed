# sort/sorted: key functions, reverse, stability, mixed numeric types.
people = [('ann', 31, 'nyc'), ('bob', 25, 'sf'), ('cat', 31, 'la'), ('dan', 19, 'nyc'),
          ('eve', 25, 'la'), ('fay', 40, 'sf')]


def by_age(p):
    return p[1]


def by_city_then_name(p):
    return (p[2], p[0])


def by_name_len_desc(p):
    return -len(p[0])


print(sorted(people, key=by_age))
print(sorted(people, key=by_age, reverse=True))
print(sorted(people, key=by_city_then_name))
print([p[0] for p in sorted(people, key=by_name_len_desc)])
data = people[:]
data.sort(key=by_age)
print([p[0] for p in data])
data.sort(key=by_city_then_name, reverse=True)
print([p[0] for p in data])
nums = [3, -1.5, 2, 10 ** 20, -(10 ** 20), 0, 2.0, True, -7]
print(sorted(nums))
print(sorted(nums, key=abs), sorted(nums, reverse=True))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']


def lower(s):
    return s.lower()


print(sorted(words), sorted(words, key=lower), sorted(words, key=len, reverse=True))
matrix = [[3, 1], [1, 2], [3, 0], [1, 1]]
matrix.sort()
print(matrix)
empty = []
empty.sort()
print(empty, sorted([]), sorted([5]))
grid = [(x * 7) % 11 for x in range(20)]
print(grid, sorted(grid), sorted(grid, reverse=True)[:5])
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, None].sort()
except TypeError as e:
    print('TypeError:', e)
