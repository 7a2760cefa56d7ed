# __eq__ and __lt__ drive ==, !=, <, > and sorted(); __str__ vs __repr__.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __repr__(self):
        return 'v' + str(self.major) + '.' + str(self.minor)

    def __str__(self):
        return str(self.major) + '.' + str(self.minor)


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a == b, a != b, a != c, a < b, b < a, b > a, a > b)
vs = [Version(2, 0), Version(1, 10), Version(1, 2), Version(0, 9), Version(1, 3)]
print(sorted(vs))
print(min(vs), max(vs), repr(min(vs)), str(max(vs)))
print(a in vs, Version(9, 9) in vs, vs.index(Version(1, 3)), vs.count(Version(1, 2)))
print(sorted(vs, reverse=True))
print(str(a), repr(a), [a, b], (a,))


class Plain:
    pass


p1 = Plain()
p2 = Plain()
print(p1 == p1, p1 == p2, p1 != p2)


class OnlyStr:
    def __str__(self):
        return 'only-str'


o = OnlyStr()
print(o, str(o), str([1]) == repr([1]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __repr__(self):
        return 'Money(' + str(self.cents // 100) + '.' + str(self.cents % 100) + ')'


wallet = [Money(250), Money(199), Money(250)]
print(wallet, wallet.count(Money(250)), Money(5) in wallet, Money(199) == Money(199))
try:
    print(Money(1) < Money(2))
except TypeError as e:
    print('TypeError:', e)
