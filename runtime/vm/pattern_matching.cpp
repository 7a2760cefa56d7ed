// runtime/vm/pattern_matching.cpp — see pattern_matching.h.
#include "runtime/vm/pattern_matching.h"

#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

bool match_is_mapping(Value subject) {
  return subject.is_object() && subject.as_object()->kind() == ObjectKind::Dict;
}

bool match_is_sequence(Value subject) {
  if (!subject.is_object()) return false;
  switch (subject.as_object()->kind()) {
    case ObjectKind::List:
    case ObjectKind::Tuple:
    case ObjectKind::Range:
    case ObjectKind::LongRange:
      return true;
    default:
      return false;
  }
}

Result<Value> match_keys(ThreadState& ts, Value subject, Value keys) {
  int64_t n = tuple_size(keys);
  if (n == 0) return g_empty_tuple;
  Value get = PY_TRY(get_attr(ts, subject, str_intern("get")));
  Value missing = dict_new();  // a fresh object no mapping can hold
  Value seen = dict_new();
  ValueVector values;
  for (int64_t i = 0; i < n; ++i) {
    Value key = tuple_item(keys, i);
    Value dup = PY_TRY(dict_get(ts, seen, key));
    if (!dup.is_absent()) {
      std::string r = PY_TRY(repr_utf8(ts, key));
      return raise_value_error(ts, "mapping pattern checks duplicate key (%s)", r.c_str());
    }
    PY_TRY(dict_set(ts, seen, key, g_none));
    Value v = PY_TRY(call(ts, get, {key, missing}));
    if (v.is(missing)) return g_none;
    values.push_back(v);
  }
  return tuple_from(values.data(), n);
}

namespace {

// Built-in types whose single positional sub-pattern matches the subject
// itself, and their subclasses (CPython's inherited _Py_TPFLAGS_MATCH_SELF;
// a subclass's own __match_args__ is looked up first).
bool matches_self(TypeObject* type) {
  for (TypeObject* t : {g_bool_type, g_bytearray_type, g_bytes_type, g_dict_type, g_float_type, g_frozenset_type,
                        g_int_type, g_list_type, g_set_type, g_str_type, g_tuple_type})
    if (type_is_subtype(type, t)) return true;
  return false;
}

}  // namespace

Result<Value> match_class(ThreadState& ts, Value subject, Value cls, uint32_t positional, Value names) {
  if (!is_instance_of(cls, g_type_type)) return raise_type_error(ts, "called match pattern must be a type");
  TypeObject* type = cls.as<TypeObject>();
  if (!is_instance_of(subject, type)) return g_none;
  std::string type_name_str(type_name(type));
  ValueVector attrs;
  ValueVector seen_names;
  auto take = [&](Value name) -> Result<bool> {
    for (Value s : seen_names)
      if (str_equal(s, name))
        return raise_type_error(ts, "%s() got multiple sub-patterns for attribute %s", type_name_str.c_str(),
                                PY_TRY(repr_utf8(ts, name)).c_str());
    seen_names.push_back(name);
    Value v = PY_TRY(get_attr_optional(ts, subject, name));
    if (v.is_absent()) return false;
    attrs.push_back(v);
    return true;
  };
  if (positional > 0) {
    Value match_args = PY_TRY(get_attr_optional(ts, cls, str_intern("__match_args__")));
    if (match_args.is_absent()) {
      if (!matches_self(type)) {
        return raise_type_error(ts, "%s() accepts 0 positional sub-patterns (%u given)", type_name_str.c_str(),
                                positional);
      }
      if (positional > 1)
        return raise_type_error(ts, "%s() accepts 1 positional sub-pattern (%u given)", type_name_str.c_str(),
                                positional);
      attrs.push_back(subject);
    } else {
      if (type_of(match_args) != g_tuple_type)
        return raise_type_error(ts, "%s.__match_args__ must be a tuple (got %s)", type_name_str.c_str(),
                                type_name_of(match_args).c_str());
      if (positional > tuple_size(match_args))
        return raise_type_error(ts, "%s() accepts %ld positional sub-pattern%s (%u given)", type_name_str.c_str(),
                                static_cast<long>(tuple_size(match_args)), tuple_size(match_args) == 1 ? "" : "s",
                                positional);
      for (uint32_t i = 0; i < positional; ++i) {
        Value name = tuple_item(match_args, i);
        if (type_of(name) != g_str_type)
          return raise_type_error(ts, "__match_args__ elements must be strings (got %s)", type_name_of(name).c_str());
        if (!PY_TRY(take(name))) return g_none;
      }
    }
  }
  for (int64_t i = 0; i < tuple_size(names); ++i)
    if (!PY_TRY(take(tuple_item(names, i)))) return g_none;
  return tuple_from(attrs.data(), static_cast<int64_t>(attrs.size()));
}

}  // namespace pystm
