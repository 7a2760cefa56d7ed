// tests/unit/runtime/frontend/compiler_stdlib_test.cpp — compiles every .py
// of /usr/lib/python3.11 (but test/ and lib2to3/tests/): no compile error,
// well-formed code units (jump targets, exception table, positions; the
// stack depth is checked by the code builder on every path), and per code
// unit the same qualname, first line, argument counts, varnames, cellvars,
// freevars and generator/coroutine flags as python3.11 produces.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "runtime/bytecode/opcodes.h"
#include "tests/unit/runtime/frontend/compile_helpers.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::run_oracle;

std::vector<std::string> stdlib_files() {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator("/usr/lib/python3.11", ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string p = it->path().string();
    if (it->is_directory()) {
      if (p.ends_with("/test") || p.ends_with("/lib2to3/tests") || p.ends_with("/site-packages") ||
          p.ends_with("/dist-packages") || p.ends_with("__pycache__")) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (p.ends_with(".py")) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The metadata line of one code unit, in the oracle's format.
void meta(const bytecode::CodeUnit& c, std::vector<std::string>* out) {
  std::string s = c.qualname + "|" + std::to_string(c.firstlineno) + "|" + std::to_string(c.argcount) + "," +
                  std::to_string(c.posonlyargcount) + "," + std::to_string(c.kwonlyargcount) + "|";
  for (const auto& v : c.varnames) s += v + ",";
  s += "|";
  for (const auto& v : c.cellvars) s += v + ",";
  s += "|";
  for (const auto& v : c.freevars) s += v + ",";
  s += "|" + std::to_string(c.flags & 0x3bf);
  out->push_back(s);
  for (const auto& k : c.consts) {
    if (k.kind == bytecode::Constant::Kind::Code) meta(*k.code, out);
  }
}

const char* kMetaOracle = R"PY(
import types
def dump(c, out):
    s = '%s|%d|%d,%d,%d|' % (c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    s += ''.join(v + ',' for v in c.co_varnames) + '|' + ''.join(v + ',' for v in c.co_cellvars) + '|'
    s += ''.join(v + ',' for v in c.co_freevars) + '|' + str(c.co_flags & 0x3bf)
    out.append(s)
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            dump(k, out)
for path in _inputs():
    try:
        out = []
        dump(compile(open(path, 'rb').read(), path.decode(), 'exec', dont_inherit=True), out)
        print('\t'.join(sorted(out)))
    except Exception as e:
        print('error: %r' % e)
)PY";

// Structural checks of a code unit; returns a description of the first problem.
std::string check_unit(const bytecode::CodeUnit& c) {
  using bytecode::Opcode;
  const size_t n = c.code.size();
  if (c.positions.size() != n) return c.qualname + ": positions size";
  if (n == 0) return c.qualname + ": empty code";
  for (size_t i = 0; i < n; ++i) {
    Opcode op = bytecode::opcode_of(c.code[i]);
    if (static_cast<int>(op) >= bytecode::kOpcodeCount) return c.qualname + ": bad opcode";
    if ((bytecode::kOpcodeEffects[static_cast<int>(op)] & bytecode::E_JUMP) && bytecode::arg_of(c.code[i]) >= n) {
      return c.qualname + ": jump out of range at " + std::to_string(i);
    }
  }
  Opcode last = bytecode::opcode_of(c.code[n - 1]);
  if (last != Opcode::RETURN_VALUE && last != Opcode::JUMP && last != Opcode::RERAISE &&
      last != Opcode::RAISE_VARARGS) {
    return c.qualname + ": falls off the end";
  }
  uint32_t prev_end = 0;
  for (const auto& e : c.exception_table) {
    if (e.start >= e.end || e.end > n || e.target >= n) return c.qualname + ": bad exception entry";
    if (e.start < prev_end) return c.qualname + ": overlapping exception entries";
    if (static_cast<int>(e.depth + (e.push_lasti ? 1 : 0) + 1) > c.stacksize) {
      return c.qualname + ": handler depth above stacksize";
    }
    if (bytecode::opcode_of(c.code[e.target]) == Opcode::NOP) return c.qualname + ": handler at NOP";
    prev_end = e.end;
  }
  for (const auto& k : c.consts) {
    if (k.kind == bytecode::Constant::Kind::Code) {
      std::string r = check_unit(*k.code);
      if (!r.empty()) return r;
    }
  }
  return "";
}

TEST(CompilerStdlibTest, CompilesEveryModuleLikePython) {
  auto files = stdlib_files();
  ASSERT_GT(files.size(), 500u);
  std::vector<std::string> compiled_files;
  std::vector<std::string> compiled_meta;
  int parse_rejected = 0;
  int failures = 0;
  for (const auto& path : files) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    auto c = testing::compile_source(ss.str(), 0, path);
    if (!c.parse_error.empty()) {
      ++parse_rejected;
      continue;
    }
    if (c.result.error) {
      ADD_FAILURE() << path << ": " << c.result.error->msg << " at line " << c.result.error->lineno;
      if (++failures > 10) break;
      continue;
    }
    std::string problem = check_unit(*c.result.code);
    EXPECT_EQ(problem, "") << path;
    std::vector<std::string> lines;
    meta(*c.result.code, &lines);
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (size_t i = 0; i < lines.size(); ++i) joined += (i ? "\t" : "") + lines[i];
    compiled_files.push_back(path);
    compiled_meta.push_back(joined);
  }
  std::printf("stdlib: %zu files, %zu compiled, %d rejected by the parser\n", files.size(), compiled_files.size(),
              parse_rejected);
  auto expected = run_oracle(kMetaOracle, compiled_files);
  ASSERT_EQ(expected.size(), compiled_files.size()) << "python3.11 oracle failed";
  int mismatches = 0;
  for (size_t i = 0; i < compiled_files.size(); ++i) {
    if (expected[i] == compiled_meta[i]) continue;
    // Report the first differing code unit only.
    std::istringstream a(compiled_meta[i]), b(expected[i]);
    std::string la, lb;
    while (std::getline(a, la, '\t') && std::getline(b, lb, '\t') && la == lb) {}
    ADD_FAILURE() << compiled_files[i] << "\n  pystm:  " << la << "\n  python: " << lb;
    if (++mismatches > 10) break;
  }
}

const char* kSnippetMetaOracle = R"PY(
import types
def dump(c, out):
    s = '%s|%d|%d,%d,%d|' % (c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    s += ''.join(v + ',' for v in c.co_varnames) + '|' + ''.join(v + ',' for v in c.co_cellvars) + '|'
    s += ''.join(v + ',' for v in c.co_freevars) + '|' + str(c.co_flags & 0x3bf)
    out.append(s)
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            dump(k, out)
for src in _inputs():
    out = []
    dump(compile(src, '<test>', 'exec', dont_inherit=True), out)
    print('\t'.join(sorted(out)))
)PY";

// Scoping and flag corner cases the stdlib does not exercise.
TEST(CompilerMetaTest, SnippetsLikePython) {
  const std::vector<std::string> snippets = {
      "def f():\n  return ([await z for z in x] for x in y)\n",
      "async def g():\n  return [[await z for z in x] for x in y]\n",
      "async def h():\n  return [[z async for z in x] for x in y], {k: v async for k, v in w}\n",
      "def k():\n  return ((await z for z in x) for x in y)\n",
      "async def a():\n  yield 1\n  await b\n",
      "def outer(a, b):\n  def inner():\n    nonlocal b\n    b = a\n  return inner\n",
      "class C:\n  def m(self):\n    return lambda: super().m()\n",
      "def f():\n  class D:\n    x = y = 1\n    def g(self): return x\n  x = 2\n  return D\n",
      "def f(*, a, b=1, **kw):\n  return [a for a in kw]\n",
      "def f(a, /, b, *args):\n  global g\n  def g(): return a\n",
      "try:\n  pass\nfinally:\n  def fin(): return [i for i in ()]\n",
      "def gen():\n  x = yield\n  return [(yield) for _ in ()] if 0 else x\n" /* a SyntaxError: skipped */,
  };
  std::vector<std::string> ok_sources, got;
  for (const auto& src : snippets) {
    auto c = testing::compile_source(src);
    if (!c.parse_error.empty() || c.result.error) continue;
    std::vector<std::string> lines;
    meta(*c.result.code, &lines);
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (size_t i = 0; i < lines.size(); ++i) joined += (i ? "\t" : "") + lines[i];
    ok_sources.push_back(src);
    got.push_back(joined);
  }
  ASSERT_EQ(ok_sources.size(), snippets.size() - 1);
  auto expected = run_oracle(kSnippetMetaOracle, ok_sources);
  ASSERT_EQ(expected.size(), ok_sources.size());
  for (size_t i = 0; i < ok_sources.size(); ++i) EXPECT_EQ(got[i], expected[i]) << ok_sources[i];
}

}  // namespace
}  // namespace pystm::frontend
