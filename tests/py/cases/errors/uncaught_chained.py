# An uncaught chained exception: the final stderr line and exit status.
def a():
    raise ValueError('first')

try:
    a()
except ValueError as e:
    try:
        raise TypeError('second')
    except TypeError as t:
        raise KeyError('third') from t
