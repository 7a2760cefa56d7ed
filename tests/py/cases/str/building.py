# Building strings: join, repetition, concatenation in loops, str() of containers.
rows = []
for i in range(1, 6):
    rows.append(' '.join([str(i * j) for j in range(1, 6)]))
print('\n'.join(rows))
print('+' + '-' * 10 + '+')
for word in ['pystm', 'stm', 'transactional']:
    pad = 13 - len(word)
    print('|' + word + ' ' * pad + '|')
print('+' + '-' * 10 + '+')
csv_rows = [['name', 'qty'], ['bolt', '10'], ['nut', '250']]
print('\n'.join([','.join(r) for r in csv_rows]))
parsed = [line.split(',') for line in 'a,1\nb,2\nc,3'.split('\n')]
print(parsed)
acc = ''
for i in range(20):
    acc += 'ab'[i % 2]
print(acc, len(acc))
title = 'the art of computer programming'
caps = ' '.join([w[0].upper() + w[1:] for w in title.split()])
print(caps)
snake = 'parse_http_response_header'
parts = snake.split('_')
print(parts[0] + ''.join([p[0].upper() + p[1:] for p in parts[1:]]))
camel = 'parseHttpResponse'
out = ''
for ch in camel:
    if ch.upper() == ch and ch.lower() != ch:
        out += '_' + ch.lower()
    else:
        out += ch
print(out)
print(str([1, 'a', 2.5, None, True]), str((1,)), str({'k': [1, 2]}), str([]), str(''))
print(repr([1, 'a']), repr(['it\'s']), repr(('tab\t',)), repr({'\n': 1}))
n = 1234567890
digits = str(n)
groups = []
while len(digits) > 3:
    groups.append(digits[-3:])
    digits = digits[:-3]
groups.append(digits)
groups.reverse()
print(','.join(groups))
print('-'.join('abc'), ''.join(['x'] * 5), ' '.join(sorted('dcba')), '\t'.join(['a', 'b']).split('\t'))
print(''.join([str(i % 10) for i in range(30)]))
