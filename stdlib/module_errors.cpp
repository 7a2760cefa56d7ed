// stdlib/module_errors.cpp — see module_errors.h.
#include "stdlib/module_errors.h"

#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

Result<Value> module_exception_class(ThreadState& ts, Value* slot, const char* module, const char* name,
                                     TypeObject* base) {
  if (!slot->is_null()) return *slot;
  PY_TRY(enter_inevitable(ts));
  Value ns = dict_new();
  dict_set_str(ns, g_name___module__, str_intern(module));
  Value cls = PY_TRY(type_new(ts, g_type_type, str_intern(name), tuple_pack({Value::from_object(base)}).as<TupleObject>(),
                              ns.as<DictObject>()));
  *slot = cls;
  add_global_root(slot);
  return cls;
}

Error raise_code_and_message(ThreadState& ts, Value cls, int code, const char* message) {
  Value exc = PY_TRY(call(ts, cls, {Value::small_int(code), str_from_utf8(message)}));
  return raise_value(ts, exc);
}

}  // namespace pystm
