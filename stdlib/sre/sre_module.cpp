// stdlib/sre/sre_module.cpp — the `_sre` module behind CPython 3.11's `re`
// package: compile() turns the opcode list re/_compiler.py produced into a
// Pattern, plus the constants and case helpers the compiler asks for.
// Also the helpers the Pattern, Match and Scanner files share (subject
// checks, slicing, argument binding, engine errors).
// Owns: module-level names of _sre. Must never: accept code the validator
// rejects (the engine trusts validated code).
#include <cstring>
#include <string>

#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/sre/sre_chars.h"
#include "stdlib/sre/sre_constants.h"
#include "stdlib/sre/sre_objects.h"

namespace pystm {

// -- Shared helpers -------------------------------------------------------------

bool is_sre_pattern(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::SrePattern; }

const uint32_t* SrePatternObject::code_words() const {
  return reinterpret_cast<const uint32_t*>(bytes_data(code));
}
size_t SrePatternObject::code_size() const { return static_cast<size_t>(bytes_size(code)) / sizeof(uint32_t); }

Status sre_state_init(ThreadState& ts, Value pattern, Value string, int64_t pos, int64_t endpos,
                      sre::MatchState* state) {
  bool isbytes;
  if (is_str(string)) {
    const StrObject* s = as_str(string);
    state->subject = {s->data, s->width, s->length};
    isbytes = false;
  } else if (string.is_object() && string.as_object()->kind() == ObjectKind::Bytes) {
    state->subject = {bytes_data(string), 1, bytes_size(string)};
    isbytes = true;
  } else {
    return raise_type_error(ts, "expected string or bytes-like object, got '%s'", type_name_of(string).c_str());
  }
  const SrePatternObject* p = as_pattern(pattern);
  if (p->isbytes == 0 && isbytes) return raise_type_error(ts, "cannot use a string pattern on a bytes-like object");
  if (p->isbytes == 1 && !isbytes) return raise_type_error(ts, "cannot use a bytes pattern on a string-like object");
  int64_t length = state->subject.length;
  pos = pos < 0 ? 0 : (pos > length ? length : pos);
  endpos = endpos < 0 ? 0 : (endpos > length ? length : endpos);
  state->start = state->ptr = pos;
  state->end = endpos;
  state->must_advance = false;
  state->match_all = false;
  state->marks.assign(static_cast<size_t>(2 * p->groups + 2), -1);
  state->reset();
  return ok_status();
}

Value sre_slice(Value string, int64_t begin, int64_t end) {
  if (is_str(string)) return str_substring(string, begin, end);
  return bytes_from(bytes_data(string) + begin, end - begin);
}

Value sre_state_group(const sre::MatchState& state, Value string, int64_t g, Value missing) {
  int64_t b, e;
  if (!sre::group_span(state, g, &b, &e)) return missing;
  return sre_slice(string, b, e);
}

Error sre_raise_engine_error(ThreadState& ts, int) {
  return raise(ts, g_exc_RuntimeError, "internal error in regular expression engine");
}

Status sre_bind_args(ThreadState& ts, const char* fname, CallArgs args, std::initializer_list<const char*> names,
                     size_t required, Value* out) {
  size_t n = names.size();
  if (args.nargs > n)
    return raise_type_error(ts, "%s() takes at most %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s",
                            args.nargs + args.nkw());
  for (size_t i = 0; i < n; ++i) out[i] = i < args.nargs ? args[i] : Value();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key = str_to_utf8(args.kw_name(k));
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      ++i;
    }
    if (i == n) return raise_type_error(ts, "'%s' is an invalid keyword argument for %s()", key.c_str(), fname);
    if (i < args.nargs)
      return raise_type_error(ts, "argument for %s() given by name ('%s') and position (%zu)", fname, key.c_str(),
                              i + 1);
    out[i] = args.kw_value(k);
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null())
      return raise_type_error(ts, "%s() missing required argument '%s' (pos %zu)", fname, name, i + 1);
    ++i;
  }
  return ok_status();
}

Result<int64_t> sre_index_arg(ThreadState& ts, Value v, int64_t default_value) {
  if (v.is_null()) return default_value;
  return index_as_ssize(ts, v);
}

namespace {

// -- Module functions -----------------------------------------------------------

Result<int64_t> char_arg(ThreadState& ts, Value v) {
  int64_t ch = PY_TRY(index_as_ssize(ts, v));
  return ch;
}

Result<Value> sre_getcodesize(ThreadState&, Value, CallArgs) { return Value::small_int(sre::kCodeSize); }

Result<Value> sre_ascii_iscased(ThreadState& ts, Value, CallArgs args) {
  int64_t ch = PY_TRY(char_arg(ts, args[0]));
  return bool_value(ch < 128 && sre::ascii_iscased(static_cast<uint32_t>(ch)));
}

Result<Value> sre_unicode_iscased(ThreadState& ts, Value, CallArgs args) {
  int64_t ch = PY_TRY(char_arg(ts, args[0]));
  return bool_value(ch >= 0 && ch <= 0x10FFFF && sre::unicode_iscased(static_cast<uint32_t>(ch)));
}

Result<Value> sre_ascii_tolower(ThreadState& ts, Value, CallArgs args) {
  int64_t ch = PY_TRY(char_arg(ts, args[0]));
  return int_from_int64(ch >= 0 && ch < 128 ? sre::lower_ascii(static_cast<uint32_t>(ch)) : ch);
}

Result<Value> sre_unicode_tolower(ThreadState& ts, Value, CallArgs args) {
  int64_t ch = PY_TRY(char_arg(ts, args[0]));
  return int_from_int64(ch >= 0 && ch <= 0x10FFFF ? sre::lower_unicode(static_cast<uint32_t>(ch)) : ch);
}

// compile(pattern, flags, code, groups, groupindex, indexgroup)
Result<Value> sre_compile(ThreadState& ts, Value, CallArgs args) {
  Value a[6];
  PY_TRY(sre_bind_args(ts, "compile", args, {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6,
                       a));
  int64_t flags = PY_TRY(index_as_ssize(ts, a[1]));
  if (!is_list(a[2]))
    return raise_type_error(ts, "compile() argument 'code' must be list, not %s", type_name_of(a[2]).c_str());
  int64_t groups = PY_TRY(index_as_ssize(ts, a[3]));
  if (!is_dict(a[4]))
    return raise_type_error(ts, "compile() argument 'groupindex' must be dict, not %s", type_name_of(a[4]).c_str());
  if (!is_instance_of(a[5], g_tuple_type))
    return raise_type_error(ts, "compile() argument 'indexgroup' must be tuple, not %s", type_name_of(a[5]).c_str());
  int64_t n = list_size(a[2]);
  std::string words(static_cast<size_t>(n) * sizeof(uint32_t), '\0');
  for (int64_t i = 0; i < n; ++i) {
    // CPython reports every unconvertible item (not an int, negative, too
    // large) as this OverflowError.
    Value item = list_get(a[2], i);
    int64_t w;
    if (!is_int(item) || !int_to_int64(item, &w) || w < 0 || w > 0xffffffffLL)
      return raise_overflow(ts, "regular expression code size limit exceeded");
    uint32_t word = static_cast<uint32_t>(w);
    std::memcpy(&words[static_cast<size_t>(i) * sizeof(uint32_t)], &word, sizeof word);
  }
  Value pattern = a[0];
  int64_t isbytes = -1;
  if (is_str(pattern)) isbytes = 0;
  else if (pattern.is_object() && pattern.as_object()->kind() == ObjectKind::Bytes) isbytes = 1;
  else if (!pattern.is(g_none))
    return raise_type_error(ts, "expected string or bytes-like object, got '%s'", type_name_of(pattern).c_str());
  Value code = bytes_from(words.data(), static_cast<int64_t>(words.size()));
  if (!sre::validate_code(reinterpret_cast<const uint32_t*>(bytes_data(code)), static_cast<size_t>(n), groups))
    return raise(ts, g_exc_RuntimeError, "invalid SRE code");
  SrePatternObject* obj = allocate_object<SrePatternObject>(g_sre_pattern_type);
  SrePatternObject* p = stm::view(obj);
  p->pattern = pattern;
  p->code = code;
  p->groupindex = dict_size(a[4]) > 0 ? a[4] : Value(g_none);
  p->indexgroup = dict_size(a[4]) > 0 ? a[5] : Value(g_none);
  p->flags = flags;
  p->groups = groups;
  p->isbytes = isbytes;
  return Value::from_object(obj);
}

const NativeMethod kSreFunctions[] = {
    {"compile", sre_compile, 0, -1, 0, nullptr},
    {"getcodesize", sre_getcodesize, 0, 0, kNativeNoKeywords, nullptr},
    {"ascii_iscased", sre_ascii_iscased, 1, 1, kNativeNoKeywords, nullptr},
    {"unicode_iscased", sre_unicode_iscased, 1, 1, kNativeNoKeywords, nullptr},
    {"ascii_tolower", sre_ascii_tolower, 1, 1, kNativeNoKeywords, nullptr},
    {"unicode_tolower", sre_unicode_tolower, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_sre_module(ThreadState&) {
  if (!g_sre_pattern_type) {
    init_sre_pattern_type();
    init_sre_match_type();
    init_sre_scanner_type();
  }
  Value module = module_new(str_intern("_sre"));
  for (const NativeMethod& m : kSreFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "MAGIC", Value::small_int(sre::kMagic));
  module_set(module, "CODESIZE", Value::small_int(sre::kCodeSize));
  module_set(module, "MAXREPEAT", Value::small_int(sre::kMaxRepeat));
  module_set(module, "MAXGROUPS", Value::small_int(sre::kMaxGroups));
  module_set(module, "copyright", str_intern(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
  return module;
}

}  // namespace pystm
