// tests/unit/runtime/frontend/parser_test.cpp — differential AST tests.
// Owns: a table of snippets covering every expression and statement form;
// each is parsed by pystm and by python3.11's ast.parse and the ast.dump
// texts (with and without positions) must be identical.
#include <gtest/gtest.h>

#include <chrono>

#include "runtime/frontend/ast_dump.h"
#include "runtime/frontend/parser.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::run_oracle;

const std::vector<std::string>& snippets() {
  static const std::vector<std::string> v = {
      // --- atoms and literals
      "x\n", "None; True; False; ...\n", "1; 0; 00; 1_000; 0x1F; 0o17; 0b101; 0XaB_cd\n",
      "1.5; 1.; .5; 1e10; 1E-5; 1_0.0_1e+1_0; 1e16; 1e15; 123456789.123456789; 0.0001; 0.00001\n",
      "2j; 1.5J; 1e3j; 0j\n",
      "9223372036854775807; 9223372036854775808; 123456789012345678901234567890\n",
      "0xFFFFFFFFFFFFFFFFFFFF; 0o7777777777777777777777777; 0b1111111111111111111111111111111111111111111111111111111111111111\n",
      "'a'; \"b\"; '''c'''; \"\"\"d\ne\"\"\"\n", "u'x'; U'y'\n", "'a' 'b' \"c\"\n", "b'x' b'y'; B'z'; rb'\\d'; Br'\\n'\n",
      "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u00e9\\U0001F600'\n", "b'\\x00\\xff\\n\\777'\n", "r'\\n' R'\\x'\n",
      "'é€😀'\n", "'\\d \\q'\n", "'line\\\ncont'\n", "'\"' \"'\" '\\'\"'\n", "'\\x7f\\x80\\u2028\\u00a0 \\u200b'\n",
      // --- f-strings
      "f'a{b}c'\n", "f'{x!r} {y!s} {z!a}'\n", "f'{x:>10}' f'{x:{w}.{p}}'\n", "f'{x=}' f'{x = }' f'{x=:>4}' f'{x=!s}'\n",
      "f'{{}} {{{x}}}'\n", "f\"{'a'}\" f'{\"b\"}'\n", "f'{a[\"k\"]}' f'{ {1: 2}[1] }'\n", "f'{x:}'\n",
      "'a' f'b{c}' 'd'\n", "f''\n", "rf'\\n{x}' fr'{y}\\d'\n", "f'''{\nx\n}'''\n", "f'{a}{b}{a}'\n",
      "f'{x!r:^{w}}'\n", "f'{3.14:.2f}' f'{x if y else z}' f'{lambda: 1}'\n", "f'{(yield)}'\n",
      // --- f-string corners
      "f'{x!r:{w}}'\n", "f'{\"a\" if x else \"b\"}'\n", "f'{x:{\"{\"}>10}'\n", "f'{{{x}}}'\n", "f'{x}}}'\n",
      "rf'{x}\\n'\n", "f'\\n{x}\\t'\n", "f'''{\nx\n}'''\n", "f'{x = !r:^10}'\n", "f'{x:%H:%M}'\n", "f'{d[\"k\"]}'\n",
      "f'{a, b}'\n", "f'{*a,}'\n", "def g():\n  f'{yield}'\n", "f'{x:=1}'\n", "f'{(x:=1)}'\n", "f'{3!r}'\n",
      "f'{x!s:}'\n", "f'{x:{y}{z}}'\n", "f'a' 'b' f'{c}' u'd'\n", "u'a' f'{b}'\n", "f'{x}' f'{y}' f''\n",
      "f'{ x }'\n", "f'''{x\n!r}'''\n", "f'{a[\"b\"]!r:>{c}}'\n", "f'{0:>{1}}'\n", "f'{x::}'\n", "f'{x:{{}}}'\n",
      "f'\\{x}'\n", "f'\\N{DIGIT ONE}{x}'\n", "f'{x = }'\n", "f'{x=:}'\n", "f'{ x = }'\n", "f'{x==y}'\n",
      "f'{x!=y}'\n", "f'{x<=y}'\n", "f'{x>=y=}'\n", "f'{a:b:c}'\n", "f'{\"\"\"a\"\"\"}'\n", "f\"{'''a'''}\"\n",
      "f'{x:{\"a\"}}'\n", "f'{x}' '\xc3\xa9" "' f'{y!a}'\n", "x = 1\ny = f'{x:{x}d}' f\"{ {1: 2}[1] }\"\n",
      "f'{x:{y}.{z}f}'\n", "f'{{}}{{'\n",
      // --- operators
      "a + b - c * d / e // f % g @ h ** i\n", "-a + +b - ~c\n", "a << b >> c & d ^ e | f\n", "a ** -b ** c\n",
      "-a ** b\n", "(a + b) * c\n", "not a and b or not c\n", "a or b or c and d and e\n",
      "a < b <= c > d >= e == f != g\n", "a is b is not c in d not in e\n", "a if b else c if d else e\n",
      "await x\n", "(x := 1)\n", "[y := f(x), y**2]\n", "lambda: 0\n", "lambda x, y=1, *a, z, w=2, **k: x\n",
      "lambda a, /, b: a\n", "lambda *, k: k\n", "lambda *a: a\n",
      // --- primaries
      "a.b.c\n", "a[1]\n", "a[1:2]\n", "a[::2]\n", "a[:]\n", "a[1:2:3, ::, x]\n", "a[1,]\n", "a[*b]\n", "a[x:=1]\n",
      "f()\n", "f(a, b)\n", "f(a, *b, c=1, **d)\n", "f(*a, *b, **c, **d)\n", "f(x for x in y)\n", "f(a)(b)[c].d\n",
      "f(a=1, *b)\n", "f(a,)\n", "f((x for x in y), z)\n",
      // --- displays
      "()\n", "(1,)\n", "(1, 2)\n", "1, 2\n", "1,\n", "[]\n", "[1, 2,]\n", "[*a, b]\n", "{}\n", "{1: 2, **d, 3: 4}\n",
      "{1, 2}\n", "{*a, b}\n", "(*a, b)\n", "*a, b = c\n",
      // --- comprehensions
      "[x for x in y]\n", "[x for x in y if x if z for w in x]\n", "{x for x in y}\n", "{k: v for k, v in d.items()}\n",
      "(x for x in y)\n", "[x async for x in y]\n", "[(a, b) for a, b in z]\n", "[x for x, in y]\n",
      "[x for *a, b in y]\n", "[x for x in lambda: y]\n" /* invalid? */, "[x for x in y if lambda: z]\n",
      // --- simple statements
      "a = 1\n", "a = b = c\n", "a, b = c\n", "[a, b] = c\n", "(a, b) = c\n", "a.b = c\n", "a[b] = c\n",
      "a, *b = c\n", "x = yield\n", "x = yield y\n", "x = yield from y\n", "x = await y\n",
      "a += 1\na -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na **= 1\na @= 1\na &= 1\na |= 1\na ^= 1\na <<= 1\na >>= 1\n",
      "a.b += 1\n", "a[1] += 2\n", "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: int\n", "a[0]: int = 5\n",
      "x: list[int] = yield\n", "del a\n", "del a, b\n", "del a.b, c[1], (d, e), [f]\n", "del (a)\n", "del a,\n",
      "pass\n", "return\n", "return x\n", "return x, y\n", "return *a, b\n", "raise\n", "raise E\n", "raise E from e\n",
      "global a\n", "global a, b\n", "nonlocal a, b\n", "assert x\n", "assert x, 'msg'\n",
      "import a\n", "import a.b.c\n", "import a as b, c.d as e\n", "from a import b\n", "from a.b import c as d, e\n",
      "from . import x\n", "from .. import x\n", "from ... import x\n", "from .... import x\n", "from .a import b\n",
      "from a import (b, c,)\n", "from a import *\n", "a; b; c\n", "a; b;\n", "yield\n", "yield x\n", "yield from x\n",
      "print(x)\n", "x = 1 # comment\n", "# only a comment\n", "\n\n\n", "", "x = (1 +\n  2)\n", "x = 1 + \\\n  2\n",
      "x = [\n  1,\n  2,\n]\n", "x = 1; y = 2\n", "x\n\n\n", "  # indented comment\nx\n",
      // --- compound statements
      "if a:\n  pass\n", "if a:\n  b\nelif c:\n  d\nelif e:\n  f\nelse:\n  g\n", "if a: b; c\n",
      "while a:\n  b\nelse:\n  c\n", "for x in y:\n  pass\nelse:\n  z\n", "for x, y in z: pass\n", "for x in 1, 2: pass\n",
      "for *a, b in c: pass\n", "for x in *a, *b: pass\n",
      "try:\n  a\nexcept:\n  b\n", "try:\n  a\nexcept E:\n  b\nexcept (F, G) as e:\n  c\nelse:\n  d\nfinally:\n  e\n",
      "try:\n  a\nfinally:\n  b\n", "try:\n  a\nexcept* E:\n  b\nexcept* F as f:\n  c\n",
      "with a: pass\n", "with a as b, c as d: pass\n", "with (a, b): pass\n", "with (a as b, c as d,): pass\n",
      "with (a as b): pass\n", "with (a) as b: pass\n", "with a as (b, c): pass\n", "with (yield): pass\n",
      "def f(): pass\n", "def f(a, b=1, *args, c, d=2, **kw) -> int:\n  return a\n", "def f(a, /, b, *, c): pass\n",
      "def f(a=1, /, b=2): pass\n", "def f(*, a=1, b): pass\n", "def f(a: int, *b: str, **c: float): pass\n",
      "def f(*a: *Ts): pass\n", "@d\ndef f(): pass\n", "@d1\n@d2.x(1)\n@(lambda f: f)\ndef f(): pass\n",
      "class A: pass\n", "class A(B, C, metaclass=M, **kw): x = 1\n", "class A(): pass\n", "@dec\nclass A:\n  def f(self): pass\n",
      "async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\n", "@d\nasync def f(): pass\n",
      "def f():\n  x = yield\n  return x\n", "if a:\n  if b:\n    c\n  d\ne\n", "if a:\n\tb\n", "if a:\n        b\n        c\n",
      "class A:\n  '''doc'''\n  x: int = 0\n\n  def m(self):\n    return self.x\n",
      "for i in range(10):\n  if i % 2:\n    continue\n  else:\n    break\n",
      "while True:\n  try:\n    x()\n  except Exception as e:\n    raise RuntimeError('x') from e\n",
      // --- soft keywords used as names
      "match = 1\n", "case = 2\n", "match(a=1)\n", "match(*a)\n", "match[a]\n", "match(x, y=2)\n",
      "match(x for x in y)\n", "match -x:\n  case 1: pass\n", "match not x:\n  case 1: pass\n", "_ = 3\n", "match(x)\n", "match.x = 1\n", "print(match, case)\n",
      // --- match statements
      "match x:\n  case 1:\n    pass\n", "match x:\n  case 1 | 2 | 3:\n    pass\n  case _:\n    pass\n",
      "match x:\n  case [a, b, *rest]:\n    pass\n  case (a, b):\n    pass\n  case []:\n    pass\n",
      "match x:\n  case {'k': v, **rest}:\n    pass\n  case {1: _, 'a': [b]}:\n    pass\n",
      "match x:\n  case Point(x=0, y=0):\n    pass\n  case Point(1, 2, z=3):\n    pass\n  case a.b.C():\n    pass\n",
      "match x:\n  case None:\n    pass\n  case True:\n    pass\n  case False:\n    pass\n",
      "match x:\n  case -1:\n    pass\n  case 1+2j:\n    pass\n  case -1.5-2j:\n    pass\n  case 'a' 'b':\n    pass\n",
      "match x:\n  case [1, 2] as y if y:\n    pass\n  case a.b:\n    pass\n  case (1 | 2) as z:\n    pass\n",
      "match x, y:\n  case a, b:\n    pass\n", "match *a, b:\n  case [*_]:\n    pass\n",
      "match x:\n  case [*_, 1] | {}:\n    pass\n  case A(b=[c, *d]):\n    pass\n  case (x):\n    pass\n",
      "match (x):\n  case b'x':\n    pass\n",
  };
  return v;
}

std::string our_dump(const std::string& src, bool attrs) {
  ParseResult r = parse(src, "<test>");
  if (r.error) return "ERROR " + r.error->msg;
  return dump(*r.module, attrs);
}

void compare_all(bool attrs) {
  const auto& v = snippets();
  std::string script = std::string(
                           "for src in _inputs():\n"
                           "    try:\n"
                           "        print(ast.dump(ast.parse(src), include_attributes=") +
                       (attrs ? "True" : "False") +
                       "))\n"
                       "    except SyntaxError as e:\n"
                       "        print('ERROR', e.msg)\n";
  auto expected = run_oracle(script, v);
  ASSERT_EQ(expected.size(), v.size()) << "python3.11 oracle failed";
  int failures = 0;
  for (size_t i = 0; i < v.size(); i++) {
    std::string got = our_dump(v[i], attrs);
    EXPECT_EQ(got, expected[i]) << "snippet: " << v[i];
    if (got != expected[i]) failures++;
  }
  EXPECT_EQ(failures, 0);
}

TEST(ParserTest, AstDumpMatchesCPython) { compare_all(false); }

TEST(ParserTest, PositionsMatchCPython) { compare_all(true); }

TEST(ParserTest, DeepNestingIsAnErrorNotACrash) {
  for (std::string src : {std::string(100000, '-') + "x\n", [] {
                            std::string s;
                            for (int i = 0; i < 50000; i++) s += "not ";
                            return s + "x\n";
                          }(),
                          [] {
                            std::string s;
                            for (int i = 0; i < 20000; i++) s += "a if b else ";
                            return s + "c\n";
                          }()}) {
    ParseResult r = parse(src, "<t>");
    ASSERT_TRUE(r.error);
    EXPECT_NE(r.error->msg.find("too complex"), std::string::npos);
  }
  // Moderate nesting still parses.
  ParseResult ok = parse(std::string(500, '-') + "x\n", "<t>");
  EXPECT_FALSE(ok.error);
}

// Nested broken brackets once took exponential time (error hints probing
// inside probes); the speculation budget keeps them fast.
TEST(ParserTest, NestedBrokenBracketsAreFast) {
  auto rep = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; i++) out += s;
    return out;
  };
  std::vector<std::string> inputs = {
      "x = " + rep("{a ", 150) + ":" + rep("}", 150) + "\n", "x = " + rep("a[", 150) + ":::" + rep("]", 150) + "\n",
      "x = " + rep("[a ", 150) + "if" + rep("]", 150) + "\n", "x = " + rep("f(a ", 150) + "=" + rep(")", 150) + "\n",
      "x = " + rep("a[b ", 150) + ":" + rep("]", 150) + "\n", "x = " + rep("(a = ", 150) + "1" + rep(")", 150) + "\n"};
  auto start = std::chrono::steady_clock::now();
  for (const auto& src : inputs) {
    ParseResult r = parse(src, "<t>");
    EXPECT_TRUE(r.error) << src;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 10.0);
}

TEST(ParserTest, ModesEvalAndSingle) {
  ParseResult e = parse("a + 1\n", "<t>", ast::Module::Kind::Expression);
  ASSERT_FALSE(e.error);
  auto want = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src, mode='eval')))\n", {"a + 1\n"});
  ASSERT_EQ(want.size(), 1u);
  EXPECT_EQ(dump(*e.module), want[0]);
  ParseResult s = parse("x = 1\n", "<t>", ast::Module::Kind::Interactive);
  ASSERT_FALSE(s.error);
  auto want2 = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src, mode='single')))\n", {"x = 1\n"});
  ASSERT_EQ(want2.size(), 1u);
  EXPECT_EQ(dump(*s.module), want2[0]);
}

TEST(ParserTest, EncodingDeclarationsAndLineEndings) {
  std::vector<std::string> v = {"\xEF\xBB\xBFx = 1\n", "# -*- coding: latin-1 -*-\nx = '\xE9'\n",
                                "#!/usr/bin/env python\n# coding=utf-8\nx = 'é'\n", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2",
                                "if x:\r\n  y\r\n"};
  auto want = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src), include_attributes=True))\n", v);
  ASSERT_EQ(want.size(), v.size());
  for (size_t i = 0; i < v.size(); i++) EXPECT_EQ(our_dump(v[i], true), want[i]) << v[i];
}

}  // namespace
}  // namespace pystm::frontend
