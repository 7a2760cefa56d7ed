# Failing imports: missing modules, missing names, a module that raises while
# loading (it must not stay in sys.modules), relative import without a package.
import sys
sys.path.insert(0, __file__.rsplit('/', 3)[0] + '/modules')

for name in ['no_such_module_xyz', 'geometry.nothing', 'shop.missing']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)

try:
    from geometry import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])

for attempt in range(2):
    try:
        import broken
    except RuntimeError as e:
        print('attempt', attempt, e, 'broken' in sys.modules)

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)

import no_module_at_all
