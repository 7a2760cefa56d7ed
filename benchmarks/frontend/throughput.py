# benchmarks/frontend/throughput.py — front-end throughput of the running
# interpreter: parses (compile with PyCF_ONLY_AST, what ast.parse does) or
# compiles (to code) a fixed set of standard-library files, repeatedly, and
# prints "WHAT LINES SECONDS" (time measured inside the process, so start-up
# is not counted). Run by benchmarks/run.py under each interpreter.
# usage: throughput.py parse|compile [REPEAT]
import sys
import time

# Files every compared interpreter parses (pypy3 implements 3.9 syntax: no `match`).
FILES = ['ast.py', 'argparse.py', 'enum.py', 'inspect.py', 'typing.py', 'textwrap.py', 'tokenize.py', 'pickle.py',
         'difflib.py', 'pathlib.py']
PyCF_ONLY_AST = 0x400

what = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
sources = []
for name in FILES:
    path = '/usr/lib/python3.11/' + name
    with open(path, encoding='utf-8') as f:
        sources.append((path, f.read()))
flags = PyCF_ONLY_AST if what == 'parse' else 0
total = 0
start = time.perf_counter()
for _ in range(repeat):
    for path, text in sources:
        compile(text, path, 'exec', flags)
        total += text.count('\n')
elapsed = time.perf_counter() - start
print(what, total, '%.6f' % elapsed)
