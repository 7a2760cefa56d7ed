# Class attributes vs instance attributes; attributes read through methods.
class Config:
    level = 1
    names = []
    label = 'base'

    def describe(self):
        return self.label + ':' + str(self.level)

    def bump(self):
        self.level = self.level + 1
        return self.level


a = Config()
b = Config()
print(a.describe(), b.describe(), Config.level)
print(a.bump(), a.bump(), b.describe(), Config.level)
Config.level = 10
print(a.describe(), b.describe(), Config().describe())
a.names.append('shared')
print(b.names, Config.names)
b.names = ['own']
print(a.names, b.names, Config.names)


class Child(Config):
    label = 'child'


class GrandChild(Child):
    level = 100


c = Child()
g = GrandChild()
print(c.describe(), g.describe(), c.level, g.level)
Config.label = 'changed'
print(a.describe(), c.describe(), g.describe())
Child.level = 50
print(c.describe(), g.describe(), Config.level)
print(g.bump(), GrandChild.level, g.level)


class Registry:
    count = 0
    instances = []

    def __init__(self, name):
        self.name = name
        Registry.count += 1
        Registry.instances.append(name)


for n in ['alpha', 'beta', 'gamma']:
    Registry(n)
print(Registry.count, Registry.instances)
r = Registry('delta')
print(r.count, r.instances, r.name)
try:
    print(Registry.name)
except AttributeError as e:
    print('AttributeError:', e)
