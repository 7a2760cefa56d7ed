# str.maketrans in its three forms and str.translate with every kind of table value.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tbl = str.maketrans('abc', 'xyz')
print(sorted(tbl.items()))
print('aabbcc-abc'.translate(tbl))
tbl2 = str.maketrans('ab', 'AB', 'cd')
print(sorted(tbl2.items()), 'abcdef'.translate(tbl2))
tbl3 = str.maketrans({'a': 'AA', 'b': None, 99: 'C', 'd': 100})
print(sorted(tbl3.items()), 'abcde'.translate(tbl3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({104: 'J', 111: 0x263a}))
print('abc'.translate([None, 'x']), 'abc'.translate({}), ''.translate({97: 'b'}))
class Table:
    def __getitem__(self, k):
        if k == ord('q'):
            raise LookupError
        if k == ord('z'):
            raise IndexError('idx')
        return chr(k).upper() * 2
print('aqb'.translate(Table()))
t(lambda: 'z'.translate(Table()))
class Bad:
    def __getitem__(self, k):
        raise ValueError('bad')
t(lambda: 'a'.translate(Bad()))
t(lambda: 'a'.translate({97: 1.5}))
t(lambda: 'a'.translate({97: -1}))
t(lambda: 'a'.translate({97: 0x110000}))
t(lambda: 'a'.translate({97: b'x'}))
t(lambda: str.maketrans('abc', 'xy'))
t(lambda: str.maketrans('abc'))
t(lambda: str.maketrans({'ab': 'x'}))
t(lambda: str.maketrans({1.5: 'x'}))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans('a', 'b', 3))
t(lambda: str.maketrans())
t(lambda: 'a'.translate())
print(str.maketrans('', ''), str.maketrans('', '', 'x'))
print('日本'.translate(str.maketrans('日', '月')))
