# types.GenericAlias forwards attributes to its origin except its own few.
a = list[int]
print(a.__module__, a.__name__, a.__qualname__, a.__doc__ == list.__doc__, a.append is list.append, a.__class__.__name__)
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__)
try:
    a.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(a), str(a), a == list[int], type(a) is type(dict[str, int]))
import types
print(types.GenericAlias(list, int).__mro_entries__((1,)))
