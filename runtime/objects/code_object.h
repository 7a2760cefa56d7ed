// runtime/objects/code_object.h — `code`: immutable compiled code in the heap.
// Owns: CodeObject and its conversion from the compiler's CodeUnit.
// Invariant: never mutated after creation (no barrier needed to read it).
#pragma once
#include "runtime/bytecode/code_unit.h"
#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/bytes_object.h"

namespace pystm {

struct ThreadState;
struct TupleObject;

struct CodeObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Code;
  int32_t argcount, posonlyargcount, kwonlyargcount;
  uint32_t flags;
  int32_t nlocals, ncells, nfrees, stacksize;
  int32_t firstlineno, ninstructions, nexception_entries, has_docstring;
  Value filename, name, qualname;     // str
  TupleObject* consts;
  TupleObject* names;
  TupleObject* varnames;
  TupleObject* cellvars;
  TupleObject* freevars;
  BytesObject* instructions;          // uint32_t words
  BytesObject* positions;             // bytecode::Position per instruction
  BytesObject* exception_table;       // bytecode::ExceptionTableEntry
  BytesObject* cell_from_arg;         // int32_t per cellvar

  const uint32_t* code() const { return reinterpret_cast<const uint32_t*>(stm::view(instructions)->data); }
  const bytecode::Position* position_table() const {
    return reinterpret_cast<const bytecode::Position*>(stm::view(positions)->data);
  }
  const bytecode::ExceptionTableEntry* exception_entries() const {
    return reinterpret_cast<const bytecode::ExceptionTableEntry*>(stm::view(exception_table)->data);
  }
  const int32_t* cell_args() const { return reinterpret_cast<const int32_t*>(stm::view(cell_from_arg)->data); }
  int nslots() const { return nlocals + ncells + nfrees + stacksize; }
  void visit_edges(gc::Visitor& v);
};

Result<Value> code_from_unit(ThreadState& ts, const bytecode::CodeUnit& unit);
// The object a Constant node's value stands for (a new int, str, bytes...).
Result<Value> literal_value(ThreadState& ts, const ast::ConstantValue& lit);
// Line number of the instruction at `pc` (0 when unknown).
int code_line_at(CodeObject* code, int pc);
// co_* attributes, repr and replace() (code_attributes.cpp).
void init_code_attributes();

}  // namespace pystm
