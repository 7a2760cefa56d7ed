# benchmarks/py/fannkuch.py — fannkuch-redux: permutations and list reversal
# by slice assignment.
N = 9
REPEAT = 3


def fannkuch(n):
    perm1 = [i for i in range(n)]
    count = [0] * n
    max_flips = 0
    checksum = 0
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if nperm % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


for i in range(REPEAT):
    checksum, flips = fannkuch(N)
print('fannkuch', N, checksum, flips)
