# try/except/else/finally with builtin exceptions; messages via str and repr.
def attempt(kind):
    try:
        if kind == 'zero':
            return 1 // 0
        elif kind == 'key':
            return {'a': 1}['b']
        elif kind == 'index':
            return [1, 2, 3][5]
        elif kind == 'value':
            return int('twelve')
        elif kind == 'type':
            return 'a' + 1
        elif kind == 'name':
            return undefined_name
        elif kind == 'attr':
            return (5).nothing
        elif kind == 'runtime':
            raise RuntimeError('custom runtime problem')
        else:
            return 'fine'
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)
    except (KeyError, IndexError) as e:
        return 'lookup: ' + repr(e)
    except ValueError as e:
        return 'ValueError: ' + str(e)
    except TypeError as e:
        return 'TypeError: ' + str(e)
    except NameError as e:
        return 'NameError: ' + str(e)
    except AttributeError as e:
        return 'AttributeError: ' + str(e)
    except Exception as e:
        return 'Exception: ' + repr(e)


for kind in ['zero', 'key', 'index', 'value', 'type', 'name', 'attr', 'runtime', 'none']:
    print(kind, '->', attempt(kind))
for body in [0, 1]:
    try:
        if body:
            x = 1 / 0
        else:
            x = 1
    except ZeroDivisionError:
        print('except ran')
    else:
        print('else ran', x)
    finally:
        print('finally ran')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('caught outer:', e)
try:
    raise KeyError('k')
except Exception as e:
    print(str(e), repr(e), isinstance(e, KeyError), isinstance(e, Exception))
e1 = ValueError('bad', 42)
print(str(e1), repr(e1), str(ValueError()), repr(ValueError()), repr(RuntimeError('x')))
print(str(Exception('a', 'b')), repr(TypeError("it's")), str(KeyError()), repr(IndexError(3)))
try:
    raise IndexError
except IndexError as e:
    print('bare class raise:', repr(e), '[' + str(e) + ']')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print('re-raised:', e)
