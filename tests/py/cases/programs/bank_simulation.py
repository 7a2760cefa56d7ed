# A deterministic bank simulation: accounts, transfers, failures, an audit.
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.history = []

    def apply(self, delta, note):
        if self.balance + delta < 0:
            raise InsufficientFunds(self.owner + ' has ' + str(self.balance))
        self.balance += delta
        self.history.append((note, delta))

    def __repr__(self):
        return '<' + str(self.number) + ' ' + self.owner + ' ' + str(self.balance) + '>'


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = 0

    def open(self, owner, balance):
        number = 1000 + len(self.accounts)
        self.accounts[number] = Account(number, owner, balance)
        return number

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].apply(-amount, 'to ' + str(dst))
        except InsufficientFunds as e:
            self.failed += 1
            return 'failed: ' + str(e)
        except KeyError as e:
            self.failed += 1
            return 'no account ' + str(e)
        self.accounts[dst].apply(amount, 'from ' + str(src))
        return 'ok'

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank()
owners = ['ann', 'ben', 'cy', 'di', 'ed']
for i, name in enumerate(owners):
    bank.open(name, 100 * (i + 1))
print(bank.accounts, bank.total())
seed = 7
for step in range(25):
    seed = (seed * 31 + 11) % 101
    src = 1000 + seed % 6
    dst = 1000 + (seed // 6) % 5
    amount = seed * 3
    print(step, src, dst, amount, bank.transfer(src, dst, amount))
print(bank.accounts, bank.total(), bank.failed)
for number in sorted(bank.accounts):
    print(number, bank.accounts[number].history[:3])
print(isinstance(InsufficientFunds('x'), Exception), repr(InsufficientFunds('low')))
