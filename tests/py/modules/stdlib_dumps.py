# Shared by tests/py/cases/ast/stdlib_dumps_partNN.py: prints
# ast.dump(ast.parse(src), include_attributes=True) of one slice of the
# standard library's 200 smallest non-empty modules outside the test
# packages (parts of 10, so each stays fast under the GC-stress run).
import ast
import os

PART_SIZE = 10
COUNT = 200
SKIPPED_DIRS = ("test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__")


def stdlib_files():
    root = os.path.dirname(ast.__file__)
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS and not d.startswith("lib2to3"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                size = os.stat(path).st_size
                if size > 0:
                    found.append((size, path[len(root) + 1:]))
    found.sort()
    return root, [p for _, p in found[:COUNT]]


def print_part(part):
    root, files = stdlib_files()
    chosen = files[part * PART_SIZE:(part + 1) * PART_SIZE]
    print(len(chosen), "files")
    for rel in chosen:
        with open(os.path.join(root, rel), "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source)
        except SyntaxError as e:
            print(rel, "SyntaxError", e.msg, e.lineno, e.offset)
            continue
        print(rel)
        print(ast.dump(tree, include_attributes=True))
