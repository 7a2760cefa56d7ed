// tests/unit/runtime/bytecode/code_unit_format_test.cpp — the bytecode
// cache's binary CodeUnit format: every constant kind and table round-trips
// exactly (floats bit for bit), the whole top level of the standard library
// round-trips after compiling, and truncated, extended or bit-flipped
// encodings are refused or decoded without crashing.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "runtime/bytecode/code_unit_format.h"
#include "runtime/bytecode/opcodes.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"

namespace pystm::bytecode {
namespace {

using K = ast::ConstantValue::Kind;

Constant lit(K k, int64_t i = 0, double d = 0, std::string text = "") {
  Constant c;
  c.literal.kind = k;
  c.literal.int_value = i;
  c.literal.float_value = d;
  c.literal.text = std::move(text);
  return c;
}

Constant group(Constant::Kind kind, std::vector<Constant> items) {
  Constant c;
  c.kind = kind;
  c.items = std::move(items);
  return c;
}

uint64_t bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

void expect_same(const CodeUnit& a, const CodeUnit& b, const std::string& where);

void expect_same(const Constant& a, const Constant& b, const std::string& where) {
  ASSERT_EQ(a.kind, b.kind) << where;
  switch (a.kind) {
    case Constant::Kind::Literal:
      EXPECT_EQ(a.literal.kind, b.literal.kind) << where;
      EXPECT_EQ(a.literal.int_value, b.literal.int_value) << where;
      EXPECT_EQ(bits(a.literal.float_value), bits(b.literal.float_value)) << where;
      EXPECT_EQ(a.literal.text, b.literal.text) << where;
      break;
    case Constant::Kind::Code:
      ASSERT_TRUE(a.code && b.code) << where;
      expect_same(*a.code, *b.code, where + "/" + a.code->qualname);
      break;
    case Constant::Kind::Tuple:
    case Constant::Kind::FrozenSet:
      ASSERT_EQ(a.items.size(), b.items.size()) << where;
      for (size_t i = 0; i < a.items.size(); ++i) expect_same(a.items[i], b.items[i], where + "[" + std::to_string(i) + "]");
      break;
  }
}

void expect_same(const CodeUnit& a, const CodeUnit& b, const std::string& where) {
  EXPECT_EQ(a.name, b.name) << where;
  EXPECT_EQ(a.qualname, b.qualname) << where;
  EXPECT_EQ(a.flags, b.flags) << where;
  EXPECT_EQ(a.argcount, b.argcount) << where;
  EXPECT_EQ(a.posonlyargcount, b.posonlyargcount) << where;
  EXPECT_EQ(a.kwonlyargcount, b.kwonlyargcount) << where;
  EXPECT_EQ(a.firstlineno, b.firstlineno) << where;
  EXPECT_EQ(a.stacksize, b.stacksize) << where;
  EXPECT_EQ(a.code, b.code) << where;
  ASSERT_EQ(a.positions.size(), b.positions.size()) << where;
  for (size_t i = 0; i < a.positions.size(); ++i) {
    const Position &p = a.positions[i], &q = b.positions[i];
    EXPECT_TRUE(p.lineno == q.lineno && p.end_lineno == q.end_lineno && p.col_offset == q.col_offset &&
                p.end_col_offset == q.end_col_offset)
        << where << " position " << i;
  }
  ASSERT_EQ(a.consts.size(), b.consts.size()) << where;
  for (size_t i = 0; i < a.consts.size(); ++i) expect_same(a.consts[i], b.consts[i], where);
  EXPECT_EQ(a.has_docstring, b.has_docstring) << where;
  EXPECT_EQ(a.names, b.names) << where;
  EXPECT_EQ(a.varnames, b.varnames) << where;
  EXPECT_EQ(a.cellvars, b.cellvars) << where;
  EXPECT_EQ(a.freevars, b.freevars) << where;
  EXPECT_EQ(a.cell_from_arg, b.cell_from_arg) << where;
  ASSERT_EQ(a.exception_table.size(), b.exception_table.size()) << where;
  for (size_t i = 0; i < a.exception_table.size(); ++i) {
    const ExceptionTableEntry &e = a.exception_table[i], &f = b.exception_table[i];
    EXPECT_TRUE(e.start == f.start && e.end == f.end && e.target == f.target && e.depth == f.depth &&
                e.push_lasti == f.push_lasti)
        << where << " handler " << i;
  }
}

// A unit with every constant kind and every table non-empty.
CodeUnit sample_unit() {
  auto inner = std::make_shared<CodeUnit>();
  inner->name = "g";
  inner->qualname = "f.<locals>.g";
  inner->filename = "sample.py";
  inner->firstlineno = 30;
  inner->freevars = {"x"};
  inner->code = {encode(Opcode::LOAD_DEREF, 0), encode(Opcode::RETURN_VALUE, 0)};
  inner->positions = {{31, 31, 4, 9}, {31, 32, 0, 70000}};
  inner->stacksize = 1;

  CodeUnit c;
  c.name = "f";
  c.qualname = "f";
  c.filename = "sample.py";
  c.flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_GENERATOR;
  c.argcount = 2;
  c.posonlyargcount = 1;
  c.kwonlyargcount = 1;
  c.firstlineno = 12;
  c.stacksize = 9;
  c.code = {encode(Opcode::LOAD_CONST, 1), encode(Opcode::LOAD_CONST, 0xffffff), encode(Opcode::RETURN_VALUE, 0)};
  // Lines that go backwards, a missing position (0) and large columns.
  c.positions = {{14, 14, 0, 5}, {0, 0, 0, 0}, {13, 20, 300, 2}};
  std::string all_bytes;
  for (int i = 0; i < 256; ++i) all_bytes.push_back(static_cast<char>(i));
  Constant code;
  code.kind = Constant::Kind::Code;
  code.code = inner;
  c.consts = {
      lit(K::Str, 0, 0, "docstring"),
      lit(K::None), lit(K::True), lit(K::False), lit(K::Ellipsis),
      lit(K::Int, 0), lit(K::Int, -1), lit(K::Int, std::numeric_limits<int64_t>::max()),
      lit(K::Int, std::numeric_limits<int64_t>::min()),
      lit(K::BigInt, 0, 0, "123456789012345678901234567890123456789"),
      lit(K::Float, 0, 2.5), lit(K::Float, 0, -0.0), lit(K::Float, 0, std::numeric_limits<double>::infinity()),
      lit(K::Float, 0, std::numeric_limits<double>::quiet_NaN()), lit(K::Float, 0, 5e-324),
      lit(K::Complex, 0, 3.25), lit(K::Complex, 0, -0.0),
      lit(K::Str, 0, 0, ""), lit(K::Str, 0, 0, std::string("nul\0inside \xc3\xa9 \xf0\x9f\x98\x80", 19)),
      lit(K::Bytes, 0, 0, all_bytes), lit(K::Bytes, 0, 0, ""),
      group(Constant::Kind::Tuple, {}),
      group(Constant::Kind::Tuple, {lit(K::Int, 1), group(Constant::Kind::Tuple, {lit(K::Str, 0, 0, "deep")}),
                                    group(Constant::Kind::FrozenSet, {lit(K::Int, 2), lit(K::Str, 0, 0, "s")})}),
      group(Constant::Kind::FrozenSet, {}),
      code,
  };
  c.has_docstring = true;
  c.names = {"print", "", "\xce\xbb"};
  c.varnames = {"a", "b", "args", "k", "x"};
  c.cellvars = {"x", "a"};
  c.freevars = {};
  c.cell_from_arg = {-1, 0};
  c.exception_table = {{0, 2, 2, 1, true}, {1, 2, 0, 9, false}};
  return c;
}

TEST(CodeUnitFormatTest, RoundTripsEveryConstantKindAndTable) {
  CodeUnit c = sample_unit();
  std::string bytes = encode_code_unit(c);
  std::shared_ptr<CodeUnit> back = decode_code_unit(bytes, "elsewhere.py");
  ASSERT_TRUE(back);
  expect_same(c, *back, "sample");
  EXPECT_EQ(back->filename, "elsewhere.py");
  EXPECT_EQ(back->consts.back().code->filename, "elsewhere.py");
  EXPECT_EQ(encode_code_unit(*back), bytes);
}

TEST(CodeUnitFormatTest, RefusesTruncatedAndExtendedEncodings) {
  std::string bytes = encode_code_unit(sample_unit());
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(decode_code_unit(std::string_view(bytes).substr(0, n), "t.py")) << "prefix of " << n << " bytes";
  EXPECT_FALSE(decode_code_unit(bytes + '\0', "t.py"));
  EXPECT_FALSE(decode_code_unit(bytes + bytes, "t.py"));
}

TEST(CodeUnitFormatTest, RefusesStructuralNonsense) {
  CodeUnit c = sample_unit();
  c.code.push_back(0xff);  // opcode 255 does not exist
  c.positions.push_back({1, 1, 0, 0});
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));

  c = sample_unit();
  c.positions.pop_back();  // one position per instruction
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));

  c = sample_unit();
  c.exception_table[0].target = static_cast<uint32_t>(c.code.size());  // handler past the end
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));

  c = sample_unit();
  c.cell_from_arg[0] = static_cast<int>(c.varnames.size());  // no such argument
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));

  c = sample_unit();
  c.consts[9].literal.text = "12x";  // a big int of non-digits
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));

  // Nesting deeper than any compiler output: refused, not a stack overflow.
  Constant deep = lit(K::None);
  for (int i = 0; i < 2000; ++i) {
    Constant outer;
    outer.kind = Constant::Kind::Tuple;
    outer.items.push_back(std::move(deep));
    deep = std::move(outer);
  }
  c = sample_unit();
  c.consts.push_back(std::move(deep));
  EXPECT_FALSE(decode_code_unit(encode_code_unit(c), "t.py"));
}

TEST(CodeUnitFormatTest, SurvivesEveryByteFlip) {
  // Each byte of the encoding replaced by several values: the decoder must
  // refuse or decode (ASan/UBSan builds check it stays in bounds).
  std::string bytes = encode_code_unit(sample_unit());
  int decoded = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (int v : {0x00, 0x01, 0x7f, 0x80, 0xff}) {
      std::string mutated = bytes;
      mutated[i] = static_cast<char>(v);
      if (decode_code_unit(mutated, "t.py")) ++decoded;
    }
  }
  EXPECT_GT(decoded, 0);  // e.g. changed characters of a string still decode
}

TEST(CodeUnitFormatTest, RoundTripsTheCompiledStandardLibrary) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/python3.11")) {
    std::string path = entry.path().string();
    if (!path.ends_with(".py")) continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string source = text.str();
    frontend::ParseResult parsed = frontend::parse(source, path);
    ASSERT_FALSE(parsed.error) << path;
    for (int optimize : {0, 2}) {
      frontend::CompileResult compiled = frontend::compile(*parsed.module, path, source, optimize);
      ASSERT_TRUE(compiled.code) << path;
      std::string bytes = encode_code_unit(*compiled.code);
      std::shared_ptr<CodeUnit> back = decode_code_unit(bytes, path);
      ASSERT_TRUE(back) << path << " -O" << optimize;
      expect_same(*compiled.code, *back, path);
    }
    ++files;
  }
  EXPECT_GT(files, 100);
}

}  // namespace
}  // namespace pystm::bytecode
