# benchmarks/py/nqueens.py — every solution of the n-queens problem, twice:
# by recursive backtracking over sets of attacked columns and diagonals, and
# by filtering column permutations produced by a recursive generator (tuple
# building, generator expressions, set comprehensions, any/all).
N = 8
ROUNDS = 6


def solve_backtracking(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def solve_permutations(n):
    cols = list(range(n))
    found = []
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            found.append(vec)
    return found


total = 0
checksum = 0
for r in range(ROUNDS):
    a = solve_backtracking(N)
    b = solve_permutations(N)
    if sorted(a) != sorted(b):
        print('mismatch')
    total += len(a) + len(b)
    for s in a:
        checksum = (checksum * 31 + sum(v * (i + 1) for i, v in enumerate(s))) % 1000000007
print('nqueens', N, ROUNDS, total, checksum)
