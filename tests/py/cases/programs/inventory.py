# A small inventory system: dataclass-like classes, properties, generators, sorting with keys,
# f-strings with format specs, exceptions with custom classes, dict/set comprehensions.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f'{item}: wanted {wanted}, have {have}')
        self.item = item


class Item:
    def __init__(self, name, price, qty=0, tags=()):
        self.name, self.price, self.qty, self.tags = name, price, qty, set(tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f'Item({self.name!r}, {self.price:.2f}, qty={self.qty})'

    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.name] = item
        return self

    def take(self, name, n):
        item = self.items[name]
        if item.qty < n:
            raise OutOfStock(name, n, item.qty)
        item.qty -= n
        return item

    def by_tag(self, tag):
        return (i for i in self.items.values() if tag in i.tags)

    def report(self):
        lines = []
        for item in sorted(self.items.values()):
            lines.append(f'{item.name:<8}|{item.price:>8.2f}|{item.qty:>4}|{item.value:>9.2f}')
        return '\n'.join(lines)


inv = Inventory()
inv.add(Item('apple', 0.5, 100, ['fruit', 'red'])).add(Item('pear', 0.75, 40, ['fruit']))
inv.add(Item('hammer', 12.99, 3, ['tool'])).add(Item('nails', 0.02, 5000, ['tool', 'small']))
print(inv.report())
print(sorted(i.name for i in inv.by_tag('fruit')), [repr(i) for i in inv.by_tag('small')])
print(inv.take('apple', 30), inv.items['apple'].value)
for name, n in [('hammer', 5), ('pear', 40), ('drill', 1)]:
    try:
        inv.take(name, n)
        print('took', n, name)
    except OutOfStock as e:
        print('out of stock:', e, e.item, type(e).__mro__[1].__name__)
    except KeyError as e:
        print('unknown item', e)
tags = {t for i in inv.items.values() for t in i.tags}
totals = {t: round(sum(i.value for i in inv.items.values() if t in i.tags), 2) for t in sorted(tags)}
print(totals, max(inv.items.values()).name, min(inv.items.values(), key=lambda i: i.qty).name)
print(f'{sum(i.value for i in inv.items.values()):,.3f}', f'{len(inv.items):03d}', f'{0.1234:.1%}', f'{12345678:_}')
