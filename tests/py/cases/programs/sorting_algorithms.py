# Hand-written sorts compared with sorted() on pseudo-random data.
def lcg(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return quick_sort(less) + equal + quick_sort(greater)


data = lcg(42, 300)
print(data[:10])
expected = sorted(data)
for name, fn in [('insertion', insertion_sort), ('merge', merge_sort), ('quick', quick_sort)]:
    result = fn(data)
    print(name, result == expected, result[:5], result[-5:])
print(data[:10], expected[:3], expected[150])
words = 'pack my box with five dozen liquor jugs'.split()
print(merge_sort(words), quick_sort(words) == sorted(words))
