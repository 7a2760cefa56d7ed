// runtime/vm/interpreter.cpp — the bytecode interpreter loop.
// Owns: executing frames; Python-to-Python calls push a heap frame instead of
// recursing (stackless); exceptions unwind through each code object's
// exception table; backward jumps are transaction boundaries. Dispatch is
// computed-goto over a table expanded from opcodes.def; attribute, method,
// global and class-call sites use the per-thread inline caches of
// inline_cache.h (never stored in the heap, so they cause no conflicts).
// Must never: keep a raw pointer into a frame across a transaction boundary
// without re-opening the frame for writing (stm::write).
#include "runtime/builtins/builtins_module.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/finalizers.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/transaction_restart.h"

#include <cmath>
#include <cstring>

#include "gc/thread_registry.h"
#include "runtime/bytecode/binary_op.h"
#include "runtime/bytecode/code_unit.h"
#include "runtime/bytecode/opcodes.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_group.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/method_object.h"
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/range_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/async_protocol.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/call_binding.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/inline_cache.h"
#include "runtime/vm/instance_attr_cache.h"
#include "runtime/vm/names.h"
#include "runtime/vm/pattern_matching.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"

namespace pystm {

using bytecode::Opcode;

namespace {

thread_local int tls_nested_loops = 0;
// Backward jumps (transaction ticks) after which a transaction that reaches a
// lock's `with` ends first: a loop taking a lock at every iteration then
// commits once per this many iterations.
constexpr int kCriticalSectionTicks = 64;
thread_local bool tls_yielded = false;

Error name_error(ThreadState& ts, Value name) {
  raise(ts, g_exc_NameError, "name '%s' is not defined", str_to_utf8(name).c_str());
  exception_set_field(ts.pending_exception, "name", name);
  return kError;
}

Result<Value> load_global(ThreadState& ts, FrameObject* f, Value name) {
  Value v = dict_get_str(Value::from_object(f->globals), name);
  if (!v.is_null()) return v;
  if (f->builtins) {
    v = dict_get_str(Value::from_object(f->builtins), name);
    if (!v.is_null()) return v;
  }
  return name_error(ts, name);
}

// ---- Arithmetic fast paths ----
// Small int OP small int when the result is a small int too (Python's
// floor division and modulo signs, true division when both convert to
// double exactly); null Value: take binary_op.
[[gnu::always_inline]] inline Value small_int_binary(uint32_t op, int64_t x, int64_t y) {
  int64_t r;
  switch (static_cast<bytecode::BinaryOp>(op)) {
    case bytecode::BinaryOp::Add:
      if (__builtin_add_overflow(x, y, &r)) return Value();
      break;
    case bytecode::BinaryOp::Sub:
      if (__builtin_sub_overflow(x, y, &r)) return Value();
      break;
    case bytecode::BinaryOp::Mult:
      if (__builtin_mul_overflow(x, y, &r)) return Value();
      break;
    case bytecode::BinaryOp::BitAnd: return Value::small_int(x & y);
    case bytecode::BinaryOp::BitOr: return Value::small_int(x | y);
    case bytecode::BinaryOp::BitXor: return Value::small_int(x ^ y);
    case bytecode::BinaryOp::FloorDiv:
      if (y == 0) return Value();
      r = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) --r;
      break;
    case bytecode::BinaryOp::Mod:
      if (y == 0) return Value();
      r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      break;
    case bytecode::BinaryOp::LShift:
      if (y < 0 || y > 62) return Value();
      r = x << y;
      if ((r >> y) != x) return Value();
      break;
    case bytecode::BinaryOp::RShift:
      if (y < 0) return Value();
      return Value::small_int(y > 62 ? (x < 0 ? -1 : 0) : x >> y);
    case bytecode::BinaryOp::Div: {
      constexpr int64_t kExact = int64_t{1} << 53;
      if (y == 0 || x > kExact || x < -kExact || y > kExact || y < -kExact) return Value();
      return float_from_double(static_cast<double>(x) / static_cast<double>(y));
    }
    default:
      return Value();
  }
  return Value::fits_small_int(r) ? Value::small_int(r) : Value();
}

// An exact float's value, or a small int's (converted with correct
// rounding, as Python's int-to-float does).
[[gnu::always_inline]] inline bool float_operand(Value v, double* out) {
  if (v.is_small_int()) {
    *out = static_cast<double>(v.as_small_int());
    return true;
  }
  if (v.is_object() && v.as_object()->type() == g_float_type) {
    *out = float_value(v);
    return true;
  }
  return false;
}

// For comparisons: like float_operand, but only small ints whose
// conversion is exact (Python compares ints and floats exactly).
[[gnu::always_inline]] inline bool exact_float_operand(Value v, double* out) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    if (i > (int64_t{1} << 53) || i < -(int64_t{1} << 53)) return false;
    *out = static_cast<double>(i);
    return true;
  }
  if (v.is_object() && v.as_object()->type() == g_float_type) {
    *out = float_value(v);
    return true;
  }
  return false;
}

// float OP float (one side may have been a small int): + - * and / by a
// nonzero divisor follow IEEE exactly as Python does; null Value otherwise.
[[gnu::always_inline]] inline Value float_binary_fast(uint32_t op, double x, double y) {
  switch (static_cast<bytecode::BinaryOp>(op)) {
    case bytecode::BinaryOp::Add: return float_from_double(x + y);
    case bytecode::BinaryOp::Sub: return float_from_double(x - y);
    case bytecode::BinaryOp::Mult: return float_from_double(x * y);
    case bytecode::BinaryOp::Div:
      if (y == 0.0) return Value();
      return float_from_double(x / y);
    case bytecode::BinaryOp::Pow: {
      // A positive finite base and a finite exponent whose power is finite:
      // libm's pow, as float ** float computes it; every other case (signs,
      // zeros, infinities, NaNs, overflow) takes the full rules.
      if (!(x > 0.0 && x < HUGE_VAL && std::isfinite(y)) || x == 1.0) return Value();
      double r = std::pow(x, y);
      if (!std::isfinite(r)) return Value();
      return float_from_double(r);
    }
    default: return Value();
  }
}

// float_binary_fast without the box: false where that returns null.
[[gnu::always_inline]] inline bool float_binary_double(uint32_t op, double x, double y, double* out) {
  switch (static_cast<bytecode::BinaryOp>(op)) {
    case bytecode::BinaryOp::Add: *out = x + y; return true;
    case bytecode::BinaryOp::Sub: *out = x - y; return true;
    case bytecode::BinaryOp::Mult: *out = x * y; return true;
    case bytecode::BinaryOp::Div:
      if (y == 0.0) return false;
      *out = x / y;
      return true;
    default: return false;
  }
}

// ---- Inline caches (runtime/vm/inline_cache.h) ----
// InlineCache::aux for LOAD_ATTR / LOAD_METHOD / STORE_ATTR entries.
constexpr int32_t kCacheSlowPath = 0;
constexpr int32_t kAttrInstance = 1;   // instance dict, then the slow path
constexpr int32_t kAttrModule = 2;     // module dict, then the slow path
constexpr int32_t kMethodPlain = 3;    // e.value is a plain method of the type
constexpr int32_t kMethodModule = 4;   // module dict
constexpr int32_t kStoreInstance = 5;  // instance dict
constexpr int32_t kCallPythonInit = 6;
constexpr int32_t kClassValue = 7;     // e.key is a class (not a type of obj): e.value is cls.name
constexpr int32_t kClassSlowPath = 8;  // e.key is a class whose attribute takes the slow path // CALL of a class: object.__new__, then e.value (a Python __init__) inline

// What LOAD_ATTR, LOAD_METHOD and STORE_ATTR may do for one (type, name),
// computed once per cache version in a small per-thread table, so that a
// polymorphic instruction (a method of a base class run on instances of
// several subclasses) refills its entry with one probe. Kind is a function
// of the type (TypeObject::instance_kind), so keying by type suffices.
struct TypeAttrInfo {
  const TypeObject* type;
  uint64_t name;
  uint64_t version;
  int32_t load, method, store;
  uint64_t method_bits;  // the plain method for kMethodPlain (a Value)
};
constexpr size_t kTypeAttrInfoSlots = 1024;
thread_local TypeAttrInfo tls_type_attr_info[kTypeAttrInfoSlots];

// A module's dict answers for it unless its type has a data descriptor of
// that name.
bool module_dict_answers(TypeObject* type, Value name) {
  if (type != g_module_type) return false;
  Value descr = type_lookup(type, name);
  return descr.is_null() || !is_data_descriptor(descr);
}

const TypeAttrInfo& type_attr_info_fill(TypeAttrInfo& info, TypeObject* type, Value obj, Value name,
                                        uint64_t version);

// Inline: polymorphic sites (a base class's method run on several
// subclasses' instances) come here at every change of type.
[[gnu::always_inline]] inline const TypeAttrInfo& type_attr_info(TypeObject* type, Value obj, Value name,
                                                                 uint64_t version) {
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) * 31 + (name.bits() >> 4)) & (kTypeAttrInfoSlots - 1);
  TypeAttrInfo& info = tls_type_attr_info[slot];
  if (info.type == type && info.name == name.bits() && info.version == version) [[likely]]
    return info;
  return type_attr_info_fill(info, type, obj, name, version);
}

[[gnu::noinline]] const TypeAttrInfo& type_attr_info_fill(TypeAttrInfo& info, TypeObject* type, Value obj,
                                                          Value name, uint64_t version) {
  info = TypeAttrInfo{type, name.bits(), version, kCacheSlowPath, kCacheSlowPath, kCacheSlowPath, 0};
  ObjectKind kind = obj.is_object() ? obj.as_object()->kind() : ObjectKind::BigInt;
  if (kind == ObjectKind::Module) {
    if (module_dict_answers(type, name)) {
      info.load = kAttrModule;
      info.method = kMethodModule;
    }
    return info;
  }
  if (kind == ObjectKind::Type) return info;
  Value descr = type_lookup(type, name);
  bool data = !descr.is_null() && is_data_descriptor(descr);
  if (has_default_getattribute(type)) {
    if (kind == ObjectKind::Instance && !data) info.load = kAttrInstance;
    if (is_plain_method(descr)) {
      info.method = kMethodPlain;
      info.method_bits = descr.bits();
    }
  }
  // Plain object() instances share the layout but have no __dict__ (see generic_set_attr).
  if (kind == ObjectKind::Instance && !data && type != g_object_type && has_default_setattr(type) &&
      stm::read(type)->slot_names.is_null())
    info.store = kStoreInstance;
  return info;
}

// cls.name for a class whose metaclass is `type`, when the attribute found
// along the class's MRO is returned as is by type.__getattribute__ (a
// function, or a value whose type has no __get__) and `type` has no data
// descriptor of that name. Keyed by the class itself.
void fill_class_attr(InlineCache& e, Value cls, Value name, uint64_t version) {
  e.key = cls.as_object();
  e.version = version;
  e.aux = kClassSlowPath;
  e.value = Value();
  if (type_of(cls) != g_type_type) return;
  Value meta = type_lookup(g_type_type, name);
  if (!meta.is_null() && is_data_descriptor(meta)) return;
  Value attr = type_lookup(cls.as<TypeObject>(), name);
  if (attr.is_null()) return;
  if (attr.is_object()) {
    switch (attr.as_object()->kind()) {
      case ObjectKind::Function:
      case ObjectKind::Str:
      case ObjectKind::Tuple:
      case ObjectKind::Float:
      case ObjectKind::BigInt:
      case ObjectKind::Singleton:
        break;
      case ObjectKind::BuiltinFunction:
      case ObjectKind::StaticMethod:
      case ObjectKind::ClassMethod:
        return;
      default:
        if (!lookup_special(attr, g_name___get__).is_null()) return;
    }
  }
  e.aux = kClassValue;
  e.value = attr;
}

// The cached cls.name (see fill_class_attr), or null.
[[gnu::always_inline]] inline Value class_attr_cached(InlineCache& e, Value cls, Value name) {
  uint64_t version = inline_cache_version();
  if (e.key != cls.as_object() || e.version != version || (e.aux != kClassValue && e.aux != kClassSlowPath))
    [[unlikely]] fill_class_attr(e, cls, name, version);
  return e.aux == kClassValue ? e.value : Value();
}

// LOAD_ATTR found in an instance's or module's dict; null: take the slow path.
// A refill keeps the entry's index hint: instances of sibling classes
// initialised by the same __init__ have their attributes in the same order.
[[gnu::always_inline]] inline Value attr_cached(InlineCache& e, Value obj, Value name) {
  if (!obj.is_object()) return Value();
  if (obj.as_object()->kind() == ObjectKind::Type) return class_attr_cached(e, obj, name);
  TypeObject* type = obj.as_object()->type();
  uint64_t version = inline_cache_version();
  if (e.key != type || e.version != version || e.aux >= kClassValue) [[unlikely]] {
    int32_t load = type_attr_info(type, obj, name, version).load;
    // key2 is a layout and index its slot (instance_attr_cache.h), facts
    // that hold for any type; other kinds of entry use index otherwise.
    if (e.version != version || load != kAttrInstance || e.aux != kAttrInstance) e.key2 = nullptr;
    e.aux = load;
    e.key = type;
    e.version = version;
  }
  if (e.aux == kAttrInstance) return instance_attr_cached(e, obj.as<InstanceObject>(), name);
  if (e.aux != kAttrModule) return Value();
  DictObject* dict = stm::read(obj.as<ModuleObject>())->dict;
  if (!dict) return Value();
  return dict_get_str_hinted(dict, name, e.index);
}

void fill_method_cache(InlineCache& e, TypeObject* type, Value obj, Value name) {
  uint64_t version = inline_cache_version();
  const TypeAttrInfo& info = type_attr_info(type, obj, name, version);
  e.aux = info.method;
  e.value = Value::from_bits(info.method_bits);
  e.key = type;
  if (e.version != version) e.key2 = nullptr;  // a layout: see instance_attr_cache.h
  e.version = version;
}

// STORE_ATTR into an existing instance dict; false: take the slow path.
[[gnu::always_inline]] inline bool store_attr_cached(InlineCache& e, Value obj, Value name, Value v) {
  if (!obj.is_object() || obj.as_object()->kind() != ObjectKind::Instance) return false;
  TypeObject* type = obj.as_object()->type();
  uint64_t version = inline_cache_version();
  if (e.key != type || e.version != version) [[unlikely]] {
    e.aux = type_attr_info(type, obj, name, version).store;
    e.key = type;
    if (e.version != version) {  // a layout transition: see instance_attr_cache.h
      e.key2 = nullptr;
      e.value = Value();
    }
    e.version = version;
  }
  if (e.aux != kStoreInstance) return false;
  instance_store_cached(e, obj.as<InstanceObject>(), name, v);
  return true;
}

// CALL of a class whose instances object.__new__ makes and whose __init__
// is a Python function: the interpreter allocates the instance and runs
// __init__ as a Python-to-Python call (no nested loop). Anything else —
// a metaclass, another __new__, abstract methods, a built-in layout — takes
// type.__call__.
void fill_init_cache(InlineCache& e, TypeObject* cls, uint64_t version) {
  e.key = cls;
  e.version = version;
  e.aux = kCacheSlowPath;
  e.value = Value();
  if (type_of(Value::from_object(cls)) != g_type_type || cls == g_type_type) return;
  const TypeObject* t = stm::read(cls);
  if (t->instance_kind != ObjectKind::Instance || !(t->flags & kTypeHeap)) return;
  if (!type_lookup(cls, g_name___new__).is(type_lookup(g_object_type, g_name___new__))) return;
  if (!type_lookup(cls, g_name___abstractmethods__).is_null()) return;
  if (type_has_finalizer(cls)) return;  // object_allocate registers the finalizer
  Value init = type_lookup(cls, g_name___init__);
  if (!init.is_object() || init.as_object()->kind() != ObjectKind::Function) return;
  if (stm::view(stm::read(init.as<FunctionObject>())->code)->flags &
      (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))
    return;
  e.aux = kCallPythonInit;
  e.value = init;
  e.index2 = static_cast<int32_t>(t->instance_size);
  e.key2 = t->instance_layout;
}

// LOAD_GLOBAL (and LOAD_NAME at module level): the entry names the globals
// table and an index in it, or — for a builtin — the globals table with its
// entries_used (no key was added since: entries are only appended) and an
// index in the builtins table. Null when the entry does not apply.
[[gnu::always_inline]] inline Value global_cached(const InlineCache& e, const FrameObject* f, Value name) {
  if (e.version != inline_cache_version()) return Value();
  const DictObject* g = stm::read(f->globals);
  if (g->table != e.key || !g->table) return Value();
  // Only the entry is read (and, for a builtin, the globals' entry count):
  // another thread storing another global is no conflict.
  if (e.index >= 0) return dict_table_entry_value(g->table, e.index, name);
  if (dict_table_entries_used(g->table) != e.aux || e.epoch != collection_epoch() || !f->builtins) return Value();
  const DictObject* b = stm::read(f->builtins);
  if (b->table != e.key2 || !b->table) return Value();
  return dict_table_entry_value(b->table, e.index2, name);
}

void fill_global_cache(InlineCache& e, const FrameObject* f, Value name) {
  uint64_t version = inline_cache_version();
  const DictObject* g = stm::read(f->globals);
  if (!g->table) return;
  int64_t ix = dict_str_entry_index(Value::from_object(f->globals), name);
  if (ix >= 0) {
    e.version = version;
    e.key = g->table;
    e.index = static_cast<int32_t>(ix);
    return;
  }
  if (!f->builtins) return;
  const DictObject* b = stm::read(f->builtins);
  if (!b->table) return;
  int64_t bix = dict_str_entry_index(Value::from_object(f->builtins), name);
  if (bix < 0) return;
  e.version = version;
  e.key = g->table;
  e.index = -1;
  e.aux = static_cast<int32_t>(dict_table_entries_used(g->table));
  e.epoch = collection_epoch();
  e.key2 = b->table;
  e.index2 = static_cast<int32_t>(bix);
}

Result<Value> load_name(ThreadState& ts, FrameObject* f, Value name) {
  Value locals = f->locals;
  if (!locals.is_null()) {
    if (is_exact_dict(locals)) {
      Value v = dict_get_str(locals, name);
      if (!v.is_null()) return v;
    } else {
      Result<Value> r = get_item(ts, locals, name);
      if (r.ok()) return r;
      if (!pending_exception_matches(ts, g_exc_KeyError)) return r;
      clear_pending_exception(ts);
    }
  }
  return load_global(ts, f, name);
}

Value cell_or_free_name(const CodeObject* c, uint32_t index) {
  if (static_cast<int32_t>(index) < c->ncells) return tuple_item(Value::from_object(c->cellvars), index);
  return tuple_item(Value::from_object(c->freevars), index - c->ncells);
}

Error unbound_deref(ThreadState& ts, const CodeObject* c, uint32_t index) {
  std::string name = str_to_utf8(cell_or_free_name(c, index));
  if (static_cast<int32_t>(index) < c->ncells)
    return raise(ts, g_exc_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value", name.c_str());
  return raise(ts, g_exc_NameError,
               "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               name.c_str());
}

Result<Value> make_function(ThreadState& ts, FrameObject* f, Value* sp, uint32_t flags, int* popped) {
  int n = 0;
  Value code = sp[-(++n)];
  Value closure = (flags & 8) ? sp[-(++n)] : Value();
  Value annotations = (flags & 4) ? sp[-(++n)] : Value();
  Value kwdefaults = (flags & 2) ? sp[-(++n)] : Value();
  Value defaults = (flags & 1) ? sp[-(++n)] : Value();
  *popped = n;
  Value fn = function_new(code.as<CodeObject>(), f->globals);
  FunctionObject* fv = stm::view(fn.as<FunctionObject>());
  if (!fv->builtins) fv->builtins = f->builtins;
  if (!closure.is_null()) fv->closure = closure.as<TupleObject>();
  if (!annotations.is_null()) fv->annotations = annotations.as<DictObject>();
  if (!kwdefaults.is_null()) fv->kwdefaults = kwdefaults.as<DictObject>();
  if (!defaults.is_null()) fv->defaults = defaults.as<TupleObject>();
  (void)ts;
  return fn;
}

// Finds the handler for an exception raised at `lasti` (innermost entry).
const bytecode::ExceptionTableEntry* find_handler(const CodeObject* c, int lasti) {
  const bytecode::ExceptionTableEntry* entries = c->exception_entries();
  const bytecode::ExceptionTableEntry* found = nullptr;
  for (int32_t i = 0; i < c->nexception_entries; ++i) {
    const auto& e = entries[i];
    if (static_cast<uint32_t>(lasti) >= e.start && static_cast<uint32_t>(lasti) < e.end) found = &e;
  }
  return found;
}

// How CPython names a callable in argument errors: "f()", "print()", "C.m()".
std::string callable_display(Value callable) {
  if (callable.is_object()) {
    switch (callable.as_object()->kind()) {
      case ObjectKind::Function: {
        const FunctionObject* f = stm::read(callable.as<FunctionObject>());
        std::string qualname = str_to_utf8(f->qualname) + "()";
        if (f->module.is_object() && type_of(f->module) == g_str_type) {
          std::string module = str_to_utf8(f->module);
          if (module != "builtins") return module + "." + qualname;
        }
        return qualname;
      }
      case ObjectKind::BuiltinFunction:
        return std::string(stm::view(callable.as<BuiltinFunctionObject>())->method->name) + "()";
      case ObjectKind::BoundMethod:
        return callable_display(stm::view(callable.as<BoundMethodObject>())->function);
      case ObjectKind::Type:
        return str_to_utf8(stm::read(callable.as<TypeObject>())->qualname) + "()";
      default:
        break;
    }
  }
  return type_name_of(callable) + " object";
}

// `*value` in a call or display needs an iterable; TypeError (and false)
// otherwise. `callable` is the called object, or null in a display.
bool is_star_iterable(ThreadState& ts, Value v, Value callable = Value()) {
  if (!lookup_special(v, g_name___iter__).is_null() || !lookup_special(v, g_name___getitem__).is_null()) return true;
  Error e = callable.is_null()
                ? raise_type_error(ts, "Value after * must be an iterable, not %s", type_name_of(v).c_str())
                : raise_type_error(ts, "%s argument after * must be an iterable, not %s",
                                   callable_display(callable).c_str(), type_name_of(v).c_str());
  (void)e;
  return false;
}

Status unpack_sequence(ThreadState& ts, Value seq, int64_t count, Value* out_top) {
  // Stores items so that item 0 ends on top: out_top[-1] = item0 ... out_top[-count] = item(count-1).
  int64_t n;
  const Value* items = nullptr;
  ValueVector collected;
  if (type_of(seq) == g_tuple_type) {
    n = tuple_size(seq);
    items = tuple_items(seq);
  } else if (type_of(seq) == g_list_type) {
    n = list_size(seq);
    for (int64_t i = 0; i < n; ++i) collected.push_back(list_get(seq, i));
    items = collected.data();
  } else {
    if (lookup_special(seq, g_name___iter__).is_null() && lookup_special(seq, g_name___getitem__).is_null())
      return raise_type_error(ts, "cannot unpack non-iterable %s object", type_name_of(seq).c_str());
    Value it = PY_TRY(get_iter(ts, seq));
    for (;;) {
      Value v = PY_TRY(iter_next(ts, it));
      if (v.is_absent()) break;
      collected.push_back(v);
      if (static_cast<int64_t>(collected.size()) > count) break;
    }
    n = static_cast<int64_t>(collected.size());
    items = collected.data();
    if (n > count)
      return raise_value_error(ts, "too many values to unpack (expected %ld)", static_cast<long>(count));
  }
  if (n < count)
    return raise_value_error(ts, "not enough values to unpack (expected %ld, got %ld)", static_cast<long>(count),
                             static_cast<long>(n));
  if (n > count)
    return raise_value_error(ts, "too many values to unpack (expected %ld)", static_cast<long>(count));
  for (int64_t i = 0; i < count; ++i) out_top[-1 - i] = items[i];
  return ok_status();
}

Status unpack_ex(ThreadState& ts, Value seq, uint32_t before, uint32_t after, Value* out_top) {
  if (lookup_special(seq, g_name___iter__).is_null() && lookup_special(seq, g_name___getitem__).is_null())
    return raise_type_error(ts, "cannot unpack non-iterable %s object", type_name_of(seq).c_str());
  Value list = PY_TRY(sequence_to_list(ts, seq));
  int64_t n = list_size(list);
  if (n < static_cast<int64_t>(before + after))
    return raise_value_error(ts, "not enough values to unpack (expected at least %u, got %ld)", before + after,
                             static_cast<long>(n));
  // Resulting stack (bottom -> top): after items reversed, starred list, before items reversed.
  int64_t star_len = n - before - after;
  Value star = list_new(star_len);
  for (int64_t i = 0; i < star_len; ++i) list_append(star, list_get(list, before + i));
  Value* p = out_top;
  for (uint32_t i = 0; i < before; ++i) *--p = list_get(list, i);
  *--p = star;
  for (uint32_t i = 0; i < after; ++i) *--p = list_get(list, before + star_len + i);
  return ok_status();
}

Result<Value> format_with_conversion(ThreadState& ts, Value v, uint32_t flags, Value spec) {
  switch (flags & 3) {
    case 1: v = PY_TRY(str(ts, v)); break;
    case 2: v = PY_TRY(repr(ts, v)); break;
    case 3: v = str_ascii_escape(PY_TRY(repr(ts, v))); break;
    default: break;
  }
  if (spec.is_null() && type_of(v) == g_str_type) return v;
  return format_value(ts, v, spec.is_null() ? str_from_ascii("") : spec);
}


Status import_star(ThreadState& ts, FrameObject* f, Value module) {
  Value dict = PY_TRY(get_attr(ts, module, g_name___dict__));
  Value all = PY_TRY(get_attr_optional(ts, module, g_name___all__));
  ValueVector names;
  if (!all.is_absent()) {
    Value list = PY_TRY(sequence_to_list(ts, all));
    for (int64_t i = 0; i < list_size(list); ++i) names.push_back(list_get(list, i));
  } else {
    int64_t pos = 0;
    Value k;
    while (dict_next(dict, &pos, &k, nullptr))
      if (str_length(k) > 0 && str_char_at(k, 0) != '_') names.push_back(k);
  }
  for (Value name : names) {
    Value v = PY_TRY(get_attr(ts, module, name));
    PY_TRY(set_item(ts, f->locals, name, v));
  }
  return ok_status();
}

}  // namespace

static Result<Value> run_frame_impl(ThreadState& ts, FrameObject* entry, bool throwing);

// The frame's saved instruction index (run_frame_impl names the running
// index `pc`, a macro there).
static inline int32_t& frame_pc(FrameObject* f) { return f->pc; }

Result<Value> run_frame(ThreadState& ts, FrameObject* entry) { return run_frame_impl(ts, entry, false); }
Result<Value> resume_frame_with_exception(ThreadState& ts, FrameObject* entry) {
  return run_frame_impl(ts, entry, true);
}

// Moves views of one segment to another: every view is the canonical address
// plus its segment's offset, so all move by the same `delta`.
template <class... Views>
static inline void rebase_views(uintptr_t delta, Views&... views) {
  ((views = reinterpret_cast<std::remove_reference_t<Views>>(reinterpret_cast<uintptr_t>(views) + delta)), ...);
}

static Result<Value> run_frame_impl(ThreadState& ts, FrameObject* entry, bool throwing) {
  ++tls_nested_loops;
  struct LoopDepth {
    ~LoopDepth() { --tls_nested_loops; }
  } loop_depth;
  FrameObject* saved_caller = ts.frame;
  stm::write(entry)->back = saved_caller;
  stm::write(entry)->flags |= kFrameEntry;
  FrameObject* frame = entry;
  FrameObject* f;
  const CodeObject* c;
  const uint32_t* code;
  const Value* consts;
  const Value* names;
  Value* slots;
  Value* sp;
  InlineCache* ic;
  // The next instruction. Handlers read `pc` (its index, a macro below) and
  // move `ip`: one pointer live across dispatches instead of code and index.
  const uint32_t* ip;
  bool reraise = false;
  Value retval;

  // Register the entry frame as running.
  if (++ts.recursion_depth > ts.recursion_limit) {
    --ts.recursion_depth;
    ts.frame = saved_caller;
    return raise(ts, g_exc_RecursionError, "maximum recursion depth exceeded");
  }
  ts.frame = frame;

#define LOAD_FRAME()                                          \
  do {                                                        \
    f = stm::write(frame);                                    \
    c = stm::view(f->code);                                   \
    code = c->code();                                         \
    consts = tuple_items(Value::from_object(c->consts));      \
    names = tuple_items(Value::from_object(c->names));        \
    slots = f->slots;                                         \
    sp = slots + f->sp;                                       \
    ip = code + frame_pc(f);                                  \
    ic = inline_caches_for(f->code, c->ninstructions);        \
  } while (0)
// The instruction index is kept in `ip` only; f->lasti is stored where it
// can be observed: before anything that may run Python code or raise
// (SAVE_FRAME, CHECK, SYNC_LASTI), at the error label, and at yields. Readers
// are tracebacks, handlers that push lasti, f_lineno/f_lasti (of a caller,
// which is at its call; of the running frame, read by code it called) and
// the unwinding loop (a caller's raising instruction is its call).
#define pc (static_cast<int>(ip - code))
#define SYNC_LASTI() (f->lasti = pc - 1)
#define SAVE_FRAME()                                     \
  do {                                                   \
    frame_pc(f) = pc;                                    \
    f->sp = static_cast<int32_t>(sp - slots);            \
    SYNC_LASTI();                                        \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<int>(n)])
// Re-opens the frame for writing after anything that may have ended the
// transaction (a call can run a boundary in a nested loop only when that loop
// is the outermost, so this is cheap: one flag test), and finds the frame's
// inline caches again: code run by the call may have taken their map slot
// (and freed the array) for its own code.
//
// A call that waited (a lock, I/O) may come back in another segment: then
// the frame's view moved, and the stack pointers move with it, and so do the
// code and constants views: their bytes never change, but the old segment's
// view of their unit may be stale by now (stm/page_sharing.h) and belong to
// another thread, whose transaction alone may import it.
#define REOPEN()                                             \
  ({                                                         \
    FrameObject* reopened = stm::write(frame);               \
    if (reopened != f) [[unlikely]] {                        \
      sp = reopened->slots + (sp - slots);                   \
      slots = reopened->slots;                               \
      rebase_views(reinterpret_cast<uintptr_t>(reopened) -   \
                   reinterpret_cast<uintptr_t>(f), c, code, ip, consts, names); \
      f = reopened;                                          \
    }                                                        \
    ic = inline_caches_for(f->code, c->ninstructions);       \
  })
// Backward jumps and returns in the outermost loop count toward the
// transaction budget; when it is spent, commit and begin the next one (with
// other Python threads, one of them may run first), or restart the
// transaction at its restart point if it aborted (transaction_restart.h).
// The frame is loaded again: the thread may come back in another segment,
// where every view differs, or in another frame. A nested loop has no
// boundaries; it only stops a transaction that must restart.
#define TRANSACTION_BOUNDARY()                                             \
  do {                                                                     \
    if (tls_nested_loops == 1) {                                           \
      if (++ts.ticks >= ts.transaction_budget || ts.restart_pending) {     \
        ts.ticks = 0;                                                      \
        frame_pc(f) = pc;                                                  \
        f->sp = static_cast<int32_t>(sp - slots);                          \
        transaction_boundary(ts, frame);                                   \
        if (weakref_callbacks_pending()) run_weakref_callbacks(ts);        \
        LOAD_FRAME();                                                      \
      }                                                                    \
    } else if (ts.restart_pending) [[unlikely]] {                          \
      goto error;                                                          \
    }                                                                      \
  } while (0)
// Control leaves the outermost loop for native code, where no restart point
// exists: in parallel the transaction becomes inevitable first, or restarts.
#define LEAVE_OUTERMOST()                                                  \
  do {                                                                     \
    if (tls_nested_loops == 1 && !leave_outermost_loop(ts)) goto restart;  \
  } while (0)
// A signal arrived: run its Python handlers here, a safe point (before the
// backward jump, so a handler's exception is raised inside the loop's body).
// Finalizers the collector queued run here too, and a collection waiting to
// stop the world parks this thread here (a loop that allocates nothing would
// otherwise keep it waiting until the transaction ends).
#define CHECK_SIGNALS()                                  \
  do {                                                   \
    gc::poll_safe_point();                               \
    if (signals_pending()) [[unlikely]] {                \
      SAVE_FRAME();                                      \
      if (!run_pending_signals(ts).ok()) goto error;     \
      REOPEN();                                          \
    }                                                    \
    if (finalizers_ready()) [[unlikely]] {               \
      SAVE_FRAME();                                      \
      if (!run_finalizers_at_loop(ts, tls_nested_loops == 1).ok()) goto error; \
      REOPEN();                                          \
    }                                                    \
  } while (0)
// Ends an instruction: fetch the next one and jump to its handler (one
// indirect jump per handler, so each predicts its own successor). A computed
// goto runs no destructors: a handler with locals that have them (strings,
// ValueVector) ends in `break` instead, which leaves the switch normally.
#define DISPATCH()                                                           \
  do {                                                                       \
    word = *ip++;                                                            \
    arg = bytecode::arg_of(word);                                            \
    goto *dispatch_table[static_cast<uint8_t>(bytecode::opcode_of(word))];   \
  } while (0)
// Continues in `callee` (a frame from bind_call) as a Python-to-Python call:
// the caller's state is saved and the loop runs the callee.
#define ENTER_CALLEE(callee, extra_flags)                                   \
  do {                                                                      \
    SAVE_FRAME();                                                           \
    if (++ts.recursion_depth > ts.recursion_limit) {                        \
      --ts.recursion_depth;                                                 \
      raise(ts, g_exc_RecursionError, "maximum recursion depth exceeded");  \
      goto error;                                                           \
    }                                                                       \
    FrameObject* entered = stm::view(callee);                               \
    entered->back = frame;                                                  \
    entered->flags |= (extra_flags);                                        \
    frame = callee;                                                         \
    ts.frame = frame;                                                       \
    LOAD_FRAME();                                                           \
  } while (0)
// Ends an instruction whose result `r` replaces the top of the stack: when
// STORE_FAST follows (x = a + b, n += 1) the result goes to the variable
// directly, one dispatch less.
#define PUSH_RESULT(r)                                                       \
  do {                                                                       \
    Value result_value = (r);                                                \
    uint32_t store_word = *ip;                                               \
    if (bytecode::opcode_of(store_word) == Opcode::STORE_FAST) {             \
      slots[bytecode::arg_of(store_word)] = result_value;                    \
      --sp;                                                                  \
      ++ip;                                                                  \
      DISPATCH();                                                            \
    }                                                                        \
    TOP() = result_value;                                                    \
    DISPATCH();                                                              \
  } while (0)
// Ends an instruction whose result is the bool `t` on top: when a
// conditional jump follows, as after most comparisons, it is done here and
// the bool is never pushed.
#define PUSH_CONDITION(t)                                                    \
  do {                                                                       \
    uint32_t jump_word = *ip;                                                \
    Opcode jump_op = bytecode::opcode_of(jump_word);                         \
    if (jump_op == Opcode::POP_JUMP_IF_FALSE || jump_op == Opcode::POP_JUMP_IF_TRUE) { \
      --sp;                                                                  \
      ip = ((t) == (jump_op == Opcode::POP_JUMP_IF_TRUE))                    \
               ? code + bytecode::arg_of(jump_word)                          \
               : ip + 1;                                                     \
      DISPATCH();                                                            \
    }                                                                        \
    TOP() = bool_value(t);                                                   \
    DISPATCH();                                                              \
  } while (0)
#define TARGET(name) \
  case Opcode::name: \
  op_##name
#define CHECK(expr)                      \
  ({                                     \
    SYNC_LASTI();                        \
    auto _r = (expr);                    \
    if (_r.is_error()) [[unlikely]]      \
      goto error;                        \
    _r.take();                           \
  })

  // Computed-goto dispatch: one label per opcode of opcodes.def (a missing
  // handler is a compile error), every other byte value to op_unknown. The
  // switch below is never entered through its own jump; it only gives the
  // inner switches of the handlers their scope; handlers end in DISPATCH().
  static void* const kKnownTargets[bytecode::kOpcodeCount] = {
#define OPCODE(name, pops, pushes, effects, doc) &&op_##name,
#include "runtime/bytecode/opcodes.def"
#undef OPCODE
  };
  static void* dispatch_table[256];
  static const bool dispatch_ready = [](void* unknown) {
    for (void*& target : dispatch_table) target = unknown;
    for (int i = 0; i < bytecode::kOpcodeCount; ++i) dispatch_table[i] = kKnownTargets[i];
    return true;
  }(&&op_unknown);
  (void)dispatch_ready;

  LOAD_FRAME();
  uint32_t word, arg;
  if (throwing) goto error;
  for (;;) {
    word = *ip++;
    arg = bytecode::arg_of(word);
    goto *dispatch_table[static_cast<uint8_t>(bytecode::opcode_of(word))];
    switch (bytecode::opcode_of(word)) {  // never jumps itself: see dispatch_table
      TARGET(NOP):
        DISPATCH();
      TARGET(POP_TOP):
        --sp;
        DISPATCH();
      TARGET(COPY): {
        Value v = PEEK(arg);
        PUSH(v);
        DISPATCH();
      }
      TARGET(SWAP): {
        Value t = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = t;
        DISPATCH();
      }
      TARGET(PUSH_NULL):
        PUSH(Value());
        DISPATCH();
      TARGET(LOAD_CONST):
        PUSH(consts[arg]);
        DISPATCH();
      TARGET(LOAD_FAST): {
        Value v = slots[arg];
        if (v.is_null()) [[unlikely]] {
          raise(ts, g_exc_UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                str_to_utf8(tuple_item(Value::from_object(c->varnames), arg)).c_str());
          goto error;
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_FAST):
        slots[arg] = POP();
        DISPATCH();
      TARGET(DELETE_FAST):
        if (slots[arg].is_null()) {
          raise(ts, g_exc_UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                str_to_utf8(tuple_item(Value::from_object(c->varnames), arg)).c_str());
          goto error;
        }
        slots[arg] = Value();
        DISPATCH();
      TARGET(LOAD_DEREF): {
        Value v = stm::read(slots[c->nlocals + arg].as<CellObject>())->contents;
        if (v.is_null()) {
          unbound_deref(ts, c, arg);
          goto error;
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_DEREF):
        stm::write(slots[c->nlocals + arg].as<CellObject>())->contents = POP();
        DISPATCH();
      TARGET(DELETE_DEREF): {
        CellObject* cell = slots[c->nlocals + arg].as<CellObject>();
        if (stm::read(cell)->contents.is_null()) {
          unbound_deref(ts, c, arg);
          goto error;
        }
        stm::write(cell)->contents = Value();
        DISPATCH();
      }
      TARGET(LOAD_CLOSURE):
        PUSH(slots[c->nlocals + arg]);
        DISPATCH();
      TARGET(LOAD_CLASSDEREF): {
        Value name = cell_or_free_name(c, arg);
        if (!f->locals.is_null()) {
          Value v;
          if (is_exact_dict(f->locals)) {
            v = dict_get_str(f->locals, name);
          } else {
            SYNC_LASTI();
            Result<Value> r = get_item(ts, f->locals, name);
            if (r.is_error()) {
              if (!pending_exception_matches(ts, g_exc_KeyError)) goto error;
              clear_pending_exception(ts);
            } else {
              v = r.value();
            }
          }
          if (!v.is_null()) {
            PUSH(v);
            DISPATCH();
          }
        }
        Value v = stm::read(slots[c->nlocals + arg].as<CellObject>())->contents;
        if (v.is_null()) {
          unbound_deref(ts, c, arg);
          goto error;
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(LOAD_NAME): {
        if (f->locals.is(Value::from_object(f->globals))) {
          // Module level: the locals are the globals.
          InlineCache& e = ic[pc - 1];
          Value v = global_cached(e, f, names[arg]);
          if (!v.is_null()) {
            PUSH(v);
            DISPATCH();
          }
          v = CHECK(load_name(ts, f, names[arg]));
          REOPEN();
          fill_global_cache(ic[pc - 1], f, names[arg]);
          PUSH(v);
          DISPATCH();
        }
        Value v = CHECK(load_name(ts, f, names[arg]));
        REOPEN();
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_NAME): {
        Value v = POP();
        if (is_exact_dict(f->locals)) {
          dict_set_str_hinted(f->locals.as<DictObject>(), names[arg], v, ic[pc - 1].index);
        } else {
          CHECK(set_item(ts, f->locals, names[arg], v));
          REOPEN();
        }
        DISPATCH();
      }
      TARGET(DELETE_NAME): {
        if (is_exact_dict(f->locals)) {
          if (!dict_del_str(f->locals, names[arg])) {
            name_error(ts, names[arg]);
            goto error;
          }
        } else {
          CHECK(del_item(ts, f->locals, names[arg]));
          REOPEN();
        }
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL): {
        InlineCache& e = ic[pc - 1];
        Value v = global_cached(e, f, names[arg]);
        if (v.is_null()) [[unlikely]] {
          v = CHECK(load_global(ts, f, names[arg]));
          REOPEN();
          fill_global_cache(ic[pc - 1], f, names[arg]);
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_GLOBAL):
        dict_set_str(Value::from_object(f->globals), names[arg], POP());
        DISPATCH();
      TARGET(DELETE_GLOBAL):
        if (!dict_del_str(Value::from_object(f->globals), names[arg])) {
          name_error(ts, names[arg]);
          goto error;
        }
        DISPATCH();
      TARGET(LOAD_ATTR): {
        Value fast = attr_cached(ic[pc - 1], TOP(), names[arg]);
        if (!fast.is_null()) {
          TOP() = fast;
          DISPATCH();
        }
        Value v = CHECK(get_attr(ts, TOP(), names[arg]));
        REOPEN();
        TOP() = v;
        DISPATCH();
      }
      TARGET(LOAD_METHOD): {
        Value obj = TOP();
        InlineCache& e = ic[pc - 1];
        if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Type) {
          // A function (or plain value) of a class, called unbound.
          Value v = class_attr_cached(e, obj, names[arg]);
          if (!v.is_null()) {
            TOP() = v;
            PUSH(Value());
            DISPATCH();
          }
        } else {
          TypeObject* type = type_of(obj);
          if (e.key != type || e.version != inline_cache_version() || e.aux >= kClassValue) [[unlikely]]
            fill_method_cache(e, type, obj, names[arg]);
        }
        if (e.aux == kMethodPlain) {
          // Unless the instance dict shadows it, call it with obj as self.
          bool shadowed;
          if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Instance) {
            shadowed = instance_shadows_cached(e, obj.as<InstanceObject>(), names[arg]);
          } else {
            DictObject** slot = instance_dict_slot(obj);
            DictObject* d = slot ? *stm::read(slot) : nullptr;
            shadowed = d && dict_str_index_probe(d, names[arg]) >= 0;
          }
          if (!shadowed) {
            TOP() = e.value;
            PUSH(obj);
            DISPATCH();
          }
        } else if (e.aux == kMethodModule) {
          Value v = dict_get_str_hinted(stm::read(obj.as<ModuleObject>())->dict, names[arg], e.index);
          if (!v.is_null()) {
            TOP() = v;
            PUSH(Value());
            DISPATCH();
          }
        }
        Value v = CHECK(get_attr(ts, obj, names[arg]));
        REOPEN();
        TOP() = v;
        PUSH(Value());
        DISPATCH();
      }
      TARGET(STORE_ATTR): {
        Value obj = POP();
        Value v = POP();
        if (store_attr_cached(ic[pc - 1], obj, names[arg], v)) DISPATCH();
        if (instance_set_attr_fast(obj, names[arg], v)) DISPATCH();
        CHECK(set_attr(ts, obj, names[arg], v));
        REOPEN();
        DISPATCH();
      }
      TARGET(DELETE_ATTR): {
        Value obj = POP();
        CHECK(del_attr(ts, obj, names[arg]));
        REOPEN();
        DISPATCH();
      }
      TARGET(BINARY_OP): {
        Value b = POP();
        Value a = TOP();
        if (a.is_small_int() && b.is_small_int()) {
          Value r = small_int_binary(arg % bytecode::kInplaceOffset, a.as_small_int(), b.as_small_int());
          if (!r.is_null()) PUSH_RESULT(r);
        } else {
          double x, y;
          if (float_operand(a, &x) && float_operand(b, &y)) {
            double d;
            if (float_binary_double(arg % bytecode::kInplaceOffset, x, y, &d)) {
              // The result is an operand of what follows (a + b*c, a*b < c):
              // run those instructions here on the unboxed double, in
              // program order, as long as each has a float fast path; only
              // the value that leaves the chain is boxed. They cannot raise,
              // and nothing can observe the skipped dispatches (f->lasti is
              // not stored per instruction).
              for (;;) {
                uint32_t next = *ip;
                Opcode next_op = bytecode::opcode_of(next);
                auto is_load = [](Opcode op) { return op == Opcode::LOAD_FAST || op == Opcode::LOAD_CONST; };
                auto loaded = [&](uint32_t load) {
                  return bytecode::opcode_of(load) == Opcode::LOAD_FAST ? slots[bytecode::arg_of(load)]
                                                                        : consts[bytecode::arg_of(load)];
                };
                Value other;      // the other operand, when it is a value on the stack or loaded
                double pair = 0;  // ... or the double two loads and an operation made (a*b + c*d)
                bool paired = false;
                int width = 1;
                if (is_load(next_op)) {
                  // d is the left operand of what follows the load.
                  other = loaded(next);
                  if (other.is_null()) break;  // unbound: LOAD_FAST raises
                  next = ip[1];
                  next_op = bytecode::opcode_of(next);
                  width = 2;
                  if (is_load(next_op) && bytecode::opcode_of(ip[2]) == Opcode::BINARY_OP) {
                    // d OP (x OP2 y): x OP2 y is float arithmetic only when
                    // one of them is a float (int OP2 int stays exact).
                    Value other2 = loaded(next);
                    double x2, y2;
                    auto exact_float = [](Value v) { return v.is_object() && v.as_object()->type() == g_float_type; };
                    if (other2.is_null() || !(exact_float(other) || exact_float(other2)) ||
                        !float_operand(other, &x2) || !float_operand(other2, &y2) ||
                        !float_binary_double(bytecode::arg_of(ip[2]) % bytecode::kInplaceOffset, x2, y2, &pair))
                      break;
                    paired = true;
                    next = ip[3];
                    next_op = bytecode::opcode_of(next);
                    width = 4;
                  }
                } else {
                  other = PEEK(2);  // d is the right operand
                }
                uint32_t next_arg = bytecode::arg_of(next);
                double o = pair;
                if (next_op == Opcode::BINARY_OP) {
                  if (!paired && !float_operand(other, &o)) break;
                  double l = width > 1 ? d : o, r = width > 1 ? o : d;
                  if (!float_binary_double(next_arg % bytecode::kInplaceOffset, l, r, &d)) break;
                  if (width == 1) --sp;
                  ip += width;
                  continue;
                }
                if (next_op == Opcode::COMPARE_OP) {
                  if (!paired && !exact_float_operand(other, &o)) break;
                  bool t = width > 1 ? bytecode::compare_ordered(d, o, next_arg)
                                     : bytecode::compare_ordered(o, d, next_arg);
                  if (width == 1) --sp;
                  ip += width;
                  PUSH_CONDITION(t);
                }
                break;
              }
              PUSH_RESULT(float_from_double(d));
            }
            Value r = float_binary_fast(arg % bytecode::kInplaceOffset, x, y);
            if (!r.is_null()) {
              TOP() = r;
              DISPATCH();
            }
          }
        }
        if (a.is_object() && b.is_object() && a.as_object()->type() == b.as_object()->type() &&
            (arg == static_cast<uint32_t>(bytecode::BinaryOp::Add) ||
             arg == static_cast<uint32_t>(bytecode::BinaryOp::Add) + bytecode::kInplaceOffset)) {
          // Concatenation of exact str, tuple and list (list += extends: not here).
          TypeObject* t = a.as_object()->type();
          if (t == g_str_type) {
            TOP() = str_concat(a, b);
            DISPATCH();
          }
          if (t == g_tuple_type) {
            int64_t na = tuple_size(a), nb = tuple_size(b);
            if (nb == 0 || na == 0) {
              TOP() = nb == 0 ? a : b;
              DISPATCH();
            }
            TupleObject* r = tuple_new(na + nb);
            Value* items = stm::view(r)->items;
            for (int64_t i = 0; i < na; ++i) items[i] = tuple_items(a)[i];
            for (int64_t i = 0; i < nb; ++i) items[na + i] = tuple_items(b)[i];
            TOP() = Value::from_object(r);
            DISPATCH();
          }
          if (t == g_list_type && arg < bytecode::kInplaceOffset) {
            int64_t na = list_size(a), nb = list_size(b);
            Value r = list_new(na + nb);
            for (int64_t i = 0; i < na; ++i) list_append(r, list_get(a, i));
            for (int64_t i = 0; i < nb; ++i) list_append(r, list_get(b, i));
            TOP() = r;
            DISPATCH();
          }
        }
        if (a.is_object() && a.as_object()->kind() == ObjectKind::Instance) {
          // type(a).__op__ of a Python class runs in this loop, as a call;
          // its return (kFrameBinaryOp) finishes the operation.
          Value method = binary_forward_method(a, b, arg);
          if (!method.is_null()) {
            Value pair[2] = {a, b};
            FunctionObject* function = method.as<FunctionObject>();
            FrameObject* callee = bind_call_simple(function, stm::read(function), pair, 2);
            if (!callee) {
              callee = CHECK(bind_call(ts, function, pair, 2, nullptr));
              REOPEN();
            }
            ++sp;  // b again: a and b stay below the call
            ENTER_CALLEE(callee, kFrameBinaryOp);
            DISPATCH();
          }
        }
        Value r = CHECK(binary_op(ts, a, b, arg));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(UNARY_OP): {
        Value r = CHECK(unary_op(ts, TOP(), arg));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(COMPARE_OP): {
        Value b = POP();
        Value a = TOP();
        if (a.is_small_int() && b.is_small_int()) PUSH_CONDITION(bytecode::compare_ordered(a.as_small_int(), b.as_small_int(), arg));
        double x, y;
        if (exact_float_operand(a, &x) && exact_float_operand(b, &y)) PUSH_CONDITION(bytecode::compare_ordered(x, y, arg));
        Value r = CHECK(rich_compare(ts, a, b, arg));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(IS_OP): {
        Value b = POP();
        bool same = TOP().is(b);
        PUSH_CONDITION(arg ? !same : same);
      }
      TARGET(CONTAINS_OP): {
        Value container = POP();
        bool in = CHECK(contains(ts, container, TOP()));
        REOPEN();
        PUSH_CONDITION(arg ? !in : in);
      }
      TARGET(BINARY_SUBSCR): {
        Value key = POP();
        Value container = TOP();
        if (container.is_object()) {
          // Exact list, tuple and dict; out-of-range indexes and other
          // containers take get_item (which raises).
          TypeObject* t = container.as_object()->type();
          if (key.is_small_int() && (t == g_list_type || t == g_tuple_type)) {
            int64_t i = key.as_small_int();
            int64_t n = t == g_list_type ? list_size(container) : tuple_size(container);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
              TOP() = t == g_list_type ? list_get(container, i) : tuple_items(container)[i];
              DISPATCH();
            }
          } else if (t == g_list_type && key.is_object() && key.as_object()->kind() == ObjectKind::Slice) {
            Value r = CHECK(list_get_slice(ts, container, key));
            REOPEN();
            TOP() = r;
            DISPATCH();
          } else if (t == g_dict_type) {
            Value r = CHECK(dict_get(ts, container, key));
            REOPEN();
            if (r.is_absent()) {
              raise_with_args(ts, g_exc_KeyError, key);
              goto error;
            }
            TOP() = r;
            DISPATCH();
          }
        }
        Value r = CHECK(get_item(ts, TOP(), key));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(STORE_SUBSCR): {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        if (key.is_small_int() && container.is_object() && container.as_object()->type() == g_list_type) {
          int64_t i = key.as_small_int();
          int64_t n = list_size(container);
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            list_set(container, i, v);
            DISPATCH();
          }
        } else if (key.is_object() && key.as_object()->kind() == ObjectKind::Slice && container.is_object() &&
                   container.as_object()->type() == g_list_type) {
          CHECK(list_assign_slice(ts, container, key, v));
          REOPEN();
          DISPATCH();
        }
        CHECK(set_item(ts, container, key, v));
        REOPEN();
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR): {
        Value key = POP();
        Value container = POP();
        CHECK(del_item(ts, container, key));
        REOPEN();
        DISPATCH();
      }
      TARGET(BUILD_SLICE): {
        Value step = arg == 3 ? POP() : g_none;
        Value stop = POP();
        Value start = POP();
        PUSH(slice_new(start, stop, step));
        DISPATCH();
      }
      TARGET(BUILD_TUPLE): {
        Value t = tuple_from(sp - arg, arg);
        sp -= arg;
        PUSH(t);
        DISPATCH();
      }
      TARGET(BUILD_LIST): {
        Value l = list_from(sp - arg, arg);
        sp -= arg;
        PUSH(l);
        DISPATCH();
      }
      TARGET(BUILD_SET): {
        Value s = set_new(g_set_type);
        for (uint32_t i = 0; i < arg; ++i) CHECK(set_add(ts, s, sp[-static_cast<int>(arg) + static_cast<int>(i)]));
        REOPEN();
        sp -= arg;
        PUSH(s);
        DISPATCH();
      }
      TARGET(BUILD_MAP): {
        Value d = dict_new();
        for (uint32_t i = 0; i < arg; ++i) {
          Value k = sp[-2 * static_cast<int>(arg) + 2 * static_cast<int>(i)];
          Value v = sp[-2 * static_cast<int>(arg) + 2 * static_cast<int>(i) + 1];
          CHECK(dict_set(ts, d, k, v));
        }
        REOPEN();
        sp -= 2 * arg;
        PUSH(d);
        DISPATCH();
      }
      TARGET(BUILD_STRING): {
        Value s = str_join_values(sp - arg, arg, str_from_ascii(""));
        sp -= arg;
        PUSH(s);
        DISPATCH();
      }
      TARGET(LIST_APPEND): {
        Value v = POP();
        list_append(PEEK(arg), v);
        DISPATCH();
      }
      TARGET(SET_ADD): {
        Value v = POP();
        CHECK(set_add(ts, PEEK(arg), v));
        REOPEN();
        DISPATCH();
      }
      TARGET(MAP_ADD): {
        Value v = POP();
        Value k = POP();
        CHECK(dict_set(ts, PEEK(arg), k, v));
        REOPEN();
        DISPATCH();
      }
      TARGET(LIST_EXTEND): {
        Value it = POP();
        Value list = PEEK(arg);
        if (!is_star_iterable(ts, it)) goto error;
        CHECK(list_extend(ts, list, it));
        REOPEN();
        DISPATCH();
      }
      TARGET(SET_UPDATE): {
        Value it = POP();
        CHECK(set_update(ts, PEEK(arg), it));
        REOPEN();
        DISPATCH();
      }
      TARGET(DICT_UPDATE): {
        Value m = POP();
        if (!is_dict(m) && lookup_special(m, g_name_keys).is_null()) {
          raise_type_error(ts, "'%s' object is not a mapping", type_name_of(m).c_str());
          goto error;
        }
        CHECK(dict_update(ts, PEEK(arg), m));
        REOPEN();
        DISPATCH();
      }
      TARGET(DICT_MERGE): {
        Value m = POP();
        Value target = PEEK(arg);
        if (!is_dict(m) && lookup_special(m, g_name_keys).is_null()) {
          // Stack: callable NULL args_tuple kwargs_dict ... (m popped).
          raise_type_error(ts, "%s argument after ** must be a mapping, not %s",
                           callable_display(PEEK(arg + 3)).c_str(), type_name_of(m).c_str());
          goto error;
        }
        Value tmp = dict_new();
        CHECK(dict_update(ts, tmp, m));
        int64_t pos = 0;
        Value k, v;
        while (dict_next(tmp, &pos, &k, &v)) {
          Value existing = CHECK(dict_get(ts, target, k));
          if (!existing.is_absent()) {
            std::string key = type_of(k) == g_str_type ? str_to_utf8(k) : "?";
            raise_type_error(ts, "%s got multiple values for keyword argument '%s'",
                             callable_display(PEEK(arg + 3)).c_str(), key.c_str());
            goto error;
          }
          CHECK(dict_set(ts, target, k, v));
        }
        REOPEN();
        break;  // not DISPATCH(): a computed goto skips destructors
      }
      TARGET(LIST_TO_TUPLE):
        TOP() = list_to_tuple(TOP());
        DISPATCH();
      TARGET(UNPACK_SEQUENCE): {
        Value seq = POP();
        if (seq.is_object()) {
          // An exact tuple or list of the right length: item 0 ends on top.
          TypeObject* t = seq.as_object()->type();
          if (t == g_tuple_type && tuple_size(seq) == static_cast<int64_t>(arg)) {
            const Value* items = tuple_items(seq);
            for (uint32_t i = 0; i < arg; ++i) sp[arg - 1 - i] = items[i];
            sp += arg;
            DISPATCH();
          }
          if (t == g_list_type && list_size(seq) == static_cast<int64_t>(arg)) {
            for (uint32_t i = 0; i < arg; ++i) sp[arg - 1 - i] = list_get(seq, i);
            sp += arg;
            DISPATCH();
          }
        }
        CHECK(unpack_sequence(ts, seq, arg, sp + arg));
        REOPEN();
        sp += arg;
        DISPATCH();
      }
      TARGET(UNPACK_EX): {
        Value seq = POP();
        uint32_t before = arg & 0xff, after = arg >> 8;
        uint32_t total = before + after + 1;
        CHECK(unpack_ex(ts, seq, before, after, sp + total));
        REOPEN();
        sp += total;
        DISPATCH();
      }
      TARGET(FORMAT_VALUE): {
        Value spec = (arg & 4) ? POP() : Value();
        Value r = CHECK(format_with_conversion(ts, TOP(), arg, spec));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(JUMP):
        if (static_cast<int>(arg) < pc - 1) {
          CHECK_SIGNALS();
          SYNC_LASTI();  // a boundary may let others look at this frame: it is at its jump
          ip = code + arg;
          TRANSACTION_BOUNDARY();
        } else {
          ip = code + arg;
        }
        DISPATCH();
      TARGET(POP_JUMP_IF_FALSE): {
        Value v = POP();
        bool t;
        if (v.is(g_true)) t = true;
        else if (v.is(g_false)) t = false;
        else { t = CHECK(is_true(ts, v)); REOPEN(); }
        if (!t) ip = code + arg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_TRUE): {
        Value v = POP();
        bool t;
        if (v.is(g_true)) t = true;
        else if (v.is(g_false)) t = false;
        else { t = CHECK(is_true(ts, v)); REOPEN(); }
        if (t) ip = code + arg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NONE):
        if (POP().is(g_none)) ip = code + arg;
        DISPATCH();
      TARGET(POP_JUMP_IF_NOT_NONE):
        if (!POP().is(g_none)) ip = code + arg;
        DISPATCH();
      TARGET(JUMP_IF_FALSE_OR_POP): {
        bool t = CHECK(is_true(ts, TOP()));
        REOPEN();
        if (!t) ip = code + arg;
        else --sp;
        DISPATCH();
      }
      TARGET(JUMP_IF_TRUE_OR_POP): {
        bool t = CHECK(is_true(ts, TOP()));
        REOPEN();
        if (t) ip = code + arg;
        else --sp;
        DISPATCH();
      }
      TARGET(GET_ITER): {
        Value it = CHECK(get_iter(ts, TOP()));
        REOPEN();
        TOP() = it;
        DISPATCH();
      }
      TARGET(FOR_ITER): {
        Value it = TOP();
        Value v;
        if (it.is_object() && it.as_object()->kind() == ObjectKind::RangeIterator) {
          RangeIteratorObject* ri = stm::write(it.as<RangeIteratorObject>());
          if (ri->remaining <= 0) {
            v = Value::absent();
          } else {
            int64_t n = ri->next;
            ri->next += ri->step;
            ri->remaining -= 1;
            v = Value::fits_small_int(n) ? Value::small_int(n) : int_from_int64(n);
          }
        } else if (it.is_object() && it.as_object()->type() == g_list_iterator_type &&
                   stm::read(it.as<SeqIteratorObject>())->seq.is_object() &&
                   stm::read(it.as<SeqIteratorObject>())->seq.as_object()->kind() == ObjectKind::List) {
          // builtin_iterator_next's list case, inline.
          SeqIteratorObject* si = it.as<SeqIteratorObject>();
          const SeqIteratorObject* r = stm::read(si);
          Value seq = r->seq;
          int64_t i = r->index;
          if (i >= list_size(seq)) {
            stm::write(si)->seq = Value();
            v = Value::absent();
          } else {
            stm::write(si)->index = i + 1;
            v = list_get(seq, i);
          }
        } else if (it.is_object() && it.as_object()->kind() == ObjectKind::Generator &&
                   ts.recursion_depth < ts.recursion_limit) {
          // A generator runs in this loop, as a call does: its yield pushes
          // the value here, its return ends the loop (RETURN_VALUE, YIELD_VALUE
          // and the unwinding below handle kFrameGenInline).
          FrameObject* generator_frame;
          if (generator_enter_inline(ts, it, &generator_frame)) {
            SAVE_FRAME();
            ++ts.recursion_depth;
            stm::write(generator_frame)->back = frame;
            frame = generator_frame;
            ts.frame = frame;
            LOAD_FRAME();
            DISPATCH();
          }
          v = CHECK(iter_next(ts, it));
          REOPEN();
        } else {
          v = CHECK(iter_next(ts, it));
          REOPEN();
        }
        if (v.is_absent()) {
          --sp;
          ip = code + arg;
        } else if (bytecode::opcode_of(*ip) == Opcode::STORE_FAST) {
          // `for x in ...`: the loop variable is stored here, one dispatch less.
          slots[bytecode::arg_of(*ip)] = v;
          ++ip;
        } else {
          PUSH(v);
        }
        DISPATCH();
      }
      TARGET(RETURN_VALUE): {
        retval = POP();
        SAVE_FRAME();
        if (f->flags & kFrameEntry) {
          LEAVE_OUTERMOST();
          --ts.recursion_depth;
          ts.frame = saved_caller;
          f->flags &= ~kFrameEntry;
          return retval;
        }
        --ts.recursion_depth;
        if (f->flags & kFrameGenInline) {
          // A generator resumed by FOR_ITER ended: the loop is over (the
          // return value only matters to yield from).
          f->flags &= ~kFrameGenInline;
          frame = f->back;
          ts.frame = frame;
          LOAD_FRAME();
          generator_leave_inline(ts, TOP(), false, false);
          --sp;
          ip = code + bytecode::arg_of(ip[-1]);
          DISPATCH();
        }
        FrameObject* finished = frame;
        uint32_t finished_flags = f->flags;
        frame = f->back;
        ts.frame = frame;
        frame_release(finished);
        LOAD_FRAME();
        if (finished_flags & kFrameInit) [[unlikely]] {
          // The instance is already on the caller's stack.
          if (!retval.is(g_none)) {
            raise_type_error(ts, "__init__() should return None, not '%s'", type_name_of(retval).c_str());
            goto error;
          }
        } else if (finished_flags & kFrameBinaryOp) {
          // The operands are on the caller's stack; pc is past its BINARY_OP.
          Value b = POP();
          if (retval.is(g_notimplemented)) [[unlikely]] {
            retval = CHECK(binary_op_after_forward(ts, TOP(), b, bytecode::arg_of(code[pc - 1])));
            REOPEN();
          }
          TOP() = retval;
        } else {
          PUSH(retval);
        }
        TRANSACTION_BOUNDARY();
        DISPATCH();
      }
      TARGET(CALL):
      TARGET(CALL_KW): {
        TupleObject* kwnames = nullptr;
        uint32_t total = arg;
        if (bytecode::opcode_of(word) == Opcode::CALL_KW) kwnames = POP().as<TupleObject>();
        size_t nkw = kwnames ? static_cast<size_t>(stm::view(kwnames)->size) : 0;
        Value* args = sp - total;
        Value self = args[-1];
        Value callable = args[-2];
        size_t npos = total - nkw;
        if (!self.is_null()) {
          --args;
          ++npos;
        }
        if (callable.is_object() && callable.as_object()->kind() == ObjectKind::BoundMethod && self.is_null()) {
          // Unpack the bound method into the NULL slot: no argument copy.
          const BoundMethodObject* m = stm::view(callable.as<BoundMethodObject>());
          args[-1] = m->self;
          args[-2] = m->function;
          callable = m->function;
          --args;
          ++npos;
        }
        if (self.is_null() && callable.is_object() && callable.as_object()->kind() == ObjectKind::Type) {
          InlineCache& e = ic[pc - 1];
          TypeObject* cls = callable.as<TypeObject>();
          uint64_t version = inline_cache_version();
          if (e.key != cls || e.version != version) [[unlikely]]
            fill_init_cache(e, cls, version);
          if (e.aux == kCallPythonInit) {
            // Stack: cls NULL args... -> instance instance args...; the
            // lower copy stays as the call's result, the upper is self.
            Value init = e.value;
            Value instance = Value::from_object(
                instance_allocate(cls, static_cast<uint32_t>(e.index2), static_cast<AttrLayout*>(const_cast<void*>(e.key2))));
            args[-1] = instance;
            args[-2] = instance;
            FunctionObject* init_fn = init.as<FunctionObject>();
            FrameObject* callee =
                kwnames ? nullptr : bind_call_simple(init_fn, stm::read(init_fn), args - 1, npos + 1);
            if (!callee) {
              callee = CHECK(bind_call(ts, init_fn, args - 1, npos + 1, kwnames));
              REOPEN();
            }
            sp = args - 1;
            ENTER_CALLEE(callee, kFrameInit);
            DISPATCH();
          }
        }
        if (callable.is_object() && callable.as_object()->kind() == ObjectKind::Function) {
          FunctionObject* function = callable.as<FunctionObject>();
          const FunctionObject* fn = stm::read(function);
          if (!(stm::view(fn->code)->flags &
                (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))) {
            // The simple binding allocates at most (no Python code runs): the
            // frame needs no re-opening.
            FrameObject* callee = kwnames ? nullptr : bind_call_simple(function, fn, args, npos);
            if (!callee) {
              callee = CHECK(bind_call(ts, function, args, npos, kwnames));
              REOPEN();
            }
            sp = sp - total - 2;
            ENTER_CALLEE(callee, 0u);
            DISPATCH();
          }
        }
        if (callable.is_object() && callable.as_object()->kind() == ObjectKind::BuiltinFunction &&
            (stm::view(callable.as<BuiltinFunctionObject>())->method->flags & kNativeCollects)) [[unlikely]]
          gc::clear_dead_stack();
        SAVE_FRAME();
        Value r = CHECK(call(ts, callable, CallArgs{args, npos, kwnames}));
        REOPEN();
        sp = slots + f->sp - total - 2;
        PUSH(r);
        DISPATCH();
      }
      TARGET(CALL_FUNCTION_EX): {
        Value kwargs = (arg & 1) ? POP() : Value();
        Value args = POP();
        --sp;  // the NULL below the arguments
        Value callable = POP();
        if (type_of(args) != g_tuple_type) {
          if (!is_star_iterable(ts, args, callable)) goto error;
          Value list = CHECK(sequence_to_list(ts, args));
          args = list_to_tuple(list);
        }
        ValueVector buffer;
        for (int64_t i = 0; i < tuple_size(args); ++i) buffer.push_back(tuple_item(args, i));
        Value kwnames;
        if (!kwargs.is_null()) {
          if (!is_dict(kwargs)) {
            Value d = dict_new();
            CHECK(dict_update(ts, d, kwargs));
            kwargs = d;
          }
          ValueVector keys;
          int64_t pos = 0;
          Value k, v;
          while (dict_next(kwargs, &pos, &k, &v)) {
            if (type_of(k) != g_str_type) {
              raise_type_error(ts, "keywords must be strings");
              goto error;
            }
            keys.push_back(k);
            buffer.push_back(v);
          }
          if (!keys.empty()) kwnames = tuple_from(keys.data(), static_cast<int64_t>(keys.size()));
        }
        size_t npos = static_cast<size_t>(tuple_size(args));
        TupleObject* kwtuple = kwnames.is_null() ? nullptr : kwnames.as<TupleObject>();
        // A Python function (or a bound method of one) runs in this loop, as
        // with CALL: no nested loop, so its code keeps reaching transaction
        // boundaries (f(*args) is how thread pools and queues call tasks).
        Value target = callable;
        if (target.is_object() && target.as_object()->kind() == ObjectKind::BoundMethod) {
          const BoundMethodObject* m = stm::view(target.as<BoundMethodObject>());
          buffer.raw().insert(buffer.begin(), m->self);
          target = m->function;
          ++npos;
        }
        if (target.is_object() && target.as_object()->kind() == ObjectKind::Function &&
            !(stm::view(stm::read(target.as<FunctionObject>())->code)->flags &
              (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))) {
          FrameObject* callee = CHECK(bind_call(ts, target.as<FunctionObject>(), buffer.data(), npos, kwtuple));
          REOPEN();
          ENTER_CALLEE(callee, 0u);
          break;
        }
        SAVE_FRAME();
        // (A bound method's self is already first in the buffer.)
        Value r = CHECK(call(ts, target, CallArgs{buffer.data(), npos, kwtuple}));
        REOPEN();
        PUSH(r);
        break;  // not DISPATCH(): a computed goto skips destructors
      }
      TARGET(MAKE_FUNCTION): {
        int popped = 0;
        Value fn = CHECK(make_function(ts, f, sp, arg, &popped));
        sp -= popped;
        PUSH(fn);
        DISPATCH();
      }
      TARGET(LOAD_BUILD_CLASS): {
        Value v = f->builtins ? dict_get_str(Value::from_object(f->builtins), g_name___build_class__) : Value();
        if (v.is_null()) {
          raise(ts, g_exc_NameError, "__build_class__ not found");
          goto error;
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(SETUP_ANNOTATIONS): {
        Value existing = is_exact_dict(f->locals) ? dict_get_str(f->locals, g_name___annotations__) : Value();
        if (existing.is_null()) {
          if (is_exact_dict(f->locals)) dict_set_str(f->locals, g_name___annotations__, dict_new());
          else CHECK(set_item(ts, f->locals, g_name___annotations__, dict_new()));
        }
        DISPATCH();
      }
      TARGET(LOAD_ASSERTION_ERROR):
        PUSH(Value::from_object(g_exc_AssertionError));
        DISPATCH();
      TARGET(RAISE_VARARGS): {
        if (arg == 0) {
          Value handled = current_handled_exception(ts);
          if (handled.is_null() || handled.is(g_none)) {
            raise(ts, g_exc_RuntimeError, "No active exception to reraise");
            goto error;
          }
          ts.pending_exception = handled;
          reraise = true;
          goto error;
        }
        Value cause = arg == 2 ? POP() : Value();
        Value exc = POP();
        SYNC_LASTI();  // raise_value may call the class (its __init__ may look at this frame)
        raise_value(ts, exc);
        if (arg == 2 && !ts.pending_exception.is_null() && is_exception_instance(ts.pending_exception)) {
          Value instance = ts.pending_exception;
          Value cause_value;
          if (cause.is(g_none)) {
            cause_value = Value();
          } else if (is_exception_class(cause)) {
            Result<Value> c2 = call(ts, cause, {});
            if (c2.is_error()) goto error;
            ts.pending_exception = instance;
            cause_value = c2.value();
          } else if (is_exception_instance(cause)) {
            cause_value = cause;
          } else {
            raise_type_error(ts, "exception causes must derive from BaseException");
            goto error;
          }
          ExceptionObject* e = stm::write(instance.as<ExceptionObject>());
          e->cause = cause_value;
          e->suppress_context = true;
        }
        goto error;
      }
      TARGET(PUSH_EXC_INFO): {
        Value exc = TOP();
        TOP() = ts.handled_exception.is_null() ? g_none : ts.handled_exception;
        PUSH(exc);
        ts.handled_exception = exc;
        DISPATCH();
      }
      TARGET(POP_EXCEPT): {
        Value prev = POP();
        ts.handled_exception = prev.is(g_none) ? Value() : prev;
        DISPATCH();
      }
      TARGET(CHECK_EXC_MATCH): {
        Value type = POP();
        Value exc = TOP();
        auto valid = [](Value t) { return is_exception_class(t); };
        bool match = false;
        if (type_of(type) == g_tuple_type) {
          for (int64_t i = 0; i < tuple_size(type); ++i) {
            Value t = tuple_item(type, i);
            if (!valid(t)) {
              raise_type_error(ts, "catching classes that do not inherit from BaseException is not allowed");
              goto error;
            }
            match |= is_instance_of(exc, t.as<TypeObject>());
          }
        } else {
          if (!valid(type)) {
            raise_type_error(ts, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
          }
          match = is_instance_of(exc, type.as<TypeObject>());
        }
        PUSH(bool_value(match));
        DISPATCH();
      }
      TARGET(CHECK_EG_MATCH): {
        Value type = POP();
        Value match, rest;
        SAVE_FRAME();
        CHECK(except_star_match(ts, TOP(), type, &match, &rest));
        REOPEN();
        if (!match.is(g_none)) {
          TOP() = rest;
          ts.handled_exception = match;
        }
        PUSH(match);
        DISPATCH();
      }
      TARGET(PREP_RERAISE_STAR): {
        Value list = POP();
        Value r = CHECK(prep_reraise_star(ts, TOP(), list));
        REOPEN();
        TOP() = r;
        DISPATCH();
      }
      TARGET(RERAISE): {
        Value exc = POP();
        SYNC_LASTI();
        if (arg) {
          Value lasti = POP();
          if (lasti.is_small_int()) f->lasti = static_cast<int32_t>(lasti.as_small_int());
        }
        ts.pending_exception = exc;
        reraise = true;
        goto error;
      }
      TARGET(BEFORE_WITH): {
        Value mgr = TOP();
        // A lock's critical section begins a transaction of its own when the
        // running one has done much work: threads taking the same lock then
        // conflict over that short transaction instead of throwing away all
        // the work before it (two workers appending their results under one
        // lock at the end of cpu_mix lost 15-30 ms that way). The boundary
        // comes before this instruction, which runs again after it.
        if (tls_nested_loops == 1 && ts.ticks >= kCriticalSectionTicks && mgr.is_object() &&
            (type_of(mgr)->flags & kTypeCriticalSection) && atomic_depth() == 0 && threads_run_parallel()) {
          --ip;
          SYNC_LASTI();
          ts.ticks = ts.transaction_budget;
          TRANSACTION_BOUNDARY();
          DISPATCH();
        }
        Value enter = lookup_special(mgr, g_name___enter__);
        Value exit = lookup_special(mgr, g_name___exit__);
        if (enter.is_null() || exit.is_null()) {
          raise_type_error(ts, "'%s' object does not support the context manager protocol%s",
                           type_name_of(mgr).c_str(), enter.is_null() ? "" : " (missed __exit__ method)");
          goto error;
        }
        Value bound_exit = CHECK(bind_descriptor(ts, exit, mgr, type_of(mgr)));
        Value bound_enter = CHECK(bind_descriptor(ts, enter, mgr, type_of(mgr)));
        TOP() = bound_exit;
        SAVE_FRAME();
        Value r = CHECK(call(ts, bound_enter, {}));
        REOPEN();
        PUSH(r);
        DISPATCH();
      }
      TARGET(WITH_EXCEPT_START): {
        Value exc = TOP();
        Value exit = PEEK(4);
        Value tb = stm::read(exc.as<ExceptionObject>())->traceback;
        SAVE_FRAME();
        Value r = CHECK(call(ts, exit, {Value::from_object(type_of(exc)), exc, tb.is_null() ? g_none : tb}));
        REOPEN();
        PUSH(r);
        DISPATCH();
      }
      TARGET(YIELD_VALUE): {
        retval = POP();
        SAVE_FRAME();
        if (f->flags & kFrameGenInline) {
          // Back to the FOR_ITER that resumed it, in this loop; the
          // generator is on top.
          --ts.recursion_depth;
          f->flags &= ~kFrameGenInline;
          frame = f->back;
          ts.frame = frame;
          LOAD_FRAME();
          generator_leave_inline(ts, TOP(), true, false);
          PUSH(retval);
          DISPATCH();
        }
        LEAVE_OUTERMOST();
        --ts.recursion_depth;
        // Only generator frames yield, and otherwise a generator frame is an entry frame.
        ts.frame = saved_caller;
        f->flags &= ~kFrameEntry;
        tls_yielded = true;
        return retval;
      }
      TARGET(GET_YIELD_FROM_ITER): {
        Value v = TOP();
        if (type_of(v) == g_coroutine_type) {
          if (!(c->flags & (bytecode::CO_COROUTINE | bytecode::CO_ITERABLE_COROUTINE))) {
            raise_type_error(ts, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
          }
        } else if (type_of(v) != g_generator_type) {
          Value it = CHECK(get_iter(ts, v));
          REOPEN();
          TOP() = it;
        }
        DISPATCH();
      }
      TARGET(SEND): {
        Value v = POP();
        Value sub = TOP();
        Value r;
        bool returned = false;
        if (type_of(sub) == g_generator_type || type_of(sub) == g_coroutine_type) {
          SAVE_FRAME();
          r = CHECK(generator_resume(ts, sub, v, Value(), &returned));
        } else if (v.is(g_none) && is_builtin_iterator(sub)) {
          // Built-in iterators end without a value.
          r = CHECK(iter_next(ts, sub));
          if (r.is_absent()) {
            returned = true;
            r = g_none;
          }
        } else {
          SAVE_FRAME();
          Result<Value> sent = v.is(g_none) ? call_method(ts, sub, g_name___next__, {})
                                            : call_method(ts, sub, g_name_send, {v});
          if (sent.is_error()) {
            if (!pending_exception_matches(ts, g_exc_StopIteration)) goto error;
            Value stop = ts.pending_exception;
            clear_pending_exception(ts);
            Value args = exception_args(stop);
            r = tuple_size(args) ? tuple_item(args, 0) : g_none;
            returned = true;
          } else {
            r = sent.value();
          }
        }
        REOPEN();
        if (returned) {
          TOP() = r;
          ip = code + arg;
        } else {
          PUSH(r);
        }
        DISPATCH();
      }
      TARGET(IMPORT_NAME): {
        Value fromlist = POP();
        Value level = TOP();
        SAVE_FRAME();
        Value m = CHECK(import_module_level(ts, names[arg], Value::from_object(f->globals), fromlist, level));
        REOPEN();
        TOP() = m;
        DISPATCH();
      }
      TARGET(IMPORT_FROM): {
        Value module = TOP();
        SYNC_LASTI();
        Result<Value> r = get_attr(ts, module, names[arg]);
        if (r.is_error()) {
          if (!pending_exception_matches(ts, g_exc_AttributeError)) goto error;
          clear_pending_exception(ts);
          Value mod_name = CHECK(get_attr_optional(ts, module, g_name___name__));
          std::string mod = mod_name.is_absent() || type_of(mod_name) != g_str_type ? "?" : str_to_utf8(mod_name);
          // A submodule being imported circularly is already in sys.modules.
          Value sub = CHECK(dict_get(ts, sys_modules(), str_from_utf8(mod + "." + str_to_utf8(names[arg]))));
          if (!sub.is_absent()) {
            REOPEN();
            PUSH(sub);
            break;  // not DISPATCH(): a computed goto skips destructors
          }
          Value file = CHECK(get_attr_optional(ts, module, g_name___file__));
          std::string where = file.is_absent() || type_of(file) != g_str_type ? "unknown location" : str_to_utf8(file);
          raise(ts, g_exc_ImportError, "cannot import name '%s' from '%s' (%s)", str_to_utf8(names[arg]).c_str(),
                mod.c_str(), where.c_str());
          exception_set_field(ts.pending_exception, "name", str_from_utf8(mod));
          if (!file.is_absent()) exception_set_field(ts.pending_exception, "path", file);
          goto error;
        }
        REOPEN();
        PUSH(r.value());
        break;  // not DISPATCH(): a computed goto skips destructors
      }
      TARGET(IMPORT_STAR): {
        Value module = POP();
        CHECK(import_star(ts, f, module));
        REOPEN();
        DISPATCH();
      }
      TARGET(PRINT_EXPR): {
        Value v = POP();
        Value hook = dict_get_str(module_dict(sys_module()), str_intern("displayhook"));
        if (hook.is_null()) {
          (void)raise(ts, g_exc_RuntimeError, "lost sys.displayhook");
          goto error;
        }
        CHECK(call(ts, hook, {v}));
        REOPEN();
        break;  // not DISPATCH(): a computed goto skips destructors
      }
      TARGET(GET_AWAITABLE): {
        Value it = CHECK(get_awaitable(ts, TOP(), static_cast<int>(arg)));
        REOPEN();
        TOP() = it;
        DISPATCH();
      }
      TARGET(GET_AITER): {
        Value it = CHECK(get_aiter(ts, TOP()));
        REOPEN();
        TOP() = it;
        DISPATCH();
      }
      TARGET(GET_ANEXT): {
        Value awaitable = CHECK(get_anext(ts, TOP()));
        REOPEN();
        PUSH(awaitable);
        DISPATCH();
      }
      TARGET(END_ASYNC_FOR): {
        Value exc = POP();
        --sp;  // the async iterator
        if (is_instance_of(exc, g_exc_StopAsyncIteration)) DISPATCH();
        ts.pending_exception = exc;
        reraise = true;
        goto error;
      }
      TARGET(BEFORE_ASYNC_WITH): {
        Value exit;
        SAVE_FRAME();
        Value entered = CHECK(before_async_with(ts, TOP(), &exit));
        REOPEN();
        TOP() = exit;
        PUSH(entered);
        DISPATCH();
      }
      TARGET(GET_LEN): {
        int64_t n = CHECK(length(ts, TOP()));
        REOPEN();
        PUSH(Value::small_int(n));
        DISPATCH();
      }
      TARGET(MATCH_MAPPING): {
        Value is_mapping = bool_value(match_is_mapping(TOP()));
        PUSH(is_mapping);
        DISPATCH();
      }
      TARGET(MATCH_SEQUENCE): {
        Value is_sequence = bool_value(match_is_sequence(TOP()));
        PUSH(is_sequence);
        DISPATCH();
      }
      TARGET(MATCH_KEYS): {
        Value values = CHECK(match_keys(ts, PEEK(2), TOP()));
        REOPEN();
        PUSH(values);
        DISPATCH();
      }
      TARGET(MATCH_CLASS): {
        Value keyword_names = POP();
        Value cls = POP();
        Value attrs = CHECK(match_class(ts, TOP(), cls, arg, keyword_names));
        REOPEN();
        TOP() = attrs;
        DISPATCH();
      }
      default:
      op_unknown:
        raise(ts, g_exc_SystemError, "unknown opcode %s",
              std::string(bytecode::kOpcodeNames[static_cast<int>(bytecode::opcode_of(word))]).c_str());
        goto error;
    }
    continue;

  error:
    // A restart is pending: no handler runs; a nested loop returns at once,
    // the outermost restarts the transaction.
    if (ts.restart_pending) [[unlikely]] {
      if (tls_nested_loops > 1) {
        ts.frame = saved_caller;
        return restart_pending_error(ts);
      }
      goto restart;
    }
    // The pending exception propagates: record where, then find a handler in
    // this frame or unwind to the caller.
    {
      if (!reraise) SYNC_LASTI();  // RERAISE placed it already
      Value exc = ts.pending_exception;
      if (!reraise && is_exception_instance(exc)) exception_add_traceback(exc, frame, f->lasti);
      reraise = false;
      // The handler is found from the raising instruction itself; f->lasti
      // (which RERAISE may have moved) only places the traceback line.
      int raising_instruction = pc - 1;
      for (;;) {
        f = stm::write(frame);
        c = stm::view(f->code);
        const bytecode::ExceptionTableEntry* handler = find_handler(c, raising_instruction);
        if (handler) {
          slots = f->slots;
          sp = slots + f->stack_base + handler->depth;
          if (handler->push_lasti) PUSH(Value::small_int(f->lasti));
          PUSH(ts.pending_exception);
          clear_pending_exception(ts);
          code = c->code();
          consts = tuple_items(Value::from_object(c->consts));
          names = tuple_items(Value::from_object(c->names));
          ic = inline_caches_for(f->code, c->ninstructions);
          ip = code + handler->target;
          break;
        }
        if (f->flags & kFrameEntry) {
          LEAVE_OUTERMOST();
          --ts.recursion_depth;
          f->flags &= ~kFrameEntry;
          ts.frame = saved_caller;
          return kError;
        }
        --ts.recursion_depth;
        bool generator_raised = f->flags & kFrameGenInline;
        if (generator_raised) f->flags &= ~kFrameGenInline;
        frame = f->back;
        ts.frame = frame;
        f = stm::write(frame);
        // A generator resumed by FOR_ITER raised: it is finished, and the
        // exception (StopIteration made RuntimeError) continues in the caller.
        if (generator_raised) {
          generator_leave_inline(ts, f->slots[f->sp - 1], false, true);
          f = stm::write(frame);
        }
        raising_instruction = f->lasti;
        if (is_exception_instance(ts.pending_exception))
          exception_add_traceback(ts.pending_exception, frame, f->lasti);
      }
    }
    continue;

  restart:
    // The transaction aborted: continue where it began.
    frame = restart_transaction(ts);
    LOAD_FRAME();
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef SYNC_LASTI
#undef pc
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef REOPEN
#undef CHECK
#undef TRANSACTION_BOUNDARY
#undef LEAVE_OUTERMOST
#undef TARGET
#undef DISPATCH
#undef PUSH_CONDITION
#undef PUSH_RESULT
#undef ENTER_CALLEE
}

bool frame_yielded_and_reset() {
  bool y = tls_yielded;
  tls_yielded = false;
  return y;
}

Result<Value> call_python_function(ThreadState& ts, FunctionObject* function, CallArgs args) {
  FrameObject* frame = PY_TRY(bind_call(ts, function, args.args, args.nargs, args.kwnames));
  const CodeObject* c = stm::view(stm::read(function)->code);
  if (c->flags & (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR)) {
    TypeObject* type = (c->flags & bytecode::CO_COROUTINE)          ? g_coroutine_type
                       : (c->flags & bytecode::CO_ASYNC_GENERATOR) ? g_async_generator_type
                                                                    : g_generator_type;
    Value gen = generator_new(frame, type);
    stm::view(gen.as<GeneratorObject>())->name = stm::read(function)->name;
    stm::view(gen.as<GeneratorObject>())->qualname = stm::read(function)->qualname;
    return gen;
  }
  return run_frame(ts, frame);
}

Result<Value> run_code(ThreadState& ts, CodeObject* code, DictObject* globals, Value locals) {
  Value builtins = dict_get_str(Value::from_object(globals), g_name___builtins__);
  if (!builtins.is_null() && builtins.as_object()->kind() == ObjectKind::Module) builtins = module_dict(builtins);
  FrameObject* frame =
      frame_new(code, globals, builtins.is_null() ? nullptr : builtins.as<DictObject>(), locals, nullptr);
  return run_frame(ts, frame);
}

}  // namespace pystm
