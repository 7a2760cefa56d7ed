# list methods: append extend pop insert remove sort reverse index count.
a = []
for i in range(6):
    a.append(i * 3 % 5)
print(a)
a.extend([9, 8])
a.extend('xy')
a.extend(range(2))
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'almost')
a.insert(-100, 'very first')
print(a)
a.remove('x')
a.remove(4)
print(a)
print(a.index('first'), a.index(9), a.count(0), a.count(3), a.count('zz'))
nums = [5, 2, 9, 1, 5, 6, -3, 0, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
print(nums.index(5), nums.index(2, 3), nums.count(5))
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'cherry']
words.sort()
print(words)


def by_len(w):
    return len(w)


words.sort(key=by_len)
print(words)
words.sort(key=by_len, reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
stack = []
for ch in 'abcde':
    stack.append(ch)
out = ''
while stack:
    out += stack.pop()
print(out, stack)
for bad in ['pop', 'remove', 'index']:
    try:
        if bad == 'pop':
            [].pop()
        elif bad == 'remove':
            [1, 2].remove(3)
        else:
            [1, 2].index(3)
    except IndexError as e:
        print('IndexError:', e)
    except ValueError as e:
        print('ValueError:', e)
try:
    [1, 2, 3].pop(7)
except IndexError as e:
    print(e)
mixed = [3, 1.5, True, -2, 0.25]
mixed.sort()
print(mixed)
