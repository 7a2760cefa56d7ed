// tests/unit/runtime/bytecode/disassembler_test.cpp — the disassembler on
// hand-built code units: listing format, operand rendering, jump markers,
// the exception table, nested code, and constant reprs.
#include <gtest/gtest.h>

#include "runtime/bytecode/disassembler.h"
#include "runtime/bytecode/opcodes.h"

namespace pystm::bytecode {
namespace {

Constant lit(ast::ConstantValue::Kind k, int64_t i = 0, double d = 0, std::string text = "") {
  Constant c;
  c.literal.kind = k;
  c.literal.int_value = i;
  c.literal.float_value = d;
  c.literal.text = std::move(text);
  return c;
}

TEST(DisassemblerTest, ListsInstructionsOperandsAndHandlers) {
  auto inner = std::make_shared<CodeUnit>();
  inner->name = "g";
  inner->qualname = "f.<locals>.g";
  inner->firstlineno = 3;
  inner->freevars = {"x"};
  inner->code = {encode(Opcode::LOAD_DEREF, 0), encode(Opcode::RETURN_VALUE, 0)};
  inner->positions = {{4, 4, 0, 1}, {4, 4, 0, 1}};
  inner->stacksize = 1;

  CodeUnit c;
  c.name = "f";
  c.qualname = "f";
  c.firstlineno = 1;
  c.flags = CO_OPTIMIZED | CO_NEWLOCALS;
  c.argcount = 1;
  c.stacksize = 4;
  c.varnames = {"a"};
  c.names = {"print"};
  c.cellvars = {"x"};
  c.consts.push_back(lit(ast::ConstantValue::Kind::None));
  Constant code;
  code.kind = Constant::Kind::Code;
  code.code = inner;
  c.consts.push_back(code);
  c.code = {
      encode(Opcode::NOP, 0),                     // 0
      encode(Opcode::LOAD_FAST, 0),               // 1
      encode(Opcode::POP_JUMP_IF_FALSE, 5),       // 2
      encode(Opcode::LOAD_GLOBAL, 0),             // 3
      encode(Opcode::POP_TOP, 0),                 // 4
      encode(Opcode::LOAD_CONST, 0),              // 5
      encode(Opcode::RETURN_VALUE, 0),            // 6
      encode(Opcode::PUSH_EXC_INFO, 0),           // 7
      encode(Opcode::BINARY_OP, 13),              // 8
      encode(Opcode::RERAISE, 1),                 // 9
  };
  c.positions.assign(c.code.size(), Position{2, 2, 4, 8});
  c.positions[5] = Position{3, 3, 0, 4};
  c.exception_table.push_back(ExceptionTableEntry{1, 5, 7, 0, false});
  c.exception_table.push_back(ExceptionTableEntry{7, 9, 9, 1, true});

  const char* expected =
      "code f (f, line 1)\n"
      "  flags=0x3 argcount=1 posonly=0 kwonly=0 stacksize=4\n"
      "  varnames: a\n"
      "  cellvars: x\n"
      "   2       0 NOP\n"
      "           1 LOAD_FAST 0 (a)\n"
      "           2 POP_JUMP_IF_FALSE 5 (to 5)\n"
      "           3 LOAD_GLOBAL 0 (print)\n"
      "           4 POP_TOP\n"
      "   3 >>    5 LOAD_CONST 0 (None)\n"
      "   2       6 RETURN_VALUE\n"
      "     >>    7 PUSH_EXC_INFO\n"
      "           8 BINARY_OP 13 (+=)\n"
      "     >>    9 RERAISE 1\n"
      "  ExceptionTable:\n"
      "    1 to 5 -> 7 [0]\n"
      "    7 to 9 -> 9 [1] lasti\n"
      "\n"
      "code f.<locals>.g (g, line 3)\n"
      "  flags=0x0 argcount=0 posonly=0 kwonly=0 stacksize=1\n"
      "  freevars: x\n"
      "   4       0 LOAD_DEREF 0 (x)\n"
      "           1 RETURN_VALUE\n";
  EXPECT_EQ(disassemble(c), expected);
  EXPECT_EQ(disassemble_one(c).find("f.<locals>.g"), std::string::npos);
}

TEST(DisassemblerTest, EveryOpcodeHasItsTableName) {
  for (int i = 0; i < kOpcodeCount; ++i) {
    CodeUnit c;
    c.code = {encode(static_cast<Opcode>(i), 0)};
    c.positions = {Position{1, 1, 0, 0}};
    c.consts.push_back(lit(ast::ConstantValue::Kind::None));
    c.names = {"n"};
    c.varnames = {"v"};
    c.cellvars = {"c"};
    std::string d = disassemble_one(c);
    EXPECT_NE(d.find(std::string(kOpcodeNames[i])), std::string::npos) << i;
    EXPECT_FALSE(kOpcodeDocs[i].empty()) << kOpcodeNames[i];
  }
}

TEST(DisassemblerTest, ConstantReprs) {
  using K = ast::ConstantValue::Kind;
  EXPECT_EQ(constant_repr(lit(K::None)), "None");
  EXPECT_EQ(constant_repr(lit(K::True)), "True");
  EXPECT_EQ(constant_repr(lit(K::Ellipsis)), "Ellipsis");
  EXPECT_EQ(constant_repr(lit(K::Int, -42)), "-42");
  EXPECT_EQ(constant_repr(lit(K::BigInt, 0, 0, "123456789012345678901234567890")), "123456789012345678901234567890");
  EXPECT_EQ(constant_repr(lit(K::Float, 0, 1.5)), "1.5");
  EXPECT_EQ(constant_repr(lit(K::Float, 0, 2.0)), "2.0");
  EXPECT_EQ(constant_repr(lit(K::Float, 0, 0.1)), "0.1");
  EXPECT_EQ(constant_repr(lit(K::Complex, 0, 2.0)), "2j");
  EXPECT_EQ(constant_repr(lit(K::Str, 0, 0, "it's\n")), "\"it's\\n\"");
  EXPECT_EQ(constant_repr(lit(K::Bytes, 0, 0, std::string("a\xff", 2))), "b'a\\xff'");
  Constant t;
  t.kind = Constant::Kind::Tuple;
  t.items.push_back(lit(K::Str, 0, 0, "k"));
  EXPECT_EQ(constant_repr(t), "('k',)");
  t.items.push_back(lit(K::Int, 2));
  EXPECT_EQ(constant_repr(t), "('k', 2)");
}

}  // namespace
}  // namespace pystm::bytecode
