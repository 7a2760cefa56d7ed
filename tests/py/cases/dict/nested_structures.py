# Dicts of lists and dicts of dicts: grouping, inverting, counting.
records = [('fruit', 'apple', 3), ('veg', 'leek', 1), ('fruit', 'pear', 5),
           ('grain', 'rice', 9), ('veg', 'kale', 2), ('fruit', 'fig', 7)]
by_kind = {}
for kind, name, qty in records:
    by_kind.setdefault(kind, []).append(name)
print(by_kind)
totals = {}
for kind, name, qty in records:
    if kind not in totals:
        totals[kind] = {'count': 0, 'qty': 0}
    totals[kind]['count'] += 1
    totals[kind]['qty'] += qty
print(totals)
for kind in sorted(totals):
    print(kind, totals[kind]['count'], totals[kind]['qty'])
inverse = {}
for kind in by_kind:
    for name in by_kind[kind]:
        inverse[name] = kind
print(inverse, inverse['fig'])
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}


def reachable(start):
    seen = {}
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen[node] = True
        for nxt in graph[node]:
            stack.append(nxt)
    return sorted(seen)


print(reachable('a'), reachable('c'), reachable('f'))
dist = {'a': 0}
queue = ['a']
while queue:
    node = queue.pop(0)
    for nxt in graph[node]:
        if nxt not in dist:
            dist[nxt] = dist[node] + 1
            queue.append(nxt)
print(dist)
matrix = {}
for i in range(3):
    for j in range(3):
        matrix[(i, j)] = i * 3 + j
print(matrix[(1, 2)], matrix.get((5, 5), 'none'), len(matrix), sorted(matrix)[-1])
word_lengths = {}
for w in 'a bb cc ddd e fff gggg'.split():
    word_lengths.setdefault(len(w), []).append(w)
print(word_lengths, sorted(word_lengths.items()))
