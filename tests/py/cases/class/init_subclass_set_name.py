# __init_subclass__ with keywords, __set_name__ order, __class_getitem__.
order = []

class Registry:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append((cls.__name__, tag))


class A(Registry, tag='a'):
    pass


class B(A):
    pass


class C(B, tag='c'):
    pass


print(Registry.subclasses, A.tag, B.tag, C.tag)

try:
    class D(Registry, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)

try:
    class E(object, foo=1):
        pass
except TypeError as e:
    print('TypeError', e)


class Field:
    def __set_name__(self, owner, name):
        order.append((owner.__name__, name))
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset:' + self.name)


class Model:
    x = Field()
    y = Field()
    z = Field()


print(order, Model().x, Model.y.name)

# __set_name__ is not called for attributes added later
Model.w = Field()
print(hasattr(Model.w, 'name'))

# __set_name__ raising propagates (3.11: not wrapped)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)

try:
    class M:
        q = Bad()
except ValueError as e:
    print('ValueError', e)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# __init_subclass__ is implicitly a classmethod
class Auto:
    def __init_subclass__(cls):
        cls.auto = cls.__name__ + '!'

class Sub(Auto):
    pass

print(Sub.auto, hasattr(Auto, 'auto'))

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return ('Box', cls.__name__, item)

class SubBox(Box):
    pass

print(Box[int], SubBox[str, int], Box[()])
try:
    object[int]
except TypeError as e:
    print('TypeError', e)

print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int].__origin__, list[int].__args__, type(list[int]).__name__)
print(list[int]([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)

# __init_subclass__ sees class attributes and __set_name__ already done
class Checked:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, sorted(k for k in vars(cls) if not k.startswith('__')), order[-1])

class Impl(Checked):
    f = Field()
    g = 1
