# Reprs and type names of built-in objects, descriptors and exceptions (addresses cut off).
tests = r'''
[x for x in range(3)].__class__|(x for x in []).__class__.__name__|(lambda: (yield)).__code__.co_flags & 0x20
list(zip(*zip([1,2],[3,4])))|dict(zip('ab', 'cd'))|list(enumerate(zip('ab','cd')))|list(map(max, [1,5], [4,2]))
sorted(set('mississippi'))|''.join(sorted('hello', reverse=True))|sorted([3,1,2], key=lambda x: -x)
str(list(range(3)))|str((1,))|str({1:'a'})|str({1})|str([None, True, 1.0, 'x', b'y'])
repr(object)[:15]|repr(int)|repr(type)|repr(len)|repr(str.upper)|repr([].append)[:26]|repr(int.from_bytes)[:40]
repr(property())[:18]|repr(staticmethod(len))[:30]|repr(classmethod(len))[:29]|repr(iter([]))[:22]|repr(super)
repr(Exception('a', 1))|repr(ValueError())|str(KeyError('k'))|repr(StopIteration(3))|str(OSError(2, 'x'))
repr(ExceptionGroup('m', [ValueError(1)]))|str(ExceptionGroup('m', [ValueError(1), TypeError()]))
repr(range(3))|repr(slice(1,2))|repr(frozenset())|repr(bytearray())|repr(NotImplemented)
'''
for line in tests.strip().split('\n'):
    out = []
    for expr in line.split('|'):
        try:
            out.append(repr(eval(expr)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(' ; '.join(out))
