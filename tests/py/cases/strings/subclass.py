# str subclasses: construction, inherited methods return str, instance dicts, overrides.
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hey')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, type(s.upper()).__name__, s == 'hey')
print(type(str(s)).__name__, repr(s), s[1], isinstance(s, str), 'e' in s, s * 2, hash(s) == hash('hey'))
print(['%s' % s, '{}'.format(s), f'{s}', s.strip(), type(s.strip()).__name__, s.join(['1', '2'])])
s.tag = 5
print(s.tag, s.__dict__, {s: 1}['hey'], s in {'hey': 0}, sorted([S('b'), 'a', S('c')]))
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self):
        return 'T(' + str.__repr__(self) + ')'
    def __str__(self):
        return 'T-str'
t = T('xy')
print(t, repr(t), len(t), t + '!', '%s|%r' % (t, t), f'{t}|{t!r}', '{}'.format(t))
print(str(t), type(str(t)).__name__, t.upper(), t[1:], t * 2, t == 'xyxy', max(T('q'), 'r'))
class U(str):
    def upper(self):
        return 'custom'
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
u = U('abc')
print(u.upper(), str.upper(u), u == 'zzz', u != 'abc', u.lower(), u.split('b'), len(u))
print(isinstance(u, str), issubclass(U, str), type(u).__mro__[1].__name__, str(u), repr(u))
class V(str):
    pass
v = V()
w = V('x', )
print(repr(v), repr(w), type(v).__name__, v == '', w.join(['1', '2']), V(42), V(b'q', 'ascii'))
