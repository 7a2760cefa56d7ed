// runtime/bytecode/code_unit.h — what the compiler produces for one code
// block (module, function, class body, lambda, comprehension).
// Owns: the malloc-side description of a code object. The runtime turns a
// CodeUnit tree into heap code objects (runtime/objects/code_object.*).
// Must never: reference heap objects (the front end runs without the heap).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/frontend/ast.h"

namespace pystm::bytecode {

// Code flags, with CPython's values.
enum CodeFlag : uint32_t {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};

// Source span of one instruction (for tracebacks and the future column
// display): 1-based lines, 0-based UTF-8 byte columns; 0 lineno = none.
struct Position {
  int lineno = 0, end_lineno = 0, col_offset = 0, end_col_offset = 0;
};

// While an instruction in [start, end) raises, the interpreter pops the value
// stack to `depth` items, pushes the index of the raising instruction when
// push_lasti is set, pushes the exception and jumps to `target`. The innermost
// (last-listed among overlapping) entry wins; entries do not partially overlap.
struct ExceptionTableEntry {
  uint32_t start = 0, end = 0, target = 0;
  uint32_t depth = 0;
  bool push_lasti = false;
};

struct CodeUnit;

// A constant: a literal (ast::ConstantValue), a nested code block, or a tuple
// or frozenset of constants (from folding).
struct Constant {
  enum class Kind : uint8_t { Literal, Code, Tuple, FrozenSet };
  Kind kind = Kind::Literal;
  ast::ConstantValue literal;
  std::shared_ptr<CodeUnit> code;
  std::vector<Constant> items;
};

struct CodeUnit {
  std::string name;       // co_name: "<module>", "f", "<lambda>", "<listcomp>", ...
  std::string qualname;   // co_qualname: "C.f.<locals>.g"
  std::string filename;
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 1;
  int stacksize = 0;      // maximum value-stack depth
  std::vector<uint32_t> code;          // instructions (bytecode::encode)
  std::vector<Position> positions;     // one per instruction
  std::vector<Constant> consts;        // consts[0] is the docstring when has_docstring
  bool has_docstring = false;
  std::vector<std::string> names;      // attribute / global / name operands
  std::vector<std::string> varnames;   // locals; parameters first, in order
  std::vector<std::string> cellvars;   // locals captured by inner scopes
  std::vector<std::string> freevars;   // captured from enclosing scopes
  // For each cellvar, the varnames index of the parameter it starts from, or -1.
  std::vector<int> cell_from_arg;
  std::vector<ExceptionTableEntry> exception_table;
};

}  // namespace pystm::bytecode
