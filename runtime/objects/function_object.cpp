// runtime/objects/function_object.cpp — functions and cells.
#include "runtime/objects/function_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/method_object.h"
#include "runtime/objects/module_object.h"
#include <cstdio>
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/names.h"

namespace pystm {

Value cell_new(Value contents) {
  CellObject* c = allocate_object<CellObject>(g_cell_type);
  stm::view(c)->contents = contents;
  return Value::from_object(c);
}

void FunctionObject::visit_edges(gc::Visitor& v) {
  visit_ptr(v, dict);
  visit_ptr(v, code);
  visit_ptr(v, globals);
  visit_ptr(v, builtins);
  visit_value(v, name);
  visit_value(v, qualname);
  visit_value(v, module);
  visit_value(v, doc);
  visit_ptr(v, defaults);
  visit_ptr(v, kwdefaults);
  visit_ptr(v, closure);
  visit_ptr(v, annotations);
}

Value function_new(CodeObject* code, DictObject* globals) {
  FunctionObject* f = allocate_object<FunctionObject>(g_function_type);
  FunctionObject* fv = stm::view(f);
  const CodeObject* c = stm::view(code);
  fv->code = code;
  fv->globals = globals;
  fv->name = c->name;
  fv->qualname = c->qualname;
  fv->doc = c->has_docstring ? stm::view(c->consts)->items[0] : g_none;
  Value module = dict_get_str(Value::from_object(globals), g_name___name__);
  fv->module = module.is_null() ? g_none : module;
  Value builtins = dict_get_str(Value::from_object(globals), g_name___builtins__);
  if (!builtins.is_null() && builtins.as_object()->kind() == ObjectKind::Module)
    builtins = Value::from_object(stm::read(builtins.as<ModuleObject>())->dict);
  fv->builtins = builtins.is_null() ? nullptr : builtins.as<DictObject>();
  return Value::from_object(f);
}

namespace {

Result<Value> function_repr(ThreadState&, Value self, CallArgs) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at 0x%llx>", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<function " + str_to_utf8(stm::read(self.as<FunctionObject>())->qualname) + buf);
}

Result<Value> function_get(ThreadState&, Value self, CallArgs args) {
  if (args[0].is(g_none)) return self;
  return bound_method_new(self, args[0]);
}

const NativeMethod kFunctionMethods[] = {
    {"__repr__", function_repr, 0, 0, 0, nullptr},
    {"__get__", function_get, 1, 2, 0, nullptr},
};

}  // namespace

void init_function_type() {
  add_native_methods(g_function_type, kFunctionMethods);
  init_function_attributes();
  init_code_attributes();
}

}  // namespace pystm
