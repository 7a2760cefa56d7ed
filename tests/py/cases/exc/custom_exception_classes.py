# User exception classes: args handling with custom __init__, __str__/__repr__ overrides, attributes, hierarchy matching, raising classes vs instances.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where='db'):
        super().__init__(f'{key} not found in {where}')
        self.key = key
        self.where = where
class Silent(AppError):
    def __str__(self):
        return 'silent!'
class ReprErr(AppError):
    def __repr__(self):
        return 'ReprErr<>'
for exc in [AppError(), AppError('a', 'b'), NotFound('k'), NotFound('k', where='cache'), Silent('hidden arg'), ReprErr(1)]:
    print(type(exc).__name__, exc.args, str(exc), repr(exc))
try:
    raise NotFound('user42')
except AppError as e:
    print('caught as base', e.key, e.where, isinstance(e, Exception), type(e).__mro__[1].__name__)
try:
    raise NotFound
except TypeError as e:
    print('TypeError', e)
try:
    raise AppError
except AppError as e:
    print('class raised ->', repr(e), e.args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise NotFound('x')
    except (KeyError, AppError) as e:
        print('tuple match', type(e).__name__)
        raise
except Exception as e:
    print('outer got', type(e).__name__)
def classify(e):
    try:
        raise e
    except NotFound:
        return 'NotFound'
    except AppError:
        return 'AppError'
    except LookupError:
        return 'LookupError'
    except BaseException:
        return 'BaseException'
print([classify(x) for x in [NotFound('a'), Silent(), KeyError(), IndexError(), SystemExit(), AppError()]])
class WithExtra(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.count = len(args)
w = WithExtra(1, 2, 3)
print(w.count, w.args, str(w))
w.args = ('changed',)
print(str(w), w.count)
e = Exception('msg')
e.custom = 'attr'
print(e.custom, e.__dict__)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
try:
    raise BadInit
except RuntimeError as e:
    print('RuntimeError', e)
try:
    except_type = 5
    try:
        raise ValueError('v')
    except except_type:
        pass
except TypeError as e:
    print('TypeError', e)
