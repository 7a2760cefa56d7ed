// runtime/vm/runtime.cpp — startup: heap, STM, types, names, builtins; the
// gc tracer for every object kind; the process's roots.
#include "runtime/vm/runtime.h"
#include "runtime/vm/pending_signals.h"

#include <cstdlib>
#include <vector>

#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/attr_layout.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/complex_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/async_generator_object.h"
#include "runtime/objects/exception_group.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/mappingproxy_object.h"
#include "runtime/objects/member_descriptor.h"
#include "runtime/objects/memoryview_object.h"
#include "runtime/objects/method_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/long_range_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/range_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
// Layouts of stdlib/ objects named by object_kinds.def (the tracer needs them).
#include "stdlib/sre/sre_objects.h"

namespace pystm {

#define PYSTM_DEFINE_TYPE(var, name) TypeObject* g_##var##_type;
PYSTM_BUILTIN_TYPES(PYSTM_DEFINE_TYPE)
#undef PYSTM_DEFINE_TYPE

#define PYSTM_DEFINE_NAME(n) Value g_name_##n;
PYSTM_NAMES(PYSTM_DEFINE_NAME)
#undef PYSTM_DEFINE_NAME

void init_names() {
#define PYSTM_INIT_NAME(n)          \
  g_name_##n = str_intern(#n);      \
  add_global_root(&g_name_##n);
  PYSTM_NAMES(PYSTM_INIT_NAME)
#undef PYSTM_INIT_NAME
}

namespace {

std::vector<Value*> g_global_roots;
std::vector<TypeObject*> g_extra_types;
bool g_initialized = false;

void trace_object(gc::ObjectHeader* header, size_t size, gc::Visitor& visitor) {
  visitor.visit(header->client);
  switch (static_cast<ObjectKind>(header->kind())) {
#define OBJECT_KIND(kind, T)                              \
  case ObjectKind::kind:                                  \
    reinterpret_cast<T*>(header)->visit_edges(visitor);   \
    break;
#include "runtime/core/object_kinds.def"
#undef OBJECT_KIND
    case ObjectKind::Invalid:
      break;
  }
  // Subclasses of built-in types keep their instance dict in the last word.
  auto* type = static_cast<TypeObject*>(header->client);
  if (type && type->dict_offset == kDictAtEnd)
    visitor.visit(*reinterpret_cast<void**>(reinterpret_cast<char*>(header) + size - sizeof(void*)));
}

void enumerate_roots(gc::Visitor& visitor, void*) {
  for (Value* slot : g_global_roots) visit_value(visitor, *slot);
  for (TypeObject* type : g_extra_types) visitor.visit(type);
#define PYSTM_VISIT_TYPE(var, name) visit_ptr(visitor, g_##var##_type);
  PYSTM_BUILTIN_TYPES(PYSTM_VISIT_TYPE)
#undef PYSTM_VISIT_TYPE
#define PYSTM_VISIT_EXC(var, name, base) visit_ptr(visitor, g_exc_##var);
  PYSTM_EXCEPTION_TYPES(PYSTM_VISIT_EXC)
#undef PYSTM_VISIT_EXC
  visit_thread_roots(visitor);
}

TypeObject* allocate_type() {
  gc::ObjectHeader* h = stm::allocate(sizeof(TypeObject), static_cast<uint16_t>(ObjectKind::Type));
  return reinterpret_cast<TypeObject*>(h);
}

struct TypeSpec {
  TypeObject** slot;
  const char* name;
  TypeObject** base;
  ObjectKind kind;
  uint32_t size;
  uint32_t flags;
};

void setup_type(TypeObject* type, const char* name, TypeObject* base, ObjectKind kind, uint32_t size,
                uint32_t flags) {
  TypeObject* t = stm::view(type);
  t->header.client = g_type_type;
  t->name = str_intern(name);
  t->qualname = t->name;
  t->dict = dict_new().as<DictObject>();
  t->base = base;
  t->instance_kind = kind;
  t->instance_size = size;
  t->flags = flags;
  if (kind == ObjectKind::Instance || kind == ObjectKind::Exception || kind == ObjectKind::Function ||
      kind == ObjectKind::Module)
    t->dict_offset = 16;
  if (base) {
    t->bases = tuple_pack({Value::from_object(base)}).as<TupleObject>();
    const TupleObject* bm = stm::view(stm::read(base)->mro);
    TupleObject* mro = tuple_new(bm->size + 1);
    stm::view(mro)->items[0] = Value::from_object(type);
    for (int64_t i = 0; i < bm->size; ++i) stm::view(mro)->items[i + 1] = bm->items[i];
    t->mro = mro;
  } else {
    t->bases = g_empty_tuple.as<TupleObject>();
    t->mro = tuple_pack({Value::from_object(type)}).as<TupleObject>();
  }
  dict_set_str(Value::from_object(t->dict), g_name___doc__, g_none);
  dict_set_str(Value::from_object(t->dict), g_name___module__, str_intern("builtins"));
}

}  // namespace

TypeObject* make_builtin_type(const char* name, TypeObject* base, ObjectKind instance_kind, uint32_t instance_size,
                              uint32_t flags) {
  TypeObject* type = allocate_type();
  setup_type(type, name, base ? base : g_object_type, instance_kind, instance_size, flags);
  g_extra_types.push_back(type);  // types made after startup live as long as the process
  return type;
}

void add_global_root(Value* slot) { g_global_roots.push_back(slot); }

void initialize_runtime(const RuntimeOptions& options) {
  if (g_initialized) return;
  g_initialized = true;
  // The first threshold (times the threads that allocate; the collector
  // grows it with the live size). 24 MiB rather than 8: a collection stops
  // every thread while one marks, and at 8 MiB two threads of cpu_mix spent
  // a sixth of their time stopped (2-thread speedup 1.69x; 1.79x at 24 MiB,
  // 49 collections of one thread down to 17); single-threaded programs ran
  // the same within noise.
  gc::HeapConfig heap_config;
  heap_config.initial_threshold_bytes = 24u << 20;
  if (const char* stress = std::getenv("PYSTM_GC_STRESS")) heap_config.stress_interval = std::atoi(stress);
  gc::initialize(heap_config);
  gc::set_tracer(trace_object);
  gc::add_root_enumerator(enumerate_roots, nullptr);
  // LOAD_GLOBAL reads one entry of a module's table (dict_table_entry_value):
  // a thread storing a global (a module-level loop variable) then aborts only
  // the readers of that global.
  stm::track_changed_bytes(static_cast<uint16_t>(ObjectKind::DictTable));
  attach_thread_state();
  stm::begin();
  gc::NoCollectScope no_collect;  // the type graph is half-built until the end

  // 1. Every type object exists (raw) before any object that needs its type.
#define PYSTM_ALLOC_TYPE(var, name) g_##var##_type = allocate_type();
  PYSTM_BUILTIN_TYPES(PYSTM_ALLOC_TYPE)
#undef PYSTM_ALLOC_TYPE
#define PYSTM_ALLOC_EXC(var, name, base) g_exc_##var = allocate_type();
  PYSTM_EXCEPTION_TYPES(PYSTM_ALLOC_EXC)
#undef PYSTM_ALLOC_EXC
  stm::view(g_type_type)->header.client = g_type_type;
  init_singletons();
  g_empty_tuple = Value::from_object(tuple_new(0));
  add_global_root(&g_empty_tuple);
  init_names();

  // 2. Names, namespaces and MROs (object first: every MRO ends with it).
  const uint32_t base_flags = kTypeBaseType;
  setup_type(g_object_type, "object", nullptr, ObjectKind::Instance, sizeof(InstanceObject), base_flags);
  struct { TypeObject* type; const char* name; TypeObject* base; ObjectKind kind; uint32_t size; uint32_t flags; } specs[] = {
      {g_type_type, "type", g_object_type, ObjectKind::Type, sizeof(TypeObject), base_flags},
      {g_int_type, "int", g_object_type, ObjectKind::BigInt, sizeof(BigIntObject), base_flags},
      {g_bool_type, "bool", g_int_type, ObjectKind::Singleton, sizeof(SingletonObject), 0},
      {g_float_type, "float", g_object_type, ObjectKind::Float, sizeof(FloatObject), base_flags},
      {g_complex_type, "complex", g_object_type, ObjectKind::Complex, sizeof(ComplexObject), base_flags},
      {g_str_type, "str", g_object_type, ObjectKind::Str, sizeof(StrObject), base_flags},
      {g_bytes_type, "bytes", g_object_type, ObjectKind::Bytes, sizeof(BytesObject), base_flags},
      {g_bytearray_type, "bytearray", g_object_type, ObjectKind::ByteArray, sizeof(ByteArrayObject), base_flags},
      {g_memoryview_type, "memoryview", g_object_type, ObjectKind::MemoryView, sizeof(MemoryViewObject), 0},
      {g_tuple_type, "tuple", g_object_type, ObjectKind::Tuple, sizeof(TupleObject), base_flags},
      {g_list_type, "list", g_object_type, ObjectKind::List, sizeof(ListObject), base_flags},
      {g_dict_type, "dict", g_object_type, ObjectKind::Dict, sizeof(DictObject), base_flags},
      {g_set_type, "set", g_object_type, ObjectKind::Set, sizeof(SetObject), base_flags},
      {g_frozenset_type, "frozenset", g_object_type, ObjectKind::Set, sizeof(SetObject), base_flags},
      {g_none_type, "NoneType", g_object_type, ObjectKind::Singleton, sizeof(SingletonObject), 0},
      {g_notimplemented_type, "NotImplementedType", g_object_type, ObjectKind::Singleton, sizeof(SingletonObject), 0},
      {g_ellipsis_type, "ellipsis", g_object_type, ObjectKind::Singleton, sizeof(SingletonObject), 0},
      {g_function_type, "function", g_object_type, ObjectKind::Function, sizeof(FunctionObject), 0},
      {g_code_type, "code", g_object_type, ObjectKind::Code, sizeof(CodeObject), 0},
      {g_cell_type, "cell", g_object_type, ObjectKind::Cell, sizeof(CellObject), 0},
      {g_method_type, "method", g_object_type, ObjectKind::BoundMethod, sizeof(BoundMethodObject), 0},
      {g_builtin_function_type, "builtin_function_or_method", g_object_type, ObjectKind::BuiltinFunction,
       sizeof(BuiltinFunctionObject), 0},
      {g_module_type, "module", g_object_type, ObjectKind::Module, sizeof(ModuleObject), base_flags},
      {g_frame_type, "frame", g_object_type, ObjectKind::Frame, sizeof(FrameObject), 0},
      {g_traceback_type, "traceback", g_object_type, ObjectKind::Traceback, sizeof(TracebackObject), 0},
      {g_range_type, "range", g_object_type, ObjectKind::Range, sizeof(RangeObject), 0},
      {g_slice_type, "slice", g_object_type, ObjectKind::Slice, sizeof(SliceObject), 0},
      {g_list_iterator_type, "list_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_tuple_iterator_type, "tuple_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_str_iterator_type, "str_ascii_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_range_iterator_type, "range_iterator", g_object_type, ObjectKind::RangeIterator, sizeof(RangeIteratorObject), 0},
      {g_dict_keyiterator_type, "dict_keyiterator", g_object_type, ObjectKind::DictIterator, sizeof(DictIteratorObject), 0},
      {g_dict_valueiterator_type, "dict_valueiterator", g_object_type, ObjectKind::DictIterator, sizeof(DictIteratorObject), 0},
      {g_dict_itemiterator_type, "dict_itemiterator", g_object_type, ObjectKind::DictIterator, sizeof(DictIteratorObject), 0},
      {g_dict_keys_type, "dict_keys", g_object_type, ObjectKind::DictView, sizeof(DictViewObject), 0},
      {g_dict_values_type, "dict_values", g_object_type, ObjectKind::DictView, sizeof(DictViewObject), 0},
      {g_dict_items_type, "dict_items", g_object_type, ObjectKind::DictView, sizeof(DictViewObject), 0},
      {g_enumerate_type, "enumerate", g_object_type, ObjectKind::Enumerate, sizeof(EnumerateObject), base_flags},
      {g_zip_type, "zip", g_object_type, ObjectKind::Zip, sizeof(ZipObject), base_flags},
      {g_map_type, "map", g_object_type, ObjectKind::MapFilter, sizeof(MapFilterObject), base_flags},
      {g_filter_type, "filter", g_object_type, ObjectKind::MapFilter, sizeof(MapFilterObject), base_flags},
      {g_property_type, "property", g_object_type, ObjectKind::Property, sizeof(PropertyObject), base_flags},
      {g_staticmethod_type, "staticmethod", g_object_type, ObjectKind::StaticMethod, sizeof(StaticMethodObject), base_flags},
      {g_classmethod_type, "classmethod", g_object_type, ObjectKind::ClassMethod, sizeof(ClassMethodObject), base_flags},
      {g_super_type, "super", g_object_type, ObjectKind::Super, sizeof(SuperObject), base_flags},
      {g_generator_type, "generator", g_object_type, ObjectKind::Generator, sizeof(GeneratorObject), 0},
      {g_coroutine_type, "coroutine", g_object_type, ObjectKind::Generator, sizeof(GeneratorObject), 0},
      {g_async_generator_type, "async_generator", g_object_type, ObjectKind::Generator, sizeof(GeneratorObject), 0},
      {g_async_generator_asend_type, "async_generator_asend", g_object_type, ObjectKind::AsyncGenAwaitable,
       sizeof(AsyncGenAwaitableObject), 0},
      {g_async_generator_athrow_type, "async_generator_athrow", g_object_type, ObjectKind::AsyncGenAwaitable,
       sizeof(AsyncGenAwaitableObject), 0},
      {g_anext_awaitable_type, "anext_awaitable", g_object_type, ObjectKind::AsyncGenAwaitable,
       sizeof(AsyncGenAwaitableObject), 0},
      {g_coroutine_wrapper_type, "coroutine_wrapper", g_object_type, ObjectKind::CoroutineWrapper,
       sizeof(CoroutineWrapperObject), 0},
      {g_reversed_type, "reversed", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), base_flags},
      {g_set_iterator_type, "set_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_bytes_iterator_type, "bytes_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_bytearray_iterator_type, "bytearray_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_memory_iterator_type, "memory_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
      {g_callable_iterator_type, "callable_iterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0},
  };
  for (auto& s : specs) setup_type(s.type, s.name, s.base, s.kind, s.size, s.flags);
  const uint32_t exc_flags = kTypeBaseType | kTypeHasInstanceDict;
  TypeObject* g_exc_object = g_object_type;  // the base of BaseException in the list
#define PYSTM_SETUP_EXC(var, name, base) \
  setup_type(g_exc_##var, name, g_exc_##base, ObjectKind::Exception, sizeof(ExceptionObject), exc_flags);
  PYSTM_EXCEPTION_TYPES(PYSTM_SETUP_EXC)
#undef PYSTM_SETUP_EXC

  // 3. Methods of every built-in type.
  init_object_type();
  init_int_type();
  init_float_type();
  init_complex_type();
  init_str_type();
  init_singleton_types();
  init_bytes_type();
  init_bytearray_type();
  init_memoryview_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_type();
  init_function_type();
  init_method_type();
  init_module_type();
  init_exception_types();
  init_exception_group_types();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_descriptor_types();
  init_mappingproxy_type();
  init_member_descriptor_type();
  init_generator_type();
  init_frame_type();
  init_async_generator_types();
  init_builtin_function_attributes();
  init_generic_alias_type();
  init_weakref_types();
  init_builtins_module(options);
  install_std_streams();
  init_pending_signals();
}

}  // namespace pystm
