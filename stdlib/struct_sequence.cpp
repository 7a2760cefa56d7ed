// stdlib/struct_sequence.cpp — see struct_sequence.h. The classes are plain
// Python (a tuple subclass with properties), made by one factory function.
#include "stdlib/struct_sequence.h"

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/runtime.h"
#include "stdlib/embedded_python.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

constexpr const char kFactorySource[] = R"PY(
def make(modname, name, fields, visible, fallback):
    named = [f for f in fields if f is not None]
    n_fields = len(fields)
    hidden_names = fields[visible:]
    full = f"{modname}.{name}"

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < visible:
            if visible == n_fields:
                raise TypeError(f"{full}() takes a {visible}-sequence ({n}-sequence given)")
            raise TypeError(f"{full}() takes an at least {visible}-sequence ({n}-sequence given)")
        if n > n_fields:
            if visible == n_fields:
                raise TypeError(f"{full}() takes a {visible}-sequence ({n}-sequence given)")
            raise TypeError(f"{full}() takes an at most {n_fields}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:visible])
        hidden = list(seq[visible:])
        for fname in fields[n:]:
            hidden.append(None if dict is None else dict.get(fname))
        for i, source in enumerate(fallback):
            if source >= 0 and hidden[i] is None:
                hidden[i] = seq[source]
        object.__setattr__(self, "_hidden", tuple(hidden))
        return self

    def __repr__(self):
        return full + "(" + ", ".join(f"{named[i]}={tuple.__getitem__(self, i)!r}" for i in range(visible)) + ")"

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(hidden_names, self._hidden))))

    def __setattr__(self, key, value):
        raise AttributeError(f"readonly attribute")

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__, "__setattr__": __setattr__,
          "__slots__": ("_hidden",), "n_sequence_fields": visible, "n_fields": n_fields,
          "n_unnamed_fields": fields.count(None), "__module__": modname,
          "__match_args__": tuple(f for f in fields[:visible] if f is not None)}
    for i, f in enumerate(fields):
        if f is None:
            continue
        if i < visible:
            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            ns[f] = property(lambda self, i=i - visible: self._hidden[i])
    return type(name, (tuple,), ns)
)PY";

Value g_factory;

}  // namespace

Result<Value> struct_sequence_type(ThreadState& ts, Value* slot, const StructSequenceSpec& spec) {
  if (!slot->is_null()) return *slot;
  PY_TRY(enter_inevitable(ts));
  if (g_factory.is_null()) {
    Value ns = PY_TRY(run_embedded_python(ts, kFactorySource, "<struct_sequence>"));
    g_factory = dict_get_str(ns, str_intern("make"));
    add_global_root(&g_factory);
  }
  Value fields = list_new();
  for (const char* f : spec.fields) list_append(fields, f ? str_intern(f) : g_none);
  Value fallback = list_new();
  for (int i : spec.hidden_fallback) list_append(fallback, Value::small_int(i));
  Value type = PY_TRY(call(ts, g_factory, {str_intern(spec.module), str_intern(spec.name), fields,
                                           Value::small_int(spec.visible), fallback}));
  *slot = type;
  add_global_root(slot);
  return type;
}

Result<Value> struct_sequence_new(ThreadState& ts, Value type, std::span<const Value> items) {
  Value t = tuple_from(items.data(), static_cast<int64_t>(items.size()));
  return call(ts, type, {t});
}

}  // namespace pystm
