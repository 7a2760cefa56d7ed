# An uncaught IndexError from a list subscript in a loop that runs one too far.
def window_sums(values, width):
    sums = []
    i = 0
    while i <= len(values) - width + 1:
        s = 0
        for j in range(width):
            s += values[i + j]
        sums.append(s)
        print('window', i, s)
        i += 1
    return sums


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(window_sums(data[:3], 1))
print(window_sums(data, 3))
print('unreachable')
a = 1
b = 2
c = 3
print(a + b + c)
