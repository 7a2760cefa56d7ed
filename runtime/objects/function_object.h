// runtime/objects/function_object.h — Python functions (def / lambda) and
// cells (closure variables).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct CodeObject;
struct DictObject;
struct TupleObject;

struct CellObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Cell;
  Value contents;    // null when empty
  void visit_edges(gc::Visitor& v) { visit_value(v, contents); }
};
Value cell_new(Value contents);

struct FunctionObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Function;
  DictObject* dict;          // __dict__ (dict_offset points here: keep first)
  CodeObject* code;
  DictObject* globals;
  DictObject* builtins;
  Value name, qualname, module, doc;
  TupleObject* defaults;     // null when none
  DictObject* kwdefaults;    // null when none
  TupleObject* closure;      // tuple of cells, null when none
  DictObject* annotations;
  void visit_edges(gc::Visitor& v);
};

Value function_new(CodeObject* code, DictObject* globals);
void init_function_type();
// function and cell data attributes (function_attributes.cpp).
void init_function_attributes();

}  // namespace pystm
