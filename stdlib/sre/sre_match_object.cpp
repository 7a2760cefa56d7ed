// stdlib/sre/sre_match_object.cpp — re.Match (library reference "Match
// Objects"): group, groups, groupdict, start, end, span, expand, the
// attributes string/re/pos/endpos/lastindex/lastgroup/regs, [] and repr.
// Owns: the group-index rules (an int or __index__ is a number, anything else
// is looked up by name; a bad one is IndexError "no such group").
// Must never: change a Match after sre_new_match made it.
#include <cstdio>
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/sre/sre_objects.h"
#include "runtime/objects/descriptor_objects.h"

namespace pystm {

TypeObject* g_sre_match_type = nullptr;

Result<Value> sre_new_match(ThreadState& ts, Value pattern, Value string, const sre::MatchState& state,
                            int64_t pos, int64_t endpos) {
  int64_t ngroups = as_pattern(pattern)->groups + 1;
  SreMatchObject* obj = allocate_object<SreMatchObject>(
      g_sre_match_type, sizeof(SreMatchObject) + static_cast<size_t>(2 * ngroups) * sizeof(int64_t));
  SreMatchObject* m = stm::view(obj);
  m->string = string;
  m->pattern = pattern;
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = state.lastindex;
  m->ngroups = ngroups;
  m->marks[0] = state.start;
  m->marks[1] = state.ptr;
  for (int64_t g = 1; g < ngroups; ++g) {
    int64_t b = -1, e = -1;
    if (sre::group_span(state, g, &b, &e) && b > e)
      return raise(ts, g_exc_SystemError,
                   "The span of capturing group is wrong, please report a bug for the re module.");
    m->marks[2 * g] = b;
    m->marks[2 * g + 1] = e;
  }
  return Value::from_object(obj);
}

namespace {

SreMatchObject* as_match(Value v) { return stm::view(v.as<SreMatchObject>()); }

// The group number `index` names (CPython's match_getindex); -1 with
// IndexError pending when there is no such group.
Result<int64_t> group_index(ThreadState& ts, Value self, Value index) {
  const SreMatchObject* m = as_match(self);
  int64_t i = -1;
  if (index.is_null()) return 0;
  if (is_int(index) || !lookup_special(index, g_name___index__).is_null()) {
    Value v = PY_TRY(index_value(ts, index));
    if (!int_to_int64(v, &i)) i = -1;
  } else {
    Value groupindex = as_pattern(m->pattern)->groupindex;
    if (!groupindex.is(g_none)) {
      Value found = PY_TRY(dict_get(ts, groupindex, index));
      if (!found.is_absent() && is_int(found) && !int_to_int64(found, &i)) i = -1;
    }
  }
  if (i < 0 || i >= m->ngroups) return raise(ts, g_exc_IndexError, "no such group");
  return i;
}

Value group_slice(Value self, int64_t i, Value missing) {
  const SreMatchObject* m = as_match(self);
  if (m->marks[2 * i] < 0) return missing;
  return sre_slice(m->string, m->marks[2 * i], m->marks[2 * i + 1]);
}

Result<Value> match_getslice(ThreadState& ts, Value self, Value index, Value missing) {
  int64_t i = PY_TRY(group_index(ts, self, index));
  return group_slice(self, i, missing);
}

Result<Value> match_group(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs == 0) return group_slice(self, 0, g_none);
  if (args.nargs == 1) return match_getslice(ts, self, args[0], g_none);
  ValueVector items;
  for (size_t k = 0; k < args.nargs; ++k) items.push_back(PY_TRY(match_getslice(ts, self, args[k], g_none)));
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

Result<Value> match_getitem(ThreadState& ts, Value self, CallArgs args) {
  return match_getslice(ts, self, args[0], g_none);
}

Result<Value> match_groups(ThreadState& ts, Value self, CallArgs args) {
  Value a[1];
  PY_TRY(sre_bind_args(ts, "groups", args, {"default"}, 0, a));
  Value missing = a[0].is_null() ? g_none : a[0];
  const SreMatchObject* m = as_match(self);
  ValueVector items;
  for (int64_t g = 1; g < m->ngroups; ++g) items.push_back(group_slice(self, g, missing));
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

Result<Value> match_groupdict(ThreadState& ts, Value self, CallArgs args) {
  Value a[1];
  PY_TRY(sre_bind_args(ts, "groupdict", args, {"default"}, 0, a));
  Value missing = a[0].is_null() ? g_none : a[0];
  Value result = dict_new();
  Value groupindex = as_pattern(as_match(self)->pattern)->groupindex;
  if (groupindex.is(g_none)) return result;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(groupindex, &pos, &key, &value)) {
    Value item = PY_TRY(match_getslice(ts, self, key, missing));
    PY_TRY(dict_set(ts, result, key, item));
  }
  return result;
}

Result<Value> match_start(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(group_index(ts, self, args.nargs ? args[0] : Value()));
  return int_from_int64(as_match(self)->marks[2 * i]);
}

Result<Value> match_end(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(group_index(ts, self, args.nargs ? args[0] : Value()));
  return int_from_int64(as_match(self)->marks[2 * i + 1]);
}

Result<Value> match_span(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(group_index(ts, self, args.nargs ? args[0] : Value()));
  const SreMatchObject* m = as_match(self);
  return tuple_pack({int_from_int64(m->marks[2 * i]), int_from_int64(m->marks[2 * i + 1])});
}

Result<Value> match_expand(ThreadState& ts, Value self, CallArgs args) {
  Value module = PY_TRY(import_module_level(ts, str_intern("re"), g_none, g_none, Value::small_int(0)));
  Value expand = PY_TRY(get_attr(ts, module, str_intern("_expand")));
  return call(ts, expand, {as_match(self)->pattern, self, args[0]});
}

Result<Value> match_copy(ThreadState&, Value self, CallArgs) { return self; }

Result<Value> match_repr(ThreadState& ts, Value self, CallArgs) {
  const SreMatchObject* m = as_match(self);
  Value group0 = group_slice(self, 0, g_none);
  Value text = PY_TRY(repr(ts, group0));
  char span[64];
  std::snprintf(span, sizeof span, "<re.Match object; span=(%lld, %lld), match=",
                static_cast<long long>(m->marks[0]), static_cast<long long>(m->marks[1]));
  return str_from_utf8(span + str_to_utf8(str_substring(text, 0, 50)) + ">");
}

Result<Value> match_new(ThreadState& ts, Value, CallArgs) {
  return raise_type_error(ts, "cannot create 're.Match' instances");
}

Result<Value> match_get_string(ThreadState&, Value self, CallArgs) { return as_match(self)->string; }
Result<Value> match_get_re(ThreadState&, Value self, CallArgs) { return as_match(self)->pattern; }
Result<Value> match_get_pos(ThreadState&, Value self, CallArgs) { return int_from_int64(as_match(self)->pos); }
Result<Value> match_get_endpos(ThreadState&, Value self, CallArgs) { return int_from_int64(as_match(self)->endpos); }
Result<Value> match_get_lastindex(ThreadState&, Value self, CallArgs) {
  int64_t i = as_match(self)->lastindex;
  return i < 0 ? g_none : int_from_int64(i);
}
Result<Value> match_get_lastgroup(ThreadState& ts, Value self, CallArgs) {
  const SreMatchObject* m = as_match(self);
  Value indexgroup = as_pattern(m->pattern)->indexgroup;
  if (indexgroup.is(g_none) || m->lastindex < 0) return g_none;
  return get_item(ts, indexgroup, Value::small_int(m->lastindex));
}
Result<Value> match_get_regs(ThreadState&, Value self, CallArgs) {
  const SreMatchObject* m = as_match(self);
  ValueVector items;
  for (int64_t g = 0; g < m->ngroups; ++g)
    items.push_back(tuple_pack({int_from_int64(m->marks[2 * g]), int_from_int64(m->marks[2 * g + 1])}));
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

const NativeMethod kMatchMethods[] = {
    {"__new__", match_new, 0, -1, kNativeStatic, nullptr},
    {"group", match_group, 0, -1, kNativeNoKeywords, "Return one or more subgroups of the match."},
    {"__getitem__", match_getitem, 1, 1, kNativeNoKeywords, nullptr},
    {"groups", match_groups, 0, -1, 0, "Return a tuple containing all the subgroups of the match."},
    {"groupdict", match_groupdict, 0, -1, 0, "Return a dictionary containing all the named subgroups of the match."},
    {"start", match_start, 0, 1, kNativeNoKeywords, "Return index of the start of the substring matched by group."},
    {"end", match_end, 0, 1, kNativeNoKeywords, "Return index of the end of the substring matched by group."},
    {"span", match_span, 0, 1, kNativeNoKeywords, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"expand", match_expand, 1, 1, 0, "Return the string obtained by doing backslash substitution on template."},
    {"__copy__", match_copy, 0, 0, kNativeNoKeywords, nullptr},
    {"__deepcopy__", match_copy, 1, 1, kNativeNoKeywords, nullptr},
    {"__repr__", match_repr, 0, 0, 0, nullptr},
};

const NativeMethod kMatchGetters[] = {
    {"string", match_get_string, 0, 0, 0, "The string passed to match() or search()."},
    {"re", match_get_re, 0, 0, 0, "The regular expression object."},
    {"pos", match_get_pos, 0, 0, 0, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_get_endpos, 0, 0, 0, "The index into the string beyond which the RE engine will not go."},
    {"lastindex", match_get_lastindex, 0, 0, 0, "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, 0, 0, 0, "The name of the last matched capturing group."},
    {"regs", match_get_regs, 0, 0, 0, nullptr},
};

}  // namespace

void init_sre_match_type() {
  g_sre_match_type = make_builtin_type("Match", g_object_type, ObjectKind::SreMatch, sizeof(SreMatchObject), 0);
  add_native_methods(g_sre_match_type, kMatchMethods);
  for (const NativeMethod& g : kMatchGetters) add_native_property(g_sre_match_type, &g, nullptr);
  type_set_attr_nogc_fail(g_sre_match_type, "__module__", str_intern("re"));
}

}  // namespace pystm
