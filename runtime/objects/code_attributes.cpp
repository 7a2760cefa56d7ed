// runtime/objects/code_attributes.cpp — the Python-visible side of code
// objects (data model §3.2 "Code objects"): co_* attributes, repr, replace().
// Owns: those methods. Must never: mutate a code object (they are immutable
// once made; replace() returns a new one).
#include <cstdio>
#include <cstring>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/ops/operations.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

const CodeObject* co(Value v) { return stm::view(v.as<CodeObject>()); }
Value tuple_value(TupleObject* t) { return Value::from_object(t); }

// CO_NOFREE is an internal flag of ours; CPython 3.11 no longer reports it.
constexpr uint32_t kHiddenFlags = bytecode::CO_NOFREE;

#define CODE_GETTER(attr, expr) \
  Result<Value> get_##attr(ThreadState&, Value self, CallArgs) { return (expr); }
CODE_GETTER(co_name, co(self)->name)
CODE_GETTER(co_qualname, co(self)->qualname)
CODE_GETTER(co_filename, co(self)->filename)
CODE_GETTER(co_firstlineno, int_from_int64(co(self)->firstlineno))
CODE_GETTER(co_flags, int_from_int64(co(self)->flags & ~kHiddenFlags))
CODE_GETTER(co_argcount, int_from_int64(co(self)->argcount))
CODE_GETTER(co_posonlyargcount, int_from_int64(co(self)->posonlyargcount))
CODE_GETTER(co_kwonlyargcount, int_from_int64(co(self)->kwonlyargcount))
CODE_GETTER(co_nlocals, int_from_int64(co(self)->nlocals))
CODE_GETTER(co_stacksize, int_from_int64(co(self)->stacksize))
CODE_GETTER(co_varnames, tuple_value(co(self)->varnames))
CODE_GETTER(co_cellvars, tuple_value(co(self)->cellvars))
CODE_GETTER(co_freevars, tuple_value(co(self)->freevars))
CODE_GETTER(co_names, tuple_value(co(self)->names))
CODE_GETTER(co_consts, tuple_value(co(self)->consts))
CODE_GETTER(co_code, Value::from_object(co(self)->instructions))
#undef CODE_GETTER

Result<Value> code_repr(ThreadState&, Value self, CallArgs) {
  const CodeObject* c = co(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at 0x%llx, file \"", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<code object " + str_to_utf8(c->name) + buf + str_to_utf8(c->filename) + "\", line " +
                       std::to_string(c->firstlineno) + ">");
}

bool is_tuple_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }

// code.replace(**changes): a copy with some fields replaced. Only the fields
// that do not change how the bytecode runs may be replaced.
Result<Value> code_replace(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "replace", args,
                        {"co_name", "co_qualname", "co_filename", "co_firstlineno", "co_consts", "co_names", "co_flags"}));
  Value name = keyword_arg(args, "co_name"), qualname = keyword_arg(args, "co_qualname");
  Value filename = keyword_arg(args, "co_filename"), firstlineno = keyword_arg(args, "co_firstlineno");
  Value consts = keyword_arg(args, "co_consts"), names = keyword_arg(args, "co_names");
  for (Value s : {name, qualname, filename})
    if (!s.is_null() && !is_str(s))
      return raise_type_error(ts, "replace() argument must be str, not %s", type_name_of(s).c_str());
  for (Value t : {consts, names})
    if (!t.is_null() && !is_tuple_value(t))
      return raise_type_error(ts, "replace() argument must be tuple, not %s", type_name_of(t).c_str());
  if (!firstlineno.is_null() && !is_int(firstlineno))
    return raise_type_error(ts, "replace() argument must be int, not %s", type_name_of(firstlineno).c_str());
  if (!names.is_null() && tuple_size(names) != stm::view(co(self)->names)->size)
    return raise_value_error(ts, "replace(): co_names must keep its length");
  // co_flags: only CO_ITERABLE_COROUTINE (types.coroutine) may change; the
  // other flags decide how the bytecode runs.
  Value flags = keyword_arg(args, "co_flags");
  int64_t new_flags = 0;
  if (!flags.is_null()) {
    if (!is_int(flags))
      return raise_type_error(ts, "replace() argument must be int, not %s", type_name_of(flags).c_str());
    if (!int_to_int64(flags, &new_flags)) return raise_overflow(ts, "Python int too large to convert to C int");
    uint32_t visible = co(self)->flags & ~kHiddenFlags;
    if ((static_cast<uint64_t>(new_flags) ^ visible) & ~uint64_t{bytecode::CO_ITERABLE_COROUTINE})
      return raise_value_error(ts, "replace(): only CO_ITERABLE_COROUTINE of co_flags can change");
  }
  int64_t line = 0;
  if (!firstlineno.is_null() && !int_to_int64(firstlineno, &line)) return raise_overflow(ts, "Python int too large to convert to C int");

  CodeObject* copy = allocate_object<CodeObject>(g_code_type);
  CodeObject* c = stm::view(copy);
  const CodeObject* o = co(self);
  std::memcpy(reinterpret_cast<char*>(c) + sizeof(Object), reinterpret_cast<const char*>(o) + sizeof(Object),
              sizeof(CodeObject) - sizeof(Object));
  if (!name.is_null()) c->name = name;
  if (!qualname.is_null()) c->qualname = qualname;
  if (!filename.is_null()) c->filename = filename;
  if (!firstlineno.is_null()) c->firstlineno = static_cast<int32_t>(line);
  if (!consts.is_null()) c->consts = consts.as<TupleObject>();
  if (!names.is_null()) c->names = names.as<TupleObject>();
  if (!flags.is_null())
    c->flags = (c->flags & ~uint32_t{bytecode::CO_ITERABLE_COROUTINE}) |
               (static_cast<uint32_t>(new_flags) & bytecode::CO_ITERABLE_COROUTINE);
  return Value::from_object(copy);
}

// co_positions(): an iterator of (lineno, end_lineno, col_offset,
// end_col_offset) per instruction (traceback reads the one at tb_lasti // 2).
Result<Value> code_positions(ThreadState& ts, Value self, CallArgs) {
  const CodeObject* c = stm::read(self.as<CodeObject>());
  int32_t n = c->ninstructions;
  Value list = list_new(n);
  for (int32_t i = 0; i < n; ++i) {
    bytecode::Position p = stm::read(self.as<CodeObject>())->position_table()[i];
    auto or_none = [](int v, bool known) { return known ? Value::small_int(v) : g_none; };
    bool known = p.lineno > 0;
    list_append(list, tuple_pack({or_none(p.lineno, known), or_none(p.end_lineno, known && p.end_lineno > 0),
                                  or_none(p.col_offset, known && p.col_offset >= 0),
                                  or_none(p.end_col_offset, known && p.end_col_offset >= 0)}));
  }
  return get_iter(ts, list);
}

const NativeMethod kCodeMethods[] = {
    {"__repr__", code_repr, 0, 0, 0, nullptr},
    {"co_positions", code_positions, 0, 0, 0, nullptr},
    {"replace", code_replace, 0, 0, 0, nullptr},
};

const NativeMethod kCodeGetters[] = {
    {"co_name", get_co_name, 0, 0, 0, nullptr},
    {"co_qualname", get_co_qualname, 0, 0, 0, nullptr},
    {"co_filename", get_co_filename, 0, 0, 0, nullptr},
    {"co_firstlineno", get_co_firstlineno, 0, 0, 0, nullptr},
    {"co_flags", get_co_flags, 0, 0, 0, nullptr},
    {"co_argcount", get_co_argcount, 0, 0, 0, nullptr},
    {"co_posonlyargcount", get_co_posonlyargcount, 0, 0, 0, nullptr},
    {"co_kwonlyargcount", get_co_kwonlyargcount, 0, 0, 0, nullptr},
    {"co_nlocals", get_co_nlocals, 0, 0, 0, nullptr},
    {"co_stacksize", get_co_stacksize, 0, 0, 0, nullptr},
    {"co_varnames", get_co_varnames, 0, 0, 0, nullptr},
    {"co_cellvars", get_co_cellvars, 0, 0, 0, nullptr},
    {"co_freevars", get_co_freevars, 0, 0, 0, nullptr},
    {"co_names", get_co_names, 0, 0, 0, nullptr},
    {"co_consts", get_co_consts, 0, 0, 0, nullptr},
    {"co_code", get_co_code, 0, 0, 0, nullptr},
};

}  // namespace

void init_code_attributes() {
  add_native_methods(g_code_type, kCodeMethods);
  for (const NativeMethod& g : kCodeGetters) add_native_property(g_code_type, &g, nullptr);
}

}  // namespace pystm
