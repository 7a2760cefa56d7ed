# typing basics: generics, NamedTuple, TypedDict, get_type_hints, Protocol; singledispatch with annotations.
import typing
from typing import List, Dict, Optional, Union, TypeVar, Generic, Callable, NamedTuple, TypedDict, Any, Protocol, Literal, Tuple, Iterable, cast, overload, Final, ClassVar
T = TypeVar('T')
K = TypeVar('K'); V = TypeVar('V')
print(List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...], Literal[1, 'a'])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, Box.__parameters__, Box[int].__origin__ is Box)
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair[str, int].__args__)
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P.__annotations__)
class TD(TypedDict):
    a: int
    b: str
print(TD(a=1, b="x"), TD.__annotations__, sorted(TD.__required_keys__))
def f(a: int, b: 'str' = 'x') -> List[int]: pass
print(typing.get_type_hints(f))
class Proto(Protocol):
    def meth(self) -> int: ...
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), cast(int, 'x'))
print(isinstance([], typing.Iterable), issubclass(list, typing.Sequence), Optional[int] == Union[int, None])
@typing.runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen))
print(int | None, list[int] | None, typing.Union[int, str] | None)
from functools import singledispatch
@singledispatch
def describe(x): return 'object'
@describe.register
def _(x: int): return 'int'
@describe.register
def _(x: list): return 'list'
print(describe(1), describe([]), describe('s'))

