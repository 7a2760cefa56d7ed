# sys.stdin/stdout/stderr are TextIOWrappers over FileIO 0/1/2 (CPython's settings, PYTHONUNBUFFERED
# honoured by both), their buffers, print(file=, flush=), input() at end of input, exit flushing.
import io
import sys

for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(type(stream).__name__, stream.name, stream.mode, stream.encoding, stream.errors, stream.line_buffering,
          stream.write_through, stream.fileno(), stream.readable(), stream.writable(), stream.closed,
          isinstance(stream, io.TextIOBase))
print(type(sys.stdout.buffer).__name__ in ('BufferedWriter', 'FileIO'), sys.stdin.buffer.raw.name, sys.__stdout__ is sys.stdout)
print('before raw')
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
print('caf\u00e9 \u20ac', end='!\n', flush=True)
sys.stdout.write('written %d\n' % sys.stdout.write(''))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input('prompt: ')
except EOFError as e:
    print()
    print('EOFError', e)
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured')
captured, sys.stdout = sys.stdout.getvalue(), saved
print(repr(captured))
print('to stderr', file=sys.stderr)
sys.stdout.write('no newline at exit')
