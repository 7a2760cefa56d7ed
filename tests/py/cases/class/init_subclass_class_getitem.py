# __init_subclass__ (implicit classmethod, keyword arguments, super chain) and __class_getitem__.
class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        print('init_subclass', cls.__name__, tag, kwargs)
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'):
    pass
class B(A):
    pass
class C(B, tag='c'):
    pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, tag='d', extra=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class E(unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
try:
    class F(Plain, x=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Twice:
    def __init_subclass__(cls):
        cls.count = getattr(cls, 'count', 0) + 1
class T1(Twice): pass
class T2(T1): pass
print(T1.count, T2.count, type(Twice.__dict__['__init_subclass__']).__name__)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[int, str], G[()], G[1:2])
class H(G):
    pass
print(H['x'])
class NotCls:
    def __class_getitem__(cls, item):
        return cls
print(NotCls[0] is NotCls, type(NotCls.__dict__['__class_getitem__']).__name__)
try:
    Plain[int]
except TypeError as e:
    print('TypeError', e)
class Both:
    def __getitem__(self, k):
        return 'instance ' + repr(k)
    def __class_getitem__(cls, k):
        return 'class ' + repr(k)
print(Both[1], Both()[1])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type[int], isinstance([], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __getitem__(cls, k):
        return 'meta getitem ' + repr(k)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, k):
        return 'class_getitem'
print(WithMeta[5])
