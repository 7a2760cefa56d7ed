# Every module of issue #6's "Done when" list imports, and its public names
# (__all__ where it has one) are all there (part 1 of 3: the list is split so
# each part stays quick under GC stress). The size of __all__ is not
# compared: os and socket export fewer platform constants on pystm, pickle
# lacks PickleBuffer. Each module also has a smoke script of its own.
import importlib

MODULES = ['abc', 'argparse', 'array', 'ast', 'asyncio', 'base64', 'bisect', 'calendar', 'collections', 'contextlib', 'copy', 'csv', 'dataclasses', 'datetime', 'decimal', 'difflib', 'enum', 'fnmatch', 'fractions', 'functools', 'glob']

for name in MODULES:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    missing = [n for n in (exported or []) if not hasattr(module, n)]
    print(name, module.__name__ == name, exported is not None, missing)
