# atexit: callbacks run at exit, last registered first, with their
# arguments; unregister removes every registration of a function; an
# exception in one is reported and the others still run.
import atexit

def say(*args, **kwargs):
    print('exit', args, sorted(kwargs.items()))
def boom():
    raise ValueError('in atexit')
def removed():
    print('never')

atexit.register(say, 1)
atexit.register(boom)
atexit.register(say, 2, key='v')
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
print("registered")
@atexit.register
def decorated():
    print('decorated runs first')
print('main done')
