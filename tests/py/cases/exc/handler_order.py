# Which handler runs: order of except clauses, tuples, base classes, re-raise with a new type.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'zero'
    except (KeyError, IndexError) as e:
        return 'lookup ' + repr(e)
    except ValueError:
        return 'value'
    except Exception as e:
        return 'generic ' + repr(e)


for exc in [ZeroDivisionError(), KeyError('k'), IndexError(2), ValueError('v'),
            TypeError('t'), RuntimeError(), NameError('n'), AttributeError('a'), Exception('e')]:
    print(classify(exc))


def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError('cannot convert ' + repr(text))


for t in ['12', 'x']:
    try:
        print(convert(t))
    except TypeError as e:
        print('converted error:', e)
caught = []
for i in range(6):
    try:
        try:
            if i % 3 == 0:
                raise KeyError(i)
            if i % 3 == 1:
                raise ValueError(i)
            caught.append('none ' + str(i))
        except KeyError as e:
            caught.append('inner ' + str(e))
            if i > 2:
                raise
        finally:
            caught.append('finally ' + str(i))
    except KeyError as e:
        caught.append('outer key ' + str(e))
    except ValueError as e:
        caught.append('outer value ' + str(e))
print(caught)
try:
    raise RuntimeError('a problem')
except RuntimeError as e:
    err = e
print('kept after block:', repr(err), str(err))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), '[' + str(e) + ']', isinstance(e, ValueError), isinstance(e, Exception))
