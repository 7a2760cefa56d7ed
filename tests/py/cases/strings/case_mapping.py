# str case mapping: upper/lower/title/capitalize/swapcase/casefold, incl. special casing.
words = ['hello world', 'HELLO', 'Hello World', 'ß', 'straße', 'ﬁne', 'İstanbul', 'ǅungla',
         'ΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'aΣb', 'Σ', 'ŉ', 'ΐ', "they're bill's friends", 'x1y2 z3',
         'éÉèÈ', 'ǈǉǊ', 'ﬀ', 'Ⅻ', '', '123', 'a\u0345', 'mIxEd CaSe']
for w in words:
    print(repr(w))
    print('  upper     ', repr(w.upper()))
    print('  lower     ', repr(w.lower()))
    print('  title     ', repr(w.title()))
    print('  capitalize', repr(w.capitalize()))
    print('  swapcase  ', repr(w.swapcase()))
    print('  casefold  ', repr(w.casefold()))
total = 0
for cp in range(0x41, 0x2000, 3):
    c = chr(cp)
    for m in (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase()):
        for x in m:
            total = (total * 131 + ord(x)) % 1000000007
print('checksum of simple mappings', total)
def show(label, value):
    print(label, repr(value), len(value))
show('upper of sharp s:', 'ß'.upper())
show('lower of dotted I:', 'İ'.lower())
show('title of ligature:', 'ﬁ'.title())
show('casefold of ligature:', 'ﬁ'.casefold())
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'STRASSE'.casefold() == 'straße'.casefold())
print(len('ß'.upper()), len('İ'.lower()), 'ΣΑΣ'.lower(), 'ΣΑΣ ΑΣ'.lower(), 'Σ.'.lower())
print('hello'.capitalize(), 'HELLO'.capitalize(), '1abc'.capitalize(), 'ǆabc'.capitalize())
print('aBc'.swapcase().swapcase(), 'ß'.swapcase(), 'Σς'.swapcase())
