# examples/demo.py — a short tour of what pystm runs today: classes and
# inheritance, closures, big integers, a small simulation and exceptions.

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(self.owner + ' cannot withdraw ' + str(amount))
        self.balance -= amount
        return self

    def __repr__(self):
        return 'Account(' + repr(self.owner) + ', ' + str(self.balance) + ')'


class SavingsAccount(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.balance += self.balance * self.rate // 100
        return self


def make_id_source(prefix):
    counter = 0

    def next_id():
        nonlocal counter
        counter += 1
        return prefix + str(counter)
    return next_id


def simulate_population(rabbits, foxes, steps):
    """A tiny predator-prey model in integer arithmetic."""
    history = []
    for step in range(steps):
        born = rabbits // 5
        eaten = min(rabbits, foxes * rabbits // 200)
        starving = 0
        if rabbits < foxes * 3:
            starving = foxes // 6
        rabbits = rabbits + born - eaten
        foxes = foxes + eaten // 8 - starving
        history.append((step, rabbits, foxes))
    return history


print('== accounts')
ids = make_id_source('acct-')
alice = Account(ids(), 100).deposit(50)
bob = SavingsAccount(ids(), 1000, 5).add_interest().add_interest()
print(alice, bob)
for amount in [30, 500]:
    try:
        alice.withdraw(amount)
        print('withdrew', amount, '->', alice)
    except ValueError as e:
        print('refused:', e)

print('== big integers')
print('2**200 =', 2 ** 200)
f = 1
for i in range(1, 31):
    f *= i
print('30! =', f, 'with', len(str(f)), 'digits')
print('-7 // 2 =', -7 // 2, ' -7 % 2 =', -7 % 2)

print('== simulation')
for step, rabbits, foxes in simulate_population(400, 20, 12):
    print(step, 'rabbits', rabbits, 'foxes', foxes, '*' * (rabbits // 50))

print('== words')
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items()):
    print(word, n, sep=': ', end='; ')
print()
print('== done:', 0.1 + 0.2, 1 / 3, float('inf'))
