// tests/unit/runtime/frontend/compiler_errors_test.cpp — compile-time
// SyntaxErrors (symbol table and code generator) against python3.11's
// compile(): message, lineno, offset, end_lineno, end_offset and text.
#include <gtest/gtest.h>

#include "tests/unit/runtime/frontend/compile_helpers.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::run_oracle;

std::string nested(const std::string& head, int n) {
  std::string src;
  for (int i = 0; i < n; ++i) src += std::string(4 * i, ' ') + head + "\n";
  return src + std::string(4 * n, ' ') + "pass\n";
}

const std::vector<std::string>& error_snippets() {
  static const std::vector<std::string> v = {
      nested("for x in y:", 21),
      nested("while x:", 20),
      nested("with a:", 21),
      "nonlocal x\n",
      "def f():\n    nonlocal y\n",
      "def f():\n  x=1\n  def g():\n    nonlocal y\n",
      "def f(a):\n  global a\n",
      "def f():\n  print(x)\n  global x\n",
      "def f():\n  x = 1\n  global x\n",
      "def f():\n  x: int = 1\n  global x\n",
      "def f():\n  x=1\n  def g():\n    x=2\n    nonlocal x\n",
      "def f():\n    global x\n    nonlocal x\n",
      "def f(a, a): pass\n",
      "def f(a, *, a): pass\n",
      "lambda a, a: 1\n",
      "class C:\n  [y := 1 for i in range(3)]\n",
      "def f():\n  [i := 0 for i in x]\n",
      "def f():\n  [x for x in (y := [1])]\n",
      "from a import *\ndef f():\n  from b import *\n",
      "def f():\n  class C:\n    nonlocal q\n",
      "def f():\n  [(yield) for i in x]\n",
      "def f():\n  {(yield) for i in x}\n",
      "def f():\n  ((yield) for i in x)\n",
      "return 1\n",
      "class C:\n    return\n",
      "x = (yield)\n",
      "class C:\n    yield 1\n",
      "await x\n",
      "def f():\n    await x\n",
      "break\n",
      "if 1:\n    continue\n",
      "while x:\n    def f():\n        break\n",
      "for x in y:\n    pass\nelse:\n    break\n",
      "f(a=1, a=2)\n",
      "a, *b, *c = d\n",
      "async def f():\n    yield from x\n",
      "async def f():\n    yield 1\n    return 2\n",
      "def f():\n    async with a:\n        pass\n",
      "def f():\n    async for a in b:\n        pass\n",
      "def f():\n    [x async for x in y]\n",
      "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
      "if 0:\n    return\n",
      "def f():\n    x = 1\n    del x\n    def g(): x\n",
      "def f(x):\n    global x, y\n",
      "x: int\nglobal x\n",
      "def f():\n    x: int\n    global x\n",
      "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
      "def f(__debug__): pass\n",
      "lambda __debug__: 1\n",
      "import __debug__\n",
      "f(__debug__=1)\n",
      "x.__debug__ = 1\n",
      "del x.__debug__\n",
      "class C:\n  def __debug__(self): pass\n",
      "match x:\n  case __debug__: pass\n",
      "def f():\n  [await x for x in y]\n",
      "async def f():\n  return [[await z for z in x] for x in y]\n",
      "def f():\n  return ([await z for z in x] for x in y)\n",
      "def f():\n  return [[await z for z in x] for x in y]\n",
      "def f():\n  return (await x for x in y)\n",
      "async def f():\n  class C:\n    await x\n",
      "async def f():\n  lambda: await x\n",
      "def f():\n  return [(x, y) async for x in a for y in await b]\n",
      "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
      "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
      "match x:\n    case [a, a]:\n        pass\n",
      "match x:\n    case [a] | [b]:\n        pass\n",
      "match x:\n    case [a] | (b, a):\n        pass\n",
      "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
      "match x:\n    case C(x=1, x=2):\n        pass\n",
      "match x:\n    case (a as b) | c:\n        pass\n",
      "match x:\n    case a if a:\n        pass\n    case b:\n        pass\n",
      "match x:\n    case {**rest, }:\n        pass\n    case [*a, *b]:\n        pass\n",
      "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
      "for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            continue\n",
  };
  return v;
}

const char* kOracle = R"PY(
import os, tempfile
# Compiling from a real file makes CPython fill SyntaxError.text.
fd, path = tempfile.mkstemp(suffix='.py')
os.close(fd)
for src in _inputs():
    with open(path, 'wb') as f:
        f.write(src)
    try:
        compile(src, path, 'exec', dont_inherit=True)
        print('ok')
    except SyntaxError as e:
        print('%s|%s|%s|%s|%s|%r' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
os.unlink(path)
)PY";

std::string py_repr_text(const std::string& s) {
  // Python's repr for the (ASCII) source lines used here.
  char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == '\n') out += "\\n";
    else if (c == q) out += std::string("\\") + q;
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out + q;
}

TEST(CompilerErrorsTest, MatchPython) {
  const auto& src = error_snippets();
  auto expected = run_oracle(kOracle, src);
  ASSERT_EQ(expected.size(), src.size()) << "python3.11 oracle failed";
  for (size_t i = 0; i < src.size(); ++i) {
    auto c = testing::compile_source(src[i]);
    std::string got;
    if (!c.parse_error.empty()) {
      got = "parse error: " + c.parse_error;
    } else if (!c.result.error) {
      got = "ok";
    } else {
      const SyntaxErrorInfo& e = *c.result.error;
      got = e.msg + "|" + std::to_string(e.lineno) + "|" + std::to_string(e.offset) + "|" +
            std::to_string(e.end_lineno) + "|" + std::to_string(e.end_offset) + "|" + py_repr_text(e.text);
    }
    EXPECT_EQ(got, expected[i]) << "source:\n" << src[i];
  }
}

}  // namespace
}  // namespace pystm::frontend
