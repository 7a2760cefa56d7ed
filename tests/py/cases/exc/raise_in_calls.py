# Exceptions propagate through nested calls and are caught at the right level.
def level3(x):
    if x < 0:
        raise ValueError('negative: ' + str(x))
    if x == 0:
        raise ZeroDivisionError('zero here')
    return 100 // x


def level2(x):
    try:
        return level3(x) + 1
    except ZeroDivisionError as e:
        return 'level2 handled ' + str(e)


def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return 'level1 handled ' + str(e)
    finally:
        log.append(x)


log = []
for x in [5, 0, -3, 1]:
    print(level1(x))
print(log)


def recursive(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    try:
        return recursive(n - 1)
    finally:
        log.append(n)


log = []
try:
    recursive(5)
except RuntimeError as e:
    print('caught', e, log)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: ' + str(self.balance) + ' < ' + str(amount))
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, 50, 40, 20]:
    try:
        print('left', acct.withdraw(amount))
    except ValueError as e:
        print('refused:', e)
errors = []
for item in ['1', 'x', '3', '', '5']:
    try:
        errors.append(int(item) * 2)
    except ValueError as e:
        errors.append(str(e))
print(errors)
try:
    raise TypeError('first')
except TypeError as e:
    try:
        raise ValueError('second')
    except ValueError as e2:
        print('nested handlers:', e, e2)
