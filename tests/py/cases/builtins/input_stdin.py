# input() reads a line from sys.stdin (redirected here) and writes its prompt to stdout.
import io
import sys

sys.stdin = io.StringIO('first line\nsecond\n\nlast without newline')
print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input()))
print(repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = io.StringIO('x\n')
sys.stdout.flush()
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
v = input('??')
sys.stdout = old
print(repr(v), repr(buf.getvalue()))
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
del sys.stdin
try:
    input()
except RuntimeError as e:
    print('RuntimeError', e)
