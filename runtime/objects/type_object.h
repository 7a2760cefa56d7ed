// runtime/objects/type_object.h — `type`: the layout of class objects, MRO,
// and lookup of names along the MRO.
// Owns: TypeObject and the C3 linearization. Must never: cache lookups in
// malloc memory (a type's namespace is an STM-visible DictObject).
#pragma once
#include <atomic>
#include <string>

#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct StrObject;
struct TupleObject;
struct DictObject;
struct AttrLayout;
struct ThreadState;

enum TypeFlag : uint32_t {
  kTypeHeap = 1u << 0,          // created by a class statement or type(name, bases, dict)
  kTypeBaseType = 1u << 1,      // may be subclassed
  kTypeHasInstanceDict = 1u << 2,
  kTypeAbstractSeq = 1u << 3,
  kTypeDictTrailer = 1u << 4,   // dict layout plus one Value (DictObject::trailer); inherited
  // `with` on an instance begins a critical section (locks): a transaction
  // that has run long ends before its __enter__ (interpreter.cpp, BEFORE_WITH).
  kTypeCriticalSection = 1u << 5,
};

struct TypeObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Type;
  Value name;           // str: __name__
  Value qualname;       // str: __qualname__
  TupleObject* bases;
  TupleObject* mro;     // (self, ..., object)
  TypeObject* base;     // the solid base (first of bases)
  DictObject* dict;
  ObjectKind instance_kind;
  uint32_t flags;
  uint32_t instance_size;
  uint32_t dict_offset; // byte offset of the instance's DictObject* field, 0, or kDictAtEnd
  // With __slots__ all along the MRO (and no '__dict__' slot): the tuple of
  // attribute names instances may have; null otherwise. The values live in
  // the instance dict, which only these names may enter.
  Value slot_names;
  // list of weak references to the classes created with this one among
  // their bases (type.__subclasses__), null until the first.
  Value subclasses;
  // Instances of Python classes: the root of the class's shared attribute
  // layouts (objects/attr_layout.h); null when instances keep a dict only.
  AttrLayout* instance_layout;

  void visit_edges(gc::Visitor& v);
};

// dict_offset of subclasses of built-in types whose layout has no dict field:
// the instance dict is the last word of the (enlarged) allocation.
inline constexpr uint32_t kDictAtEnd = 0xffffffffu;

// The address of obj's instance-dict field (canonical reference), or null
// when its type gives instances no __dict__.
DictObject** instance_dict_slot(Value obj);
// False when `name` may not be set on instances of `type` (__slots__).
bool type_allows_instance_attribute(TypeObject* type, Value name);

// Makes `instance` (created by a built-in __new__ as an instance of its own
// type) an instance of `subtype` with room for the subtype's dict field.
Value retype_instance(Value instance, TypeObject* subtype);

// Looks `name` (an interned str) up along type's MRO; null Value when absent.
// Never raises.
Value type_lookup(TypeObject* type, Value name);
bool type_is_subtype(TypeObject* a, TypeObject* b);
// Must be called after any change to a type's namespace or MRO (invalidates
// the method cache behind type_lookup).
void type_modified();
// Moves on at every type_modified(); the interpreter's inline caches are
// stamped with it too (runtime/vm/inline_cache.h adds further events).
extern std::atomic<uint64_t> g_type_version;
inline uint64_t type_version() { return g_type_version.load(std::memory_order_relaxed); }
// Computes the C3 MRO for `type` (its bases must be set). TypeError on failure.
Result<Value> type_compute_mro(ThreadState& ts, TypeObject* type);
// Creates a built-in type (no bases means (object,)).
TypeObject* make_builtin_type(const char* name, TypeObject* base, ObjectKind instance_kind,
                              uint32_t instance_size, uint32_t flags);
// Creates a class from a class statement / type(name, bases, ns).
// `class_kwargs` (keyword arguments only) go to the parent's __init_subclass__.
Result<Value> type_new(ThreadState& ts, TypeObject* metatype, Value name, TupleObject* bases,
                       DictObject* ns, CallArgs class_kwargs = CallArgs{});
// Sets `name` in the type's namespace.
void type_set_attr_nogc_fail(TypeObject* type, const char* name, Value value);

std::string type_name(TypeObject* type);
// CPython's tp_name: "module.Name" for a native type defined outside
// builtins (collections.deque, weakref.ProxyType), else the plain name.
std::string type_tp_name(TypeObject* type);

// type.__subclasses__(): records `type` with each of its bases (weakly), and
// lists the live subclasses of `type` in creation order.
Status type_register_subclass(ThreadState& ts, TypeObject* type);
Value type_subclasses(TypeObject* type);

}  // namespace pystm
