# complex format specs over a grid of values; complex() string parsing edge cases
vals = [0j, 1+2j, -1.5e-7-2j, complex(1e16, -1e-16), complex(123456.789, 0.001), complex(-0.0, -0.0), complex(float('inf'), float('-nan')), 1e300j]
specs = ['', 'g', '.0g', '.0f', '.0e', '#.0f', '#.0e', '#', '#g', 'n', '.3n', '+.2e', ' .1f', '-^30.2f', 'x<25', ',.2f', '_g', ',', '30', '<', '.20g', 'E', 'G', 'F', '.100f', 'z', 'z.0f', '+', ' ', '#.3', '.3']
for v in vals:
    for s in specs:
        try:
            print(repr(s), format(v, s))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
strs = ['1', '-1', '+1j', '1.5e+3-2.5e-3j', ' (1+1j) ', '(1+1j', '1+1j)', '()', '( )', 'nanj', '-nan-nanj', 'infj+1', 'INF', '1e', '1e+', '.j', 'j.', '1.j', '+.5J', '1 j', '1\t+1j', '\u3000 1j', '１j', '1__2', '1_2.3_4e1_0j', '0x10', '- 1j', '+-j', '--1', '1-+1j']
for s in strs:
    try:
        print(repr(s), complex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
