# tests/unit/runtime/frontend/reference_vm.py — a slow reference interpreter
# for pystm bytecode, written in Python, used only by compiler tests.
# Owns: executing CodeUnit trees (dumped as JSON by compiler_vm_test.cpp) with
# the semantics documented in runtime/bytecode/opcodes.def, on host Python
# objects, so the compiler's output can be run and its printed output
# compared with python3.11 running the same source.
# Must never: be used by the product; it checks the compiler, not the VM.
import builtins
import collections.abc
import io
import json
import operator
import sys
import types
from contextlib import redirect_stdout

CO_VARARGS, CO_VARKEYWORDS = 0x4, 0x8
CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


class _Null:
    def __repr__(self):
        return 'NULL'


NULL = _Null()
UNSET = object()

BINOPS = [operator.add, operator.sub, operator.mul, operator.matmul, operator.truediv, operator.mod,
          operator.pow, operator.lshift, operator.rshift, operator.or_, operator.xor, operator.and_,
          operator.floordiv,
          operator.iadd, operator.isub, operator.imul, operator.imatmul, operator.itruediv, operator.imod,
          operator.ipow, operator.ilshift, operator.irshift, operator.ior, operator.ixor, operator.iand,
          operator.ifloordiv]
CMPOPS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
UNARY = [operator.invert, operator.not_, operator.pos, operator.neg]


class Code:
    pass


def load_const(d):
    k = d['k']
    if k == 'none': return None
    if k == 'true': return True
    if k == 'false': return False
    if k == 'ellipsis': return ...
    if k == 'int': return int(d['v'])
    if k == 'float': return float.fromhex(d['v'])
    if k == 'complex': return complex(0, float.fromhex(d['v']))
    if k == 'str': return bytes.fromhex(d['v']).decode('utf-8', 'surrogatepass')
    if k == 'bytes': return bytes.fromhex(d['v'])
    if k == 'tuple': return tuple(load_const(x) for x in d['v'])
    if k == 'frozenset': return frozenset(load_const(x) for x in d['v'])
    if k == 'code': return load_code(d['v'])
    raise ValueError(k)


def load_code(d):
    c = Code()
    c.__dict__.update(d)
    c.consts = [load_const(x) for x in d['consts']]
    c.instrs = [(op, arg) for op, arg in d['code']]
    return c


class Cell:
    __slots__ = ('contents',)

    def __init__(self, v=UNSET):
        self.contents = v


class Frame:
    def __init__(self, code, globals_, locals_map, fast, cells):
        self.code, self.globals, self.locals_map, self.fast, self.cells = code, globals_, locals_map, fast, cells


FRAMES = []
HANDLED = [None]


def vm_super(*args):
    if args:
        return builtins.super(*args)
    f = FRAMES[-1]
    code = f.code
    cell_names = code.cellvars + code.freevars
    cls = f.cells[cell_names.index('__class__')].contents
    first = f.fast[0]
    if isinstance(first, Cell):
        first = first.contents
    if code.cell_from_arg and 0 in code.cell_from_arg:
        first = f.cells[code.cell_from_arg.index(0)].contents
    return builtins.super(cls, first)


def vm_build_class(func, name, *bases, metaclass=None, **kwds):
    orig_bases = bases
    bases = types.resolve_bases(bases)
    meta = metaclass
    if meta is None:
        meta = type
        for b in bases:
            if issubclass(type(b), meta):
                meta = type(b)
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, '__prepare__') else {}
    if bases != orig_bases:
        ns['__orig_bases__'] = orig_bases
    cells = [Cell() for _ in func.__code__.cellvars] + list(func.__closure__ or ())
    frame = Frame(func.__code__, func.__globals__, ns, [], cells)
    drive(run(frame))
    cell = ns.pop('__classcell__', None)
    cls = meta(name, bases, ns, **kwds)
    if cell is not None:
        cell.contents = cls
    return cls


VM_BUILTINS = dict(builtins.__dict__)
VM_BUILTINS['super'] = vm_super
VM_BUILTINS['__build_class__'] = vm_build_class


class Function:
    def __init__(self, code, globals_, defaults, kwdefaults, annotations, closure):
        self.__code__ = code
        self.__globals__ = globals_
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self.__annotations__ = annotations or {}
        self.__closure__ = closure
        self.__doc__ = code.consts[0] if code.has_docstring else None
        self.__module__ = globals_.get('__name__')
        self.__dict__.update({})

    def __repr__(self):
        return '<function %s>' % self.__qualname__

    def __get__(self, obj, typ=None):
        return self if obj is None else types.MethodType(self, obj)

    def __call__(self, *args, **kwargs):
        code = self.__code__
        fast = [UNSET] * len(code.varnames)
        argc, kwc = code.argcount, code.kwonlyargcount
        n = min(len(args), argc)
        fast[:n] = args[:n]
        extra = 0
        if code.flags & CO_VARARGS:
            fast[argc + kwc] = tuple(args[argc:])
            extra = 1
        elif len(args) > argc:
            raise TypeError('%s() takes %d positional arguments but %d were given' % (self.__qualname__, argc, len(args)))
        kw = {} if code.flags & CO_VARKEYWORDS else None
        names = code.varnames
        for k, v in kwargs.items():
            if k in names[code.posonlyargcount:argc + kwc]:
                i = names.index(k)
                if fast[i] is not UNSET:
                    raise TypeError("%s() got multiple values for argument '%s'" % (self.__qualname__, k))
                fast[i] = v
            elif kw is not None:
                kw[k] = v
            else:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (self.__qualname__, k))
        defaults = self.__defaults__ or ()
        for i in range(argc):
            if fast[i] is UNSET:
                j = i - (argc - len(defaults))
                if j < 0:
                    raise TypeError("%s() missing required argument: '%s'" % (self.__qualname__, names[i]))
                fast[i] = defaults[j]
        for i in range(argc, argc + kwc):
            if fast[i] is UNSET:
                if not self.__kwdefaults__ or names[i] not in self.__kwdefaults__:
                    raise TypeError("%s() missing required keyword-only argument: '%s'" % (self.__qualname__, names[i]))
                fast[i] = self.__kwdefaults__[names[i]]
        if kw is not None:
            fast[argc + kwc + extra] = kw
        cells = []
        for i, name in enumerate(code.cellvars):
            src = code.cell_from_arg[i]
            cells.append(Cell(fast[src] if src >= 0 else UNSET))
        cells.extend(self.__closure__ or ())
        frame = Frame(code, self.__globals__, None, fast, cells)
        if code.flags & CO_GENERATOR:
            return Generator(run(frame), self.__qualname__)
        if code.flags & CO_COROUTINE:
            return Coroutine(run(frame), self.__qualname__)
        if code.flags & CO_ASYNC_GENERATOR:
            return AsyncGenerator(run(frame), self.__qualname__)
        return drive(run(frame))


class Generator:
    def __init__(self, g, name):
        self._g, self.__qualname__ = g, name

    def __iter__(self):
        return self

    def __next__(self):
        return self._g.send(None)

    def send(self, v):
        return self._g.send(v)

    def throw(self, *a):
        return self._g.throw(*a)

    def close(self):
        return self._g.close()


class Coroutine(Generator):
    def __await__(self):
        return self


class AsyncGenValue:
    # A plain `yield v` of an async generator (as opposed to the yields of
    # its awaits, which go to the event loop).
    def __init__(self, v):
        self.value = v


class AsyncGenStep:
    # The awaitable of one __anext__/asend/athrow step.
    def __init__(self, agen, value, exc=None):
        self.agen, self.value, self.exc = agen, value, exc

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        if self.exc is not None:
            exc, self.exc = self.exc, None
            return self._step(lambda: self.agen._g.throw(exc))
        if self.value is not None:
            v, self.value = self.value, None
        return self._step(lambda: self.agen._g.send(v))

    def throw(self, *a):
        return self._step(lambda: self.agen._g.throw(*a))

    def _step(self, fn):
        try:
            r = fn()
        except StopIteration:
            raise StopAsyncIteration from None
        if isinstance(r, AsyncGenValue):
            raise StopIteration(r.value)
        return r


class AsyncGenerator:
    def __init__(self, g, name):
        self._g, self.__qualname__ = g, name

    def __aiter__(self):
        return self

    def __anext__(self):
        return AsyncGenStep(self, None)

    def asend(self, v):
        return AsyncGenStep(self, v)

    def athrow(self, exc):
        return AsyncGenStep(self, None, exc)


def drive(g):
    try:
        g.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('a plain frame yielded')


def get_awaitable(v):
    if isinstance(v, (Coroutine, AsyncGenStep)):
        return v
    return type(v).__await__(v)


def handler_for(code, i):
    found = None
    for start, end, target, depth, lasti in code.exctable:
        if start <= i < end:
            found = (target, depth, lasti)
    return found


def name_error(name):
    return NameError("name '%s' is not defined" % name)


def run(f):
    """The frame's execution, as a host generator (YIELD_VALUE yields)."""
    code = f.code
    instrs, consts, names = code.instrs, code.consts, code.names
    cell_names = code.cellvars + code.freevars
    stack = []
    push, pop = stack.append, stack.pop
    pc = 0
    FRAMES.append(f)
    try:
        while True:
            try:
                while True:
                    op, arg = instrs[pc]
                    pc += 1
                    if op == 'NOP':
                        pass
                    elif op == 'POP_TOP':
                        pop()
                    elif op == 'COPY':
                        push(stack[-arg])
                    elif op == 'SWAP':
                        stack[-1], stack[-arg] = stack[-arg], stack[-1]
                    elif op == 'PUSH_NULL':
                        push(NULL)
                    elif op == 'LOAD_CONST':
                        push(consts[arg])
                    elif op == 'LOAD_FAST':
                        v = f.fast[arg]
                        if v is UNSET:
                            raise UnboundLocalError("local variable '%s' referenced before assignment" % code.varnames[arg])
                        push(v)
                    elif op == 'STORE_FAST':
                        f.fast[arg] = pop()
                    elif op == 'DELETE_FAST':
                        if f.fast[arg] is UNSET:
                            raise UnboundLocalError("local variable '%s' referenced before assignment" % code.varnames[arg])
                        f.fast[arg] = UNSET
                    elif op == 'LOAD_DEREF':
                        v = f.cells[arg].contents
                        if v is UNSET:
                            raise NameError("free variable '%s' referenced before assignment" % cell_names[arg])
                        push(v)
                    elif op == 'STORE_DEREF':
                        f.cells[arg].contents = pop()
                    elif op == 'DELETE_DEREF':
                        f.cells[arg].contents = UNSET
                    elif op == 'LOAD_CLOSURE':
                        push(f.cells[arg])
                    elif op == 'LOAD_CLASSDEREF':
                        name = cell_names[arg]
                        if name in f.locals_map:
                            push(f.locals_map[name])
                        else:
                            v = f.cells[arg].contents
                            if v is UNSET:
                                raise NameError(name)
                            push(v)
                    elif op == 'LOAD_NAME':
                        name = names[arg]
                        if name in f.locals_map:
                            push(f.locals_map[name])
                        elif name in f.globals:
                            push(f.globals[name])
                        elif name in VM_BUILTINS:
                            push(VM_BUILTINS[name])
                        else:
                            raise name_error(name)
                    elif op == 'STORE_NAME':
                        f.locals_map[names[arg]] = pop()
                    elif op == 'DELETE_NAME':
                        try:
                            del f.locals_map[names[arg]]
                        except KeyError:
                            raise name_error(names[arg]) from None
                    elif op == 'LOAD_GLOBAL':
                        name = names[arg]
                        if name in f.globals:
                            push(f.globals[name])
                        elif name in VM_BUILTINS:
                            push(VM_BUILTINS[name])
                        else:
                            raise name_error(name)
                    elif op == 'STORE_GLOBAL':
                        f.globals[names[arg]] = pop()
                    elif op == 'DELETE_GLOBAL':
                        del f.globals[names[arg]]
                    elif op == 'LOAD_ATTR':
                        push(getattr(pop(), names[arg]))
                    elif op == 'LOAD_METHOD':
                        obj = pop()
                        attr = getattr(type(obj), names[arg], None)
                        if isinstance(attr, Function) and names[arg] not in getattr(obj, '__dict__', {}):
                            push(attr)
                            push(obj)
                        else:
                            push(getattr(obj, names[arg]))
                            push(NULL)
                    elif op == 'STORE_ATTR':
                        obj = pop()
                        setattr(obj, names[arg], pop())
                    elif op == 'DELETE_ATTR':
                        delattr(pop(), names[arg])
                    elif op == 'BINARY_OP':
                        b = pop()
                        a = pop()
                        push(BINOPS[arg](a, b))
                    elif op == 'UNARY_OP':
                        push(UNARY[arg](pop()))
                    elif op == 'COMPARE_OP':
                        b = pop()
                        a = pop()
                        push(CMPOPS[arg](a, b))
                    elif op == 'IS_OP':
                        b = pop()
                        a = pop()
                        push((a is b) != bool(arg))
                    elif op == 'CONTAINS_OP':
                        b = pop()
                        a = pop()
                        push((a in b) != bool(arg))
                    elif op == 'BINARY_SUBSCR':
                        k = pop()
                        push(pop()[k])
                    elif op == 'STORE_SUBSCR':
                        k = pop()
                        c = pop()
                        c[k] = pop()
                    elif op == 'DELETE_SUBSCR':
                        k = pop()
                        del pop()[k]
                    elif op == 'BUILD_SLICE':
                        items = stack[len(stack) - arg:]
                        del stack[len(stack) - arg:]
                        push(slice(*items))
                    elif op in ('BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_STRING'):
                        items = stack[len(stack) - arg:] if arg else []
                        del stack[len(stack) - arg:]
                        push({'BUILD_TUPLE': tuple, 'BUILD_LIST': list, 'BUILD_SET': set,
                              'BUILD_STRING': ''.join}[op](items))
                    elif op == 'BUILD_MAP':
                        items = stack[len(stack) - 2 * arg:] if arg else []
                        del stack[len(stack) - 2 * arg:]
                        push({items[i]: items[i + 1] for i in range(0, len(items), 2)})
                    elif op == 'LIST_APPEND':
                        v = pop()
                        stack[-arg].append(v)
                    elif op == 'SET_ADD':
                        v = pop()
                        stack[-arg].add(v)
                    elif op == 'MAP_ADD':
                        v = pop()
                        k = pop()
                        stack[-arg][k] = v
                    elif op == 'LIST_EXTEND':
                        v = pop()
                        stack[-arg].extend(v)
                    elif op == 'SET_UPDATE':
                        v = pop()
                        stack[-arg].update(v)
                    elif op == 'DICT_UPDATE':
                        v = pop()
                        stack[-arg].update(v)
                    elif op == 'DICT_MERGE':
                        v = pop()
                        d = stack[-arg]
                        for k in v.keys():
                            if k in d:
                                raise TypeError("got multiple values for keyword argument '%s'" % k)
                            d[k] = v[k]
                    elif op == 'LIST_TO_TUPLE':
                        push(tuple(pop()))
                    elif op == 'UNPACK_SEQUENCE':
                        items = list(pop())
                        if len(items) != arg:
                            raise ValueError('wrong number of values to unpack (expected %d, got %d)' % (arg, len(items)))
                        stack.extend(reversed(items))
                    elif op == 'UNPACK_EX':
                        before, after = arg & 0xff, arg >> 8
                        items = list(pop())
                        if len(items) < before + after:
                            raise ValueError('not enough values to unpack')
                        mid = items[before:len(items) - after]
                        seq = items[:before] + [mid] + items[len(items) - after:]
                        stack.extend(reversed(seq))
                    elif op == 'FORMAT_VALUE':
                        spec = pop() if arg & 4 else ''
                        v = pop()
                        conv = arg & 3
                        if conv == 1: v = str(v)
                        elif conv == 2: v = repr(v)
                        elif conv == 3: v = ascii(v)
                        push(format(v, spec))
                    elif op == 'JUMP':
                        pc = arg
                    elif op == 'POP_JUMP_IF_FALSE':
                        if not pop(): pc = arg
                    elif op == 'POP_JUMP_IF_TRUE':
                        if pop(): pc = arg
                    elif op == 'POP_JUMP_IF_NONE':
                        if pop() is None: pc = arg
                    elif op == 'POP_JUMP_IF_NOT_NONE':
                        if pop() is not None: pc = arg
                    elif op == 'JUMP_IF_FALSE_OR_POP':
                        if not stack[-1]: pc = arg
                        else: pop()
                    elif op == 'JUMP_IF_TRUE_OR_POP':
                        if stack[-1]: pc = arg
                        else: pop()
                    elif op == 'GET_ITER':
                        push(iter(pop()))
                    elif op == 'FOR_ITER':
                        try:
                            push(next(stack[-1]))
                        except StopIteration:
                            pop()
                            pc = arg
                    elif op == 'RETURN_VALUE':
                        return pop()
                    elif op == 'CALL' or op == 'CALL_KW':
                        kwnames = pop() if op == 'CALL_KW' else ()
                        args = stack[len(stack) - arg:] if arg else []
                        del stack[len(stack) - arg:]
                        self_ = pop()
                        fn = pop()
                        if self_ is not NULL:
                            args = [self_] + args
                        nk = len(kwnames)
                        kw = dict(zip(kwnames, args[len(args) - nk:])) if nk else {}
                        if nk:
                            args = args[:len(args) - nk]
                        push(fn(*args, **kw))
                    elif op == 'CALL_FUNCTION_EX':
                        kw = pop() if arg & 1 else {}
                        args = pop()
                        args = tuple(args)  # a lone *x arrives as it is
                        null = pop()
                        assert null is NULL
                        push(pop()(*args, **kw))
                    elif op == 'MAKE_FUNCTION':
                        c = pop()
                        closure = pop() if arg & 8 else None
                        ann = pop() if arg & 4 else None
                        kwd = pop() if arg & 2 else None
                        dfl = pop() if arg & 1 else None
                        push(Function(c, f.globals, dfl, kwd, ann, closure))
                    elif op == 'LOAD_BUILD_CLASS':
                        push(vm_build_class)
                    elif op == 'SETUP_ANNOTATIONS':
                        if '__annotations__' not in f.locals_map:
                            f.locals_map['__annotations__'] = {}
                    elif op == 'LOAD_ASSERTION_ERROR':
                        push(AssertionError)
                    elif op == 'RAISE_VARARGS':
                        if arg == 0:
                            if HANDLED[-1] is None:
                                raise RuntimeError('No active exception to reraise')
                            raise HANDLED[-1]
                        cause = pop() if arg == 2 else UNSET
                        exc = pop()
                        if isinstance(exc, type):
                            exc = exc()
                        if cause is not UNSET:
                            if isinstance(cause, type):
                                cause = cause()
                            exc.__cause__ = cause
                        if HANDLED[-1] is not None and exc is not HANDLED[-1]:
                            exc.__context__ = HANDLED[-1]
                        raise exc
                    elif op == 'PUSH_EXC_INFO':
                        exc = pop()
                        push(HANDLED[-1])
                        HANDLED[-1] = exc
                        push(exc)
                    elif op == 'POP_EXCEPT':
                        HANDLED[-1] = pop()
                    elif op == 'CHECK_EXC_MATCH':
                        t = pop()
                        push(isinstance(stack[-1], t))
                    elif op == 'RERAISE':
                        exc = pop()
                        if arg:
                            pop()  # lasti
                        raise exc
                    elif op == 'BEFORE_WITH':
                        mgr = pop()
                        exit_ = type(mgr).__exit__.__get__(mgr)
                        enter = type(mgr).__enter__
                        push(exit_)
                        push(enter(mgr))
                    elif op == 'BEFORE_ASYNC_WITH':
                        mgr = pop()
                        push(type(mgr).__aexit__.__get__(mgr))
                        push(type(mgr).__aenter__(mgr))
                    elif op == 'WITH_EXCEPT_START':
                        exc = stack[-1]
                        push(stack[-4](type(exc), exc, exc.__traceback__))
                    elif op == 'YIELD_VALUE':
                        v = pop()
                        if arg == 1:
                            sub = stack[-1]
                            try:
                                sent = yield v
                            except GeneratorExit:
                                if hasattr(sub, 'close'):
                                    sub.close()
                                raise
                            except BaseException as e:
                                if not hasattr(sub, 'throw'):
                                    raise
                                try:
                                    push(sub.throw(e))
                                except StopIteration as si:
                                    pop()
                                    push(si.value)
                                    pc = instrs[pc - 2][1]  # the SEND's exit
                                    continue
                                pc -= 1  # yield the sub-iterator's value again
                                continue
                            push(sent)
                        elif code.flags & CO_ASYNC_GENERATOR:
                            push((yield AsyncGenValue(v)))
                        else:
                            push((yield v))
                    elif op == 'GET_YIELD_FROM_ITER':
                        v = pop()
                        push(v if isinstance(v, (Generator, types.GeneratorType)) else iter(v))
                    elif op == 'SEND':
                        v = pop()
                        sub = stack[-1]
                        try:
                            if v is None and not hasattr(sub, 'send'):
                                r = next(sub)
                            else:
                                r = sub.send(v)
                        except StopIteration as e:
                            pop()
                            push(e.value)
                            pc = arg
                            continue
                        push(r)
                    elif op == 'GET_AWAITABLE':
                        push(get_awaitable(pop()))
                    elif op == 'GET_AITER':
                        v = pop()
                        push(type(v).__aiter__(v))
                    elif op == 'GET_ANEXT':
                        push(get_awaitable(type(stack[-1]).__anext__(stack[-1])))
                    elif op == 'END_ASYNC_FOR':
                        exc = pop()
                        pop()
                        if not isinstance(exc, StopAsyncIteration):
                            raise exc
                    elif op == 'IMPORT_NAME':
                        fromlist = pop()
                        level = pop()
                        push(__import__(names[arg], f.globals, None, fromlist, level))
                    elif op == 'IMPORT_FROM':
                        try:
                            push(getattr(stack[-1], names[arg]))
                        except AttributeError:
                            full = stack[-1].__name__ + '.' + names[arg]
                            if full not in sys.modules:
                                raise ImportError('cannot import name %r' % names[arg]) from None
                            push(sys.modules[full])
                    elif op == 'IMPORT_STAR':
                        m = pop()
                        for k in getattr(m, '__all__', [k for k in vars(m) if not k.startswith('_')]):
                            f.locals_map[k] = getattr(m, k)
                    elif op == 'PRINT_EXPR':
                        sys.displayhook(pop())
                    elif op == 'GET_LEN':
                        push(len(stack[-1]))
                    elif op == 'MATCH_MAPPING':
                        push(isinstance(stack[-1], collections.abc.Mapping))
                    elif op == 'MATCH_SEQUENCE':
                        v = stack[-1]
                        push(isinstance(v, collections.abc.Sequence) and not isinstance(v, (str, bytes, bytearray)))
                    elif op == 'MATCH_KEYS':
                        keys, subj = stack[-1], stack[-2]
                        missing = object()
                        vals = []
                        for k in keys:
                            v = subj.get(k, missing)
                            if v is missing:
                                vals = None
                                break
                            vals.append(v)
                        push(tuple(vals) if vals is not None else None)
                    elif op == 'MATCH_CLASS':
                        kwnames = pop()
                        cls = pop()
                        subj = pop()
                        push(match_class(subj, cls, arg, kwnames))
                    elif op == 'CHECK_EG_MATCH':
                        t = pop()
                        eg = pop()
                        if isinstance(eg, BaseExceptionGroup):
                            match, rest = eg.split(t)
                        elif isinstance(eg, t):
                            match, rest = BaseExceptionGroup('', [eg]), None
                        else:
                            match, rest = None, eg
                        if match is not None:
                            HANDLED[-1] = match
                        push(rest)
                        push(match)
                    elif op == 'PREP_RERAISE_STAR':
                        lst = pop()
                        orig = pop()
                        raised = [e for e in lst if e is not None]
                        if not raised:
                            push(None)
                        elif len(raised) == 1:
                            push(raised[0])
                        else:
                            push(BaseExceptionGroup('', raised))
                    else:
                        raise NotImplementedError(op)
            except BaseException as exc:
                if isinstance(exc, GeneratorExit) and False:
                    raise
                h = handler_for(code, pc - 1)
                if h is None:
                    raise
                target, depth, lasti = h
                del stack[depth:]
                if lasti:
                    push(pc - 1)
                push(exc)
                pc = target
    finally:
        FRAMES.pop()


def match_class(subj, cls, npos, kwnames):
    if not isinstance(subj, cls):
        return None
    attrs = []
    if npos:
        match_args = getattr(cls, '__match_args__', None)
        if match_args is None:
            if cls in (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple) and npos == 1:
                attrs.append(subj)
                match_args = ()
            else:
                raise TypeError('%s() accepts 0 positional sub-patterns (%d given)' % (cls.__name__, npos))
        else:
            if npos > len(match_args):
                raise TypeError('too many positional sub-patterns')
            for name in match_args[:npos]:
                if not hasattr(subj, name):
                    return None
                attrs.append(getattr(subj, name))
    for name in kwnames:
        if not hasattr(subj, name):
            return None
        attrs.append(getattr(subj, name))
    return tuple(attrs)


def run_module(code):
    g = {'__name__': '__main__', '__builtins__': builtins}
    frame = Frame(code, g, g, [], [])
    drive(run(frame))


def main():
    programs = json.load(sys.stdin)
    for p in programs:
        out = io.StringIO()
        try:
            with redirect_stdout(out):
                run_module(load_code(p))
        except BaseException as e:
            out.write('uncaught %s: %s\n' % (type(e).__name__, e))
        sys.stdout.write(json.dumps(out.getvalue()) + '\n')


if __name__ == '__main__':
    main()
