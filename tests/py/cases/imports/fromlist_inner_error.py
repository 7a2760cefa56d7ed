# `from package import submodule` reports the module missing *inside* the
# submodule, not "cannot import name" (CPython's _handle_fromlist rule).
import sys
sys.path.insert(0, __file__.rsplit('/', 3)[0] + '/modules')
try:
    import inner_missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from geometry import no_such_submodule_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
