# benchmarks/py/unpack_sequence.py — tuple and list unpacking: swaps, multiple
# assignment, unpacking in for loops, star unpacking and functions returning
# several values.
LOOPS = 800000


def divmod_pair(a, b):
    return a // b, a % b


def rotate(t):
    a, b, c, d = t
    return b, c, d, a


def main():
    acc = 0
    pairs = [(i, i * 7 % 13) for i in range(64)]
    quads = [[i, i + 1, i + 2, i + 3] for i in range(16)]
    a, b, c, d = 1, 2, 3, 4
    for n in range(LOOPS):
        a, b = b, a
        a, b, c = c, a, b
        q, r = divmod_pair(n + 17, 5)
        acc += q - r
        w, x, y, z = rotate((a, b, c, d))
        acc += w * 4 + x * 3 + y * 2 + z
        if n & 15 == 0:
            for i, j in pairs:
                acc += i ^ j
            for e, f, g, h in quads:
                acc += e - f + g - h
            first, *middle, last = quads[n & 15]
            acc += first + last + len(middle)
        (p, (s, t)) = (n, (n + 1, n + 2))
        acc = (acc + p - s + t) & 0xFFFFFFFF
    return acc, a, b, c, d


print('unpack_sequence', LOOPS, main())
