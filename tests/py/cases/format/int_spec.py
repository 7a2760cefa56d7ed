# The format-spec mini-language for int: every type, sign, alignment, fill, '#', '0', width, grouping.
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
vals = [0, 7, -7, 255, -255, 123456789, -987654321, 2**70, -2**70, True]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '#b', '#o', '#x', '#X', '+d', ' d', '-d',
         '08d', '+08d', '#010x', '#010b', '<8d', '>8d', '^8d', '=8d', '*^9', '0=8', '_<10', ',d', '_d', '_b', '_x', '_o',
         '#_b', ',', '020,', '020_x', '+,', '.2f', '.0e', '.3g', '.1%', ',.2f', '012,.1f', 'z', 'zd']
for v in vals:
    print('--', v)
    for s in specs:
        t(v, s)
for s in ['.2d', ',b', ',x', '_c', ',c', '#c', '+c', 's', 'r', '=', '==5', '10.2.3', '1000000000000000000000d', 'q', ',_d', '_,d']:
    t(42, s)
t(65, 'c'), t(0x1F600, 'c'), t(-1, 'c'), t(0x110000, 'c'), t(0, '^5c')
print(format(10**30, ','), format(-10**30, '_x'), format(1234, '^+10,'))
