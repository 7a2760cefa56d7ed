# ast.dump(ast.parse(src), include_attributes=True) of standard-library
# modules through the unchanged ast.py on the native _ast module: part 2 of
# 20 (tests/py/modules/stdlib_dumps.py chooses the modules).
import sys
sys.path.insert(0, __file__.rsplit('/', 3)[0] + '/modules')
import stdlib_dumps

stdlib_dumps.print_part(1)
