// tests/unit/runtime/frontend/stdlib_parse_test.cpp — parses the CPython 3.11
// standard library. Owns: the check that every .py file python3.11 accepts
// (outside test/ and lib2to3/tests/, which hold intentionally broken files)
// parses without error, and that a sample of modules dumps exactly like
// python3.11's ast.dump.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "runtime/frontend/ast_dump.h"
#include "runtime/frontend/parser.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

namespace fs = std::filesystem;
using testing::run_oracle;
// PYSTM_PARSE_ROOT points the test at another tree of Python files.
std::string lib_root() {
  const char* root = std::getenv("PYSTM_PARSE_ROOT");
  return root ? root : "/usr/lib/python3.11";
}

std::vector<std::string> stdlib_files(bool with_tests) {
  std::vector<std::string> out;
  const std::string lib = lib_root();
  if (!fs::exists(lib)) return out;
  for (auto it = fs::recursive_directory_iterator(lib, fs::directory_options::skip_permission_denied);
       it != fs::recursive_directory_iterator(); ++it) {
    std::string p = it->path().string();
    if (it->is_directory()) {
      std::string rel = p.substr(lib.size());
      if ((!with_tests && (rel == "/test" || rel == "/lib2to3/tests")) || it->path().filename() == "__pycache__" ||
          rel.rfind("/site-packages", 0) == 0 || rel.rfind("/dist-packages", 0) == 0)
        it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() == ".py") out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(StdlibParseTest, EveryModuleParsesAndSampleDumpsMatch) {
  const bool full = std::getenv("PYSTM_STDLIB_FULL") != nullptr;
  auto files = stdlib_files(full);
  if (files.empty()) GTEST_SKIP() << lib_root() << " not found";
  // Ask python3.11 which files it accepts, and the dump of every 20th one
  // (of every one, with positions, test directories included, when
  // PYSTM_STDLIB_FULL is set).
  const size_t every = full ? 1 : 20;
  std::vector<std::string> inputs;
  for (size_t i = 0; i < files.size(); i++) inputs.push_back((i % every == 0 ? "D" : "P") + files[i]);
  auto want = run_oracle(
      std::string("FULL = ") + (full ? "True" : "False") + "\n"
      "for raw in _inputs():\n"
      "    mode, path = raw[:1], raw[1:].decode()\n"
      "    try:\n"
      "        tree = ast.parse(open(path, 'rb').read())\n"
      "        print(ast.dump(tree, include_attributes=FULL) if mode == b'D' else 'OK')\n"
      "    except (SyntaxError, ValueError) as e:\n"
      "        print('ERROR', type(e).__name__, e)\n",
      inputs);
  ASSERT_EQ(want.size(), files.size());
  int parsed = 0, compared = 0, failures = 0;
  for (size_t i = 0; i < files.size(); i++) {
    if (want[i].rfind("ERROR", 0) == 0) continue;
    ParseResult r = parse(read_file(files[i]), files[i]);
    if (r.error) {
      ADD_FAILURE() << files[i] << ":" << r.error->lineno << ":" << r.error->offset << ": " << r.error->msg;
      failures++;
      continue;
    }
    parsed++;
    if (i % every == 0) {
      compared++;
      std::string got = dump(*r.module, full);
      if (got != want[i]) {
        size_t d = 0;
        while (d < got.size() && d < want[i].size() && got[d] == want[i][d]) d++;
        size_t from = d > 200 ? d - 200 : 0;
        ADD_FAILURE() << files[i] << ": dump differs at " << d << "\n got: " << got.substr(from, 400)
                      << "\nwant: " << want[i].substr(from, 400);
        failures++;
      }
    }
  }
  EXPECT_EQ(failures, 0);
  if (!std::getenv("PYSTM_PARSE_ROOT")) {
    EXPECT_GT(parsed, 500);
    EXPECT_GE(compared, 30);
  }
}

}  // namespace
}  // namespace pystm::frontend
