# A reverse-Polish calculator with a tokenizer and error handling.
def tokenize(text):
    return text.replace('(', ' ').replace(')', ' ').split()


def evaluate(text):
    stack = []
    for tok in tokenize(text):
        if tok in ['+', '-', '*', '/', '//', '%', '**']:
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                stack.append(a / b)
            elif tok == '//':
                stack.append(a // b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif '.' in tok:
            stack.append(float(tok))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError('expected one result, stack is ' + repr(stack))
    return stack[0]


programs = [
    '1 2 +', '2 3 4 * +', '10 3 /', '10 3 //', '-7 2 %', '2 100 **', '1.5 2 *',
    '5 dup *', '1 2 swap -', '3 0 /', '3 0 //', '1 +', '1 2', 'x 1 +', '2 0.5 **',
    '7 2 - 3 -', '2 3 2 ** **', '0.1 0.2 +', '123456789 987654321 *',
]
for p in programs:
    try:
        print(p, '=>', evaluate(p))
    except ZeroDivisionError as e:
        print(p, '=> ZeroDivisionError:', e)
    except ValueError as e:
        print(p, '=> ValueError:', e)
    except IndexError as e:
        print(p, '=> IndexError:', e)
