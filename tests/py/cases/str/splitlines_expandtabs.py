# splitlines over every line boundary, expandtabs with all tab sizes and columns.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
seps = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\n\r']
for sep in seps:
    s = 'a' + sep + 'b' + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), (sep * 2).splitlines(), (sep * 2).splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines(True), 'a\n\nb'.splitlines())
t(lambda: 'a'.splitlines(1.5))
t(lambda: 'a'.splitlines(keepends=None))
print('a\nb'.splitlines(0), 'a\nb'.splitlines(2))
texts = ['\t', 'a\tb', 'ab\tc\td', '\t\t', 'abcdefgh\tx', 'a\nb\tc', 'a\r\tb', '12345\t67\t8\n\t9', 'ä\tb']
for s in texts:
    print(repr(s), [s.expandtabs(n) for n in (-3, 0, 1, 2, 3, 4, 8, 9)], repr(s.expandtabs()))
print(repr('a\tb'.expandtabs(tabsize=4)))
t(lambda: 'a\tb'.expandtabs('4'))
t(lambda: 'a\tb'.expandtabs(4, 5))
t(lambda: 'a\tb'.expandtabs(2**63))
