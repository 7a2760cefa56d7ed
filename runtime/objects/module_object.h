// runtime/objects/module_object.h — module objects: a namespace dict and a name.
#pragma once
#include <string_view>

#include "runtime/core/object.h"

namespace pystm {

struct DictObject;

struct ModuleObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Module;
  DictObject* dict;   // dict_offset points here: keep first
  void visit_edges(gc::Visitor& v) { visit_ptr(v, dict); }
};

Value module_new(Value name);
Value module_dict(Value module);
void module_set(Value module, std::string_view name, Value value);
void init_module_type();

}  // namespace pystm
