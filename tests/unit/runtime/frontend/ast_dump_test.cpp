// tests/unit/runtime/frontend/ast_dump_test.cpp — reprs used by ast.dump.
// Owns: float/complex/str/bytes repr checks against python3.11's repr(), and
// dumps in the eval/single modes.
#include <gtest/gtest.h>

#include <cstdlib>

#include "runtime/frontend/ast_dump.h"
#include "runtime/frontend/parser.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::run_oracle;

TEST(AstDumpTest, FloatReprMatchesPython) {
  std::vector<std::string> literals = {"0.0", "1.0", "0.1", "1e16", "1e15", "123456789012345678.0", "1e-4",
                                       "1e-5", "0.00012345", "2.5e-7", "1.7976931348623157e308", "5e-324",
                                       "3.141592653589793", "1e22", "1e23", "9999999999999998.0", "0.3", "1e300",
                                       "1e400", "123.456", "100.0", "1234567890123456.7"};
  auto want = run_oracle("for src in _inputs():\n    print(repr(float(src.decode())))\n", literals);
  ASSERT_EQ(want.size(), literals.size());
  for (size_t i = 0; i < literals.size(); i++)
    EXPECT_EQ(float_repr(std::strtod(literals[i].c_str(), nullptr)), want[i]) << literals[i];
}

TEST(AstDumpTest, ConstantReprsMatchPython) {
  std::vector<std::string> v = {
      "1.5j\n", "10000000000000000j\n", "1e400j\n", "'\\x00\\x1f\\x7f\\x80\\xa0\\xad\\u0378\\u2028\\ud800\\U0001F600'\n",
      "'\\'' '\"'\n", "'\\'\"'\n", "b'\\'\"\\x00\\x7f\\x80\\xff'\n", "b'\"'\n", "'\\t\\n\\r\\\\'\n", "'é' 'ß' '中'\n",
      "'\\u0300\\u200d\\ufeff\\U000e0001'\n", "...\n", "(None, True, False)\n",
  };
  auto want = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src)))\n", v);
  ASSERT_EQ(want.size(), v.size());
  for (size_t i = 0; i < v.size(); i++) {
    ParseResult r = parse(v[i], "<t>");
    ASSERT_FALSE(r.error) << v[i] << ": " << r.error->msg;
    EXPECT_EQ(dump(*r.module), want[i]) << v[i];
  }
}

TEST(AstDumpTest, InteractiveAndEvalModes) {
  std::vector<std::string> single = {"if x:\n    y\n\n", "x = 1; y = 2\n", "for a in b: pass\n", "@d\ndef f(): pass\n"};
  auto want = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src, mode='single')))\n", single);
  ASSERT_EQ(want.size(), single.size());
  for (size_t i = 0; i < single.size(); i++) {
    ParseResult r = parse(single[i], "<t>", ast::Module::Kind::Interactive);
    ASSERT_FALSE(r.error) << single[i] << ": " << r.error->msg;
    EXPECT_EQ(dump(*r.module), want[i]) << single[i];
  }
  std::vector<std::string> eval = {"1, 2\n", "lambda: 0", "\n\nx\n\n", "[x for x in y]"};
  auto want2 = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src, mode='eval')))\n", eval);
  ASSERT_EQ(want2.size(), eval.size());
  for (size_t i = 0; i < eval.size(); i++) {
    ParseResult r = parse(eval[i], "<t>", ast::Module::Kind::Expression);
    ASSERT_FALSE(r.error) << eval[i] << ": " << r.error->msg;
    EXPECT_EQ(dump(*r.module), want2[i]) << eval[i];
  }
}

}  // namespace
}  // namespace pystm::frontend
