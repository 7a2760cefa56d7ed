# List comprehensions: filters, nesting, closures over the loop variable.
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
flat = [c for word in ['ab', 'cd', 'ef'] for c in word]
print(flat)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag, sum(diag))
words = 'stm heaps make threads run in parallel'.split()
print([w.upper() for w in words if len(w) > 3])
print([len(w) for w in words])
print([w[0] + w[-1] for w in words])
x = 'outer'
result = [x for x in range(3)]
print(x, result)
print([i * j for i in range(1, 4) for j in range(i)])
print([[j for j in range(i)] for i in range(5)])
print([n for n in range(30) if n % 3 == 0 if n % 2 == 1])


def primes(limit):
    return [n for n in range(2, limit) if [d for d in range(2, n) if n % d == 0] == []]


print(primes(60))
scale = 3
print([v * scale for v in [1, 2, 3]])


def make():
    k = 10
    return [k + i for i in range(4)]


print(make())
print([(i, c) for i, c in enumerate('abc')])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([s.strip() for s in ' a , b ,c '.split(',')])
print(sum([i for i in range(101)]), max([-i for i in range(5)]))
