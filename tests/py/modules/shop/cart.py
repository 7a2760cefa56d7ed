from .pricing import price_of
from . import pricing


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item, count=1):
        self.items.append((item, count))
        return self

    def total(self):
        return sum(price_of(i, c) for i, c in self.items)

    def known(self):
        return sorted(pricing.PRICES)
