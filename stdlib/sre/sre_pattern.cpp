// stdlib/sre/sre_pattern.cpp — re.Pattern (library reference "Regular
// Expression Objects"): match, fullmatch, search, findall, finditer,
// scanner, split, sub, subn, and the attributes, repr, ==, hash and copy.
// Owns: the loops over successive matches (with CPython's rule that a match
// may not be empty where the previous one ended). Must never: change a
// Pattern after compile() made it.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
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
#include "stdlib/sre/sre_constants.h"
#include "stdlib/sre/sre_objects.h"

namespace pystm {

TypeObject* g_sre_pattern_type = nullptr;

namespace {

constexpr int64_t kMaxSize = INT64_MAX;

// string, pos=0, endpos=sys.maxsize
struct SubjectArgs {
  Value string;
  int64_t pos;
  int64_t endpos;
};

Result<SubjectArgs> subject_args(ThreadState& ts, const char* fname, CallArgs args) {
  Value a[3];
  PY_TRY(sre_bind_args(ts, fname, args, {"string", "pos", "endpos"}, 1, a));
  SubjectArgs s{a[0], 0, kMaxSize};
  s.pos = PY_TRY(sre_index_arg(ts, a[1], 0));
  s.endpos = PY_TRY(sre_index_arg(ts, a[2], kMaxSize));
  return s;
}

const uint32_t* code_of(Value self, size_t* size) {
  const SrePatternObject* p = as_pattern(self);
  *size = p->code_size();
  return p->code_words();
}

// match / fullmatch / search.
enum class Mode { kMatch, kFullMatch, kSearch };

Result<Value> run_once(ThreadState& ts, Value self, CallArgs args, const char* fname, Mode mode) {
  SubjectArgs s = PY_TRY(subject_args(ts, fname, args));
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, self, s.string, s.pos, s.endpos, &state));
  int64_t pos = state.start, endpos = state.end;
  size_t size;
  const uint32_t* code = code_of(self, &size);
  state.match_all = mode == Mode::kFullMatch;
  int status = mode == Mode::kSearch ? sre::search(code, size, state) : sre::match(code, size, state);
  if (status < 0) return sre_raise_engine_error(ts, status);
  if (status == sre::kNoMatch) return g_none;
  return sre_new_match(ts, self, s.string, state, pos, endpos);
}

Result<Value> pattern_match(ThreadState& ts, Value self, CallArgs args) {
  return run_once(ts, self, args, "match", Mode::kMatch);
}
Result<Value> pattern_fullmatch(ThreadState& ts, Value self, CallArgs args) {
  return run_once(ts, self, args, "fullmatch", Mode::kFullMatch);
}
Result<Value> pattern_search(ThreadState& ts, Value self, CallArgs args) {
  return run_once(ts, self, args, "search", Mode::kSearch);
}

// Searches for the next match from state.start; then moves on past it.
int next_match(const uint32_t* code, size_t size, sre::MatchState& state) {
  state.reset();
  state.ptr = state.start;
  return sre::search(code, size, state);
}
void advance(sre::MatchState& state) {
  state.must_advance = state.ptr == state.start;
  state.start = state.ptr;
}

Result<Value> pattern_findall(ThreadState& ts, Value self, CallArgs args) {
  SubjectArgs s = PY_TRY(subject_args(ts, "findall", args));
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, self, s.string, s.pos, s.endpos, &state));
  size_t size;
  const uint32_t* code = code_of(self, &size);
  int64_t groups = as_pattern(self)->groups;
  Value list = list_new();
  Value empty = sre_slice(s.string, 0, 0);
  while (state.start <= state.end) {
    int status = next_match(code, size, state);
    if (status < 0) return sre_raise_engine_error(ts, status);
    if (status == sre::kNoMatch) break;
    Value item;
    if (groups == 0) {
      item = sre_slice(s.string, state.start, state.ptr);
    } else if (groups == 1) {
      item = sre_state_group(state, s.string, 1, empty);
    } else {
      ValueVector items;
      for (int64_t g = 1; g <= groups; ++g) items.push_back(sre_state_group(state, s.string, g, empty));
      item = tuple_from(items.data(), static_cast<int64_t>(items.size()));
    }
    list_append(list, item);
    advance(state);
  }
  return list;
}

Result<Value> pattern_scanner(ThreadState& ts, Value self, CallArgs args) {
  SubjectArgs s = PY_TRY(subject_args(ts, "scanner", args));
  return sre_new_scanner(ts, self, s.string, s.pos, s.endpos);
}

Result<Value> pattern_finditer(ThreadState& ts, Value self, CallArgs args) {
  SubjectArgs s = PY_TRY(subject_args(ts, "finditer", args));
  Value scanner = PY_TRY(sre_new_scanner(ts, self, s.string, s.pos, s.endpos));
  Value search = PY_TRY(get_attr(ts, scanner, str_intern("search")));
  Value it = seq_iterator_new(g_callable_iterator_type, search);
  stm::view(it.as<SeqIteratorObject>())->sentinel = g_none;
  return it;
}

// split(string, maxsplit=0)
Result<Value> pattern_split(ThreadState& ts, Value self, CallArgs args) {
  Value a[2];
  PY_TRY(sre_bind_args(ts, "split", args, {"string", "maxsplit"}, 1, a));
  int64_t maxsplit = PY_TRY(sre_index_arg(ts, a[1], 0));
  Value string = a[0];
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, self, string, 0, kMaxSize, &state));
  size_t size;
  const uint32_t* code = code_of(self, &size);
  int64_t groups = as_pattern(self)->groups;
  Value list = list_new();
  int64_t n = 0, last = state.start;
  while (!maxsplit || n < maxsplit) {
    int status = next_match(code, size, state);
    if (status < 0) return sre_raise_engine_error(ts, status);
    if (status == sre::kNoMatch) break;
    list_append(list, sre_slice(string, last, state.start));
    for (int64_t g = 1; g <= groups; ++g) list_append(list, sre_state_group(state, string, g, g_none));
    ++n;
    advance(state);
    last = state.start;
  }
  list_append(list, sre_slice(string, last, state.end));
  return list;
}

// callable(v) (runtime/ops gets a shared is_callable with the stdlib branch).
bool is_callable_value(Value v) {
  if (v.is_object()) {
    ObjectKind k = v.as_object()->kind();
    if (k == ObjectKind::Function || k == ObjectKind::BuiltinFunction || k == ObjectKind::BoundMethod ||
        k == ObjectKind::Type)
      return true;
  }
  return !lookup_special(v, g_name___call__).is_null();
}

// A function of the pure-Python part of `re` (re._subx, re._expand).
Result<Value> re_function(ThreadState& ts, const char* name) {
  Value module = PY_TRY(import_module_level(ts, str_intern("re"), g_none, g_none, Value::small_int(0)));
  return get_attr(ts, module, str_intern(name));
}

// Joins the pieces of sub() the way str.join / bytes.join would, with their
// messages for a piece of the wrong type.
Result<Value> join_pieces(ThreadState& ts, Value list, bool isbytes) {
  int64_t n = list_size(list);
  if (!isbytes) {
    ValueVector parts;
    for (int64_t i = 0; i < n; ++i) {
      Value item = list_get(list, i);
      if (!is_str(item))
        return raise_type_error(ts, "sequence item %lld: expected str instance, %s found", static_cast<long long>(i),
                                type_name_of(item).c_str());
      parts.push_back(item);
    }
    return str_join_values(parts.data(), n, str_empty());
  }
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    Value item = list_get(list, i);
    if (!item.is_object() || item.as_object()->kind() != ObjectKind::Bytes)
      return raise_type_error(ts, "sequence item %lld: expected a bytes-like object, %s found",
                              static_cast<long long>(i), type_name_of(item).c_str());
    out.append(reinterpret_cast<const char*>(bytes_data(item)), static_cast<size_t>(bytes_size(item)));
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> subx(ThreadState& ts, Value self, CallArgs args, const char* fname, bool subn) {
  Value a[3];
  PY_TRY(sre_bind_args(ts, fname, args, {"repl", "string", "count"}, 2, a));
  Value repl = a[0], string = a[1];
  int64_t count = PY_TRY(sre_index_arg(ts, a[2], 0));
  Value filter = repl;
  bool filter_is_callable = is_callable_value(repl);
  if (!filter_is_callable) {
    // A literal replacement (no backslash) is used as is; anything else goes
    // to the template compiler of the re module.
    bool literal = false;
    if (is_str(repl)) {
      const StrObject* r = as_str(repl);
      literal = true;
      for (int64_t i = 0; i < r->length && literal; ++i) literal = r->at(i) != '\\';
    } else if (repl.is_object() && repl.as_object()->kind() == ObjectKind::Bytes) {
      const uint8_t* d = bytes_data(repl);
      literal = true;
      for (int64_t i = 0; i < bytes_size(repl) && literal; ++i) literal = d[i] != '\\';
    }
    if (!literal) {
      Value fn = PY_TRY(re_function(ts, "_subx"));
      filter = PY_TRY(call(ts, fn, {self, repl}));
      filter_is_callable = is_callable_value(filter);
    }
  }
  sre::MatchState state;
  PY_TRY(sre_state_init(ts, self, string, 0, kMaxSize, &state));
  bool isbytes = !is_str(string);
  size_t size;
  const uint32_t* code = code_of(self, &size);
  Value list = list_new();
  int64_t n = 0, i = 0;
  while (!count || n < count) {
    int status = next_match(code, size, state);
    if (status < 0) return sre_raise_engine_error(ts, status);
    if (status == sre::kNoMatch) break;
    int64_t b = state.start, e = state.ptr;
    if (i < b) list_append(list, sre_slice(string, i, b));
    Value item = filter;
    if (filter_is_callable) {
      Value match = PY_TRY(sre_new_match(ts, self, string, state, 0, state.subject.length));
      item = PY_TRY(call(ts, filter, {match}));
    }
    if (!item.is(g_none)) list_append(list, item);
    i = e;
    ++n;
    advance(state);
  }
  if (i < state.end) list_append(list, sre_slice(string, i, state.end));
  Value joined = list_size(list) == 0 ? sre_slice(string, 0, 0) : PY_TRY(join_pieces(ts, list, isbytes));
  if (subn) return tuple_pack({joined, int_from_int64(n)});
  return joined;
}

Result<Value> pattern_sub(ThreadState& ts, Value self, CallArgs args) { return subx(ts, self, args, "sub", false); }
Result<Value> pattern_subn(ThreadState& ts, Value self, CallArgs args) { return subx(ts, self, args, "subn", true); }

Result<Value> pattern_repr(ThreadState& ts, Value self, CallArgs) {
  static const struct {
    const char* name;
    int64_t value;
  } kFlagNames[] = {
      {"re.TEMPLATE", sre::kFlagTemplate}, {"re.IGNORECASE", sre::kFlagIgnoreCase}, {"re.LOCALE", sre::kFlagLocale},
      {"re.MULTILINE", sre::kFlagMultiline}, {"re.DOTALL", sre::kFlagDotAll}, {"re.UNICODE", sre::kFlagUnicode},
      {"re.VERBOSE", sre::kFlagVerbose}, {"re.DEBUG", sre::kFlagDebug}, {"re.ASCII", sre::kFlagAscii},
  };
  const SrePatternObject* p = as_pattern(self);
  Value pattern_repr = PY_TRY(repr(ts, p->pattern));
  std::string text = str_to_utf8(str_substring(pattern_repr, 0, 200));
  int64_t flags = p->flags;
  // re.UNICODE is implied for str patterns.
  if ((flags & (sre::kFlagLocale | sre::kFlagUnicode | sre::kFlagAscii)) == sre::kFlagUnicode)
    flags &= ~sre::kFlagUnicode;
  std::string names;
  for (const auto& f : kFlagNames) {
    if (flags & f.value) {
      if (!names.empty()) names += "|";
      names += f.name;
      flags &= ~f.value;
    }
  }
  if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
    if (!names.empty()) names += "|";
    names += buf;
  }
  if (names.empty()) return str_from_utf8("re.compile(" + text + ")");
  return str_from_utf8("re.compile(" + text + ", " + names + ")");
}

Result<Value> pattern_eq(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  if (!is_sre_pattern(self) || !is_sre_pattern(other)) return g_notimplemented;
  if (self.is(other)) return g_true;
  const SrePatternObject* a = as_pattern(self);
  const SrePatternObject* b = as_pattern(other);
  if (a->flags != b->flags || a->isbytes != b->isbytes || a->code_size() != b->code_size()) return g_false;
  if (std::memcmp(a->code_words(), b->code_words(), a->code_size() * sizeof(uint32_t)) != 0) return g_false;
  return bool_value(PY_TRY(equals(ts, a->pattern, b->pattern)));
}

Result<Value> pattern_ne(ThreadState& ts, Value self, CallArgs args) {
  Value r = PY_TRY(pattern_eq(ts, self, args));
  if (r.is(g_notimplemented)) return r;
  return bool_value(!r.is(g_true));
}

Result<Value> pattern_hash(ThreadState& ts, Value self, CallArgs) {
  const SrePatternObject* p = as_pattern(self);
  int64_t h = PY_TRY(hash(ts, p->pattern));
  uint64_t code_hash = 1469598103934665603ull;  // FNV-1a over the code words
  const uint32_t* w = p->code_words();
  for (size_t i = 0; i < p->code_size(); ++i) code_hash = (code_hash ^ w[i]) * 1099511628211ull;
  h ^= static_cast<int64_t>(code_hash >> 1);
  if (h == -1) h = -2;
  return int_from_int64(h);
}

Result<Value> pattern_copy(ThreadState&, Value self, CallArgs) { return self; }

Result<Value> pattern_new(ThreadState& ts, Value, CallArgs) {
  return raise_type_error(ts, "cannot create 're.Pattern' instances");
}

Result<Value> pattern_get_pattern(ThreadState&, Value self, CallArgs) { return as_pattern(self)->pattern; }
Result<Value> pattern_get_flags(ThreadState&, Value self, CallArgs) { return int_from_int64(as_pattern(self)->flags); }
Result<Value> pattern_get_groups(ThreadState&, Value self, CallArgs) {
  return int_from_int64(as_pattern(self)->groups);
}
// CPython returns a read-only mappingproxy; a copy keeps the pattern immutable.
Result<Value> pattern_get_groupindex(ThreadState&, Value self, CallArgs) {
  Value gi = as_pattern(self)->groupindex;
  return gi.is(g_none) ? dict_new() : dict_copy(gi);
}

const NativeMethod kPatternMethods[] = {
    {"__new__", pattern_new, 0, -1, kNativeStatic, nullptr},
    {"match", pattern_match, 0, -1, 0, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_fullmatch, 0, -1, 0, "Matches against all of the string."},
    {"search", pattern_search, 0, -1, 0,
     "Scan through string looking for a match, and return a corresponding match object instance."},
    {"findall", pattern_findall, 0, -1, 0, "Return a list of all non-overlapping matches of pattern in string."},
    {"finditer", pattern_finditer, 0, -1, 0,
     "Return an iterator over all non-overlapping matches for the RE pattern in string."},
    {"scanner", pattern_scanner, 0, -1, 0, nullptr},
    {"split", pattern_split, 0, -1, 0, "Split string by the occurrences of pattern."},
    {"sub", pattern_sub, 0, -1, 0,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the "
     "replacement repl."},
    {"subn", pattern_subn, 0, -1, 0,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping "
     "occurrences of pattern with the replacement repl."},
    {"__repr__", pattern_repr, 0, 0, 0, nullptr},
    {"__eq__", pattern_eq, 1, 1, 0, nullptr},
    {"__ne__", pattern_ne, 1, 1, 0, nullptr},
    {"__hash__", pattern_hash, 0, 0, 0, nullptr},
    {"__copy__", pattern_copy, 0, 0, 0, nullptr},
    {"__deepcopy__", pattern_copy, 1, 1, 0, nullptr},
};

const NativeMethod kPatternGetters[] = {
    {"pattern", pattern_get_pattern, 0, 0, 0, "The pattern string from which the RE object was compiled."},
    {"flags", pattern_get_flags, 0, 0, 0, "The regex matching flags."},
    {"groups", pattern_get_groups, 0, 0, 0, "The number of capturing groups in the pattern."},
    {"groupindex", pattern_get_groupindex, 0, 0, 0, "A dictionary mapping group names to group numbers."},
};

}  // namespace

void init_sre_pattern_type() {
  g_sre_pattern_type =
      make_builtin_type("Pattern", g_object_type, ObjectKind::SrePattern, sizeof(SrePatternObject), 0);
  add_native_methods(g_sre_pattern_type, kPatternMethods);
  for (const NativeMethod& g : kPatternGetters) add_native_property(g_sre_pattern_type, &g, nullptr);
  type_set_attr_nogc_fail(g_sre_pattern_type, "__module__", str_intern("re"));
}

}  // namespace pystm
