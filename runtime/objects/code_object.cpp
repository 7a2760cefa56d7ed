// runtime/objects/code_object.cpp — heap code objects from compiler output.
#include "runtime/objects/code_object.h"

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/complex_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"

namespace pystm {

void CodeObject::visit_edges(gc::Visitor& v) {
  visit_value(v, filename);
  visit_value(v, name);
  visit_value(v, qualname);
  visit_ptr(v, consts);
  visit_ptr(v, names);
  visit_ptr(v, varnames);
  visit_ptr(v, cellvars);
  visit_ptr(v, freevars);
  visit_ptr(v, instructions);
  visit_ptr(v, positions);
  visit_ptr(v, exception_table);
  visit_ptr(v, cell_from_arg);
}

static Value str_tuple(const std::vector<std::string>& names) {
  ValueVector items;
  for (const std::string& n : names) items.push_back(str_intern(n));
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

static Result<Value> constant_value(ThreadState& ts, const bytecode::Constant& c, const std::string& filename);

Result<Value> literal_value(ThreadState& ts, const ast::ConstantValue& lit) {
  using K = ast::ConstantValue::Kind;
  switch (lit.kind) {
    case K::None: return g_none;
    case K::True: return g_true;
    case K::False: return g_false;
    case K::Ellipsis: return g_ellipsis;
    case K::Int: return int_from_int64(lit.int_value);
    case K::BigInt: return int_from_string(ts, lit.text, 10);
    case K::Float: return float_from_double(lit.float_value);
    case K::Complex: return complex_from_doubles(0.0, lit.float_value);
    case K::Str: return str_from_utf8(lit.text);
    case K::Bytes: return bytes_from(lit.text.data(), static_cast<int64_t>(lit.text.size()));
  }
  return g_none;
}

static Result<Value> constant_value(ThreadState& ts, const bytecode::Constant& c, const std::string& filename) {
  using K = bytecode::Constant::Kind;
  switch (c.kind) {
    case K::Literal: return literal_value(ts, c.literal);
    case K::Code: return code_from_unit(ts, *c.code);
    case K::Tuple: {
      ValueVector items;
      for (const auto& item : c.items) items.push_back(PY_TRY(constant_value(ts, item, filename)));
      return tuple_from(items.data(), static_cast<int64_t>(items.size()));
    }
    case K::FrozenSet: {
      // CPython's compiler builds the constant twice: once from the display's
      // items, then again from the first set's iteration order (when it
      // merges constants). Doing the same gives the same iteration order.
      Value first = set_new(g_frozenset_type);
      for (const auto& item : c.items) PY_TRY(set_add(ts, first, PY_TRY(constant_value(ts, item, filename))));
      Value set = set_new(g_frozenset_type);
      int64_t pos = 0;
      Value key;
      while (set_next(first, &pos, &key)) PY_TRY(set_add(ts, set, key));
      return set;
    }
  }
  return g_none;
}

Result<Value> code_from_unit(ThreadState& ts, const bytecode::CodeUnit& unit) {
  ValueVector parts;  // keeps the pieces alive until the code object holds them
  ValueVector consts;
  for (const auto& c : unit.consts) consts.push_back(PY_TRY(constant_value(ts, c, unit.filename)));
  parts.push_back(tuple_from(consts.data(), static_cast<int64_t>(consts.size())));
  parts.push_back(str_tuple(unit.names));
  parts.push_back(str_tuple(unit.varnames));
  parts.push_back(str_tuple(unit.cellvars));
  parts.push_back(str_tuple(unit.freevars));
  parts.push_back(bytes_from(unit.code.data(), unit.code.size() * sizeof(uint32_t)));
  parts.push_back(bytes_from(unit.positions.data(), unit.positions.size() * sizeof(bytecode::Position)));
  parts.push_back(bytes_from(unit.exception_table.data(),
                             unit.exception_table.size() * sizeof(bytecode::ExceptionTableEntry)));
  std::vector<int32_t> cells(unit.cellvars.size(), -1);
  for (size_t i = 0; i < unit.cell_from_arg.size() && i < cells.size(); ++i) cells[i] = unit.cell_from_arg[i];
  parts.push_back(bytes_from(cells.data(), cells.size() * sizeof(int32_t)));
  parts.push_back(str_from_utf8(unit.filename));
  parts.push_back(str_intern(unit.name));
  parts.push_back(str_from_utf8(unit.qualname));

  CodeObject* code = allocate_object<CodeObject>(g_code_type);
  CodeObject* c = stm::view(code);
  c->argcount = unit.argcount;
  c->posonlyargcount = unit.posonlyargcount;
  c->kwonlyargcount = unit.kwonlyargcount;
  c->flags = unit.flags;
  c->nlocals = static_cast<int32_t>(unit.varnames.size());
  c->ncells = static_cast<int32_t>(unit.cellvars.size());
  c->nfrees = static_cast<int32_t>(unit.freevars.size());
  c->stacksize = unit.stacksize + 2;
  c->firstlineno = unit.firstlineno;
  c->ninstructions = static_cast<int32_t>(unit.code.size());
  c->nexception_entries = static_cast<int32_t>(unit.exception_table.size());
  c->has_docstring = unit.has_docstring;
  c->consts = parts[0].as<TupleObject>();
  c->names = parts[1].as<TupleObject>();
  c->varnames = parts[2].as<TupleObject>();
  c->cellvars = parts[3].as<TupleObject>();
  c->freevars = parts[4].as<TupleObject>();
  c->instructions = parts[5].as<BytesObject>();
  c->positions = parts[6].as<BytesObject>();
  c->exception_table = parts[7].as<BytesObject>();
  c->cell_from_arg = parts[8].as<BytesObject>();
  c->filename = parts[9];
  c->name = parts[10];
  c->qualname = parts[11];
  return Value::from_object(code);
}

int code_line_at(CodeObject* code, int pc) {
  const CodeObject* c = stm::view(code);
  if (pc < 0 || pc >= c->ninstructions) return c->firstlineno;
  return c->position_table()[pc].lineno;
}

}  // namespace pystm
