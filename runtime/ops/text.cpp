// runtime/ops/text.cpp — repr() and str() (data model §3.3.1 __repr__/__str__).
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

static Result<Value> call_text_method(ThreadState& ts, Value v, Value name, const char* what) {
  Value method = lookup_special(v, name);
  if (method.is_null()) return raise_type_error(ts, "no %s method for '%s'", what, type_name_of(v).c_str());
  Value r = PY_TRY(call_special(ts, method, v, {}));
  if (!is_instance_of(r, g_str_type))
    return raise_type_error(ts, "%s returned non-string (type %s)", what, type_name_of(r).c_str());
  return r;
}

Result<Value> repr(ThreadState& ts, Value v) {
  if (v.is_small_int()) return int_to_decimal(ts, v);
  TypeObject* type = type_of(v);
  if (type == g_str_type) return str_repr(v);
  if (type == g_float_type) return str_from_ascii(float_repr(float_value(v)));
  return call_text_method(ts, v, g_name___repr__, "__repr__");
}

Result<Value> str(ThreadState& ts, Value v) {
  if (v.is_small_int()) return int_to_decimal(ts, v);
  TypeObject* type = type_of(v);
  if (type == g_str_type) return v;
  if (type == g_float_type) return str_from_ascii(float_repr(float_value(v)));
  return call_text_method(ts, v, g_name___str__, "__str__");
}

Result<std::string> repr_utf8(ThreadState& ts, Value v) {
  Value s = PY_TRY(repr(ts, v));
  return str_to_utf8(s);
}

Result<std::string> str_utf8(ThreadState& ts, Value v) {
  Value s = PY_TRY(str(ts, v));
  return str_to_utf8(s);
}

}  // namespace pystm
