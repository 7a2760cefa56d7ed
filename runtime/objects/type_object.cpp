// runtime/objects/type_object.cpp — class objects: lookup along the MRO, C3
// linearisation, creation of built-in and user-defined classes.
#include "runtime/objects/type_object.h"
#include "runtime/objects/weakref_object.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

#include "runtime/bytecode/opcodes.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/attr_layout.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/member_descriptor.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

void TypeObject::visit_edges(gc::Visitor& v) {
  visit_value(v, name);
  visit_value(v, qualname);
  visit_ptr(v, bases);
  visit_ptr(v, mro);
  visit_ptr(v, base);
  visit_ptr(v, dict);
  visit_value(v, slot_names);
  visit_value(v, subclasses);
  visit_ptr(v, instance_layout);
}

std::string type_tp_name(TypeObject* type) {
  const TypeObject* t = stm::read(type);
  if (t->flags & kTypeHeap) return type_name(type);
  Value module = dict_get_str(Value::from_object(t->dict), g_name___module__);
  if (module.is_null() || !is_instance_of(module, g_str_type) || str_to_utf8(module) == "builtins") return type_name(type);
  return str_to_utf8(module) + "." + type_name(type);
}

Status type_register_subclass(ThreadState& ts, TypeObject* type) {
  Value bases = Value::from_object(stm::read(type)->bases);
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    Value base = tuple_item(bases, i);
    if (!base.is_object() || base.as_object()->kind() != ObjectKind::Type) continue;
    Value ref = PY_TRY(weakref_new(ts, g_weakref_type, Value::from_object(type), g_none));
    TypeObject* b = base.as<TypeObject>();
    Value list = stm::read(b)->subclasses;
    if (list.is_null()) {
      list = list_from(nullptr, 0);
      stm::write(b)->subclasses = list;
    }
    list_append(list, ref);
  }
  return ok_status();
}

Value type_subclasses(TypeObject* type) {
  Value out = list_from(nullptr, 0);
  Value list = stm::read(type)->subclasses;
  if (list.is_null()) return out;
  for (int64_t i = 0; i < list_size(list); ++i) {
    Value sub = weakref_referent(list_get(list, i));
    if (sub.is_null()) continue;
    // A class whose __bases__ were reassigned stays in its old bases' lists:
    // count it only while `type` is still one of its bases, and once.
    Value sub_bases = Value::from_object(stm::read(sub.as<TypeObject>())->bases);
    bool current = false;
    for (int64_t j = 0; j < tuple_size(sub_bases) && !current; ++j) current = tuple_item(sub_bases, j).as<TypeObject>() == type;
    bool seen = false;
    for (int64_t j = 0; j < list_size(out) && !seen; ++j) seen = list_get(out, j).is(sub);
    if (current && !seen) list_append(out, sub);
  }
  return out;
}

bool type_allows_instance_attribute(TypeObject* type, Value name) {
  Value slots = stm::read(type)->slot_names;
  if (slots.is_null()) return true;
  for (int64_t i = 0; i < tuple_size(slots); ++i)
    if (str_equal(tuple_item(slots, i), name)) return true;
  return false;
}

namespace {

// The nearest class of type's MRO whose own __slots__ declare members: its
// instances have a fixed layout in CPython, so two unrelated ones cannot be
// combined. Null when there is none.
TypeObject* slotted_solid_base(TypeObject* type) {
  const TupleObject* mro = stm::view(stm::read(type)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    TypeObject* k = mro->items[i].as<TypeObject>();
    const TypeObject* kv = stm::read(k);
    if (!(kv->flags & kTypeHeap) || !kv->dict) continue;
    Value dict = Value::from_object(kv->dict);
    int64_t pos = 0;
    Value key, value;
    while (dict_next(dict, &pos, &key, &value))
      if (is_member_descriptor(value) && member_owner(value) == k) return k;
  }
  return nullptr;
}

// A private slot name (__x) is stored mangled like an attribute (_Cls__x).
Value mangle_slot_name(TypeObject* klass, Value name) {
  std::string n = str_to_utf8(name);
  if (n.size() < 3 || n.compare(0, 2, "__") != 0 || n.compare(n.size() - 2, 2, "__") == 0) return name;
  std::string cls = type_name(klass);
  size_t i = cls.find_first_not_of('_');
  if (i == std::string::npos) return name;
  return str_intern_value(str_from_utf8("_" + cls.substr(i) + n));
}

// Checks a class's own __slots__ as CPython does and puts a member
// descriptor in the namespace for each slot but __dict__ and __weakref__.
Status add_slot_descriptors(ThreadState& ts, TypeObject* type, Value dict, Value own_slots, Value bases) {
  Value list = is_instance_of(own_slots, g_str_type) ? list_from(&own_slots, 1) : PY_TRY(sequence_to_list(ts, own_slots));
  bool base_has_dict = false;
  TypeObject* variable_base = nullptr;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    TypeObject* b = tuple_item(bases, i).as<TypeObject>();
    const TypeObject* bv = stm::read(b);
    if ((bv->flags & kTypeHeap) && bv->slot_names.is_null()) base_has_dict = true;
    // CPython also refuses tuple subclasses; pystm's struct sequences
    // (stdlib/struct_sequence.cpp) rely on a slotted tuple subclass.
    if (bv->instance_kind == ObjectKind::BigInt || bv->instance_kind == ObjectKind::Bytes) {
      variable_base = b;
      while (stm::read(variable_base)->flags & kTypeHeap) variable_base = stm::read(variable_base)->base;
    }
  }
  bool seen_dict = false;
  for (int64_t j = 0; j < list_size(list); ++j) {
    Value name = list_get(list, j);
    if (!is_instance_of(name, g_str_type))
      return raise_type_error(ts, "__slots__ items must be strings, not '%s'", type_name_of(name).c_str());
    if (!PY_TRY(is_true(ts, PY_TRY(call_method(ts, name, str_intern("isidentifier"), {})))))
      return raise_type_error(ts, "__slots__ must be identifiers");
    if (str_equal(name, g_name___dict__)) {
      if (base_has_dict || seen_dict) return raise_type_error(ts, "__dict__ slot disallowed: we already got one");
      seen_dict = true;
      continue;
    }
    if (str_equal(name, g_name___weakref__)) continue;
    if (variable_base)
      return raise_type_error(ts, "nonempty __slots__ not supported for subtype of '%s'",
                              type_name(variable_base).c_str());
    Value mangled = mangle_slot_name(type, name);
    Value existing = dict_get_str(dict, mangled);
    // A name listed twice (datetime's __slots__ repeats '_hashcode') keeps
    // the descriptor this loop made; anything else already there conflicts.
    if (is_member_descriptor(existing) && member_owner(existing) == type) continue;
    if (!existing.is_null())
      return raise_value_error(ts, "%s in __slots__ conflicts with class variable", PY_TRY(repr_utf8(ts, name)).c_str());
    dict_set_str(dict, mangled, member_descriptor_new(mangled, type, Value()));
  }
  return ok_status();
}

// __slots__ (data model §3.3.2.4): the names of `type` and its bases, or absent
// when some class of the MRO (object aside) has no __slots__ or a '__dict__' slot.
Result<Value> compute_slot_names(ThreadState& ts, TypeObject* type) {
  const TupleObject* mro = stm::view(stm::read(type)->mro);
  ValueVector names;
  for (int64_t i = 0; i < mro->size; ++i) {
    TypeObject* klass = mro->items[i].as<TypeObject>();
    if (klass == g_object_type) continue;
    const TypeObject* k = stm::read(klass);
    if (!(k->flags & kTypeHeap)) {
      // A built-in base with instance dicts (exceptions) keeps them; others
      // (str, int, ...) have none to add.
      if (k->flags & kTypeHasInstanceDict) return Value::absent();
      continue;
    }
    Value slots = dict_get_str(Value::from_object(k->dict), str_intern("__slots__"));
    if (slots.is_null()) return Value::absent();
    Value list = is_instance_of(slots, g_str_type) ? list_from(&slots, 1) : PY_TRY(sequence_to_list(ts, slots));
    for (int64_t j = 0; j < list_size(list); ++j) {
      Value name = list_get(list, j);
      if (!is_instance_of(name, g_str_type))
        return raise_type_error(ts, "__slots__ items must be strings, not '%s'", type_name_of(name).c_str());
      if (str_equal(name, g_name___dict__)) return Value::absent();
      names.push_back(mangle_slot_name(klass, name));
    }
  }
  return tuple_from(names.data(), static_cast<int64_t>(names.size()));
}

}  // namespace

std::string type_name(TypeObject* type) { return str_to_utf8(stm::read(type)->name); }

namespace {

// Method cache: (type, interned name) -> result of the MRO walk, valid while
// no type namespace has changed since (one global version, bumped by every
// change). Thread-local, so it needs no synchronisation; entries are only
// compared, never dereferenced, once stale.
// Plain words only: a thread_local array of them is zero-initialised
// statically, with no per-access TLS initialisation check.
struct MethodCacheEntry {
  TypeObject* type;
  uint64_t name;
  uint64_t version;
  uint64_t value_bits;
};
constexpr size_t kMethodCacheSize = 4096;
thread_local MethodCacheEntry tls_method_cache[kMethodCacheSize];

Value type_lookup_uncached(TypeObject* type, Value name);

}  // namespace

std::atomic<uint64_t> g_type_version{1};

void type_modified() { g_type_version.fetch_add(1, std::memory_order_relaxed); }

Value type_lookup(TypeObject* type, Value name) {
  if (!as_str(name)->interned) return type_lookup_uncached(type, name);
  uint64_t version = g_type_version.load(std::memory_order_relaxed);
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) * 31 + (name.bits() >> 4)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = tls_method_cache[slot];
  if (e.type == type && e.name == name.bits() && e.version == version) return Value::from_bits(e.value_bits);
  Value found = type_lookup_uncached(type, name);
  e = MethodCacheEntry{type, name.bits(), version, found.bits()};
  return found;
}

namespace {
Value type_lookup_uncached(TypeObject* type, Value name) {
  const TypeObject* t = stm::read(type);
  TupleObject* mro = t->mro;
  if (!mro) {
    return t->dict ? dict_get_str(Value::from_object(t->dict), name) : Value();
  }
  const TupleObject* m = stm::view(mro);
  for (int64_t i = 0; i < m->size; ++i) {
    TypeObject* klass = m->items[i].as<TypeObject>();
    DictObject* dict = stm::read(klass)->dict;
    if (!dict) continue;
    Value found = dict_get_str(Value::from_object(dict), name);
    if (!found.is_null()) return found;
  }
  return Value();
}
}  // namespace

bool type_is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  TupleObject* mro = stm::read(a)->mro;
  if (!mro) {
    for (TypeObject* t = a; t; t = stm::read(t)->base)
      if (t == b) return true;
    return false;
  }
  const TupleObject* m = stm::view(mro);
  for (int64_t i = 0; i < m->size; ++i)
    if (m->items[i].as<TypeObject>() == b) return true;
  return false;
}

// C3 linearisation: L[C] = C + merge(L[B1], ..., L[Bn], [B1, ..., Bn]).
Result<Value> type_compute_mro(ThreadState& ts, TypeObject* type) {
  TupleObject* bases = stm::read(type)->bases;
  std::vector<std::vector<TypeObject*>> sequences;
  const TupleObject* b = stm::view(bases);
  for (int64_t i = 0; i < b->size; ++i) {
    TypeObject* base = b->items[i].as<TypeObject>();
    const TupleObject* bm = stm::view(stm::read(base)->mro);
    std::vector<TypeObject*> seq;
    for (int64_t j = 0; j < bm->size; ++j) seq.push_back(bm->items[j].as<TypeObject>());
    sequences.push_back(std::move(seq));
  }
  std::vector<TypeObject*> direct;
  for (int64_t i = 0; i < b->size; ++i) {
    TypeObject* base = b->items[i].as<TypeObject>();
    if (std::find(direct.begin(), direct.end(), base) != direct.end())
      return raise_type_error(ts, "duplicate base class %s", std::string(type_name(base)).c_str());
    direct.push_back(base);
  }
  sequences.push_back(direct);

  std::vector<Value> result{Value::from_object(type)};
  for (;;) {
    bool all_empty = true;
    for (auto& s : sequences) all_empty &= s.empty();
    if (all_empty) break;
    TypeObject* candidate = nullptr;
    for (auto& s : sequences) {
      if (s.empty()) continue;
      TypeObject* head = s.front();
      bool in_tail = false;
      for (auto& other : sequences)
        for (size_t k = 1; k < other.size() && !in_tail; ++k) in_tail = other[k] == head;
      if (!in_tail) { candidate = head; break; }
    }
    if (!candidate) {
      // CPython names the heads of the sequences left to merge, once each.
      std::vector<TypeObject*> heads;
      for (auto& s : sequences)
        if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
      std::string names;
      for (TypeObject* h : heads) {
        if (!names.empty()) names += ", ";
        names += type_name(h);
      }
      return raise(ts, g_exc_TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                   names.c_str());
    }
    result.push_back(Value::from_object(candidate));
    for (auto& s : sequences)
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
  }
  return tuple_from(result.data(), static_cast<int64_t>(result.size()));
}

void type_set_attr_nogc_fail(TypeObject* type, const char* name, Value value) {
  dict_set_str(Value::from_object(stm::read(type)->dict), str_intern(name), value);
  type_modified();
}

static bool layout_allows_subclass(ObjectKind kind) { return kind != ObjectKind::Singleton; }

DictObject** instance_dict_slot(Value obj) {
  if (!obj.is_object()) return nullptr;
  uint32_t offset = stm::read(type_of(obj))->dict_offset;
  if (!offset) return nullptr;
  // Whoever asks for the dict field sees every attribute there.
  if (obj.as_object()->kind() == ObjectKind::Instance) instance_materialize_dict(obj.as<InstanceObject>());
  char* base = reinterpret_cast<char*>(obj.as_object());
  if (offset == kDictAtEnd)
    return reinterpret_cast<DictObject**>(base + gc::object_size(&obj.as_object()->header) - sizeof(DictObject*));
  return reinterpret_cast<DictObject**>(base + offset);
}

void set_instance_dict(Value obj, DictObject* dict) {
  if (obj.as_object()->kind() == ObjectKind::Instance) {
    InstanceObject* w = stm::write(obj.as<InstanceObject>());
    w->dict = dict;
    w->layout = nullptr;
    for (uint32_t i = 0; i < w->capacity; ++i) w->values[i] = Value();
    return;
  }
  DictObject** slot = instance_dict_slot(obj);
  char* base = reinterpret_cast<char*>(obj.as_object());
  char* written = reinterpret_cast<char*>(stm::write(obj.as_object()));
  *reinterpret_cast<DictObject**>(written + (reinterpret_cast<char*>(slot) - base)) = dict;
}

Value retype_instance(Value instance, TypeObject* subtype) {
  if (instance.is_small_int()) {
    // An int subclass instance is always boxed: a BigInt layout of one limb
    // (the GMP views accept any magnitude), whatever its value.
    int64_t v = instance.as_small_int();
    size_t size = sizeof(BigIntObject) + sizeof(uint64_t);
    if (stm::read(subtype)->dict_offset == kDictAtEnd) size += sizeof(DictObject*);
    BigIntObject* big = allocate_object<BigIntObject>(subtype, size);
    BigIntObject* b = stm::view(big);
    b->size = v < 0 ? -1 : (v > 0 ? 1 : 0);
    b->limbs[0] = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::from_object(big);
  }
  if (!instance.is_object()) return instance;
  uint32_t offset = stm::read(subtype)->dict_offset;
  size_t size = gc::object_size(&instance.as_object()->header);
  size_t needed = offset == kDictAtEnd ? size + sizeof(DictObject*) : size;
  gc::ObjectHeader* fresh = stm::allocate(needed, static_cast<uint16_t>(instance.as_object()->kind()));
  const char* from = reinterpret_cast<const char*>(stm::read(instance.as_object()));
  char* to = reinterpret_cast<char*>(stm::view(fresh));
  std::memcpy(to + sizeof(gc::ObjectHeader), from + sizeof(gc::ObjectHeader), size - sizeof(gc::ObjectHeader));
  stm::view(fresh)->client = subtype;
  Value result = Value::from_object(reinterpret_cast<Object*>(fresh));
  if (DictObject** slot = instance_dict_slot(result)) *stm::view(slot) = nullptr;
  return result;
}

// How many inline values instances of a new class get: the attribute names
// its own functions store (STORE_ATTR in their code, whatever the target: an
// overestimate costs a few words) added to the most any base has room for.
// Instances that outgrow it switch to a dict.
static uint32_t inline_slots_for_class(Value bases, Value ns) {
  constexpr uint32_t kMinSlots = 6;
  uint32_t inherited = 0;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    const TypeObject* b = stm::read(tuple_item(bases, i).as<TypeObject>());
    if (b->instance_kind == ObjectKind::Instance && b->instance_layout && b->instance_size > sizeof(InstanceObject))
      inherited = std::max<uint32_t>(inherited, (b->instance_size - sizeof(InstanceObject)) / sizeof(Value));
  }
  std::vector<Value> names;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(ns, &pos, &key, &value)) {
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::Function) continue;
    const CodeObject* code = stm::view(stm::read(value.as<FunctionObject>())->code);
    const uint32_t* words = code->code();
    for (int32_t pc = 0; pc < code->ninstructions; ++pc) {
      if (bytecode::opcode_of(words[pc]) != bytecode::Opcode::STORE_ATTR) continue;
      Value name = stm::view(code->names)->items[bytecode::arg_of(words[pc])];
      if (std::find_if(names.begin(), names.end(), [&](Value n) { return n.is(name); }) == names.end())
        names.push_back(name);
      if (names.size() >= kAttrLayoutMaxNames) break;
    }
  }
  uint64_t slots = uint64_t{inherited} + names.size();
  return static_cast<uint32_t>(std::clamp<uint64_t>(slots, kMinSlots, kAttrLayoutMaxNames));
}

// Subclasses share their first layout-using base's layouts: instances set up
// by the same __init__ then share layouts too, and a cache at a base-class
// site sees one layout whatever the subclass (objects/attr_layout.h).
static AttrLayout* inherited_layout_root(Value bases) {
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    const TypeObject* b = stm::read(tuple_item(bases, i).as<TypeObject>());
    if (b->instance_kind == ObjectKind::Instance && b->instance_layout) return b->instance_layout;
  }
  return attr_layout_new_root();
}

// CPython 3.11 reports a failing __set_name__ as a RuntimeError caused by
// the original exception.
static Error set_name_error(ThreadState& ts, Value attr, Value name, TypeObject* type) {
  Value original = ts.pending_exception;
  clear_pending_exception(ts);
  std::string attr_name = str_to_utf8(name);
  raise(ts, g_exc_RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", type_name_of(attr).c_str(),
        attr_name.c_str(), std::string(type_name(type)).c_str());
  ExceptionObject* e = stm::write(ts.pending_exception.as<ExceptionObject>());
  e->cause = original;
  e->context = original;
  e->suppress_context = true;
  return kError;
}

Result<Value> type_new(ThreadState& ts, TypeObject* metatype, Value name, TupleObject* bases_in,
                       DictObject* ns, CallArgs class_kwargs) {
  Value bases = bases_in && stm::view(bases_in)->size > 0 ? Value::from_object(bases_in)
                                                           : tuple_pack({Value::from_object(g_object_type)});
  // The solid base: the base whose layout the instances use.
  TypeObject* solid = g_object_type;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    Value base = tuple_item(bases, i);
    if (!is_instance_of(base, g_type_type))
      return raise_type_error(ts, "bases must be types");
    TypeObject* bt = base.as<TypeObject>();
    const TypeObject* btv = stm::read(bt);
    if (!(btv->flags & kTypeBaseType) || !layout_allows_subclass(btv->instance_kind))
      return raise_type_error(ts, "type '%s' is not an acceptable base type",
                              type_tp_name(bt).c_str());
    if (btv->instance_kind != ObjectKind::Instance && stm::read(solid)->instance_kind == ObjectKind::Instance)
      solid = bt;
    else if (solid == g_object_type) solid = bt;
    else if (btv->instance_kind != ObjectKind::Instance && btv->instance_kind != stm::read(solid)->instance_kind)
      return raise_type_error(ts, "multiple bases have instance lay-out conflict");
  }
  TypeObject* slotted = nullptr;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    TypeObject* s = slotted_solid_base(tuple_item(bases, i).as<TypeObject>());
    if (!s || s == slotted || (slotted && type_is_subtype(slotted, s))) continue;
    if (slotted && !type_is_subtype(s, slotted)) return raise_type_error(ts, "multiple bases have instance lay-out conflict");
    slotted = s;
  }
  const TypeObject* sv = stm::read(solid);
  // A metaclass defined in Python gives its instances (classes) a dict in
  // the last word: allocate the metaclass's instance size, not the bare layout.
  size_t type_size = stm::read(metatype)->instance_size;
  if (type_size < sizeof(TypeObject)) type_size = sizeof(TypeObject);
  TypeObject* type = allocate_object<TypeObject>(metatype, type_size);
  TypeObject* t = stm::view(type);
  t->name = str_intern_value(name);
  t->bases = bases.as<TupleObject>();
  t->base = tuple_item(bases, 0).as<TypeObject>();
  t->instance_kind = sv->instance_kind;
  t->instance_size = sv->instance_size;
  if (sv->dict_offset) {
    t->dict_offset = sv->dict_offset;
  } else if (sv->instance_kind == ObjectKind::Str) {
    t->dict_offset = kStrDictOffset;
  } else {
    t->dict_offset = kDictAtEnd;
    t->instance_size += sizeof(DictObject*);
  }
  t->flags = kTypeHeap | kTypeBaseType | kTypeHasInstanceDict | (sv->flags & kTypeDictTrailer);
  Value dict = dict_copy(Value::from_object(ns));
  t->dict = dict.as<DictObject>();
  // type(name, bases, ns) without __module__: the calling code's module.
  if (dict_get_str(dict, g_name___module__).is_null() && ts.frame) {
    Value module = dict_get_str(Value::from_object(stm::read(ts.frame)->globals), g_name___name__);
    if (!module.is_null()) dict_set_str(dict, g_name___module__, module);
  }
  Value qualname = dict_get_str(dict, g_name___qualname__);
  if (!qualname.is_null()) {
    t->qualname = qualname;
    dict_del_str(dict, g_name___qualname__);
  } else {
    t->qualname = t->name;
  }
  t->mro = PY_TRY(type_compute_mro(ts, type)).as<TupleObject>();
  // A metaclass that overrides mro() decides the MRO (data model §3.3.3.1).
  if (metatype != g_type_type) {
    Value mro_fn = type_lookup(metatype, str_intern("mro"));
    if (!mro_fn.is_null() && !mro_fn.is(type_lookup(g_type_type, str_intern("mro")))) {
      Value bound = PY_TRY(bind_descriptor(ts, mro_fn, Value::from_object(type), metatype));
      Value custom = list_to_tuple(PY_TRY(sequence_to_list(ts, PY_TRY(call(ts, bound, {})))));
      for (int64_t i = 0; i < tuple_size(custom); ++i)
        if (!is_instance_of(tuple_item(custom, i), g_type_type))
          return raise_type_error(ts, "mro() returned a non-class ('%s')", type_name_of(tuple_item(custom, i)).c_str());
      stm::write(type)->mro = custom.as<TupleObject>();
    }
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(dict, g_name___eq__).is_null() && dict_get_str(dict, g_name___hash__).is_null())
    dict_set_str(dict, g_name___hash__, g_none);
  // __new__ is a static method and __init_subclass__ a class method implicitly.
  Value new_fn = dict_get_str(dict, g_name___new__);
  if (!new_fn.is_null() && new_fn.is_object() && new_fn.as_object()->kind() == ObjectKind::Function) {
    StaticMethodObject* sm = allocate_object<StaticMethodObject>(g_staticmethod_type);
    stm::view(sm)->callable = new_fn;
    dict_set_str(dict, g_name___new__, Value::from_object(sm));
  }
  // __init_subclass__ and __class_getitem__ are class methods implicitly.
  for (Value hook_name : {g_name___init_subclass__, str_intern("__class_getitem__")}) {
    Value hook = dict_get_str(dict, hook_name);
    if (!hook.is_null() && hook.is_object() && hook.as_object()->kind() == ObjectKind::Function) {
      ClassMethodObject* cm = allocate_object<ClassMethodObject>(g_classmethod_type);
      stm::view(cm)->callable = hook;
      dict_set_str(dict, hook_name, Value::from_object(cm));
    }
  }
  Value cell = dict_get_str(dict, g_name___classcell__);
  if (!cell.is_null()) {
    if (cell.is_object() && cell.as_object()->kind() == ObjectKind::Cell)
      stm::write(cell.as<CellObject>())->contents = Value::from_object(type);
    dict_del_str(dict, g_name___classcell__);
  }
  Value own_slots = dict_get_str(dict, str_intern("__slots__"));
  if (!own_slots.is_null()) PY_TRY(add_slot_descriptors(ts, type, dict, own_slots, bases));
  // After the __slots__ check: a slot may be named __doc__ (typing._SpecialForm).
  if (dict_get_str(dict, g_name___doc__).is_null()) dict_set_str(dict, g_name___doc__, g_none);
  Value slot_names = PY_TRY(compute_slot_names(ts, type));
  stm::write(type)->slot_names = slot_names.is_absent() ? Value() : slot_names;
  if (sv->instance_kind == ObjectKind::Instance && slot_names.is_absent()) {
    TypeObject* w = stm::write(type);
    w->instance_size = std::max(w->instance_size, instance_size_for(inline_slots_for_class(bases, dict)));
    w->instance_layout = inherited_layout_root(bases);
  }
  Value type_value = Value::from_object(type);
  type_modified();
  PY_TRY(type_register_subclass(ts, type));
  // __set_name__ on every attribute that defines it (data model §3.3.3.6).
  int64_t pos = 0;
  Value key, value;
  std::vector<std::pair<Value, Value>> attrs;
  while (dict_next(dict, &pos, &key, &value)) attrs.emplace_back(key, value);
  for (auto& [k, v] : attrs) {
    Value set_name = lookup_special(v, g_name___set_name__);
    if (set_name.is_null()) continue;
    Result<Value> bound = bind_descriptor(ts, set_name, v, type_of(v));
    if (bound.ok()) bound = call(ts, bound.value(), {type_value, k});
    if (!bound.ok()) return set_name_error(ts, v, k, type);
  }
  // super().__init_subclass__(**kwargs) of the parent: the default does nothing.
  Value parent_hook = Value();
  const TupleObject* mro = stm::view(stm::read(type)->mro);
  for (int64_t i = 1; i < mro->size && parent_hook.is_null(); ++i) {
    TypeObject* klass = mro->items[i].as<TypeObject>();
    DictObject* d = stm::read(klass)->dict;
    if (d) parent_hook = dict_get_str(Value::from_object(d), g_name___init_subclass__);
  }
  if (!parent_hook.is_null() && parent_hook.is_object() &&
      parent_hook.as_object()->kind() == ObjectKind::ClassMethod) {
    Value fn = stm::view(parent_hook.as<ClassMethodObject>())->callable;
    ValueVector hook_args;
    hook_args.push_back(type_value);
    for (size_t i = 0; i < class_kwargs.nkw(); ++i) hook_args.push_back(class_kwargs.kw_value(i));
    PY_TRY(call(ts, fn, CallArgs{hook_args.data(), 1, class_kwargs.kwnames}));
  } else if (class_kwargs.nkw() > 0) {
    return raise_type_error(ts, "%s.__init_subclass__() takes no keyword arguments", type_name(type).c_str());
  }
  return type_value;
}

bool instances_are_immutable(const TypeObject* type) {
  return type == nullptr || stm::view(type)->dict_offset != kDictAtEnd;
}

}  // namespace pystm
