# casefold, lower/upper/title/capitalize/swapcase over special casings and non-letters.
words = ['ß', 'ﬁ', 'İstanbul', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'straße', 'ǅemal', 'ǆ', 'Ǉ', 'hello world', "they're bill's",
         'a1b2 c3', 'ŉ', 'ΐ', 'ﬀoo', 'ǰ', 'MASSE', 'µ', 'ſ', 'K', 'Å', '', '123', 'ΑΣ ΣΑ', 'aΣ', 'Σ']
for w in words:
    print(repr(w), repr(w.casefold()), repr(w.lower()), repr(w.upper()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()))
print('ß'.casefold() == 'SS'.casefold(), 'straße'.casefold() == 'STRASSE'.casefold())
print([c for c in 'aAbB1 ǅ'.title()], 'hello_world-foo'.title(), 'ÉCOLE'.lower())
for m in ('casefold', 'lower', 'upper', 'title', 'capitalize', 'swapcase'):
    try:
        getattr(str, m)('x', 1)
    except TypeError as e:
        print('TypeError', e)
    try:
        getattr(str, m)(5)
    except TypeError as e:
        print('TypeError', e)
