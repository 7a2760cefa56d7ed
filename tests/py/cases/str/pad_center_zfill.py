# center / ljust / rjust / zfill: odd and even padding, fill characters, signs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['', 'a', 'ab', 'abc', 'abcd', 'é']:
    for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '日')))
for s in ['', '1', '-1', '+1', '--1', 'abc', '-', '+', ' 1', '1.5', '-0.5e3', '１']:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5, 8)])
t(lambda: 'a'.center(5, ''))
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a'.center(5, 1))
t(lambda: 'a'.center('5'))
t(lambda: 'a'.center())
t(lambda: 'a'.ljust(3, fillchar='x'))
t(lambda: 'a'.zfill('3'))
t(lambda: 'a'.zfill())
class W:
    def __index__(self):
        return 6
print(repr('ab'.center(W(), '.')), repr('7'.zfill(W())))
