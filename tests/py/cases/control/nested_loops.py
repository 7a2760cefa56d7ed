# Nested loops with break/continue at several levels and loop-else.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None


nums = [8, 3, 11, 7, 2, 15]
for t in [10, 18, 26, 100, 5]:
    print(t, find_pair(nums, t))
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print('found', found)
table = []
for i in range(1, 6):
    line = []
    for j in range(1, 6):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        line.append(i * j)
    table.append(line)
print(table)
count = 0
i = 0
while i < 6:
    j = 0
    while j < 6:
        if j == i:
            j += 1
            continue
        if i + j > 7:
            break
        count += 1
        j += 1
    i += 1
print('count', count)
for word in ['apple', 'sky', 'rhythm', 'queue']:
    for ch in word:
        if ch in 'aeiou':
            print(word, 'first vowel', ch)
            break
    else:
        print(word, 'has no vowel')
total = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a == b or b == c:
                continue
            total += a * 9 + b * 3 + c
print('total', total)
