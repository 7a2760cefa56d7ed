// runtime/objects/exception_group.cpp — BaseExceptionGroup and ExceptionGroup
// (PEP 654; library "Built-in Exceptions" §Exception groups) and the
// matching/combining steps of `except*` (language reference §8.4.2).
// Owns: construction rules, split/subgroup/derive, and the CHECK_EG_MATCH /
// PREP_RERAISE_STAR helpers. Invariant: a group's message and exceptions are
// set once by __new__ and never written again (read through stm::read).
#include "runtime/objects/exception_group.h"

#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
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

bool is_exception_group(Value v) { return is_exception_instance(v) && is_instance_of(v, g_exc_BaseExceptionGroup); }

Value exception_group_exceptions(Value group) {
  Value excs = stm::read(group.as<ExceptionObject>())->group_exceptions;
  return excs.is_null() ? g_empty_tuple : excs;
}

namespace {

Value group_message(Value group) {
  Value m = stm::read(group.as<ExceptionObject>())->group_message;
  return m.is_null() ? str_empty() : m;
}

// PySequence_Check: the type has __getitem__ and is not a dict.
bool is_sequence(Value v) {
  if (type_of(v) == g_tuple_type || type_of(v) == g_list_type) return true;
  if (is_instance_of(v, g_dict_type)) return false;
  return !lookup_special(v, g_name___getitem__).is_null();
}

// --- construction ----------------------------------------------------------

// BaseExceptionGroup.__new__(cls, message, exceptions)
Result<Value> group_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* cls = args[0].as<TypeObject>();
  if (args.nkw() > 0) return raise_type_error(ts, "%s() takes no keyword arguments", std::string(type_name(cls)).c_str());
  size_t n = args.nargs - 1;
  if (n != 2)
    return raise_type_error(ts, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", n);
  Value message = args[1], exceptions = args[2];
  if (!is_instance_of(message, g_str_type))
    return raise_type_error(ts, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                            type_name_of(message).c_str());
  if (!is_sequence(exceptions)) return raise_type_error(ts, "second argument (exceptions) must be a sequence");
  Value list = PY_TRY(sequence_to_list(ts, exceptions));
  Value excs = list_to_tuple(list);
  int64_t count = tuple_size(excs);
  if (count == 0) return raise_value_error(ts, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (int64_t i = 0; i < count; ++i) {
    Value e = tuple_item(excs, i);
    if (!is_exception_instance(e))
      return raise_value_error(ts, "Item %ld of second argument (exceptions) is not an exception", static_cast<long>(i));
    if (!is_instance_of(e, g_exc_Exception)) nested_base = true;
  }
  if (cls == g_exc_BaseExceptionGroup) {
    if (!nested_base) cls = g_exc_ExceptionGroup;
  } else if (cls == g_exc_ExceptionGroup) {
    if (nested_base) return raise_type_error(ts, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && type_is_subtype(cls, g_exc_Exception)) {
    return raise_type_error(ts, "Cannot nest BaseExceptions in '%s'", std::string(type_name(cls)).c_str());
  }
  ExceptionObject* e = allocate_object<ExceptionObject>(cls, stm::read(cls)->instance_size);
  ExceptionObject* ev = stm::view(e);
  ev->args = tuple_from(args.args + 1, 2).as<TupleObject>();
  ev->group_message = message;
  ev->group_exceptions = excs;
  return Value::from_object(e);
}

Result<Value> group_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nkw() > 0)
    return raise_type_error(ts, "%s() takes no keyword arguments", std::string(type_name(type_of(self))).c_str());
  stm::write(self.as<ExceptionObject>())->args =
      tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  return g_none;
}

Result<Value> group_str(ThreadState& ts, Value self, CallArgs) {
  std::string message = PY_TRY(str_utf8(ts, group_message(self)));
  int64_t n = tuple_size(exception_group_exceptions(self));
  return str_from_utf8(message + " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")");
}

// derive(excs): a group like self (message) with other sub-exceptions.
Result<Value> group_derive(ThreadState& ts, Value self, CallArgs args) {
  return call(ts, Value::from_object(g_exc_BaseExceptionGroup), {group_message(self), args[0]});
}

Result<Value> get_message(ThreadState&, Value self, CallArgs) { return group_message(self); }
Result<Value> get_exceptions(ThreadState&, Value self, CallArgs) { return exception_group_exceptions(self); }
Result<Value> set_readonly(ThreadState& ts, Value, CallArgs) {
  return raise(ts, g_exc_AttributeError, "readonly attribute");
}

// --- split -------------------------------------------------------------------

enum class MatcherKind { ByType, ByPredicate, ByInstanceIds };

struct Matcher {
  MatcherKind kind;
  Value value;                          // type, tuple of types, or predicate
  const std::vector<uint64_t>* ids;     // ByInstanceIds
};

bool is_callable_non_type(Value v) {
  if (is_instance_of(v, g_type_type)) return false;
  if (v.is_object()) {
    ObjectKind k = v.as_object()->kind();
    if (k == ObjectKind::Function || k == ObjectKind::BuiltinFunction || k == ObjectKind::BoundMethod) return true;
  }
  return !lookup_special(v, g_name___call__).is_null();
}

Result<Matcher> matcher_for(ThreadState& ts, Value value) {
  if (is_callable_non_type(value)) return Matcher{MatcherKind::ByPredicate, value, nullptr};
  if (is_exception_class(value)) return Matcher{MatcherKind::ByType, value, nullptr};
  if (type_of(value) == g_tuple_type) {
    bool ok = true;
    for (int64_t i = 0; i < tuple_size(value); ++i) ok = ok && is_exception_class(tuple_item(value, i));
    if (ok) return Matcher{MatcherKind::ByType, value, nullptr};
  }
  return raise_type_error(ts, "expected a function, exception type or tuple of exception types");
}

bool matches_type(Value exc, Value type) {
  if (type_of(type) == g_tuple_type) {
    for (int64_t i = 0; i < tuple_size(type); ++i)
      if (matches_type(exc, tuple_item(type, i))) return true;
    return false;
  }
  return is_instance_of(exc, type.as<TypeObject>());
}

Result<bool> matcher_matches(ThreadState& ts, const Matcher& m, Value exc) {
  switch (m.kind) {
    case MatcherKind::ByType:
      return matches_type(exc, m.value);
    case MatcherKind::ByPredicate: {
      Value r = PY_TRY(call(ts, m.value, {exc}));
      return is_true(ts, r);
    }
    case MatcherKind::ByInstanceIds:
      for (uint64_t id : *m.ids)
        if (id == exc.bits()) return true;
      return false;
  }
  return false;
}

// orig.derive(excs) with orig's traceback, cause, context and a copy of its
// notes; Value::absent() when excs is empty.
Result<Value> group_subset(ThreadState& ts, Value orig, const ValueVector& excs) {
  if (excs.size() == 0) return Value::absent();
  Value list = list_from(excs.data(), static_cast<int64_t>(excs.size()));
  Value derived = PY_TRY(call_method(ts, orig, str_intern("derive"), {list}));
  if (!is_exception_group(derived))
    return raise_type_error(ts, "derive must return an instance of BaseExceptionGroup");
  const ExceptionObject* o = stm::read(orig.as<ExceptionObject>());
  ExceptionObject* d = stm::write(derived.as<ExceptionObject>());
  if (!o->traceback.is_null()) d->traceback = o->traceback;
  d->context = o->context;
  d->cause = o->cause;
  d->suppress_context = true;
  Value notes = PY_TRY(get_attr_optional(ts, orig, str_intern("__notes__")));
  if (!notes.is_absent() && is_sequence(notes)) {
    Value copy = PY_TRY(sequence_to_list(ts, notes));
    PY_TRY(set_attr(ts, derived, str_intern("__notes__"), copy));
  }
  return derived;
}

// Splits exc by the matcher: the matching part and (with want_rest) the
// rest; null Values for empty parts.
Status split_recursive(ThreadState& ts, Value exc, const Matcher& m, bool want_rest, Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  if (PY_TRY(matcher_matches(ts, m, exc))) {
    *match = exc;
    return ok_status();
  }
  if (!is_exception_group(exc)) {
    if (want_rest) *rest = exc;
    return ok_status();
  }
  Value excs = exception_group_exceptions(exc);
  ValueVector matched, rested;
  for (int64_t i = 0; i < tuple_size(excs); ++i) {
    Value sub_match, sub_rest;
    PY_TRY(split_recursive(ts, tuple_item(excs, i), m, want_rest, &sub_match, &sub_rest));
    if (!sub_match.is_null()) matched.push_back(sub_match);
    if (want_rest && !sub_rest.is_null()) rested.push_back(sub_rest);
  }
  auto present = [](Value v) { return v.is_absent() ? Value() : v; };
  *match = present(PY_TRY(group_subset(ts, exc, matched)));
  if (want_rest) *rest = present(PY_TRY(group_subset(ts, exc, rested)));
  return ok_status();
}

Value or_none(Value v) { return v.is_null() ? g_none : v; }

Result<Value> group_split(ThreadState& ts, Value self, CallArgs args) {
  Matcher m = PY_TRY(matcher_for(ts, args[0]));
  Value match, rest;
  PY_TRY(split_recursive(ts, self, m, true, &match, &rest));
  return tuple_pack({or_none(match), or_none(rest)});
}

Result<Value> group_subgroup(ThreadState& ts, Value self, CallArgs args) {
  Matcher m = PY_TRY(matcher_for(ts, args[0]));
  Value match, rest;
  PY_TRY(split_recursive(ts, self, m, false, &match, &rest));
  return or_none(match);
}

void collect_leaf_ids(Value exc, std::vector<uint64_t>& ids) {
  if (exc.is_null() || exc.is(g_none)) return;
  if (!is_exception_group(exc)) {
    ids.push_back(exc.bits());
    return;
  }
  Value excs = exception_group_exceptions(exc);
  for (int64_t i = 0; i < tuple_size(excs); ++i) collect_leaf_ids(tuple_item(excs, i), ids);
}

// The part of `group` whose leaves are leaves of the exceptions in `keep`;
// Value::absent() when there is none.
Result<Value> group_projection(ThreadState& ts, Value group, const ValueVector& keep) {
  std::vector<uint64_t> ids;
  for (size_t i = 0; i < keep.size(); ++i) collect_leaf_ids(keep[i], ids);
  Matcher m{MatcherKind::ByInstanceIds, Value(), &ids};
  Value match, rest;
  PY_TRY(split_recursive(ts, group, m, false, &match, &rest));
  return match.is_null() ? Value::absent() : match;
}

// The __notes__ in the instance dict (null when none).
Value notes_of(Value exc) {
  DictObject** slot = instance_dict_slot(exc);
  if (!slot || !*stm::read(slot)) return Value();
  return dict_get_str(Value::from_object(*stm::read(slot)), str_intern("__notes__"));
}

bool same_metadata(Value a, Value b) {
  const ExceptionObject* x = stm::read(a.as<ExceptionObject>());
  const ExceptionObject* y = stm::read(b.as<ExceptionObject>());
  if (!x->traceback.is(y->traceback) || !x->cause.is(y->cause) || !x->context.is(y->context)) return false;
  return notes_of(a).is(notes_of(b));
}

Status check_except_star_type(ThreadState& ts, Value type) {
  auto bad_class = [&](Value t) { return !is_exception_class(t); };
  bool is_group = false;
  if (type_of(type) == g_tuple_type) {
    for (int64_t i = 0; i < tuple_size(type); ++i)
      if (bad_class(tuple_item(type, i)))
        return raise_type_error(ts, "catching classes that do not inherit from BaseException is not allowed");
    for (int64_t i = 0; i < tuple_size(type); ++i)
      if (type_is_subtype(tuple_item(type, i).as<TypeObject>(), g_exc_BaseExceptionGroup)) is_group = true;
  } else {
    if (bad_class(type))
      return raise_type_error(ts, "catching classes that do not inherit from BaseException is not allowed");
    is_group = type_is_subtype(type.as<TypeObject>(), g_exc_BaseExceptionGroup);
  }
  if (is_group)
    return raise_type_error(ts, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  return ok_status();
}

const NativeMethod kGroupMethods[] = {
    {"__new__", group_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", group_init, 0, -1, 0, nullptr},
    {"__str__", group_str, 0, 0, 0, nullptr},
    {"derive", group_derive, 1, 1, kNativeNoKeywords, nullptr},
    {"split", group_split, 1, 1, kNativeNoKeywords, nullptr},
    {"subgroup", group_subgroup, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kGroupGetters[] = {
    {"message", get_message, 0, 0, 0, nullptr},
    {"exceptions", get_exceptions, 0, 0, 0, nullptr},
};
const NativeMethod kGroupSetters[] = {
    {"message", set_readonly, 1, 1, 0, nullptr},
    {"exceptions", set_readonly, 1, 1, 0, nullptr},
};

}  // namespace

Status except_star_match(ThreadState& ts, Value exc, Value type, Value* match, Value* rest) {
  PY_TRY(check_except_star_type(ts, type));
  *match = g_none;
  *rest = g_none;
  if (exc.is(g_none)) return ok_status();
  if (matches_type(exc, type)) {
    // A full match: the group itself, or a naked exception wrapped in one.
    if (is_exception_group(exc)) {
      *match = exc;
    } else {
      Value excs = tuple_pack({exc});
      *match = PY_TRY(call(ts, Value::from_object(g_exc_BaseExceptionGroup), {str_empty(), excs}));
    }
    return ok_status();
  }
  if (is_exception_group(exc)) {
    Matcher m{MatcherKind::ByType, type, nullptr};
    Value mv, rv;
    PY_TRY(split_recursive(ts, exc, m, true, &mv, &rv));
    *match = or_none(mv);
    *rest = or_none(rv);
  }
  return ok_status();
}

Result<Value> prep_reraise_star(ThreadState& ts, Value orig, Value raised_list) {
  int64_t n = list_size(raised_list);
  if (n == 0) return g_none;
  if (!is_exception_group(orig)) {
    // A naked exception was wrapped: at most one handler ran.
    return list_get(raised_list, 0);
  }
  ValueVector raised, reraised;
  for (int64_t i = 0; i < n; ++i) {
    Value e = list_get(raised_list, i);
    if (e.is(g_none) || !is_exception_instance(e)) continue;
    if (same_metadata(e, orig)) reraised.push_back(e);
    else raised.push_back(e);
  }
  Value reraised_group = PY_TRY(group_projection(ts, orig, reraised));
  if (raised.size() == 0) return reraised_group.is_absent() ? g_none : reraised_group;
  if (!reraised_group.is_absent()) raised.push_back(reraised_group);
  Value list = list_from(raised.data(), static_cast<int64_t>(raised.size()));
  return call(ts, Value::from_object(g_exc_BaseExceptionGroup), {str_empty(), list});
}

void init_exception_group_types() {
  add_native_methods(g_exc_BaseExceptionGroup, kGroupMethods);
  for (int i = 0; i < 2; ++i) add_native_property(g_exc_BaseExceptionGroup, &kGroupGetters[i], &kGroupSetters[i]);
  // ExceptionGroup(BaseExceptionGroup, Exception): the X-macro list gives
  // one base; set the second one and the MRO here.
  TypeObject* t = stm::write(g_exc_ExceptionGroup);
  t->bases = tuple_pack({Value::from_object(g_exc_BaseExceptionGroup), Value::from_object(g_exc_Exception)})
                 .as<TupleObject>();
  t->mro = tuple_pack({Value::from_object(g_exc_ExceptionGroup), Value::from_object(g_exc_BaseExceptionGroup),
                       Value::from_object(g_exc_Exception), Value::from_object(g_exc_BaseException),
                       Value::from_object(g_object_type)})
               .as<TupleObject>();
}

}  // namespace pystm
