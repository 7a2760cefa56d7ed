# if/elif/else chains and nested conditions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        if n % 2 == 0:
            return 'medium even'
        else:
            return 'medium odd'
    else:
        return 'large'


for n in [-5, 0, 3, 42, 43, 100, 10 ** 20]:
    print(n, classify(n))


def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out


print(' '.join(fizzbuzz(30)))
x = 7
if x:
    print('x is truthy')
if not []:
    print('empty list is falsy')
if x > 5 and x < 10:
    print('between')
if x == 1:
    print('one')
elif x == 7:
    print('seven')
if 'a' in 'cat':
    if 'c' in 'cat':
        if 'z' in 'cat':
            print('z')
        else:
            print('no z')
grade = 87
if grade >= 90:
    letter = 'A'
elif grade >= 80:
    letter = 'B'
else:
    letter = 'C'
print(letter)
for v in [None, 0, '', 'x', [0]]:
    if v is None:
        print('None')
    elif v:
        print('truthy', repr(v))
    else:
        print('falsy', repr(v))
