# sys attributes a program relies on: version_info as a named tuple, maxsize, byteorder, int/hash/float info, flags, intern, exc_info, recursion limit.
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi.serial, type(vi).__name__, isinstance(vi, tuple), len(vi), vi >= (3, 8), vi < (4,))
print(repr(vi).startswith('sys.version_info(major=3, minor=11, micro='), tuple(vi)[:2], vi[0] == vi.major, list(vi)[3])
try:
    vi.major = 4
except AttributeError as e:
    print('AttributeError', type(e).__name__)
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(sys.intern('ab' + 'c') is sys.intern('abc'), sys.exc_info(), sys.getrecursionlimit() > 100, isinstance(sys.path, list), 'builtins' in sys.builtin_module_names)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', e)
try:
    raise KeyError('k')
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(tb).__name__, sys.exception() is ev)
print(sys.argv[0].endswith('sys_attributes.py'), type(sys.modules).__name__, sys.modules['sys'] is sys, sys.platform.startswith('linux'))
