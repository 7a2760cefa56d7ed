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
CODE_GETTER(co_linetable, Value::from_object(co(self)->positions))
CODE_GETTER(co_exceptiontable, Value::from_object(co(self)->exception_table))
#undef CODE_GETTER

Result<Value> code_repr(ThreadState&, Value self, CallArgs) {
  const CodeObject* c = co(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at 0x%llx, file \"", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<code object " + str_to_utf8(c->name) + buf + str_to_utf8(c->filename) + "\", line " +
                       std::to_string(c->firstlineno) + ">");
}

bool is_tuple_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }

bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

bool same_bytes(Value a, const BytesObject* b) {
  const BytesObject* x = stm::view(a.as<BytesObject>());
  const BytesObject* y = stm::view(b);
  return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
}

// The co_flags bits a replace() may change: the others decide how a frame is
// made and run (argument binding, generator kind), which our compiled
// instructions already assume.
constexpr uint32_t kReplaceableFlags =
    ~static_cast<uint32_t>(bytecode::CO_OPTIMIZED | bytecode::CO_NEWLOCALS | bytecode::CO_VARARGS |
                           bytecode::CO_VARKEYWORDS | bytecode::CO_GENERATOR | bytecode::CO_COROUTINE |
                           bytecode::CO_ASYNC_GENERATOR | kHiddenFlags);

// code.replace(**changes): a copy with some fields replaced, taking every
// keyword CPython 3.11 does. Names, constants, flags that do not change how a
// frame runs, and positions are replaceable; a field our instructions depend
// on (counts, the instruction and exception tables) is accepted only when
// it is unchanged, because pystm's bytecode is not CPython's.
Result<Value> code_replace(ThreadState& ts, Value self, CallArgs args) {
  static const char* const kInts[] = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                                      "co_stacksize", "co_flags", "co_firstlineno"};
  static const char* const kTuples[] = {"co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars"};
  static const char* const kStrs[] = {"co_filename", "co_name", "co_qualname"};
  static const char* const kBytes[] = {"co_code", "co_linetable", "co_exceptiontable"};
  PY_TRY(check_keywords(ts, "replace", args,
                        {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
                         "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
                         "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
                         "co_exceptiontable"}));
  const CodeObject* o = co(self);
  int64_t ints[7];
  const int64_t current[7] = {o->argcount, o->posonlyargcount, o->kwonlyargcount, o->nlocals,
                              o->stacksize, o->flags & ~kHiddenFlags, o->firstlineno};
  for (int i = 0; i < 7; ++i) {
    Value v = keyword_arg(args, kInts[i]);
    ints[i] = current[i];
    if (v.is_null()) continue;
    if (!is_int(v))
      return raise_type_error(ts, "replace() argument '%s' must be int, not %s", kInts[i], type_name_of(v).c_str());
    if (!int_to_int64(v, &ints[i]) || ints[i] < INT32_MIN || ints[i] > INT32_MAX)
      return raise_overflow(ts, "Python int too large to convert to C int");
    if (ints[i] < 0) return raise_value_error(ts, "code: %s must not be negative", kInts[i]);
  }
  for (int i = 0; i < 5; ++i)
    if (ints[i] != current[i])
      return raise_value_error(ts, "replace(): pystm cannot change %s (its bytecode is not CPython's)", kInts[i]);
  uint32_t flags = static_cast<uint32_t>(ints[5]);
  if ((flags ^ current[5]) & ~kReplaceableFlags)
    return raise_value_error(ts, "replace(): pystm cannot change how the code's frame runs (co_flags 0x%x)",
                             static_cast<unsigned>(flags));
  Value tuples[5];
  TupleObject* const tuple_now[5] = {o->consts, o->names, o->varnames, o->freevars, o->cellvars};
  for (int i = 0; i < 5; ++i) {
    tuples[i] = keyword_arg(args, kTuples[i]);
    if (tuples[i].is_null()) continue;
    if (!is_tuple_value(tuples[i]))
      return raise_type_error(ts, "replace() argument '%s' must be tuple, not %s", kTuples[i],
                              type_name_of(tuples[i]).c_str());
    // Names are looked up by index: a renamed entry is fine, a different count is not.
    if (i > 0 && tuple_size(tuples[i]) != stm::view(tuple_now[i])->size)
      return raise_value_error(ts, "replace(): %s must keep its length", kTuples[i]);
    if (i > 0) {
      const TupleObject* t = stm::view(tuples[i].as<TupleObject>());
      for (int64_t k = 0; k < t->size; ++k)
        if (!is_str(t->items[k]))
          return raise_type_error(ts, "name tuples must contain only strings, not '%s'",
                                  type_name_of(t->items[k]).c_str());
    }
  }
  Value strs[3];
  for (int i = 0; i < 3; ++i) {
    strs[i] = keyword_arg(args, kStrs[i]);
    if (!strs[i].is_null() && !is_str(strs[i]))
      return raise_type_error(ts, "replace() argument '%s' must be str, not %s", kStrs[i],
                              type_name_of(strs[i]).c_str());
  }
  const BytesObject* const bytes_now[3] = {o->instructions, o->positions, o->exception_table};
  for (int i = 0; i < 3; ++i) {
    Value b = keyword_arg(args, kBytes[i]);
    if (b.is_null()) continue;
    if (!is_bytes_value(b))
      return raise_type_error(ts, "replace() argument '%s' must be bytes, not %s", kBytes[i],
                              type_name_of(b).c_str());
    if (!same_bytes(b, bytes_now[i]))
      return raise_value_error(ts, "replace(): pystm cannot change %s (its bytecode is not CPython's)", kBytes[i]);
  }

  CodeObject* copy = allocate_object<CodeObject>(g_code_type);
  CodeObject* c = stm::view(copy);
  std::memcpy(reinterpret_cast<char*>(c) + sizeof(Object), reinterpret_cast<const char*>(o) + sizeof(Object),
              sizeof(CodeObject) - sizeof(Object));
  c->flags = flags | (o->flags & kHiddenFlags);
  c->firstlineno = static_cast<int32_t>(ints[6]);
  if (!strs[0].is_null()) c->filename = strs[0];
  if (!strs[1].is_null()) c->name = strs[1];
  if (!strs[2].is_null()) c->qualname = strs[2];
  TupleObject** const tuple_fields[5] = {&c->consts, &c->names, &c->varnames, &c->freevars, &c->cellvars};
  for (int i = 0; i < 5; ++i)
    if (!tuples[i].is_null()) *tuple_fields[i] = tuples[i].as<TupleObject>();
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
    {"co_linetable", get_co_linetable, 0, 0, 0, nullptr},
    {"co_exceptiontable", get_co_exceptiontable, 0, 0, 0, nullptr},
};

}  // namespace

void init_code_attributes() {
  add_native_methods(g_code_type, kCodeMethods);
  for (const NativeMethod& g : kCodeGetters) add_native_property(g_code_type, &g, nullptr);
}

}  // namespace pystm
