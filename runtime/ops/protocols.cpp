// runtime/ops/protocols.cpp — truth, hashing, length, __index__ and `in`
// (data model §3.3.1 __bool__/__hash__, §3.3.7 containers).
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Result<bool> is_true(ThreadState& ts, Value v) {
  if (v.is(g_true)) return true;
  if (v.is(g_false) || v.is(g_none)) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  TypeObject* type = type_of(v);
  if (type == g_str_type) return str_length(v) != 0;
  if (type == g_list_type) return list_size(v) != 0;
  if (type == g_tuple_type) return tuple_size(v) != 0;
  if (type == g_dict_type) return dict_size(v) != 0;
  if (type == g_float_type) return float_value(v) != 0.0;
  if (type == g_int_type) return int_sign(v) != 0;
  Value method = type_lookup(type, g_name___bool__);
  if (!method.is_null()) {
    Value r = PY_TRY(call_special(ts, method, v, {}));
    if (r.is(g_true)) return true;
    if (r.is(g_false)) return false;
    return raise_type_error(ts, "__bool__ should return bool, returned %s", type_name_of(r).c_str());
  }
  method = type_lookup(type, g_name___len__);
  if (!method.is_null()) return PY_TRY(length(ts, v)) != 0;
  return true;
}

Result<int64_t> hash(ThreadState& ts, Value v) {
  if (v.is_small_int()) return int_hash(v);
  TypeObject* type = type_of(v);
  if (type == g_str_type) return str_hash(v);
  if (type == g_int_type || type == g_bool_type) return int_hash(v);
  if (type == g_float_type) return float_object_hash(v);
  Value method = type_lookup(type, g_name___hash__);
  if (method.is_null() || method.is(g_none))
    return raise_type_error(ts, "unhashable type: '%s'", type_tp_name(type).c_str());
  Value r = PY_TRY(call_special(ts, method, v, {}));
  if (!is_int(r)) return raise_type_error(ts, "__hash__ method should return an integer");
  int64_t h;
  if (int_to_int64(r, &h) && h != -1) return h;
  h = int_hash(r);
  return h == -1 ? int64_t{-2} : h;
}

Result<Value> index_value(ThreadState& ts, Value v) {
  if (v.is_small_int() || is_exact_int(v)) return v;
  if (v.is(g_true)) return Value::small_int(1);
  if (v.is(g_false)) return Value::small_int(0);
  Value method = lookup_special(v, g_name___index__);
  if (method.is_null())
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  Value r = PY_TRY(call_special(ts, method, v, {}));
  if (!is_int(r))
    return raise_type_error(ts, "__index__ returned non-int (type %s)", type_name_of(r).c_str());
  return r;
}

Result<int64_t> index_as_ssize(ThreadState& ts, Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Value i = PY_TRY(index_value(ts, v));
  return int_as_ssize(ts, i);
}

Result<int64_t> length(ThreadState& ts, Value v) {
  if (v.is_object()) {
    TypeObject* type = type_of(v);
    if (type == g_str_type) return str_length(v);
    if (type == g_list_type) return list_size(v);
    if (type == g_tuple_type) return tuple_size(v);
    if (type == g_dict_type) return dict_size(v);
    if (type == g_set_type || type == g_frozenset_type) return set_size(v);
  }
  Value method = lookup_special(v, g_name___len__);
  if (method.is_null()) return raise_type_error(ts, "object of type '%s' has no len()", type_name_of(v).c_str());
  Value r = PY_TRY(call_special(ts, method, v, {}));
  if (!is_int(r))
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(r).c_str());
  int64_t n;
  if (!int_to_int64(r, &n)) return raise_overflow(ts, "cannot fit 'int' into an index-sized integer");
  if (n < 0) return raise_value_error(ts, "__len__() should return >= 0");
  return n;
}

Result<bool> contains(ThreadState& ts, Value container, Value item) {
  if (container.is_object() && type_of(container) == g_dict_type) {
    Value v = PY_TRY(dict_get(ts, container, item));
    return !v.is_absent();
  }
  if (container.is_object() && type_of(container) == g_list_type) {
    for (int64_t i = 0; i < list_size(container); ++i)
      if (PY_TRY(equals(ts, list_get(container, i), item))) return true;
    return false;
  }
  if (container.is_object() && (type_of(container) == g_set_type || type_of(container) == g_frozenset_type))
    return set_contains(ts, container, item);
  Value method = lookup_special(container, g_name___contains__);
  if (method.is(g_none))  // __contains__ = None opts out
    return raise_type_error(ts, "'%s' object is not a container", type_name_of(container).c_str());
  if (!method.is_null()) {
    Value r = PY_TRY(call_special(ts, method, container, {item}));
    return is_true(ts, r);
  }
  Value iter_method = lookup_special(container, g_name___iter__);
  if ((iter_method.is_null() && lookup_special(container, g_name___getitem__).is_null()) || iter_method.is(g_none))
    return raise_type_error(ts, "argument of type '%s' is not iterable", type_name_of(container).c_str());
  Value it = PY_TRY(get_iter(ts, container));
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return false;
    if (PY_TRY(equals(ts, v, item))) return true;
  }
}

}  // namespace pystm
