# N-queens by backtracking: solution counts and the first board for small N.
def solve(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or row - r == col - c or row - r == c - col:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 8):
    s = solve(n)
    print(n, len(s), s[:2])
board = solve(6)[0]
for col in board:
    print('.' * col + 'Q' + '.' * (6 - col - 1))
all8 = solve(8)
print(len(all8), all8[0], all8[-1])
mirror = 0
for s in all8:
    if [7 - c for c in s] in all8:
        mirror += 1
print(mirror)
