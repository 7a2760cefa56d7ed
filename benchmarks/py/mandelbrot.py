# benchmarks/py/mandelbrot.py — escape-time Mandelbrot on a float grid,
# complex arithmetic written out in floats.
SIZE = 480
MAX_ITER = 80


def mandel(size, max_iter):
    total = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
            if n == max_iter:
                row += 1
        rows.append(row)
    return total, rows


total, rows = mandel(SIZE, MAX_ITER)
print('mandelbrot', SIZE, total, sum(rows), max(rows))
