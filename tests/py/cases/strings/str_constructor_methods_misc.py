# str() construction from objects, __str__ vs __repr__ fallbacks and errors, str subclasses through str(), misc methods (removeprefix, partition...).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return 'repr-only'
class OnlyStr:
    def __str__(self):
        return 'str-only'
class BadStr:
    def __str__(self):
        return 5
class BadRepr:
    def __repr__(self):
        return None
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub('sub instance')
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr())[:10], f'{OnlyRepr()}', '%s' % OnlyStr())
t(lambda: str(BadStr())), t(lambda: repr(BadRepr())), t(lambda: '%s' % BadStr()), t(lambda: f'{BadStr()}'), t(lambda: print(BadStr()))
r = str(ReturnsSub())
print(r, type(r).__name__, type(str(StrSub('x'))).__name__, type(StrSub('x').__str__()).__name__)
print(str(1.0), str(-0.0), str(1e16), str(True), str(None), str([1, 'a']), str((1,)), str({1: 'x'}), str({1}), str(b'a'), str(1j))
print('prefix-body'.removeprefix('prefix-'), 'body-suffix'.removesuffix('-suffix'), 'x'.removeprefix(''), 'abc'.removesuffix('abc'))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'), ''.partition('a'))
t(lambda: 'a'.removeprefix(1)), t(lambda: 'a'.partition(None)), t(lambda: 'a'.join([1])), t(lambda: str(1, 2))
print('Ab1 '.isalnum(), ''.isalpha(), ' '.isspace(), '\u2003'.isspace(), 'ǅ'.istitle(), 'Ab Cd'.istitle(), 'AB CD'.isupper(), 'ab1'.islower())
print('%s|%r|%a' % ('é', 'é', 'é'), 'x'.center(4, 'é'), 'tab\tsep'.expandtabs(2), 'a\u00adb'.isprintable(), '\u00ad'.isprintable())
print(str.format('{0}{1}', 'a', 'b'), 'A'.lower() == 'a', 'ß'.upper(), 'İ'.lower(), len('İ'.lower()), 'ﬃ'.upper())
print(sorted(set('mississippi')), 'mississippi'.count('ss'), 'mississippi'.rfind('ss'), 'mississippi'.split('ss'), 'mississippi'.replace('ss', 'SS', 1))
