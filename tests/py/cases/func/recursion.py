# Recursion: classic recursive functions, mutual recursion, memoization with a dict.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, 'A', 'C', 'B', moves)
print(len(moves), ' '.join(moves))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print([is_even(n) for n in range(7)], is_odd(51))
memo = {}


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(30), fib(150), len(memo))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out


perms = permutations([1, 2, 3, 4])
print(len(perms), perms[:3], perms[-1])


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500), sum([depth(i) for i in range(50)]))
