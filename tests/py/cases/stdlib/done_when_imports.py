# Every module of issue #6's "Done when" list imports, and its public names
# (__all__ where it has one) are all there. (The size of __all__ is not
# compared: os and socket export fewer platform constants on pystm, pickle
# lacks PickleBuffer.) Each also has a smoke script of
# its own in this directory or another case directory.
import importlib

MODULES = """abc argparse array ast asyncio base64 bisect calendar collections contextlib copy csv dataclasses
datetime decimal difflib enum fnmatch fractions functools glob gzip hashlib heapq hmac io itertools json
logging math operator os pathlib pickle pprint queue random re shlex shutil socket socketserver statistics
string struct subprocess tempfile textwrap threading time timeit traceback types typing unittest
urllib.parse uuid warnings weakref zipfile zlib""".split()

print(len(MODULES))
for name in MODULES:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    missing = [n for n in (exported or []) if not hasattr(module, n)]
    print(name, module.__name__ == name, exported is not None, missing)
