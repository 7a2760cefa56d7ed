#!/usr/bin/env python3.11
"""tests/py/subset_check.py — keeps the test programs inside the language
subset the interpreter implements so far (see README.md, "What runs today").

Flags syntax nodes and builtin names outside the subset in the given files
(default: tests/py/cases, examples, benchmarks/py). Files under cases/syntax/
are skipped: they do not parse on purpose. Exit status 1 when anything is out.
"""

import ast
import builtins
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN_NODES = {
    ast.IfExp: "conditional expression", ast.Lambda: "lambda",
    ast.GeneratorExp: "generator expression", ast.SetComp: "set comprehension",
    ast.DictComp: "dict comprehension", ast.Set: "set display",
    ast.JoinedStr: "f-string", ast.With: "with", ast.AsyncWith: "async with",
    ast.Import: "import", ast.ImportFrom: "import", ast.Global: "global",
    ast.Delete: "del", ast.Assert: "assert", ast.Yield: "yield",
    ast.YieldFrom: "yield from", ast.Await: "await", ast.AsyncFunctionDef: "async def",
    ast.NamedExpr: "walrus", ast.Match: "match", ast.TryStar: "except*",
    ast.AnnAssign: "annotation",
}

ALLOWED_BUILTINS = {
    "print", "len", "range", "isinstance", "str", "int", "float", "repr", "abs",
    "min", "max", "sum", "sorted", "enumerate", "zip", "None", "True", "False", "super",
    "Exception", "ValueError", "TypeError", "KeyError", "IndexError",
    "ZeroDivisionError", "NameError", "AttributeError", "RuntimeError", "SystemExit",
}
BUILTIN_NAMES = set(dir(builtins))


def check(path):
    try:
        tree = ast.parse(path.read_text(), str(path))
    except SyntaxError as e:
        return ["does not parse: %s" % e]
    problems = []
    for node in ast.walk(tree):
        what = FORBIDDEN_NODES.get(type(node))
        if what:
            problems.append("line %d: %s" % (node.lineno, what))
        elif isinstance(node, ast.FunctionDef) and (node.decorator_list or node.returns):
            problems.append("line %d: decorator or annotation" % node.lineno)
        elif isinstance(node, ast.arg) and node.annotation:
            problems.append("line %d: annotation" % node.lineno)
        elif isinstance(node, ast.ClassDef) and (len(node.bases) > 1 or node.keywords):
            problems.append("line %d: multiple inheritance or class keywords" % node.lineno)
        elif isinstance(node, ast.Starred) and isinstance(node.ctx, ast.Store):
            problems.append("line %d: starred assignment" % node.lineno)
        elif (isinstance(node, ast.Name) and node.id in BUILTIN_NAMES
              and node.id not in ALLOWED_BUILTINS):
            problems.append("line %d: builtin %s" % (node.lineno, node.id))
    # A name may be a local that shadows a builtin: only report unbound ones.
    defined = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defined |= {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined |= {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    return [p for p in problems if not (p.split(": builtin ")[-1] in defined and "builtin" in p)]


def main():
    args = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests/py/cases", ROOT / "examples",
                                                ROOT / "benchmarks/py"]
    files = []
    for a in args:
        if not a.exists():
            continue
        files += sorted(a.rglob("*.py")) if a.is_dir() else [a]
    bad = 0
    for f in files:
        if "syntax" in f.parts:
            continue
        for p in check(f):
            bad += 1
            print("%s: %s" % (f.relative_to(ROOT) if f.is_relative_to(ROOT) else f, p))
    print("%d files, %d problems" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
