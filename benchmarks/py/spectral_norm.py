# benchmarks/py/spectral_norm.py — the spectral norm of an infinite matrix:
# float division in tight nested loops over lists.
N = 400


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


u = [1.0] * N
v = []
for i in range(10):
    v = mul_atav(u, N)
    u = mul_atav(v, N)
vbv = 0.0
vv = 0.0
for i in range(N):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
result = (vbv / vv) ** 0.5
print('spectral_norm', N, int(result * 1e9))
