# Conway's game of life on a small torus, printed as text.
W = 12
H = 8


def make_grid(cells):
    grid = [[0] * W for y in range(H)]
    for x, y in cells:
        grid[y][x] = 1
    return grid


def neighbours(grid, x, y):
    n = 0
    for dy in [-1, 0, 1]:
        for dx in [-1, 0, 1]:
            if dx != 0 or dy != 0:
                n += grid[(y + dy) % H][(x + dx) % W]
    return n


def step(grid):
    new = make_grid([])
    for y in range(H):
        for x in range(W):
            n = neighbours(grid, x, y)
            if grid[y][x] == 1 and (n == 2 or n == 3):
                new[y][x] = 1
            elif grid[y][x] == 0 and n == 3:
                new[y][x] = 1
    return new


def show(grid):
    for row in grid:
        print(''.join(['.#'[c] for c in row]))


grid = make_grid([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)])
for gen in range(4):
    print('generation', gen, 'alive', sum([sum(r) for r in grid]))
    show(grid)
    grid = step(grid)
for gen in range(4, 30):
    grid = step(grid)
print('generation 30 alive', sum([sum(r) for r in grid]))
show(grid)
