# An uncaught KeyError with a string key.
inventory = {'apples': 3, 'pears': 0, 'plums': 12}
orders = ['apples', 'plums', 'pears', 'kiwis', 'apples']


def take(name, n):
    have = inventory[name]
    if have < n:
        print('short of', name)
        return 0
    inventory[name] = have - n
    return n


shipped = 0
for name in orders:
    got = take(name, 2)
    shipped += got
    print(name, got, inventory)
print('shipped', shipped)
x = 1
y = 2
z = x + y
print(z)
