# sys.set_int_max_str_digits: the int<->str conversion limit, its error messages and the bases it applies to.
import sys
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, int) or r.bit_length() < 200 else ('int', r.bit_length()))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
t(lambda: len(str(10**4299))), t(lambda: len(str(10**4300))), t(lambda: int('1' * 4300)), t(lambda: int('1' * 4301))
t(lambda: len(repr(-10**5000))), t(lambda: f'{10**5000}'), t(lambda: '%d' % 10**5000), t(lambda: format(10**5000, ','))
t(lambda: len(hex(10**5000))), t(lambda: len(bin(10**5000))), t(lambda: int('f' * 5000, 16).bit_length()), t(lambda: int('1' * 5000, 2).bit_length())
t(lambda: int('7' * 5000, 8).bit_length()), t(lambda: int('1' * 5000, 10)), t(lambda: int('1' * 5000, 36)), t(lambda: int('1_' * 3000 + '1'))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
t(lambda: len(str(10**639))), t(lambda: len(str(10**640))), t(lambda: int('9' * 641)), t(lambda: int('9' * 640).bit_length())
t(lambda: int('  ' + '9' * 641 + '  ')), t(lambda: int('-' + '9' * 641)), t(lambda: int(b'1' * 700))
t(lambda: sys.set_int_max_str_digits(100)), t(lambda: sys.set_int_max_str_digits(-1)), t(lambda: sys.set_int_max_str_digits('5'))
t(lambda: sys.set_int_max_str_digits(maxdigits=700)), t(lambda: sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**10000)), int('1' * 10000) % 97)
sys.set_int_max_str_digits(4300)
t(lambda: str(10**4300))
