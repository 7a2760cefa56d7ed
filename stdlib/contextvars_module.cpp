// stdlib/contextvars_module.cpp — the `_contextvars` module (library
// reference "contextvars — Context Variables"): ContextVar, Token, Context
// and copy_context.
// Owns: the three types and the current context. A Context's mapping is a
// dict that is never mutated once a Context holds it (ContextVar.set makes
// a new one), so copy_context() can share it. The current context is one
// heap reference rooted for the process: per-thread contexts come with
// threads. Must never: let a Context's dict change under a copy.
#include <cstdio>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_context_type = nullptr;
TypeObject* g_contextvar_type = nullptr;
TypeObject* g_token_type = nullptr;
Value g_token_missing;     // Token.MISSING
Value g_current_context;   // the entered Context (made on first use)

enum ContextField : uint32_t { kVars, kEntered, kPrevious, kContextFields };
enum VarField : uint32_t { kVarName, kVarDefault, kVarFields };
enum TokenField : uint32_t { kTokenContext, kTokenVar, kTokenOld, kTokenUsed, kTokenFields };

Value new_context(Value vars) {
  Value c = Value::from_object(native_state_new(g_context_type, kContextFields));
  set_native_field(c, kVars, vars);
  set_native_field(c, kEntered, g_false);
  return c;
}
Value current_context() {
  if (g_current_context.is_null()) g_current_context = new_context(dict_new());
  return g_current_context;
}
Value vars_of(Value ctx) { return native_field(ctx, kVars); }
std::string address(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v.bits()));
  return buf;
}

// --- Context ---------------------------------------------------------------------

Result<Value> context_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 1 || args.nkw()) return raise_type_error(ts, "Context() does not accept any arguments");
  return new_context(dict_new());
}
Result<Value> context_run(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs < 1) return raise_type_error(ts, "run() missing 1 required positional argument");
  if (native_field(self, kEntered).is(g_true))
    return raise(ts, g_exc_RuntimeError, "cannot enter context: %s is already entered",
                 PY_TRY(repr_utf8(ts, self)).c_str());
  set_native_field(self, kPrevious, current_context());
  set_native_field(self, kEntered, g_true);
  g_current_context = self;
  Result<Value> r = call(ts, args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  g_current_context = native_field(self, kPrevious);
  set_native_field(self, kPrevious, Value());
  set_native_field(self, kEntered, g_false);
  return r;
}
Result<Value> context_copy(ThreadState&, Value self, CallArgs) { return new_context(vars_of(self)); }
Result<Value> context_getitem(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_contextvar_type)
    return raise_type_error(ts, "a ContextVar key was expected, got %s", PY_TRY(repr_utf8(ts, args[0])).c_str());
  Value v = PY_TRY(dict_get(ts, vars_of(self), args[0]));
  if (v.is_absent() || v.is_null()) return raise_with_args(ts, g_exc_KeyError, args[0]);
  return v;
}
Result<Value> context_get(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_contextvar_type)
    return raise_type_error(ts, "a ContextVar key was expected, got %s", PY_TRY(repr_utf8(ts, args[0])).c_str());
  Value v = PY_TRY(dict_get(ts, vars_of(self), args[0]));
  if (v.is_absent() || v.is_null()) return args.nargs > 1 ? args[1] : g_none;
  return v;
}
Result<Value> context_contains(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_contextvar_type)
    return raise_type_error(ts, "a ContextVar key was expected, got %s", PY_TRY(repr_utf8(ts, args[0])).c_str());
  Value v = PY_TRY(dict_get(ts, vars_of(self), args[0]));
  return bool_value(!v.is_absent() && !v.is_null());
}
Result<Value> context_len(ThreadState&, Value self, CallArgs) { return Value::small_int(dict_size(vars_of(self))); }
Result<Value> context_iter(ThreadState& ts, Value self, CallArgs) { return get_iter(ts, vars_of(self)); }
Result<Value> context_keys(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, vars_of(self), str_intern("keys"), {});
}
Result<Value> context_values(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, vars_of(self), str_intern("values"), {});
}
Result<Value> context_items(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, vars_of(self), str_intern("items"), {});
}
Result<Value> context_eq(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_context_type) return g_notimplemented;
  return bool_value(PY_TRY(equals(ts, vars_of(self), vars_of(args[0]))));
}

const NativeMethod kContextMethods[] = {
    {"__new__", context_new, 0, -1, kNativeStatic, nullptr},
    {"run", context_run, 0, -1, 0, nullptr},
    {"copy", context_copy, 0, 0, 0, nullptr},
    {"__getitem__", context_getitem, 1, 1, 0, nullptr},
    {"get", context_get, 1, 2, kNativeNoKeywords, nullptr},
    {"__contains__", context_contains, 1, 1, 0, nullptr},
    {"__len__", context_len, 0, 0, 0, nullptr},
    {"__iter__", context_iter, 0, 0, 0, nullptr},
    {"keys", context_keys, 0, 0, 0, nullptr},
    {"values", context_values, 0, 0, 0, nullptr},
    {"items", context_items, 0, 0, 0, nullptr},
    {"__eq__", context_eq, 1, 1, 0, nullptr},
};

// --- ContextVar --------------------------------------------------------------------

Result<Value> var_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "ContextVar", args, {"default"}));
  if (args.nargs != 2) return raise_type_error(ts, "ContextVar() takes exactly 1 positional argument (%zu given)", args.nargs - 1);
  if (!is_str(args[1])) return raise_type_error(ts, "context variable name must be a str");
  Value v = Value::from_object(native_state_new(g_contextvar_type, kVarFields));
  set_native_field(v, kVarName, args[1]);
  set_native_field(v, kVarDefault, keyword_arg(args, "default"));
  return v;
}
Result<Value> var_get(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, vars_of(current_context()), self));
  if (!v.is_absent() && !v.is_null()) return v;
  if (args.nargs > 0) return args[0];
  Value dflt = native_field(self, kVarDefault);
  if (!dflt.is_null()) return dflt;
  return raise_with_args(ts, g_exc_LookupError, self);
}
Result<Value> var_set(ThreadState& ts, Value self, CallArgs args) {
  Value ctx = current_context();
  Value old = PY_TRY(dict_get(ts, vars_of(ctx), self));
  Value vars = dict_copy(vars_of(ctx));
  PY_TRY(set_item(ts, vars, self, args[0]));
  set_native_field(ctx, kVars, vars);
  Value token = Value::from_object(native_state_new(g_token_type, kTokenFields));
  set_native_field(token, kTokenContext, ctx);
  set_native_field(token, kTokenVar, self);
  set_native_field(token, kTokenOld, old.is_absent() ? Value() : old);
  set_native_field(token, kTokenUsed, g_false);
  return token;
}
Result<Value> var_reset(ThreadState& ts, Value self, CallArgs args) {
  Value token = args[0];
  if (type_of(token) != g_token_type)
    return raise_type_error(ts, "expected an instance of Token, got %s", PY_TRY(repr_utf8(ts, token)).c_str());
  if (native_field(token, kTokenUsed).is(g_true))
    return raise(ts, g_exc_RuntimeError, "%s has already been used once", PY_TRY(repr_utf8(ts, token)).c_str());
  if (!native_field(token, kTokenVar).is(self))
    return raise_value_error(ts, "%s was created by a different ContextVar", PY_TRY(repr_utf8(ts, token)).c_str());
  Value ctx = current_context();
  if (!native_field(token, kTokenContext).is(ctx))
    return raise_value_error(ts, "%s was created in a different Context", PY_TRY(repr_utf8(ts, token)).c_str());
  set_native_field(token, kTokenUsed, g_true);
  Value vars = dict_copy(vars_of(ctx));
  Value old = native_field(token, kTokenOld);
  if (old.is_null()) PY_TRY(dict_del(ts, vars, self));
  else PY_TRY(set_item(ts, vars, self, old));
  set_native_field(ctx, kVars, vars);
  return g_none;
}
Result<Value> var_name(ThreadState&, Value self, CallArgs) { return native_field(self, kVarName); }
Result<Value> var_repr(ThreadState& ts, Value self, CallArgs) {
  std::string out = "<ContextVar name=" + PY_TRY(repr_utf8(ts, native_field(self, kVarName)));
  Value dflt = native_field(self, kVarDefault);
  if (!dflt.is_null()) out += " default=" + PY_TRY(repr_utf8(ts, dflt));
  return str_from_utf8(out + " at " + address(self) + ">");
}
Result<Value> class_getitem(ThreadState& ts, Value cls, CallArgs args) { return generic_alias_new(ts, cls, args[0]); }

const NativeMethod kVarMethods[] = {
    {"__new__", var_new, 0, -1, kNativeStatic, nullptr},
    {"get", var_get, 0, 1, kNativeNoKeywords, nullptr},
    {"set", var_set, 1, 1, kNativeNoKeywords, nullptr},
    {"reset", var_reset, 1, 1, kNativeNoKeywords, nullptr},
    {"__repr__", var_repr, 0, 0, 0, nullptr},
    {"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kVarNameGetter = {"name", var_name, 0, 0, 0, nullptr};

// --- Token -------------------------------------------------------------------------

Result<Value> token_new(ThreadState& ts, Value, CallArgs) {
  return raise(ts, g_exc_RuntimeError, "Tokens can only be created by ContextVars");
}
Result<Value> token_var(ThreadState&, Value self, CallArgs) { return native_field(self, kTokenVar); }
Result<Value> token_old_value(ThreadState&, Value self, CallArgs) {
  Value old = native_field(self, kTokenOld);
  return old.is_null() ? g_token_missing : old;
}
Result<Value> token_repr(ThreadState& ts, Value self, CallArgs) {
  std::string used = native_field(self, kTokenUsed).is(g_true) ? " used" : "";
  return str_from_utf8("<Token" + used + " var=" + PY_TRY(repr_utf8(ts, native_field(self, kTokenVar))) + " at " +
                       address(self) + ">");
}
Result<Value> missing_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("<Token.MISSING>"); }

const NativeMethod kTokenMethods[] = {
    {"__new__", token_new, 0, -1, kNativeStatic, nullptr},
    {"__repr__", token_repr, 0, 0, 0, nullptr},
    {"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kTokenGetters[] = {
    {"var", token_var, 0, 0, 0, nullptr},
    {"old_value", token_old_value, 0, 0, 0, nullptr},
};
const NativeMethod kMissingMethods[] = {{"__repr__", missing_repr, 0, 0, 0, nullptr}};

Result<Value> copy_context(ThreadState&, Value, CallArgs) { return new_context(vars_of(current_context())); }
const NativeMethod kFunctions[] = {{"copy_context", copy_context, 0, 0, 0, nullptr}};

TypeObject* make_type(const char* name, std::span<const NativeMethod> methods) {
  TypeObject* t = make_builtin_type(name, g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
  add_native_methods(t, methods);
  type_set_attr_nogc_fail(t, "__module__", str_intern("_contextvars"));
  return t;
}

}  // namespace

Result<Value> create_contextvars_module(ThreadState&) {
  if (!g_context_type) {
    add_global_root(&g_current_context);
    add_global_root(&g_token_missing);
    g_context_type = make_type("Context", kContextMethods);
    type_set_attr_nogc_fail(g_context_type, "__hash__", g_none);
    g_contextvar_type = make_type("ContextVar", kVarMethods);
    add_native_property(g_contextvar_type, &kVarNameGetter, nullptr);
    g_token_type = make_type("Token", kTokenMethods);
    for (const NativeMethod& g : kTokenGetters) add_native_property(g_token_type, &g, nullptr);
    TypeObject* missing = make_type("Token.MISSING", kMissingMethods);
    g_token_missing = Value::from_object(native_state_new(missing, 0));
    type_set_attr_nogc_fail(g_token_type, "MISSING", g_token_missing);
  }
  Value module = module_new(str_intern("_contextvars"));
  module_set(module, "Context", Value::from_object(g_context_type));
  module_set(module, "ContextVar", Value::from_object(g_contextvar_type));
  module_set(module, "Token", Value::from_object(g_token_type));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
