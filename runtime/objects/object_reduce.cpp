// runtime/objects/object_reduce.cpp — object.__reduce_ex__, __reduce__ and
// __getstate__ (library reference "pickle — Pickling Class Instances";
// copyreg), which copy.copy/deepcopy and pickle use for plain instances.
// Owns: the default reduce protocol. Must never: mutate the object reduced.
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Result<Value> copyreg_attr(ThreadState& ts, const char* name) {
  Value module = PY_TRY(import_module_level(ts, str_intern("copyreg"), g_none, g_none, Value::small_int(0)));
  return get_attr(ts, module, str_intern(name));
}

// object.__getstate__(): the instance dict (None when it is empty or absent),
// paired with a dict of the set __slots__ values when the class has slots.
Result<Value> object_getstate(ThreadState& ts, Value self, CallArgs) {
  Value state = g_none;
  Value slot_names = stm::read(type_of(self))->slot_names;
  // With __slots__ all along the MRO the instance dict holds only the slot
  // values (see TypeObject::slot_names): they go to the slots part below.
  if (DictObject** slot = slot_names.is_null() ? instance_dict_slot(self) : nullptr) {
    DictObject* d = *stm::view(slot);
    if (d && dict_size(Value::from_object(d)) > 0) state = Value::from_object(d);
  }
  if (!slot_names.is_null() && tuple_size(slot_names) > 0) {
    Value slots = dict_new();
    for (int64_t i = 0; i < tuple_size(slot_names); ++i) {
      Value name = tuple_item(slot_names, i);
      Value v = PY_TRY(get_attr_optional(ts, self, name));
      if (!v.is_absent()) PY_TRY(set_item(ts, slots, name, v));
    }
    if (dict_size(slots) > 0) state = tuple_pack({state, slots});
  }
  return state;
}

// Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
Result<Value> reduce_newobj(ThreadState& ts, Value self) {
  TypeObject* cls = type_of(self);
  Value newobj = PY_TRY(copyreg_attr(ts, "__newobj__"));
  ValueVector args;
  args.push_back(Value::from_object(cls));
  Value getnewargs = PY_TRY(get_attr_optional(ts, self, str_intern("__getnewargs__")));
  if (!getnewargs.is_absent()) {
    Value extra = PY_TRY(call(ts, getnewargs, {}));
    if (!extra.is_object() || extra.as_object()->kind() != ObjectKind::Tuple)
      return raise_type_error(ts, "__getnewargs__ should return a tuple, not '%s'", type_name_of(extra).c_str());
    for (int64_t i = 0; i < tuple_size(extra); ++i) args.push_back(tuple_item(extra, i));
  }
  Value state = PY_TRY(call_method(ts, self, str_intern("__getstate__"), {}));
  Value listitems = g_none, dictitems = g_none;
  if (is_instance_of(self, g_list_type)) listitems = PY_TRY(get_iter(ts, self));
  if (is_instance_of(self, g_dict_type))
    dictitems = PY_TRY(get_iter(ts, PY_TRY(call_method(ts, self, g_name_items, {}))));
  Value arg_tuple = tuple_from(args.data(), static_cast<int64_t>(args.size()));
  return tuple_pack({newobj, arg_tuple, state, listitems, dictitems});
}

Result<Value> object_reduce_ex(ThreadState& ts, Value self, CallArgs args) {
  int64_t protocol = 0;
  if (args.nargs > 0) protocol = PY_TRY(index_as_ssize(ts, args[0]));
  // A class that overrides __reduce__ decides.
  Value reduce = type_lookup(type_of(self), str_intern("__reduce__"));
  Value base_reduce = type_lookup(g_object_type, str_intern("__reduce__"));
  if (!reduce.is_null() && !reduce.is(base_reduce)) return call_method(ts, self, str_intern("__reduce__"), {});
  if (protocol >= 2) return reduce_newobj(ts, self);
  Value helper = PY_TRY(copyreg_attr(ts, "_reduce_ex"));
  return call(ts, helper, {self, Value::small_int(protocol)});
}

Result<Value> object_reduce(ThreadState& ts, Value self, CallArgs) {
  Value helper = PY_TRY(copyreg_attr(ts, "_reduce_ex"));
  return call(ts, helper, {self, Value::small_int(0)});
}

const NativeMethod kReduceMethods[] = {
    {"__reduce_ex__", object_reduce_ex, 1, 1, 0, nullptr},
    {"__reduce__", object_reduce, 0, 0, 0, nullptr},
    {"__getstate__", object_getstate, 0, 0, 0, nullptr},
};

}  // namespace

void init_object_reduce() { add_native_methods(g_object_type, kReduceMethods); }

}  // namespace pystm
