# format specs for str and complex; __format__ of object; alignment with wide characters.
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for s in ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '10.2', '<.0', 'x>5s', '0', '05', '=10', '+', ' ', '#', ',', '_', 'd', 'r', '10,', 'z']:
    t('héllo', s)
t('日本語', '^8'), t('', '^3'), t('abc', '\x00^7')
for c in [1+2j, -1.5-0.5j, 0j, complex(0, -0.0), 1e20j, complex('inf'), complex('nan'), 3+0j]:
    for s in ['', 'g', '.2f', '+.3e', '^20', '>20.1f', 'G', 'e', '.1%' , '=10', '010', 'n', '#g', ',.2f', 'd', 'c', '.3']:
        t(c, s)
class O:
    pass

t(O(), 's')
t(object(), '>3')
print(type(format(O(), '')), format(None), format(None, ''), format(True), format(False, '^7'), format(True, 'd'))
t(None, '>5')
t([1, 2], '')
t([1, 2], '5')
t(..., '')
