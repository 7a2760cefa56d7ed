# ast.dump(ast.parse(src), include_attributes=True) of standard-library files,
# through the unchanged ast.py on the native _ast module. The 200 smallest
# non-empty modules outside the test packages, in twenty parts of 10 (each
# part stays fast enough for the GC-stress run on a loaded CI machine).
import ast
import os

PART = 9


def stdlib_files():
    root = os.path.dirname(ast.__file__)
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in ("test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__")
                             and not d.startswith("lib2to3"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                size = os.stat(path).st_size
                if size > 0:
                    found.append((size, path[len(root) + 1:]))
    found.sort()
    return root, [p for _, p in found[:200]]


root, files = stdlib_files()
chosen = files[PART * 10:(PART + 1) * 10]
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
