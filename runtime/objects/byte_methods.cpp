// runtime/objects/byte_methods.cpp — the methods shared by bytes and
// bytearray (library reference §4.8.3), one implementation over a byte span.
// Owns: every non-mutating method both types have, with CPython 3.11's
// argument rules and messages. Results have the receiver's kind.
// Must never: keep a bytearray's view while Python code can run (arguments
// are converted first, the receiver's bytes read last).
#include "runtime/objects/byte_methods.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytecode/binary_op.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

std::string_view byte_self_view(Value self) {
  if (self.as_object()->kind() == ObjectKind::Bytes)
    return std::string_view(reinterpret_cast<const char*>(bytes_data(self)), bytes_size(self));
  return bytearray_view(self);
}

Value byte_result_like(Value self, std::string_view data) {
  if (self.as_object()->kind() == ObjectKind::Bytes) return bytes_from(data.data(), static_cast<int64_t>(data.size()));
  return bytearray_from(data);
}

std::string byte_literal_repr(std::string_view d) {
  bool has_single = d.find('\'') != std::string_view::npos, has_double = d.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (char ch : d) {
    uint8_t c = static_cast<uint8_t>(ch);
    if (c == quote || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += static_cast<char>(c);
  }
  out += quote;
  return out;
}

Result<std::string> byte_source_to_string(ThreadState& ts, Value source, Value encoding, Value errors,
                                          const char* type_name) {
  if (source.is_null()) {
    if (!encoding.is_null() || !errors.is_null())
      return raise_type_error(ts, encoding.is_null() ? "errors without a string argument"
                                                     : "encoding without a string argument");
    return std::string();
  }
  if (is_instance_of(source, g_str_type)) {
    if (encoding.is_null()) return raise_type_error(ts, "string argument without an encoding");
    if (!is_instance_of(encoding, g_str_type))
      return raise_type_error(ts, "%s() argument 'encoding' must be str, not %s", type_name,
                              type_name_of(encoding).c_str());
    if (!errors.is_null() && !is_instance_of(errors, g_str_type))
      return raise_type_error(ts, "%s() argument 'errors' must be str, not %s", type_name,
                              type_name_of(errors).c_str());
    Value b = PY_TRY(str_encode_value(ts, source, encoding, errors));
    return std::string(reinterpret_cast<const char*>(bytes_data(b)), bytes_size(b));
  }
  if (!encoding.is_null() || !errors.is_null())
    return raise_type_error(ts, encoding.is_null() ? "errors without a string argument"
                                                   : "encoding without a string argument");
  {
    BytesArg arg;
    if (PY_TRY(get_bytes_like(ts, source, &arg))) return std::string(arg.view);
  }
  if (is_int(source) || !lookup_special(source, g_name___index__).is_null()) {
    int64_t n = PY_TRY(index_as_ssize(ts, source));
    if (n < 0) return raise_value_error(ts, "negative count");
    if (n > (int64_t{1} << 34)) return raise_memory_error(ts);
    return std::string(static_cast<size_t>(n), '\0');
  }
  if (lookup_special(source, g_name___iter__).is_null() && lookup_special(source, g_name___getitem__).is_null())
    return raise_type_error(ts, "cannot convert '%s' object to %s", type_name_of(source).c_str(), type_name);
  Value it = PY_TRY(get_iter(ts, source));
  std::string out;
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    if (!is_int(item) && lookup_special(item, g_name___index__).is_null())
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(item).c_str());
    int64_t b = PY_TRY(index_as_ssize(ts, item));
    if (b < 0 || b > 255)
      return raise_value_error(ts, "%s must be in range(0, 256)", std::strcmp(type_name, "bytes") == 0 ? "bytes" : "byte");
    out += static_cast<char>(b);
  }
  return out;
}

Result<std::string> bytes_from_object(ThreadState& ts, Value v) {
  Value method = lookup_special(v, str_intern("__bytes__"));
  if (!method.is_null()) {
    Value r = PY_TRY(call_special(ts, method, v, {}));
    if (!(r.is_object() && r.as_object()->kind() == ObjectKind::Bytes))
      return raise_type_error(ts, "__bytes__ returned non-bytes (type %s)", type_name_of(r).c_str());
    return std::string(reinterpret_cast<const char*>(bytes_data(r)), bytes_size(r));
  }
  if (is_instance_of(v, g_str_type) || is_int(v))
    return raise_type_error(ts, "cannot convert '%s' object to bytes", type_name_of(v).c_str());
  return byte_source_to_string(ts, v, Value(), Value(), "bytes");
}

namespace {

using bytecode::CompareOp;
constexpr uint32_t kNK = kNativeNoKeywords;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

Value as_value(Value self, const std::string& s) { return byte_result_like(self, s); }

const char* self_type_name(Value self) {
  return self.as_object()->kind() == ObjectKind::Bytes ? "bytes" : "bytearray";
}

// Positional/keyword parsing for the methods that accept keywords: fills
// out[i] for names[i] (null when absent).
Status parse_args(ThreadState& ts, const char* fname, CallArgs args, std::initializer_list<const char*> names,
                  Value* out) {
  size_t n = names.size();
  if (args.nargs > n)
    return raise_type_error(ts, "%s() takes at most %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s",
                            args.nargs);
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
  return ok_status();
}

// A slice bound (None or __index__), clamped like CPython's ADJUST_INDICES.
Result<int64_t> slice_bound(ThreadState& ts, Value v, int64_t dflt) {
  if (v.is_null() || v.is(g_none)) return dflt;
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null())
    return raise_type_error(ts, "slice indices must be integers or None or have an __index__ method");
  Value i = PY_TRY(index_value(ts, v));
  int64_t out;
  if (!int_to_int64(i, &out)) out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  return out;
}
void adjust_indices(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

// The sub argument of find/count/index: an int byte or a bytes-like value.
Status sub_arg(ThreadState& ts, Value v, BytesArg* out, std::string* single) {
  if (is_int(v) || (!is_bytes_like(v) && !lookup_special(v, g_name___index__).is_null())) {
    int64_t b = PY_TRY(index_as_ssize(ts, v));
    if (b < 0 || b > 255) return raise_value_error(ts, "byte must be in range(0, 256)");
    *single = std::string(1, static_cast<char>(b));
    out->view = *single;
    return ok_status();
  }
  if (!PY_TRY(get_bytes_like(ts, v, out)))
    return raise_type_error(ts, "argument should be integer or bytes-like object, not '%s'",
                            type_name_of(v).c_str());
  return ok_status();
}

// find/rfind/index/rindex/count share argument handling: (sub[, start[, end]]).
enum class Search { Find, RFind, Count };
Result<int64_t> search(ThreadState& ts, Value self, CallArgs args, Search kind) {
  BytesArg sub;
  std::string single;
  PY_TRY(sub_arg(ts, args[0], &sub, &single));
  std::string needle(sub.view);  // the bounds' __index__ may change a bytearray
  int64_t start = PY_TRY(slice_bound(ts, args.nargs > 1 ? args[1] : Value(), 0));
  int64_t end = PY_TRY(slice_bound(ts, args.nargs > 2 ? args[2] : Value(), INT64_MAX / 2));
  sub.view = needle;
  std::string_view s = byte_self_view(self);
  int64_t len = static_cast<int64_t>(s.size());
  adjust_indices(&start, &end, len);
  int64_t n = static_cast<int64_t>(sub.view.size());
  if (kind == Search::Count) {
    if (start > len || end - start < n) return int64_t{0};
    if (n == 0) return end - start + 1;
    int64_t count = 0;
    std::string_view window = s.substr(start, end - start);
    for (size_t at = window.find(sub.view); at != std::string_view::npos; at = window.find(sub.view, at + n)) ++count;
    return count;
  }
  if (end - start < n) return int64_t{-1};
  std::string_view window = s.substr(start, end - start);
  size_t at = kind == Search::Find ? window.find(sub.view) : window.rfind(sub.view);
  return at == std::string_view::npos ? int64_t{-1} : start + static_cast<int64_t>(at);
}

Result<Value> m_find(ThreadState& ts, Value self, CallArgs args) {
  return Value::small_int(PY_TRY(search(ts, self, args, Search::Find)));
}
Result<Value> m_rfind(ThreadState& ts, Value self, CallArgs args) {
  return Value::small_int(PY_TRY(search(ts, self, args, Search::RFind)));
}
Result<Value> m_index(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(search(ts, self, args, Search::Find));
  if (i < 0) return raise_value_error(ts, "subsection not found");
  return Value::small_int(i);
}
Result<Value> m_rindex(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(search(ts, self, args, Search::RFind));
  if (i < 0) return raise_value_error(ts, "subsection not found");
  return Value::small_int(i);
}
Result<Value> m_count(ThreadState& ts, Value self, CallArgs args) {
  return Value::small_int(PY_TRY(search(ts, self, args, Search::Count)));
}

Result<Value> starts_or_ends(ThreadState& ts, Value self, CallArgs args, bool ends, const char* name) {
  Value prefix = args[0];
  int64_t start = PY_TRY(slice_bound(ts, args.nargs > 1 ? args[1] : Value(), 0));
  int64_t end = PY_TRY(slice_bound(ts, args.nargs > 2 ? args[2] : Value(), INT64_MAX / 2));
  // Tuple items are tried in order; a bad item after a match is not seen.
  bool tuple = is_instance_of(prefix, g_tuple_type);
  int64_t count = tuple ? tuple_size(prefix) : 1;
  for (int64_t i = 0; i < count; ++i) {
    Value item = tuple ? tuple_item(prefix, i) : prefix;
    BytesArg a;
    if (!PY_TRY(get_bytes_like(ts, item, &a))) {
      if (tuple) return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(item).c_str());
      return raise_type_error(ts, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              type_name_of(item).c_str());
    }
    std::string_view s = byte_self_view(self);
    int64_t len = static_cast<int64_t>(s.size());
    int64_t from = start, to = end;
    adjust_indices(&from, &to, len);
    int64_t n = static_cast<int64_t>(a.view.size());
    if (from > len || to - from < n) continue;
    std::string_view part = ends ? s.substr(to - n, n) : s.substr(from, n);
    if (part == a.view) return g_true;
  }
  return g_false;
}
Result<Value> m_startswith(ThreadState& ts, Value self, CallArgs args) {
  return starts_or_ends(ts, self, args, false, "startswith");
}
Result<Value> m_endswith(ThreadState& ts, Value self, CallArgs args) {
  return starts_or_ends(ts, self, args, true, "endswith");
}

// -- Splitting and joining -------------------------------------------------------------

Result<Value> split_impl(ThreadState& ts, Value self, CallArgs args, bool right) {
  Value given[2];
  PY_TRY(parse_args(ts, right ? "rsplit" : "split", args, {"sep", "maxsplit"}, given));
  int64_t maxsplit = given[1].is_null() ? -1 : PY_TRY(index_as_ssize(ts, given[1]));
  if (maxsplit < 0) maxsplit = INT64_MAX;
  BytesArg sep;
  bool whitespace = given[0].is_null() || given[0].is(g_none);
  if (!whitespace) {
    PY_TRY(require_bytes_like(ts, given[0], &sep));
    if (sep.view.empty()) return raise_value_error(ts, "empty separator");
  }
  std::string_view s = byte_self_view(self);
  std::vector<std::string_view> parts;
  if (whitespace) {
    if (!right) {
      size_t i = 0, n = s.size();
      while (true) {
        while (i < n && is_space(s[i])) ++i;
        if (i >= n) break;
        if (static_cast<int64_t>(parts.size()) >= maxsplit) {
          parts.push_back(s.substr(i));
          break;
        }
        size_t start = i;
        while (i < n && !is_space(s[i])) ++i;
        parts.push_back(s.substr(start, i - start));
      }
    } else {
      size_t i = s.size();
      while (true) {
        while (i > 0 && is_space(s[i - 1])) --i;
        if (i == 0) break;
        if (static_cast<int64_t>(parts.size()) >= maxsplit) {
          parts.push_back(s.substr(0, i));
          break;
        }
        size_t end = i;
        while (i > 0 && !is_space(s[i - 1])) --i;
        parts.push_back(s.substr(i, end - i));
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else if (!right) {
    size_t start = 0;
    int64_t splits = 0;
    for (size_t at = s.find(sep.view); at != std::string_view::npos && splits < maxsplit;
         at = s.find(sep.view, start), ++splits) {
      parts.push_back(s.substr(start, at - start));
      start = at + sep.view.size();
    }
    parts.push_back(s.substr(start));
  } else {
    size_t end = s.size();
    int64_t splits = 0;
    while (splits < maxsplit && end >= sep.view.size()) {
      size_t at = s.substr(0, end).rfind(sep.view);
      if (at == std::string_view::npos) break;
      parts.push_back(s.substr(at + sep.view.size(), end - at - sep.view.size()));
      end = at;
      ++splits;
    }
    parts.push_back(s.substr(0, end));
    std::reverse(parts.begin(), parts.end());
  }
  std::vector<std::string> copies(parts.begin(), parts.end());
  Value list = list_new(static_cast<int64_t>(copies.size()));
  for (const std::string& p : copies) list_append(list, as_value(self, p));
  return list;
}
Result<Value> m_split(ThreadState& ts, Value self, CallArgs args) { return split_impl(ts, self, args, false); }
Result<Value> m_rsplit(ThreadState& ts, Value self, CallArgs args) { return split_impl(ts, self, args, true); }

Result<Value> m_splitlines(ThreadState& ts, Value self, CallArgs args) {
  Value given[1];
  PY_TRY(parse_args(ts, "splitlines", args, {"keepends"}, given));
  bool keepends = false;
  if (!given[0].is_null()) {
    if (!is_int(given[0]) && lookup_special(given[0], g_name___index__).is_null())
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(given[0]).c_str());
    keepends = PY_TRY(is_true(ts, PY_TRY(index_value(ts, given[0]))));
  }
  std::string s(byte_self_view(self));
  Value list = list_new(0);
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t start = i;
    while (i < n && s[i] != '\n' && s[i] != '\r') ++i;
    size_t eol = i;
    if (i < n) {
      if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
      else ++i;
      if (keepends) eol = i;
    }
    list_append(list, as_value(self, s.substr(start, eol - start)));
  }
  return list;
}

Result<Value> partition_impl(ThreadState& ts, Value self, Value sep_value, bool right) {
  BytesArg sep;
  PY_TRY(require_bytes_like(ts, sep_value, &sep));
  if (sep.view.empty()) return raise_value_error(ts, "empty separator");
  std::string s(byte_self_view(self));
  std::string sp(sep.view);
  size_t at = right ? s.rfind(sp) : s.find(sp);
  if (at == std::string::npos) {
    if (right) return tuple_pack({as_value(self, ""), as_value(self, ""), as_value(self, s)});
    return tuple_pack({as_value(self, s), as_value(self, ""), as_value(self, "")});
  }
  Value a = as_value(self, s.substr(0, at));
  // bytes returns the separator object itself (whatever bytes-like type it
  // has); bytearray returns a new bytearray.
  Value b = self.as_object()->kind() == ObjectKind::Bytes ? sep_value : as_value(self, sp);
  Value c = as_value(self, s.substr(at + sp.size()));
  return tuple_pack({a, b, c});
}
Result<Value> m_partition(ThreadState& ts, Value self, CallArgs args) { return partition_impl(ts, self, args[0], false); }
Result<Value> m_rpartition(ThreadState& ts, Value self, CallArgs args) { return partition_impl(ts, self, args[0], true); }

Result<Value> m_join(ThreadState& ts, Value self, CallArgs args) {
  if (lookup_special(args[0], g_name___iter__).is_null() && lookup_special(args[0], g_name___getitem__).is_null())
    return raise_type_error(ts, "can only join an iterable");
  Value list = PY_TRY(sequence_to_list(ts, args[0]));
  std::string out;
  int64_t n = list_size(list);
  std::vector<std::string> items;
  for (int64_t i = 0; i < n; ++i) {
    Value item = list_get(list, i);
    BytesArg a;
    if (!PY_TRY(get_bytes_like(ts, item, &a)))
      return raise_type_error(ts, "sequence item %ld: expected a bytes-like object, %s found", static_cast<long>(i),
                              type_name_of(item).c_str());
    items.emplace_back(a.view);
  }
  std::string sep(byte_self_view(self));
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return as_value(self, out);
}

// -- Stripping, replacing, prefixes ------------------------------------------------------------

Result<Value> strip_impl(ThreadState& ts, Value self, CallArgs args, bool left, bool right) {
  BytesArg chars;
  bool whitespace = args.nargs == 0 || args[0].is(g_none);
  if (!whitespace) PY_TRY(require_bytes_like(ts, args[0], &chars));
  std::string_view s = byte_self_view(self);
  auto strip_char = [&](char c) { return whitespace ? is_space(c) : chars.view.find(c) != std::string_view::npos; };
  size_t a = 0, b = s.size();
  if (left) while (a < b && strip_char(s[a])) ++a;
  if (right) while (b > a && strip_char(s[b - 1])) --b;
  if (a == 0 && b == s.size() && type_of(self) == g_bytes_type) return self;
  return as_value(self, std::string(s.substr(a, b - a)));
}
Result<Value> m_strip(ThreadState& ts, Value self, CallArgs args) { return strip_impl(ts, self, args, true, true); }
Result<Value> m_lstrip(ThreadState& ts, Value self, CallArgs args) { return strip_impl(ts, self, args, true, false); }
Result<Value> m_rstrip(ThreadState& ts, Value self, CallArgs args) { return strip_impl(ts, self, args, false, true); }

Result<Value> m_replace(ThreadState& ts, Value self, CallArgs args) {
  BytesArg from, to;
  PY_TRY(require_bytes_like(ts, args[0], &from));
  PY_TRY(require_bytes_like(ts, args[1], &to));
  std::string fr(from.view), tv(to.view);  // count's __index__ may change a bytearray
  int64_t count = args.nargs > 2 ? PY_TRY(index_as_ssize(ts, args[2])) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view s = byte_self_view(self);
  std::string out;
  if (fr.empty()) {
    int64_t done = 0;
    size_t i = 0;
    for (; i <= s.size(); ++i) {
      if (done < count) { out += tv; ++done; }
      else { out += s.substr(i); break; }
      if (i < s.size()) out += s[i];
    }
    return as_value(self, out);
  }
  size_t start = 0;
  int64_t done = 0;
  for (size_t at = s.find(fr); at != std::string_view::npos && done < count; at = s.find(fr, start), ++done) {
    out += s.substr(start, at - start);
    out += tv;
    start = at + fr.size();
  }
  out += s.substr(start);
  return as_value(self, out);
}

Result<Value> m_removeprefix(ThreadState& ts, Value self, CallArgs args) {
  BytesArg p;
  PY_TRY(require_bytes_like(ts, args[0], &p));
  std::string pre(p.view);
  std::string_view s = byte_self_view(self);
  if (!pre.empty() && s.substr(0, pre.size()) == pre) return as_value(self, std::string(s.substr(pre.size())));
  if (type_of(self) == g_bytes_type) return self;
  return as_value(self, std::string(s));
}
Result<Value> m_removesuffix(ThreadState& ts, Value self, CallArgs args) {
  BytesArg p;
  PY_TRY(require_bytes_like(ts, args[0], &p));
  std::string suf(p.view);
  std::string_view s = byte_self_view(self);
  if (!suf.empty() && s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf)
    return as_value(self, std::string(s.substr(0, s.size() - suf.size())));
  if (type_of(self) == g_bytes_type) return self;
  return as_value(self, std::string(s));
}

// -- Padding ----------------------------------------------------------------------------

Result<char> fill_arg(ThreadState& ts, CallArgs args, const char* name) {
  if (args.nargs < 2) return ' ';
  Value f = args[1];
  bool ok = (f.is_object() && (f.as_object()->kind() == ObjectKind::Bytes || f.as_object()->kind() == ObjectKind::ByteArray));
  if (ok) {
    std::string_view v = byte_self_view(f);
    if (v.size() == 1) return v[0];
  }
  return raise_type_error(ts, "%s() argument 2 must be a byte string of length 1, not %s", name,
                          type_name_of(f).c_str());
}
enum class Pad { Left, Right, Center };
Result<Value> pad_impl(ThreadState& ts, Value self, CallArgs args, Pad how, const char* name) {
  int64_t width = PY_TRY(index_as_ssize(ts, args[0]));
  char fill = PY_TRY(fill_arg(ts, args, name));
  std::string s(byte_self_view(self));
  int64_t n = static_cast<int64_t>(s.size());
  if (width <= n) return type_of(self) == g_bytes_type ? self : as_value(self, s);
  if (width > (int64_t{1} << 34)) return raise_memory_error(ts);
  int64_t pad = width - n, left;
  switch (how) {
    case Pad::Left: left = 0; break;     // ljust
    case Pad::Right: left = pad; break;  // rjust
    default: left = pad / 2 + (pad & width & 1); break;
  }
  return as_value(self, std::string(left, fill) + s + std::string(pad - left, fill));
}
Result<Value> m_ljust(ThreadState& ts, Value self, CallArgs args) { return pad_impl(ts, self, args, Pad::Left, "ljust"); }
Result<Value> m_rjust(ThreadState& ts, Value self, CallArgs args) { return pad_impl(ts, self, args, Pad::Right, "rjust"); }
Result<Value> m_center(ThreadState& ts, Value self, CallArgs args) { return pad_impl(ts, self, args, Pad::Center, "center"); }

Result<Value> m_zfill(ThreadState& ts, Value self, CallArgs args) {
  int64_t width = PY_TRY(index_as_ssize(ts, args[0]));
  std::string s(byte_self_view(self));
  int64_t n = static_cast<int64_t>(s.size());
  if (width <= n) return type_of(self) == g_bytes_type ? self : as_value(self, s);
  if (width > (int64_t{1} << 34)) return raise_memory_error(ts);
  std::string out = std::string(width - n, '0') + s;
  if (n > 0 && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[width - n] = '0';
  }
  return as_value(self, out);
}

Result<Value> m_expandtabs(ThreadState& ts, Value self, CallArgs args) {
  Value given[1];
  PY_TRY(parse_args(ts, "expandtabs", args, {"tabsize"}, given));
  int64_t tabsize = given[0].is_null() ? 8 : PY_TRY(index_as_ssize(ts, given[0]));
  std::string s(byte_self_view(self));
  std::string out;
  int64_t column = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return as_value(self, out);
}

// -- Case mapping and predicates -------------------------------------------------------------

template <char (*F)(char)>
Result<Value> map_each(ThreadState&, Value self, CallArgs) {
  std::string s(byte_self_view(self));
  for (char& c : s) c = F(c);
  return as_value(self, s);
}
char swap_case(char c) { return is_lower(c) ? to_upper(c) : to_lower(c); }

Result<Value> m_capitalize(ThreadState&, Value self, CallArgs) {
  std::string s(byte_self_view(self));
  for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
  return as_value(self, s);
}
Result<Value> m_title(ThreadState&, Value self, CallArgs) {
  std::string s(byte_self_view(self));
  bool previous_cased = false;
  for (char& c : s) {
    if (is_lower(c)) { if (previous_cased) continue; c = to_upper(c); previous_cased = true; }
    else if (is_upper(c)) { if (previous_cased) c = to_lower(c); previous_cased = true; }
    else previous_cased = false;
  }
  return as_value(self, s);
}

template <bool (*P)(char)>
Result<Value> all_of(ThreadState&, Value self, CallArgs) {
  std::string_view s = byte_self_view(self);
  if (s.empty()) return g_false;
  for (char c : s)
    if (!P(c)) return g_false;
  return g_true;
}
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
Result<Value> m_isascii(ThreadState&, Value self, CallArgs) {
  for (char c : byte_self_view(self))
    if (static_cast<uint8_t>(c) >= 0x80) return g_false;
  return g_true;
}
Result<Value> m_islower(ThreadState&, Value self, CallArgs) {
  bool cased = false;
  for (char c : byte_self_view(self)) {
    if (is_upper(c)) return g_false;
    if (is_lower(c)) cased = true;
  }
  return bool_value(cased);
}
Result<Value> m_isupper(ThreadState&, Value self, CallArgs) {
  bool cased = false;
  for (char c : byte_self_view(self)) {
    if (is_lower(c)) return g_false;
    if (is_upper(c)) cased = true;
  }
  return bool_value(cased);
}
Result<Value> m_istitle(ThreadState&, Value self, CallArgs) {
  bool cased = false, previous_cased = false;
  for (char c : byte_self_view(self)) {
    if (is_upper(c)) {
      if (previous_cased) return g_false;
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return g_false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return bool_value(cased);
}

// -- hex, fromhex, translate, maketrans, decode ---------------------------------------------------------

Result<Value> m_hex(ThreadState& ts, Value self, CallArgs args) {
  Value given[2];
  PY_TRY(parse_args(ts, "hex", args, {"sep", "bytes_per_sep"}, given));
  // CPython's order: bytes_per_sep is converted, then len(sep), then sep's type.
  int64_t per = 1;
  if (!given[1].is_null()) {
    if (!is_int(given[1]) && lookup_special(given[1], g_name___index__).is_null())
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(given[1]).c_str());
    per = PY_TRY(index_as_ssize(ts, given[1]));
  }
  std::string sep;
  if (!given[0].is_null()) {
    int64_t n = PY_TRY(length(ts, given[0]));
    if (n != 1) return raise_value_error(ts, "sep must be length 1.");
    if (is_instance_of(given[0], g_str_type)) {
      uint32_t cp = str_char_at(given[0], 0);
      if (cp >= 0x80) return raise_value_error(ts, "sep must be ASCII.");
      sep = std::string(1, static_cast<char>(cp));
    } else if (given[0].is_object() && given[0].as_object()->kind() == ObjectKind::Bytes) {
      sep = std::string(1, static_cast<char>(bytes_data(given[0])[0]));
    } else {
      return raise_type_error(ts, "sep must be str or bytes.");
    }
  }
  std::string s(byte_self_view(self));
  static const char* digits = "0123456789abcdef";
  std::string out;
  int64_t n = static_cast<int64_t>(s.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (!sep.empty() && group > 0 && i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return str_from_ascii(out);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}
Result<Value> m_fromhex(ThreadState& ts, Value cls, CallArgs args) {
  Value text = args[0];
  if (!is_instance_of(text, g_str_type))
    return raise_type_error(ts, "fromhex() argument must be str, not %s", type_name_of(text).c_str());
  int64_t n = str_length(text);
  std::string out;
  int64_t i = 0;
  while (i < n) {
    uint32_t c = str_char_at(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') { ++i; continue; }
    int hi = hex_digit(c);
    if (hi < 0) return raise_value_error(ts, "non-hexadecimal number found in fromhex() arg at position %lld", static_cast<long long>(i));
    int lo = i + 1 < n ? hex_digit(str_char_at(text, i + 1)) : -1;
    if (lo < 0)
      return raise_value_error(ts, "non-hexadecimal number found in fromhex() arg at position %lld",
                               static_cast<long long>(i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  TypeObject* type = cls.as<TypeObject>();
  bool bytearray_kind = type == g_bytearray_type || type_is_subtype(type, g_bytearray_type);
  Value result = bytearray_kind ? bytearray_from(out) : bytes_from(out.data(), static_cast<int64_t>(out.size()));
  if (type != g_bytes_type && type != g_bytearray_type) return call(ts, cls, {result});
  return result;
}

Result<Value> m_translate(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 2) return raise_type_error(ts, "translate() takes at most 2 arguments (%zu given)", args.nargs);
  Value delete_value = args.nargs > 1 ? args[1] : Value();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key = str_to_utf8(args.kw_name(k));
    if (key != "delete") return raise_type_error(ts, "translate() got an unexpected keyword argument '%s'", key.c_str());
    delete_value = args.kw_value(k);
  }
  if (args.nargs < 1) return raise_type_error(ts, "translate() missing required argument 'table' (pos 1)");
  std::string table;
  if (!args[0].is(g_none)) {
    BytesArg t;
    PY_TRY(require_bytes_like(ts, args[0], &t));
    if (t.view.size() != 256) return raise_value_error(ts, "translation table must be 256 characters long");
    table = std::string(t.view);
  }
  std::string deletes;
  if (!delete_value.is_null()) {
    BytesArg d;
    PY_TRY(require_bytes_like(ts, delete_value, &d));
    deletes = std::string(d.view);
  }
  bool drop[256] = {};
  for (char c : deletes) drop[static_cast<uint8_t>(c)] = true;
  std::string out;
  for (char c : byte_self_view(self)) {
    uint8_t u = static_cast<uint8_t>(c);
    if (drop[u]) continue;
    out += table.empty() ? c : table[u];
  }
  return as_value(self, out);
}

Result<Value> m_maketrans(ThreadState& ts, Value, CallArgs args) {
  BytesArg from, to;
  PY_TRY(require_bytes_like(ts, args[0], &from));
  PY_TRY(require_bytes_like(ts, args[1], &to));
  if (from.view.size() != to.view.size()) return raise_value_error(ts, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.view.size(); ++i) table[static_cast<uint8_t>(from.view[i])] = to.view[i];
  return bytes_from(table.data(), 256);
}

Result<Value> m_decode(ThreadState& ts, Value self, CallArgs args) {
  std::string s(byte_self_view(self));
  return str_decode_call(ts, reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()), args);
}

Result<Value> m_mod(ThreadState& ts, Value self, CallArgs args) {
  std::string fmt(byte_self_view(self));
  Value r = PY_TRY(bytes_percent_format(ts, fmt, args[0]));
  if (self.as_object()->kind() == ObjectKind::Bytes) return r;
  return bytearray_from(std::string_view(reinterpret_cast<const char*>(bytes_data(r)), bytes_size(r)));
}
Result<Value> m_rmod(ThreadState&, Value, CallArgs) { return g_notimplemented; }

// -- Sequence operations ---------------------------------------------------------------------

Result<Value> m_len(ThreadState&, Value self, CallArgs) {
  return Value::small_int(static_cast<int64_t>(byte_self_view(self).size()));
}

Result<Value> m_getitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0];
  bool is_bytes = self.as_object()->kind() == ObjectKind::Bytes;
  if (is_slice(key)) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, static_cast<int64_t>(byte_self_view(self).size()), &start, &stop, &step, &len));
    std::string_view s = byte_self_view(self);
    if (step == 1 && is_bytes && len == static_cast<int64_t>(s.size()) && type_of(self) == g_bytes_type) return self;
    std::string out;
    out.reserve(static_cast<size_t>(len));
    for (int64_t i = 0, j = start; i < len; ++i, j += step) out += s[j];
    return as_value(self, out);
  }
  if (!is_int(key) && lookup_special(key, g_name___index__).is_null())
    return raise_type_error(ts, "%s indices must be integers or slices, not %s", is_bytes ? "byte" : "bytearray",
                            type_name_of(key).c_str());
  Value iv = PY_TRY(index_value(ts, key));
  int64_t i;
  if (!int_to_int64(iv, &i))
    return raise(ts, g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
  std::string_view s = byte_self_view(self);
  if (i < 0) i += static_cast<int64_t>(s.size());
  if (i < 0 || i >= static_cast<int64_t>(s.size()))
    return raise(ts, g_exc_IndexError, is_bytes ? "index out of range" : "bytearray index out of range");
  return Value::small_int(static_cast<uint8_t>(s[i]));
}

Result<Value> m_add(ThreadState& ts, Value self, CallArgs args) {
  BytesArg other;
  if (!PY_TRY(get_bytes_like(ts, args[0], &other)))
    return raise_type_error(ts, "can't concat %s to %s", type_name_of(args[0]).c_str(), self_type_name(self));
  std::string out(byte_self_view(self));
  out += other.view;
  return as_value(self, out);
}

Result<Value> m_mul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0]) && lookup_special(args[0], g_name___index__).is_null()) return g_notimplemented;
  Value iv = PY_TRY(index_value(ts, args[0]));
  int64_t n;
  if (!int_to_int64(iv, &n)) {
    if (int_sign(iv) < 0) n = 0;
    else return raise_overflow(ts, "cannot fit 'int' into an index-sized integer");
  }
  std::string_view s = byte_self_view(self);
  if (n > 0 && static_cast<int64_t>(s.size()) > (int64_t{1} << 34) / n) return raise_memory_error(ts);
  if (n == 1 && type_of(self) == g_bytes_type) return self;
  std::string out;
  if (n > 0) out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += s;
  return as_value(self, out);
}

Result<Value> m_contains(ThreadState& ts, Value self, CallArgs args) {
  BytesArg sub;
  std::string single;
  if (!is_int(args[0]) && !is_bytes_like(args[0]) && lookup_special(args[0], g_name___index__).is_null())
    return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(args[0]).c_str());
  PY_TRY(sub_arg(ts, args[0], &sub, &single));
  std::string needle(sub.view);
  return bool_value(byte_self_view(self).find(needle) != std::string_view::npos);
}

Result<Value> m_iter(ThreadState&, Value self, CallArgs) {
  return seq_iterator_new(self.as_object()->kind() == ObjectKind::Bytes ? g_bytes_iterator_type
                                                                          : g_bytearray_iterator_type,
                          self);
}

// bytes compares only with bytes; bytearray with any bytes-like value.
template <CompareOp Op>
Result<Value> m_compare(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  BytesArg o;
  if (self.as_object()->kind() == ObjectKind::Bytes) {
    if (!(other.is_object() && other.as_object()->kind() == ObjectKind::Bytes)) return g_notimplemented;
  }
  if (!PY_TRY(get_bytes_like(ts, other, &o))) return g_notimplemented;
  std::string theirs(o.view);
  int c = byte_self_view(self).compare(theirs);
  return bool_value(bytecode::compare_ordered(c, 0, static_cast<uint32_t>(Op)));
}

const NativeMethod kByteMethods[] = {
    {"__len__", m_len, 0, 0, kNK, "Return len(self)."},
    {"__getitem__", m_getitem, 1, 1, kNK, "Return self[key]."},
    {"__add__", m_add, 1, 1, kNK, "Return self+value."},
    {"__mul__", m_mul, 1, 1, kNK, "Return self*value."},
    {"__rmul__", m_mul, 1, 1, kNK, "Return value*self."},
    {"__mod__", m_mod, 1, 1, kNK, "Return self%value."},
    {"__rmod__", m_rmod, 1, 1, kNK, "Return value%self."},
    {"__contains__", m_contains, 1, 1, kNK, "Return key in self."},
    {"__iter__", m_iter, 0, 0, kNK, "Implement iter(self)."},
    {"__eq__", m_compare<CompareOp::Eq>, 1, 1, kNK, "Return self==value."},
    {"__ne__", m_compare<CompareOp::Ne>, 1, 1, kNK, "Return self!=value."},
    {"__lt__", m_compare<CompareOp::Lt>, 1, 1, kNK, "Return self<value."},
    {"__le__", m_compare<CompareOp::Le>, 1, 1, kNK, "Return self<=value."},
    {"__gt__", m_compare<CompareOp::Gt>, 1, 1, kNK, "Return self>value."},
    {"__ge__", m_compare<CompareOp::Ge>, 1, 1, kNK, "Return self>=value."},
    {"find", m_find, 1, 3, kNK, nullptr},
    {"rfind", m_rfind, 1, 3, kNK, nullptr},
    {"index", m_index, 1, 3, kNK, nullptr},
    {"rindex", m_rindex, 1, 3, kNK, nullptr},
    {"count", m_count, 1, 3, kNK, nullptr},
    {"startswith", m_startswith, 1, 3, kNK, nullptr},
    {"endswith", m_endswith, 1, 3, kNK, nullptr},
    {"split", m_split, 0, -1, 0, nullptr},
    {"rsplit", m_rsplit, 0, -1, 0, nullptr},
    {"splitlines", m_splitlines, 0, -1, 0, nullptr},
    {"partition", m_partition, 1, 1, kNK, nullptr},
    {"rpartition", m_rpartition, 1, 1, kNK, nullptr},
    {"join", m_join, 1, 1, kNK, nullptr},
    {"strip", m_strip, 0, 1, kNK, nullptr},
    {"lstrip", m_lstrip, 0, 1, kNK, nullptr},
    {"rstrip", m_rstrip, 0, 1, kNK, nullptr},
    {"replace", m_replace, 2, 3, kNK, nullptr},
    {"removeprefix", m_removeprefix, 1, 1, kNK, nullptr},
    {"removesuffix", m_removesuffix, 1, 1, kNK, nullptr},
    {"center", m_center, 1, 2, kNK, nullptr},
    {"ljust", m_ljust, 1, 2, kNK, nullptr},
    {"rjust", m_rjust, 1, 2, kNK, nullptr},
    {"zfill", m_zfill, 1, 1, kNK, nullptr},
    {"expandtabs", m_expandtabs, 0, -1, 0, nullptr},
    {"upper", map_each<to_upper>, 0, 0, kNK, nullptr},
    {"lower", map_each<to_lower>, 0, 0, kNK, nullptr},
    {"swapcase", map_each<swap_case>, 0, 0, kNK, nullptr},
    {"capitalize", m_capitalize, 0, 0, kNK, nullptr},
    {"title", m_title, 0, 0, kNK, nullptr},
    {"isalnum", all_of<is_alnum>, 0, 0, kNK, nullptr},
    {"isalpha", all_of<is_alpha>, 0, 0, kNK, nullptr},
    {"isdigit", all_of<is_digit>, 0, 0, kNK, nullptr},
    {"isspace", all_of<is_space>, 0, 0, kNK, nullptr},
    {"isascii", m_isascii, 0, 0, kNK, nullptr},
    {"islower", m_islower, 0, 0, kNK, nullptr},
    {"isupper", m_isupper, 0, 0, kNK, nullptr},
    {"istitle", m_istitle, 0, 0, kNK, nullptr},
    {"hex", m_hex, 0, -1, 0, nullptr},
    {"fromhex", m_fromhex, 1, 1, kNativeClass | kNK, nullptr},
    {"translate", m_translate, 0, -1, 0, nullptr},
    {"maketrans", m_maketrans, 1, 1, kNativeStatic | kNK, nullptr},  // static: counts exclude args[0]
    {"decode", m_decode, 0, -1, 0, nullptr},
};

}  // namespace

void add_byte_methods(TypeObject* type) { add_native_methods(type, kByteMethods); }

}  // namespace pystm
