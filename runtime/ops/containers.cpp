// runtime/ops/containers.cpp — subscription and iteration (data model §3.3.7,
// library "Iterator Types").
#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Result<Value> get_item(ThreadState& ts, Value container, Value key) {
  if (key.is_small_int() && container.is_object()) {
    TypeObject* type = type_of(container);
    int64_t i = key.as_small_int();
    if (type == g_list_type) {
      int64_t n = list_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return list_get(container, i);
    } else if (type == g_tuple_type) {
      int64_t n = tuple_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return tuple_item(container, i);
    }
  }
  if (container.is_object() && type_of(container) == g_dict_type) {
    Value v = PY_TRY(dict_get(ts, container, key));
    if (!v.is_absent()) return v;
    return raise_with_args(ts, g_exc_KeyError, key);
  }
  Value method = lookup_special(container, g_name___getitem__);
  if (method.is_null()) {
    if (is_instance_of(container, g_type_type)) {
      // Only the class's own MRO counts, not its metaclass (whose
      // __class_getitem__ would make every class subscriptable).
      TypeObject* cls = container.as<TypeObject>();
      Value class_getitem = type_lookup(cls, str_intern("__class_getitem__"));
      if (!class_getitem.is_null()) {
        Value bound = PY_TRY(bind_descriptor(ts, class_getitem, Value(), cls));
        return call(ts, bound, {key});
      }
      return raise_type_error(ts, "type '%s' is not subscriptable",
                              std::string(type_name(container.as<TypeObject>())).c_str());
    }
    return raise_type_error(ts, "'%s' object is not subscriptable", type_name_of(container).c_str());
  }
  return call_special(ts, method, container, {key});
}

Status set_item(ThreadState& ts, Value container, Value key, Value value) {
  if (container.is_object()) {
    TypeObject* type = type_of(container);
    if (type == g_dict_type) return dict_set(ts, container, key, value);
    if (type == g_list_type && key.is_small_int()) {
      int64_t n = list_size(container), i = key.as_small_int();
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        list_set(container, i, value);
        return ok_status();
      }
    }
  }
  Value method = lookup_special(container, g_name___setitem__);
  if (method.is_null())
    return raise_type_error(ts, "'%s' object does not support item assignment", type_name_of(container).c_str());
  PY_TRY(call_special(ts, method, container, {key, value}));
  return ok_status();
}

Status del_item(ThreadState& ts, Value container, Value key) {
  Value method = lookup_special(container, g_name___delitem__);
  if (method.is_null()) {
    // CPython words it differently on its sequence path (an index key on a
    // type with item access).
    bool sequence_path = (is_int(key) || !lookup_special(key, g_name___index__).is_null()) &&
                         !lookup_special(container, g_name___getitem__).is_null();
    return raise_type_error(ts, "'%s' object %s support item deletion", type_name_of(container).c_str(),
                            sequence_path ? "doesn't" : "does not");
  }
  PY_TRY(call_special(ts, method, container, {key}));
  return ok_status();
}

Result<Value> get_iter(ThreadState& ts, Value iterable) {
  if (iterable.is_object()) {
    TypeObject* type = type_of(iterable);
    if (type == g_list_type) return seq_iterator_new(g_list_iterator_type, iterable);
    if (type == g_tuple_type) return seq_iterator_new(g_tuple_iterator_type, iterable);
    if (type == g_str_type) return seq_iterator_new(g_str_iterator_type, iterable);
    if (type == g_dict_type) return dict_iterator_new(g_dict_keyiterator_type, iterable);
  }
  Value method = lookup_special(iterable, g_name___iter__);
  if (!method.is_null() && !method.is(g_none)) {
    Value it = PY_TRY(call_special(ts, method, iterable, {}));
    if (lookup_special(it, g_name___next__).is_null())
      return raise_type_error(ts, "iter() returned non-iterator of type '%s'", type_name_of(it).c_str());
    return it;
  }
  if (method.is_null() && !lookup_special(iterable, g_name___getitem__).is_null() &&
      !is_instance_of(iterable, g_type_type))
    return seq_iterator_new(g_tuple_iterator_type, iterable);
  return raise_type_error(ts, "'%s' object is not iterable", type_name_of(iterable).c_str());
}

Result<Value> iter_next(ThreadState& ts, Value iterator) {
  if (is_builtin_iterator(iterator)) return builtin_iterator_next(ts, iterator);
  if (type_of(iterator) == g_generator_type) {
    bool returned = false;
    Value v = PY_TRY(generator_resume(ts, iterator, g_none, Value(), &returned));
    if (returned) return Value::absent();
    return v;
  }
  Value method = lookup_special(iterator, g_name___next__);
  if (method.is_null())
    return raise_type_error(ts, "'%s' object is not an iterator", type_name_of(iterator).c_str());
  Result<Value> r = call_special(ts, method, iterator, {});
  if (r.is_error() && pending_exception_matches(ts, g_exc_StopIteration)) {
    clear_pending_exception(ts);
    return Value::absent();
  }
  return r;
}

Result<Value> sequence_to_list(ThreadState& ts, Value iterable) {
  Value list = list_new(0);
  PY_TRY(list_extend(ts, list, iterable));
  return list;
}

}  // namespace pystm
