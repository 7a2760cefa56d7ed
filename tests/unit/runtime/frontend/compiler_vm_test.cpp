// tests/unit/runtime/frontend/compiler_vm_test.cpp — end-to-end semantics of
// the compiler: each program is compiled by pystm, dumped as JSON, executed
// by the reference interpreter tests/unit/runtime/frontend/reference_vm.py
// (opcodes.def semantics on host objects), and its output must equal what
// python3.11 prints for the same source.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "runtime/bytecode/opcodes.h"
#include "tests/unit/runtime/frontend/compile_helpers.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::hex_encode;
using testing::run_oracle;

std::string json_str(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string json_names(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + json_str(v[i]);
  return out + "]";
}

std::string hex_float(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

std::string json_code(const bytecode::CodeUnit& c);

std::string json_const(const bytecode::Constant& k) {
  using K = ast::ConstantValue::Kind;
  switch (k.kind) {
    case bytecode::Constant::Kind::Code: return "{\"k\":\"code\",\"v\":" + json_code(*k.code) + "}";
    case bytecode::Constant::Kind::Tuple:
    case bytecode::Constant::Kind::FrozenSet: {
      std::string out = k.kind == bytecode::Constant::Kind::Tuple ? "{\"k\":\"tuple\",\"v\":[" : "{\"k\":\"frozenset\",\"v\":[";
      for (size_t i = 0; i < k.items.size(); ++i) out += (i ? "," : "") + json_const(k.items[i]);
      return out + "]}";
    }
    case bytecode::Constant::Kind::Literal: break;
  }
  const auto& v = k.literal;
  switch (v.kind) {
    case K::None: return "{\"k\":\"none\"}";
    case K::True: return "{\"k\":\"true\"}";
    case K::False: return "{\"k\":\"false\"}";
    case K::Ellipsis: return "{\"k\":\"ellipsis\"}";
    case K::Int: return "{\"k\":\"int\",\"v\":\"" + std::to_string(v.int_value) + "\"}";
    case K::BigInt: return "{\"k\":\"int\",\"v\":\"" + v.text + "\"}";
    case K::Float: return "{\"k\":\"float\",\"v\":\"" + hex_float(v.float_value) + "\"}";
    case K::Complex: return "{\"k\":\"complex\",\"v\":\"" + hex_float(v.float_value) + "\"}";
    case K::Str: return "{\"k\":\"str\",\"v\":\"" + hex_encode(v.text) + "\"}";
    case K::Bytes: return "{\"k\":\"bytes\",\"v\":\"" + hex_encode(v.text) + "\"}";
  }
  return "null";
}

std::string json_code(const bytecode::CodeUnit& c) {
  std::string out = "{\"name\":" + json_str(c.name) + ",\"qualname\":" + json_str(c.qualname) +
                    ",\"flags\":" + std::to_string(c.flags) + ",\"argcount\":" + std::to_string(c.argcount) +
                    ",\"posonlyargcount\":" + std::to_string(c.posonlyargcount) +
                    ",\"kwonlyargcount\":" + std::to_string(c.kwonlyargcount) +
                    ",\"has_docstring\":" + (c.has_docstring ? "true" : "false") + ",\"names\":" + json_names(c.names) +
                    ",\"varnames\":" + json_names(c.varnames) + ",\"cellvars\":" + json_names(c.cellvars) +
                    ",\"freevars\":" + json_names(c.freevars) + ",\"cell_from_arg\":[";
  for (size_t i = 0; i < c.cell_from_arg.size(); ++i) out += (i ? "," : "") + std::to_string(c.cell_from_arg[i]);
  out += "],\"code\":[";
  for (size_t i = 0; i < c.code.size(); ++i) {
    auto op = bytecode::opcode_of(c.code[i]);
    out += (i ? ",[\"" : "[\"") + std::string(bytecode::kOpcodeNames[static_cast<int>(op)]) + "\"," +
           std::to_string(bytecode::arg_of(c.code[i])) + "]";
  }
  out += "],\"exctable\":[";
  for (size_t i = 0; i < c.exception_table.size(); ++i) {
    const auto& e = c.exception_table[i];
    out += (i ? ",[" : "[") + std::to_string(e.start) + "," + std::to_string(e.end) + "," + std::to_string(e.target) +
           "," + std::to_string(e.depth) + "," + (e.push_lasti ? "true" : "false") + "]";
  }
  out += "],\"consts\":[";
  for (size_t i = 0; i < c.consts.size(); ++i) out += (i ? "," : "") + json_const(c.consts[i]);
  return out + "]}";
}

// Runs the reference VM over the JSON programs; one output per program.
std::vector<std::string> run_reference_vm(const std::vector<std::string>& programs) {
  char path[] = "/tmp/pystm_vm_inXXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return {};
  close(fd);
  {
    std::ofstream in(path);
    in << "[";
    for (size_t i = 0; i < programs.size(); ++i) in << (i ? "," : "") << programs[i];
    in << "]";
  }
  std::string cmd = std::string(testing::kPython) + " " PYSTM_SOURCE_DIR
                    "/tests/unit/runtime/frontend/reference_vm.py < " + path;
  std::vector<std::string> lines;
  FILE* p = popen(cmd.c_str(), "r");
  if (p) {
    std::string all;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) all.append(buf, n);
    pclose(p);
    std::istringstream ss(all);
    std::string line;
    while (std::getline(ss, line)) lines.push_back(line);
  }
  unlink(path);
  return lines;
}

const char* kOracle = R"PY(
import io, json, builtins
from contextlib import redirect_stdout
for src in _inputs():
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            g = {'__name__': '__main__', '__builtins__': builtins}
            exec(compile(src, '<test>', 'exec', dont_inherit=True), g)
    except BaseException as e:
        out.write('uncaught %s: %s\n' % (type(e).__name__, e))
    print(json.dumps(out.getvalue()))
)PY";

const std::vector<std::string>& programs() {
  static const std::vector<std::string> v = {
      // arithmetic, names, calls
      "x = 2\ny = x * 3 + 1\nprint(y, -x, ~x, not x, +x, x ** 10, 7 // 2, 7 % 3, 7 / 2, 1 << 5)\n",
      "a, b = 1, 2\na, b = b, a\nprint(a, b)\nfirst, *rest = [1, 2, 3, 4]\nprint(first, rest)\n"
      "*init, last = 'abc'\nprint(init, last)\n(p, (q, r)) = (1, (2, 3))\nprint(p + q + r)\n",
      "print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 is None, 1 is not None, 2 in [1, 2], 2 not in (1,))\n"
      "print(0 or 5, 3 and 0, None or [] or 'x', 1 and 2 and 3)\n",
      "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, sorted(kw.items()))\n"
      "print(f(1, c=3))\nprint(f(1, 5, 6, 7, c=8, e=9))\nprint(f(*[1, 2], **{'c': 3, 'z': 0}))\n"
      "def g(a, /, b, *, c): return a, b, c\nprint(g(1, b=2, c=3))\n",
      "def outer():\n    x = 1\n    def inc():\n        nonlocal x\n        x += 1\n        return x\n    return inc\n"
      "f = outer()\nprint(f(), f(), f())\n",
      "def make():\n    fs = [lambda i=i: i * 10 for i in range(3)]\n    return [f() for f in fs]\nprint(make())\n",
      "def counter(n):\n    def get():\n        return n\n    n += 5\n    return get\nprint(counter(1)())\n",
      // control flow
      "t = 0\nfor i in range(10):\n    if i % 2:\n        continue\n    if i > 6:\n        break\n    t += i\nelse:\n"
      "    t = -1\nprint(t)\nn = 0\nwhile n < 5:\n    n += 1\nelse:\n    print('done', n)\n",
      "for i in range(3):\n    for j in range(3):\n        if j == 1:\n            break\n        print(i, j)\n",
      "x = 5\nprint('big' if x > 3 else 'small')\nif x < 0:\n    print('neg')\nelif x == 5:\n    print('five')\n"
      "else:\n    print('other')\nif not (x > 1 and x < 3 or x == 5):\n    print('no')\nelse:\n    print('yes')\n",
      // exceptions
      "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', type(e).__name__)\nelse:\n    print('else')\n"
      "finally:\n    print('finally')\ntry:\n    e\nexcept NameError:\n    print('e unbound')\n",
      "def f(x):\n    try:\n        if x:\n            return 'early'\n        raise ValueError('v')\n    except ValueError as e:\n"
      "        return 'handled ' + str(e)\n    finally:\n        print('cleanup', x)\nprint(f(1))\nprint(f(0))\n",
      "def f():\n    for i in range(5):\n        try:\n            if i == 1:\n                continue\n            if i == 3:\n"
      "                break\n            print('body', i)\n        finally:\n            print('fin', i)\n    return i\nprint(f())\n",
      "def f():\n    try:\n        try:\n            raise KeyError('k')\n        except ValueError:\n            print('no')\n"
      "        finally:\n            print('inner finally')\n    except KeyError as e:\n        print('outer', repr(e))\n"
      "        try:\n            raise\n        except KeyError:\n            print('reraised')\nf()\n",
      "def f():\n    try:\n        raise TypeError('a')\n    except TypeError:\n        try:\n            raise ValueError('b')\n"
      "        except ValueError as e:\n            print('inner', e)\n        raise\ntry:\n    f()\nexcept TypeError as e:\n"
      "    print('outer', e)\n",
      "def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())\n"
      "def g():\n    while True:\n        try:\n            raise ValueError\n        finally:\n            break\n    return 'broke'\n"
      "print(g())\n",
      "class E(Exception): pass\ntry:\n    raise E('x') from KeyError('y')\nexcept E as e:\n"
      "    print(repr(e), repr(e.__cause__))\nassert True\ntry:\n    assert 1 == 2, 'msg'\nexcept AssertionError as e:\n"
      "    print('assert', e)\n",
      "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])\nexcept* ValueError as e:\n"
      "    print('V', e.exceptions)\nexcept* TypeError:\n    print('T')\nexcept* KeyError as k:\n    print('K', k.exceptions)\n",
      // with
      "class CM:\n    def __init__(self, name, swallow=False):\n        self.name, self.swallow = name, swallow\n"
      "    def __enter__(self):\n        print('enter', self.name)\n        return self.name\n"
      "    def __exit__(self, t, v, tb):\n        print('exit', self.name, t.__name__ if t else None)\n        return self.swallow\n"
      "with CM('a') as a, CM('b') as b:\n    print('body', a, b)\nwith CM('s', True):\n    raise ValueError\nprint('after')\n"
      "def f():\n    with CM('r'):\n        return 'ret'\nprint(f())\nfor i in range(2):\n    with CM(i):\n        continue\n"
      "try:\n    with CM('p'):\n        raise KeyError('k')\nexcept KeyError as e:\n    print('propagated', e)\n",
      // classes
      "class A:\n    x = 1\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v + self.x\n"
      "    @staticmethod\n    def s():\n        return 's'\n    @classmethod\n    def c(cls):\n        return cls.__name__\n"
      "    @property\n    def p(self):\n        return self.v * 2\nclass B(A):\n    def get(self):\n        return super().get() * 100\n"
      "b = B(2)\nprint(b.get(), A.s(), B.c(), b.p, B.__qualname__, B.get.__qualname__, A.__doc__)\n",
      "class C:\n    '''doc'''\n    __p = 5\n    def get(self):\n        return self.__p, __class__.__name__\n"
      "print(C().get(), C._C__p, C.__doc__, C.__module__)\n",
      "def f():\n    y = 10\n    class K:\n        y = 20\n        z = y\n        def m(self):\n            return y\n    return K.z, K().m()\n"
      "print(f())\n",
      "class Meta(type):\n    def __new__(m, name, bases, ns, **kw):\n        ns['tag'] = kw.get('tag')\n"
      "        return super().__new__(m, name, bases, ns)\nclass X(metaclass=Meta, tag='t'):\n    pass\nprint(X.tag)\n"
      "bases = (object,)\nclass Y(*bases):\n    a: int = 3\nprint(Y.a, Y.__annotations__)\n",
      // comprehensions, generators
      "print([x * x for x in range(5) if x % 2], {x % 3 for x in range(10)}, {k: v for k, v in zip('ab', (1, 2))})\n"
      "print(list(x + y for x in range(3) for y in range(2)))\nprint([(i, j) for i in range(3) for j in range(i)])\n",
      "def gen(n):\n    for i in range(n):\n        got = yield i\n        if got:\n            print('got', got)\n    return 'end'\n"
      "g = gen(3)\nprint(next(g), g.send('a'), next(g))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('stop', e.value)\n"
      "def deleg():\n    r = yield from gen(2)\n    print('r', r)\n    yield from [7, 8]\nprint(list(deleg()))\n",
      "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closing')\nx = g()\nprint(next(x))\nx.close()\n"
      "def inner():\n    try:\n        yield 1\n    except KeyError:\n        yield 'caught'\ndef outer():\n    yield from inner()\n"
      "o = outer()\nprint(next(o), o.throw(KeyError))\n",
      "def f():\n    [y := 5 for _ in range(1)]\n    return y\nprint(f())\nif (n := len('abcd')) > 3:\n    print(n)\n",
      // strings, f-strings, containers
      "x, w = 3.14159, 8\nprint(f'{x:.2f}|{x!r}|{\"s\"!s:>{w}}|{x=}')\nprint('a' 'b', b'c', f'{{}}', f'{1}{2}')\n",
      "d = {'a': 1, **{'b': 2}, 'c': 3}\nprint(d, [*range(3), *'ab'], (*[1], 2), {*[1, 1], 2})\n"
      "l = [1, 2, 3, 4, 5]\nprint(l[1:3], l[::-1], l[-1], l[:2])\nl[1:3] = [9]\ndel l[0]\nprint(l)\n"
      "d['a'] += 10\nprint(d['a'])\nclass O: pass\no = O()\no.v = 1\no.v *= 5\nprint(o.v)\ndel o.v\nprint(hasattr(o, 'v'))\n",
      "import math\nfrom os import path as p, sep\nimport os.path\nimport collections.abc as cabc\n"
      "print(math.floor(2.5), p is os.path, sep, cabc.Mapping.__name__)\n",
      "def deco(tag):\n    def wrap(f):\n        def inner(*a, **k):\n            return tag + str(f(*a, **k))\n        return inner\n    return wrap\n"
      "@deco('<')\n@deco('[')\ndef h(x):\n    return x\nprint(h(5))\n",
      "print((lambda *a, **k: (a, k))(1, 2, x=3))\nf = lambda x, y=2: x * y\nprint(f(3), f(3, 3))\n"
      "def kw(**k): return k\nprint(kw(a=1, **{'b': 2}), kw(**{'a': 1}, b=2))\n",
      "g = 1\ndef f():\n    global g\n    g += 1\n    del_me = 3\n    del del_me\n    return g\nprint(f(), g)\n",
      // match
      "def m(x):\n    match x:\n        case 0 | 1:\n            return 'small'\n        case [a, b, *rest]:\n            return f'seq {a} {b} {rest}'\n"
      "        case {'k': v, **kw}:\n            return f'map {v} {kw}'\n        case str() as s if len(s) > 2:\n            return 'long str ' + s\n"
      "        case (1 | 2) as z:\n            return z\n        case None:\n            return 'none'\n        case _:\n            return 'other'\n"
      "for v in (0, [1, 2, 3, 4], {'k': 1, 'j': 2}, 'hello', 'hi', None, 3.5, (5, 6)):\n    print(m(v))\n",
      "class P:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
      "def m(p):\n    match p:\n        case P(0, y=0):\n            return 'origin'\n        case P(x, 0) | P(0, x):\n            return f'axis {x}'\n"
      "        case P(x=a, y=b) if a == b:\n            return f'diag {a}'\n        case [P(), *_, last]:\n            return f'last {last.x}'\n"
      "        case {'p': P(x=px)}:\n            return px\n        case _:\n            return 'none'\n"
      "print(m(P(0, 0)), m(P(3, 0)), m(P(0, 4)), m(P(2, 2)), m([P(1, 1), 0, P(9, 9)]), m({'p': P(7, 8)}), m(P(1, 2)))\n",
      // async
      "class AIter:\n    def __init__(self):\n        self.i = 0\n    def __aiter__(self):\n        return self\n"
      "    async def __anext__(self):\n        self.i += 1\n        if self.i > 3:\n            raise StopAsyncIteration\n        return self.i\n"
      "class ACM:\n    async def __aenter__(self):\n        print('aenter')\n        return 'v'\n"
      "    async def __aexit__(self, *a):\n        print('aexit', a[0])\n        return True\n"
      "async def sub(x):\n    return x * 2\nasync def main():\n    total = 0\n    async for i in AIter():\n        total += await sub(i)\n"
      "    async with ACM() as v:\n        print('in', v)\n        raise KeyError\n    return total, [await sub(i) for i in range(3)]\n"
      "c = main()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n",
      // more unwinding and scoping
      "def g():\n    try:\n        yield 1\n        return\n    finally:\n        print('gen finally')\nprint(list(g()))\n"
      "def w():\n    for i in range(3):\n        with open('/dev/null') as f:\n            try:\n                if i == 1:\n"
      "                    return i\n            finally:\n                print('f', i, f.closed)\nprint(w())\n",
      "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n        y = [x for _ in range(1)]\n"
      "    return C().m(), C.y\nprint(f())\n",
      "class C:\n    vals = [1, 2]\n    doubled = [v * 2 for v in vals]\n    try:\n        bad = [vals for _ in range(1)]\n"
      "    except NameError as e:\n        bad = 'NameError'\nprint(C.doubled, C.bad)\n",
      "def f():\n    x = 1\n    def g():\n        return x\n    del x\n    try:\n        g()\n    except NameError as e:\n        print('NameError')\nf()\n",
      "[z := i for i in range(3)]\nprint(z)\ndef f():\n    return [q := q0 * 2 for q0 in range(3)], q\nprint(f())\n",
      "x = [i for i in range(40)]\ny = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, x[0]]\n"
      "d = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: x[1], **{99: 99}, 18: 18}\n"
      "print(len(y), y[-1], len(d), d[17], d[99])\nprint(max(*y, 5), (*y,)[-2])\n",
      "def f(a, *, b=1, c):\n    return a, b, c\nprint(f(1, c=2), f(c=3, a=0, b=9))\ntry:\n    f(1)\nexcept TypeError:\n    print('missing')\n",
      "a = 5\nprint(1 < a < 10 if a else 0, (a if a < 3 else -a) if not a == 4 else 0)\n"
      "if (a > 1 if a else a < 1) and not (a == 2 or a == 3):\n    print('ok')\nwhile (a := a - 1) and a > 2:\n    print('a', a)\n",
      "def f(n):\n    while True:\n        n -= 1\n        if n < 0:\n            break\n        if n % 2:\n            continue\n        print(n)\n    else:\n        print('never')\nf(5)\n",
      "def f():\n    try:\n        try:\n            return 'inner'\n        finally:\n            print('f1')\n    finally:\n        print('f2')\nprint(f())\n"
      "def h():\n    try:\n        raise ValueError\n    except ValueError:\n        return 'from except'\n    finally:\n        print('hf')\nprint(h())\n",
      "def f():\n    for i in range(3):\n        try:\n            raise KeyError(i)\n        except KeyError as e:\n            if i == 1:\n"
      "                continue\n            if i == 2:\n                break\n            print('handled', e)\n    return e if False else 'end'\nprint(f())\n",
      "def f():\n    try:\n        raise ValueError('x')\n    except ValueError as e:\n        err = e\n    try:\n        e\n    except NameError:\n"
      "        print('e cleared', err)\nf()\n",
      "import sys\nclass C:\n    def __eq__(self, o):\n        return 'eq'\nprint(C() == 1, [1, 2] == [1, 2], (1, 2) < (1, 3))\n"
      "print(f\"{'nested {}'.format(1)!r:>15}\", f'{3:{2}}|', '%s-%d' % ('a', 2))\n",
      "def f(x):\n    match x:\n        case {'a': 1, **rest} if rest:\n            return rest\n        case {}:\n            return 'mapping'\n"
      "        case [*_, 3] | [3, *_]:\n            return 'has3'\n        case [x, y] if x == y:\n            return 'pair'\n"
      "        case int(n) | float(n):\n            return n * 2\n        case _:\n            return 'no'\n"
      "print(f({'a': 1, 'b': 2}), f({'a': 1}), f([1, 3]), f([3, 0, 0]), f([2, 2]), f(4), f(2.5), f('s'))\n",
      "try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* TypeError:\n    print('no')\nexcept* ValueError:\n    print('yes')\n"
      "try:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])\n    except* ValueError:\n        print('v')\n"
      "except* KeyError as e:\n    print('outer k', e.exceptions)\n",
      "def gen():\n    x = yield\n    while x:\n        x = yield x * 2\ng = gen()\nnext(g)\nprint(g.send(1), g.send(5))\n"
      "print(sum(x for x in range(10) if x % 3 == 0), any(y > 3 for y in [1, 5]))\n",
      "async def agen(n):\n    for i in range(n):\n        await asleep()\n        yield i * 10\nclass Sleep:\n"
      "    def __await__(self):\n        yield 'tick'\n        return None\ndef asleep():\n    return Sleep()\n"
      "async def main():\n    out = []\n    async for v in agen(3):\n        out.append(v)\n"
      "    return out, [x async for x in agen(2)], {x: 1 async for x in agen(2)}\n"
      "c = main()\nticks = 0\nwhile True:\n    try:\n        r = c.send(None)\n        assert r == 'tick'\n        ticks += 1\n"
      "    except StopIteration as e:\n        print(e.value, ticks)\n        break\n",
      "def t(x):\n    r = []\n    if x is None:\n        r.append('is')\n    if x is not None:\n        r.append('not')\n"
      "    if None is x or not (x is not None):\n        r.append('rev')\n    while x is not None:\n        x = None\n        r.append('loop')\n"
      "    return r, 'a' if x is None else 'b'\nprint(t(None), t(0), t([]))\n",
      "from __future__ import annotations\nx: List[int] = 1\ndef f(a: \"Foo\", *b: int, c: 'Bar' = 2) -> dict[str, int]:\n    pass\n"
      "class C:\n    y: Optional[C]\nprint(__annotations__, f.__annotations__, C.__annotations__)\n"
      "def g(a: Optional[\"Foo\"], b: Callable[[int, str], None], c: int|None, d: tuple[int, ...], e: typing.List[x.Y],\n"
      "      f: dict[str, 'A' | None], g: Literal[1, True], h: (int), i: lambda: 1, j: a.b[c](d), k: -1, l: 1.5) -> ...: pass\n"
      "print(g.__annotations__)\n",
      // constant folding must keep Python's semantics
      "print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 % -2, 7 % -1, -9223372036854775807 - 1, 2 ** 62, 2 ** 63, 2 ** 64)\n"
      "print(1 << 62, 1 << 63, -1 << 63, -1 >> 100, 5 >> 70, 3 ** 0, 0 ** 0, (-1) ** 5, (-1) ** 10**1, (-2) ** 63, 2 ** -1)\n"
      "print(7 / 2, -7 / 2, 1 / 3, 2.5 * 4, 0.1 + 0.2, 1e308 * 10, -0.0 + 0.0, 3 - 5.5, 10 / 4, ~5, ~-1, -(2 ** 3), +-3)\n"
      "print('ab' * 3, 3 * 'x', 'a' * -2, b'z' * 2, 'con' + 'cat', len('y' * 5000), 6 & 3, 6 | 3, 6 ^ 3, 10 - 2 - 3, 2 ** 3 ** 2)\n"
      "try:\n    print(1 // 0)\nexcept ZeroDivisionError as e:\n    print('zde', e)\ntry:\n    print(1 << -1)\nexcept ValueError as e:\n"
      "    print('ve', e)\nprint(1.5 // 0.5, -1.5 % 1, 9007199254740993 / 1, 3 * 1.1, (1, 2) + (3,), True + 1, -True)\n",
  };
  return v;
}

TEST(CompilerVmTest, ProgramsPrintWhatPythonPrints) {
  const auto& progs = programs();
  std::vector<std::string> dumps;
  for (const auto& src : progs) {
    auto c = testing::compile_source(src);
    ASSERT_EQ(c.parse_error, "") << src;
    ASSERT_FALSE(c.result.error) << c.result.error->msg << "\n" << src;
    dumps.push_back(json_code(*c.result.code));
  }
  auto got = run_reference_vm(dumps);
  auto expected = run_oracle(kOracle, progs);
  ASSERT_EQ(expected.size(), progs.size()) << "python3.11 oracle failed";
  ASSERT_EQ(got.size(), progs.size()) << "reference VM failed";
  for (size_t i = 0; i < progs.size(); ++i) {
    EXPECT_EQ(got[i], expected[i]) << "program:\n" << progs[i];
  }
}

}  // namespace
}  // namespace pystm::frontend
