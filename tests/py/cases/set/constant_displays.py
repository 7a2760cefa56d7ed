# Constant set displays iterate in CPython's order (the compiler's frozenset constants).
print({10, 2, 33, 4, 5, 100, 7}, 100 in {10, 2, 33, 4, 5, 100, 7})
print({1, 9, 17, 25, 33, 41}, {'a', 'b'} == {'b', 'a'}, {3.5, 1.5, 2.5}, {(1, 2), (2, 1), (0, 0)})
for x in {64, 0, 32, 8, 16, 128, 256, 1}:
    print(x, end=' ')
print()
