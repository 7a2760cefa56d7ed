// runtime/objects/str_methods.cpp — the methods of `str` (Python library
// reference §4.7.1 "String Methods") and its special methods.
// Owns: init_str_type() and every native method it installs. Must never:
// mutate self (str is immutable), or keep heap references in malloc memory
// across calls that may run Python code.
//
// Argument errors mirror CPython 3.11's messages word for word.
#include <algorithm>
#include <string>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/str_unicode.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

// -- Argument helpers ----------------------------------------------------------

// Lookups report "nothing" as null or as the absent marker (bits 2).
inline bool no_value(Value v) { return v.bits() == 0 || v.bits() == 2; }

inline Value small(int64_t i) { return Value::small_int(i); }

// Positional argument i, else keyword `name`, else null.
Value arg_or_keyword(CallArgs a, size_t i, const char* name) {
  if (i < a.nargs) return a[i];
  if (a.nkw() == 0 || name == nullptr) return Value();
  return keyword_arg(a, name);
}

// Keyword checks with CPython's messages for argument-clinic methods; `names`
// are the parameters in positional order, the first at positional index `first`.
Status check_keyword_names(ThreadState& ts, const char* fname, CallArgs a, std::initializer_list<const char*> names,
                           size_t first = 0) {
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string k = str_to_utf8(a.kw_name(i));
    size_t pos = first;
    bool found = false;
    for (const char* n : names) {
      if (k == n) { found = true; break; }
      ++pos;
    }
    if (!found) return raise_type_error(ts, "'%s' is an invalid keyword argument for %s()", k.c_str(), fname);
    if (pos < a.nargs)
      return raise_type_error(ts, "argument for %s() given by name ('%s') and position (%zu)", fname, k.c_str(),
                              pos - first + 1);
  }
  return ok_status();
}

inline Value opt_arg(CallArgs a, size_t i) { return i < a.nargs ? a[i] : Value(); }

std::string tname(Value v) { return type_name_of(v); }
// Argument-clinic style messages say "None" rather than "NoneType".
std::string clinic_name(Value v) { return v.is(g_none) ? "None" : type_name_of(v); }

// Start/end arguments of find, count, startswith...: None or an index;
// out-of-range values clamp (they need not fit an int64).
Status parse_slice_bound(ThreadState& ts, Value v, int64_t* out) {
  if (v.is_null() || v.is(g_none)) return ok_status();
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null()) {
    return raise_type_error(ts, "slice indices must be integers or None or have an __index__ method");
  }
  Value i = PY_TRY(index_value(ts, v));
  int64_t n;
  if (int_to_int64(i, &n)) *out = n;
  else *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  return ok_status();
}

// Normalises [start, end) against length like CPython's ADJUST_INDICES.
void adjust_indices(int64_t length, int64_t* start, int64_t* end) {
  if (*end > length) *end = length;
  else if (*end < 0) { *end += length; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += length; if (*start < 0) *start = 0; }
}

Status parse_range(ThreadState& ts, CallArgs a, size_t first, int64_t length, int64_t* start, int64_t* end) {
  *start = 0;
  *end = INT64_MAX / 2;
  PY_TRY(parse_slice_bound(ts, opt_arg(a, first), start));
  PY_TRY(parse_slice_bound(ts, opt_arg(a, first + 1), end));
  adjust_indices(length, start, end);
  return ok_status();
}

Result<int64_t> arg_as_index(ThreadState& ts, Value v) { return index_as_ssize(ts, v); }

Status require_str(ThreadState& ts, Value v) {
  if (!is_str(v)) return raise_type_error(ts, "must be str, not %s", tname(v).c_str());
  return ok_status();
}

Result<uint32_t> fill_char_arg(ThreadState& ts, Value v) {
  if (v.is_null()) return uint32_t{' '};
  if (!is_str(v))
    return raise_type_error(ts, "The fill character must be a unicode character, not %s", tname(v).c_str());
  if (str_length(v) != 1)
    return raise_type_error(ts, "The fill character must be exactly one character long");
  return str_char_at(v, 0);
}

// A str with exactly str's type: self unchanged, or a copy of a subclass instance.
Value exact_copy(Value s) {
  if (is_exact_str(s)) return s;
  StrBuilder b(str_length(s));
  b.append_str(s);
  return b.finish();
}

inline const StrObject* S(Value v) { return as_str(v); }

// -- Special methods -------------------------------------------------------------

Result<Value> str_new(ThreadState& ts, Value, CallArgs a) {
  PY_TRY(check_keyword_names(ts, "str", a, {"object", "encoding", "errors"}, 1));
  Value type_value = a[0];
  Value object = arg_or_keyword(a, 1, "object");
  Value encoding = arg_or_keyword(a, 2, "encoding");
  Value errors = arg_or_keyword(a, 3, "errors");
  Value result;
  if (object.is_null()) {
    result = str_empty();
  } else if (!encoding.is_null() || !errors.is_null()) {
    if (!encoding.is_null() && !is_str(encoding))
      return raise_type_error(ts, "str() argument 'encoding' must be str, not %s", clinic_name(encoding).c_str());
    if (!errors.is_null() && !is_str(errors))
      return raise_type_error(ts, "str() argument 'errors' must be str, not %s", clinic_name(errors).c_str());
    if (is_str(object)) return raise_type_error(ts, "decoding str is not supported");
    return str_decode_object(ts, object, encoding, errors);
  } else {
    result = PY_TRY(str(ts, object));
  }
  TypeObject* type = type_value.as<TypeObject>();
  if (type == g_str_type) return result;
  // A subclass instance: the same characters under the subclass's type.
  const StrObject* src = S(result);
  size_t bytes = src->width == 1 ? static_cast<size_t>(src->length) + 1 : static_cast<size_t>(src->length) * 4;
  StrObject* ref = allocate_object<StrObject>(type, std::max<size_t>(sizeof(StrObject) + bytes, stm::read(type)->instance_size));
  StrObject* d = stm::view(ref);
  d->length = src->length;
  d->hash = -1;
  d->width = src->width;
  d->ascii = src->ascii;
  std::copy(src->data, src->data + bytes, d->data);
  return Value::from_object(ref);
}

Result<Value> str_len(ThreadState&, Value self, CallArgs) { return small(str_length(self)); }

Result<Value> str_getitem(ThreadState& ts, Value self, CallArgs a) {
  Value key = a[0];
  int64_t n = str_length(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "string index out of range");
    return str_from_codepoint(str_char_at(self, i));
  }
  if (is_slice(key)) {
    int64_t start, stop, step, count;
    PY_TRY(slice_indices(ts, key, n, &start, &stop, &step, &count));
    return str_slice(self, start, stop, step, count);
  }
  if (is_int(key) || !lookup_special(key, g_name___index__).is_null()) {
    Value index = PY_TRY(index_value(ts, key));
    int64_t i;
    if (!int_to_int64(index, &i)) return raise(ts, g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "string index out of range");
    return str_from_codepoint(str_char_at(self, i));
  }
  return raise_type_error(ts, "string indices must be integers, not '%s'", tname(key).c_str());
}

Result<Value> str_contains_method(ThreadState& ts, Value self, CallArgs a) {
  if (!is_str(a[0]))
    return raise_type_error(ts, "'in <string>' requires string as left operand, not %s", tname(a[0]).c_str());
  return bool_value(str_contains(self, a[0]));
}

// A user-defined type may take over the operation with its reflected method.
bool defers_to_reflected(Value other, Value reflected_name) {
  TypeObject* t = type_of(other);
  return (stm::read(t)->flags & kTypeHeap) && !lookup_special(other, reflected_name).is_null();
}

Result<Value> str_add(ThreadState& ts, Value self, CallArgs a) {
  Value other = a[0];
  if (is_str(other)) return str_concat(self, other);
  if (defers_to_reflected(other, g_name___radd__)) return g_notimplemented;
  return raise_type_error(ts, "can only concatenate str (not \"%s\") to str", tname(other).c_str());
}

Result<Value> str_mul(ThreadState& ts, Value self, CallArgs a) {
  Value count = a[0];
  if (!is_int(count) && lookup_special(count, g_name___index__).is_null()) {
    if (defers_to_reflected(count, g_name___rmul__)) return g_notimplemented;
    return raise_type_error(ts, "can't multiply sequence by non-int of type '%s'", tname(count).c_str());
  }
  Value i = PY_TRY(index_value(ts, count));
  int64_t n;
  if (!int_to_int64(i, &n)) return raise(ts, g_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
  return str_repeat(ts, self, n);
}

Result<Value> str_mod(ThreadState& ts, Value self, CallArgs a) { return str_percent_format(ts, self, a[0]); }
// value % self: only a str on the left formats (a str subclass reaching here).
Result<Value> str_rmod(ThreadState& ts, Value self, CallArgs a) {
  if (!is_str(a[0])) return g_notimplemented;
  return str_percent_format(ts, a[0], self);
}

Result<Value> compare(ThreadState&, Value self, Value other, bool (*pred)(int)) {
  if (!is_str(other)) return g_notimplemented;
  return bool_value(pred(str_compare(self, other)));
}
Result<Value> str_eq(ThreadState&, Value self, CallArgs a) {
  if (!is_str(a[0])) return g_notimplemented;
  return bool_value(str_equal(self, a[0]));
}
Result<Value> str_ne(ThreadState&, Value self, CallArgs a) {
  if (!is_str(a[0])) return g_notimplemented;
  return bool_value(!str_equal(self, a[0]));
}
Result<Value> str_lt(ThreadState& ts, Value self, CallArgs a) { return compare(ts, self, a[0], [](int c) { return c < 0; }); }
Result<Value> str_le(ThreadState& ts, Value self, CallArgs a) { return compare(ts, self, a[0], [](int c) { return c <= 0; }); }
Result<Value> str_gt(ThreadState& ts, Value self, CallArgs a) { return compare(ts, self, a[0], [](int c) { return c > 0; }); }
Result<Value> str_ge(ThreadState& ts, Value self, CallArgs a) { return compare(ts, self, a[0], [](int c) { return c >= 0; }); }

Result<Value> str_hash_method(ThreadState&, Value self, CallArgs) { return int_from_int64(str_hash(self)); }
Result<Value> str_repr_method(ThreadState&, Value self, CallArgs) { return str_repr(self); }
Result<Value> str_str_method(ThreadState&, Value self, CallArgs) { return exact_copy(self); }

Result<Value> str_format_dunder(ThreadState& ts, Value self, CallArgs a) {
  if (!is_str(a[0]))
    return raise_type_error(ts, "__format__() argument must be str, not %s", clinic_name(a[0]).c_str());
  // An empty spec means str(self) (a subclass's __str__ runs); otherwise the
  // characters themselves are formatted.
  if (str_length(a[0]) == 0) return is_exact_str(self) ? self : str(ts, self);
  return format_str(ts, self, a[0]);
}

Result<Value> str_getnewargs(ThreadState&, Value self, CallArgs) { return tuple_pack({exact_copy(self)}); }

// -- Searching -------------------------------------------------------------------

enum class FindKind { Find, RFind, Index, RIndex };

Result<Value> find_common(ThreadState& ts, Value self, CallArgs a, FindKind kind) {
  int64_t start, end;
  PY_TRY(parse_range(ts, a, 1, str_length(self), &start, &end));
  PY_TRY(require_str(ts, a[0]));
  int64_t r = -1;
  if (end - start >= str_length(a[0])) {
    r = (kind == FindKind::Find || kind == FindKind::Index) ? str_find(self, a[0], start, end)
                                                            : str_rfind(self, a[0], start, end);
  }
  if (r < 0 && (kind == FindKind::Index || kind == FindKind::RIndex))
    return raise_value_error(ts, "substring not found");
  return small(r);
}
Result<Value> str_find_m(ThreadState& ts, Value self, CallArgs a) { return find_common(ts, self, a, FindKind::Find); }
Result<Value> str_rfind_m(ThreadState& ts, Value self, CallArgs a) { return find_common(ts, self, a, FindKind::RFind); }
Result<Value> str_index_m(ThreadState& ts, Value self, CallArgs a) { return find_common(ts, self, a, FindKind::Index); }
Result<Value> str_rindex_m(ThreadState& ts, Value self, CallArgs a) { return find_common(ts, self, a, FindKind::RIndex); }

Result<Value> str_count_m(ThreadState& ts, Value self, CallArgs a) {
  int64_t start, end;
  PY_TRY(parse_range(ts, a, 1, str_length(self), &start, &end));
  PY_TRY(require_str(ts, a[0]));
  if (start > str_length(self)) return small(0);
  return small(str_count(self, a[0], start, end));
}

bool tail_match(Value self, Value sub, int64_t start, int64_t end, bool at_end) {
  int64_t n = str_length(sub);
  if (end - start < n) return false;
  int64_t at = at_end ? end - n : start;
  const StrObject* s = S(self);
  const StrObject* p = S(sub);
  for (int64_t i = 0; i < n; ++i)
    if (s->at(at + i) != p->at(i)) return false;
  return true;
}

Result<Value> starts_ends(ThreadState& ts, Value self, CallArgs a, bool at_end) {
  const char* name = at_end ? "endswith" : "startswith";
  int64_t start, end;
  PY_TRY(parse_range(ts, a, 1, str_length(self), &start, &end));
  Value sub = a[0];
  if (is_str(sub)) return bool_value(tail_match(self, sub, start, end, at_end));
  if (sub.is_object() && sub.as_object()->kind() == ObjectKind::Tuple) {
    for (int64_t i = 0; i < tuple_size(sub); ++i) {
      Value p = tuple_item(sub, i);
      if (!is_str(p))
        return raise_type_error(ts, "tuple for %s must only contain str, not %s", name, tname(p).c_str());
      if (tail_match(self, p, start, end, at_end)) return g_true;
    }
    return g_false;
  }
  return raise_type_error(ts, "%s first arg must be str or a tuple of str, not %s", name, tname(sub).c_str());
}
Result<Value> str_startswith(ThreadState& ts, Value self, CallArgs a) { return starts_ends(ts, self, a, false); }
Result<Value> str_endswith(ThreadState& ts, Value self, CallArgs a) { return starts_ends(ts, self, a, true); }

// -- Splitting and joining ---------------------------------------------------------

Result<int64_t> maxsplit_arg(ThreadState& ts, Value v) {
  if (v.is_null()) return int64_t{-1};
  return index_as_ssize(ts, v);
}

// Splits at runs of white space: the pieces in order (from the left) or in
// reverse order (from the right), at most maxsplit + 1 of them.
// (s, self's view, stays valid while pieces are made: a str never changes
// or moves.)
void split_whitespace(Value self, const StrObject* s, int64_t maxsplit, bool from_right, ValueVector& out) {
  int64_t n = s->length;
  auto space = [s](int64_t k) { return unicode::is_space(s->at(k)); };
  if (!from_right) {
    int64_t i = 0;
    while (i < n) {
      while (i < n && space(i)) ++i;
      if (i == n) break;
      if (maxsplit-- == 0) {
        out.push_back(str_substring(self, i, n));
        break;
      }
      int64_t j = i;
      while (j < n && !space(j)) ++j;
      out.push_back(str_substring(self, i, j));
      i = j;
    }
    return;
  }
  int64_t j = n;
  while (j > 0) {
    while (j > 0 && space(j - 1)) --j;
    if (j == 0) break;
    if (maxsplit-- == 0) {
      out.push_back(str_substring(self, 0, j));
      break;
    }
    int64_t i = j;
    while (i > 0 && !space(i - 1)) --i;
    out.push_back(str_substring(self, i, j));
    j = i;
  }
}

// The pieces (gathered in a ValueVector: a collection while the next piece
// is made must see them) become the list in one allocation.
Result<Value> split_common(ThreadState& ts, Value self, CallArgs a, bool from_right) {
  const char* name = from_right ? "rsplit" : "split";
  PY_TRY(check_keyword_names(ts, name, a, {"sep", "maxsplit"}));
  Value sep = arg_or_keyword(a, 0, "sep");
  int64_t maxsplit = PY_TRY(maxsplit_arg(ts, arg_or_keyword(a, 1, "maxsplit")));
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const StrObject* s = S(self);
  int64_t n = s->length;
  ValueVector pieces;
  if (sep.is_null() || sep.is(g_none)) {
    split_whitespace(self, s, maxsplit, from_right, pieces);
  } else {
    if (!is_str(sep)) return raise_type_error(ts, "must be str or None, not %s", tname(sep).c_str());
    int64_t m = str_length(sep);
    if (m == 0) return raise_value_error(ts, "empty separator");
    if (!from_right) {
      int64_t i = 0;
      while (maxsplit-- > 0) {
        int64_t k = str_find(self, sep, i, n);
        if (k < 0) break;
        pieces.push_back(str_substring(self, i, k));
        i = k + m;
      }
      pieces.push_back((i == 0 && is_exact_str(self)) ? self : str_substring(self, i, n));
    } else {
      int64_t j = n;
      while (maxsplit-- > 0) {
        int64_t k = str_rfind(self, sep, 0, j);
        if (k < 0) break;
        pieces.push_back(str_substring(self, k + m, j));
        j = k;
      }
      pieces.push_back((j == n && is_exact_str(self)) ? self : str_substring(self, 0, j));
    }
  }
  if (from_right) std::reverse(pieces.begin(), pieces.end());
  return list_from(pieces.data(), static_cast<int64_t>(pieces.size()));
}

Result<Value> str_split(ThreadState& ts, Value self, CallArgs a) { return split_common(ts, self, a, false); }
Result<Value> str_rsplit(ThreadState& ts, Value self, CallArgs a) { return split_common(ts, self, a, true); }

Result<Value> str_splitlines(ThreadState& ts, Value self, CallArgs a) {
  PY_TRY(check_keyword_names(ts, "splitlines", a, {"keepends"}));
  Value keep_v = arg_or_keyword(a, 0, "keepends");
  bool keepends = false;
  if (!keep_v.is_null()) {
    if (is_float(keep_v)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
    Value i = PY_TRY(index_value(ts, keep_v));
    int64_t k;
    if (!int_to_int64(i, &k) || k > INT32_MAX || k < INT32_MIN)
      return raise(ts, g_exc_OverflowError, "Python int too large to convert to C int");
    keepends = k != 0;
  }
  const StrObject* s = S(self);
  int64_t n = s->length;
  Value list = list_new();
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    while (j < n && !unicode::is_linebreak(s->at(j))) ++j;
    int64_t eol = j;
    if (j < n) {
      if (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n') j += 2;
      else ++j;
      if (keepends) eol = j;
    }
    list_append(list, str_substring(self, i, eol));
    i = j;
  }
  return list;
}

Result<Value> str_join(ThreadState& ts, Value self, CallArgs a) {
  Value iterable = a[0];
  Value seq;
  if (iterable.is_object() && (iterable.as_object()->kind() == ObjectKind::Tuple)) {
    seq = iterable;
  } else if (is_list(iterable)) {
    seq = list_to_tuple(iterable);
  } else {
    Result<Value> it = get_iter(ts, iterable);
    if (it.is_error()) {
      if (pending_exception_matches(ts, g_exc_TypeError)) {
        clear_pending_exception(ts);
        return raise_type_error(ts, "can only join an iterable");
      }
      return kError;
    }
    Value list = list_new();
    for (;;) {
      Value item = PY_TRY(iter_next(ts, it.value()));
      if (no_value(item)) break;
      list_append(list, item);
    }
    seq = list_to_tuple(list);
  }
  int64_t n = tuple_size(seq);
  const Value* items = tuple_items(seq);
  for (int64_t i = 0; i < n; ++i) {
    if (!is_str(items[i]))
      return raise_type_error(ts, "sequence item %lld: expected str instance, %s found",
                              static_cast<long long>(i), tname(items[i]).c_str());
  }
  return str_join_values(items, n, self);
}

Result<Value> partition_common(ThreadState& ts, Value self, CallArgs a, bool from_right) {
  Value sep = a[0];
  PY_TRY(require_str(ts, sep));
  int64_t m = str_length(sep);
  if (m == 0) return raise_value_error(ts, "empty separator");
  int64_t n = str_length(self);
  int64_t k = from_right ? str_rfind(self, sep, 0, n) : str_find(self, sep, 0, n);
  if (k < 0) {
    if (from_right) return tuple_pack({str_empty(), str_empty(), exact_copy(self)});
    return tuple_pack({exact_copy(self), str_empty(), str_empty()});
  }
  return tuple_pack({str_substring(self, 0, k), exact_copy(sep), str_substring(self, k + m, n)});
}
Result<Value> str_partition(ThreadState& ts, Value self, CallArgs a) { return partition_common(ts, self, a, false); }
Result<Value> str_rpartition(ThreadState& ts, Value self, CallArgs a) { return partition_common(ts, self, a, true); }

// -- Stripping and padding -----------------------------------------------------------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Result<Value> strip_common(ThreadState& ts, Value self, CallArgs a, int side) {
  Value chars = opt_arg(a, 0);
  const StrObject* s = S(self);
  int64_t i = 0, j = s->length;
  if (chars.is_null() || chars.is(g_none)) {
    if (side & kLeft) while (i < j && unicode::is_space(s->at(i))) ++i;
    if (side & kRight) while (j > i && unicode::is_space(s->at(j - 1))) --j;
  } else {
    if (!is_str(chars)) {
      const char* name = side == kBoth ? "strip" : (side == kLeft ? "lstrip" : "rstrip");
      return raise_type_error(ts, "%s arg must be None or str", name);
    }
    const StrObject* c = S(chars);
    auto in_set = [&](uint32_t cp) {
      for (int64_t k = 0; k < c->length; ++k)
        if (c->at(k) == cp) return true;
      return false;
    };
    if (side & kLeft) while (i < j && in_set(s->at(i))) ++i;
    if (side & kRight) while (j > i && in_set(s->at(j - 1))) --j;
  }
  if (i == 0 && j == s->length) return exact_copy(self);
  return str_substring(self, i, j);
}
Result<Value> str_strip(ThreadState& ts, Value self, CallArgs a) { return strip_common(ts, self, a, kBoth); }
Result<Value> str_lstrip(ThreadState& ts, Value self, CallArgs a) { return strip_common(ts, self, a, kLeft); }
Result<Value> str_rstrip(ThreadState& ts, Value self, CallArgs a) { return strip_common(ts, self, a, kRight); }

Result<Value> pad(ThreadState& ts, Value self, int64_t left, int64_t right, uint32_t fill) {
  int64_t n = str_length(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return exact_copy(self);
  if (n + left + right > (int64_t{1} << 34)) return raise_memory_error(ts);
  StrBuilder b(n + left + right);
  b.append_repeated(fill, left);
  b.append_str(self);
  b.append_repeated(fill, right);
  return b.finish();
}

enum class Justify { Left, Right, Center };

Result<Value> justify(ThreadState& ts, Value self, CallArgs a, Justify how) {
  int64_t width = PY_TRY(arg_as_index(ts, a[0]));
  uint32_t fill = PY_TRY(fill_char_arg(ts, opt_arg(a, 1)));
  int64_t n = str_length(self);
  if (width <= n) return exact_copy(self);
  int64_t marg = width - n;
  switch (how) {
    case Justify::Left: return pad(ts, self, 0, marg, fill);
    case Justify::Right: return pad(ts, self, marg, 0, fill);
    case Justify::Center: {
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(ts, self, left, marg - left, fill);
    }
  }
  return kError;
}
Result<Value> str_ljust(ThreadState& ts, Value self, CallArgs a) { return justify(ts, self, a, Justify::Left); }
Result<Value> str_rjust(ThreadState& ts, Value self, CallArgs a) { return justify(ts, self, a, Justify::Right); }
Result<Value> str_center(ThreadState& ts, Value self, CallArgs a) { return justify(ts, self, a, Justify::Center); }

Result<Value> str_zfill(ThreadState& ts, Value self, CallArgs a) {
  int64_t width = PY_TRY(arg_as_index(ts, a[0]));
  int64_t n = str_length(self);
  if (width <= n) return exact_copy(self);
  Value padded = PY_TRY(pad(ts, self, width - n, 0, '0'));
  uint32_t first = n > 0 ? str_char_at(self, 0) : 0;
  if (first == '+' || first == '-') {
    StrBuilder b(width);
    b.append(first);
    b.append_repeated('0', width - n);
    b.append_str(self, 1, n);
    return b.finish();
  }
  return padded;
}

Result<Value> str_expandtabs(ThreadState& ts, Value self, CallArgs a) {
  PY_TRY(check_keyword_names(ts, "expandtabs", a, {"tabsize"}));
  Value t = arg_or_keyword(a, 0, "tabsize");
  int64_t tabsize = 8;
  if (!t.is_null()) {
    if (is_float(t)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
    Value i = PY_TRY(index_value(ts, t));
    if (!int_to_int64(i, &tabsize) || tabsize > INT32_MAX || tabsize < INT32_MIN)
      return raise(ts, g_exc_OverflowError, "Python int too large to convert to C int");
  }
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  int64_t column = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (b.length() + spaces > (int64_t{1} << 34)) return raise(ts, g_exc_OverflowError, "new string is too long");
        b.append_repeated(' ', spaces);
        column += spaces;
      }
    } else {
      b.append(c);
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return b.finish();
}

// -- Case mapping -----------------------------------------------------------------

using FullMap = int (*)(uint32_t, uint32_t[3]);

void append_mapped(StrBuilder& b, FullMap f, uint32_t cp) {
  uint32_t out[3];
  int k = f(cp, out);
  for (int i = 0; i < k; ++i) b.append(out[i]);
}

// Final sigma (Unicode §3.13): Σ lowercases to ς at the end of a word: a
// cased letter precedes it and none follows (case-ignorables skipped).
uint32_t lower_sigma(const StrObject* s, int64_t i) {
  int64_t j = i - 1;
  while (j >= 0 && unicode::is_case_ignorable(s->at(j))) --j;
  bool before = j >= 0 && unicode::is_cased(s->at(j));
  int64_t k = i + 1;
  while (k < s->length && unicode::is_case_ignorable(s->at(k))) ++k;
  bool after = k < s->length && unicode::is_cased(s->at(k));
  return (before && !after) ? 0x3C2 : 0x3C3;
}

void append_lower(StrBuilder& b, const StrObject* s, int64_t i) {
  uint32_t c = s->at(i);
  if (c == 0x3A3) b.append(lower_sigma(s, i));
  else append_mapped(b, unicode::to_lower_full, c);
}

Result<Value> str_upper(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) append_mapped(b, unicode::to_upper_full, s->at(i));
  return b.finish();
}

Result<Value> str_lower(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) append_lower(b, s, i);
  return b.finish();
}

Result<Value> str_casefold(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) append_mapped(b, unicode::case_fold_full, s->at(i));
  return b.finish();
}

Result<Value> str_swapcase(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (unicode::is_upper(c)) append_lower(b, s, i);
    else if (unicode::is_lower(c)) append_mapped(b, unicode::to_upper_full, c);
    else b.append(c);
  }
  return b.finish();
}

Result<Value> str_capitalize(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    if (i == 0) append_mapped(b, unicode::to_title_full, s->at(0));
    else append_lower(b, s, i);
  }
  return b.finish();
}

Result<Value> str_title(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  bool previous_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (previous_cased) append_lower(b, s, i);
    else append_mapped(b, unicode::to_title_full, c);
    previous_cased = unicode::is_cased(c);
  }
  return b.finish();
}

// -- Predicates ----------------------------------------------------------------------

template <bool (*Pred)(uint32_t)>
Result<Value> all_chars(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  if (s->length == 0) return g_false;
  for (int64_t i = 0; i < s->length; ++i)
    if (!Pred(s->at(i))) return g_false;
  return g_true;
}

Result<Value> str_isascii(ThreadState&, Value self, CallArgs) { return bool_value(S(self)->ascii); }

Result<Value> str_isprintable(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  for (int64_t i = 0; i < s->length; ++i)
    if (!unicode::is_printable(s->at(i))) return g_false;
  return g_true;
}

Result<Value> str_isupper(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (unicode::is_lower(c) || unicode::is_title(c)) return g_false;
    if (unicode::is_upper(c)) cased = true;
  }
  return bool_value(cased);
}

Result<Value> str_islower(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (unicode::is_upper(c) || unicode::is_title(c)) return g_false;
    if (unicode::is_lower(c)) cased = true;
  }
  return bool_value(cased);
}

Result<Value> str_istitle(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  bool cased = false, previous_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_cased) return g_false;
      previous_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_cased) return g_false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return bool_value(cased);
}

Result<Value> str_isidentifier(ThreadState&, Value self, CallArgs) {
  const StrObject* s = S(self);
  if (s->length == 0 || !unicode::is_xid_start(s->at(0))) return g_false;
  for (int64_t i = 1; i < s->length; ++i)
    if (!unicode::is_xid_continue(s->at(i))) return g_false;
  return g_true;
}

// -- Replacing -------------------------------------------------------------------

Result<Value> str_replace(ThreadState& ts, Value self, CallArgs a) {
  Value old_s = a[0], new_s = a[1];
  if (!is_str(old_s)) return raise_type_error(ts, "replace() argument 1 must be str, not %s", clinic_name(old_s).c_str());
  if (!is_str(new_s)) return raise_type_error(ts, "replace() argument 2 must be str, not %s", clinic_name(new_s).c_str());
  int64_t count = -1;
  if (a.nargs > 2) {
    if (is_float(a[2])) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
    count = PY_TRY(arg_as_index(ts, a[2]));
  }
  if (count < 0) count = INT64_MAX;
  int64_t n = str_length(self), m = str_length(old_s), r = str_length(new_s);
  if (count == 0) return exact_copy(self);
  StrBuilder b(n);
  if (m == 0) {
    // Insert `new` before every character and at the end, up to count times.
    int64_t done = 0;
    for (int64_t i = 0; i <= n; ++i) {
      if (done < count) { b.append_str(new_s); ++done; }
      if (i < n) b.append(str_char_at(self, i));
      if (b.length() > (int64_t{1} << 34)) return raise(ts, g_exc_OverflowError, "replace string is too long");
    }
    return b.finish();
  }
  int64_t i = 0, done = 0;
  bool any = false;
  while (done < count) {
    int64_t k = str_find(self, old_s, i, n);
    if (k < 0) break;
    b.append_str(self, i, k);
    b.append_str(new_s);
    i = k + m;
    ++done;
    any = true;
    if (r > m && b.length() > (int64_t{1} << 34)) return raise(ts, g_exc_OverflowError, "replace string is too long");
  }
  if (!any) return exact_copy(self);
  b.append_str(self, i, n);
  return b.finish();
}

Result<Value> remove_affix(ThreadState& ts, Value self, CallArgs a, bool suffix) {
  Value affix = a[0];
  if (!is_str(affix))
    return raise_type_error(ts, "%s() argument must be str, not %s", suffix ? "removesuffix" : "removeprefix",
                            clinic_name(affix).c_str());
  int64_t n = str_length(self);
  if (tail_match(self, affix, 0, n, suffix) && str_length(affix) > 0) {
    int64_t m = str_length(affix);
    return suffix ? str_substring(self, 0, n - m) : str_substring(self, m, n);
  }
  return exact_copy(self);
}
Result<Value> str_removeprefix(ThreadState& ts, Value self, CallArgs a) { return remove_affix(ts, self, a, false); }
Result<Value> str_removesuffix(ThreadState& ts, Value self, CallArgs a) { return remove_affix(ts, self, a, true); }

// -- Formatting and encoding -------------------------------------------------------

Result<Value> str_format_m(ThreadState& ts, Value self, CallArgs a) {
  return str_format_call(ts, self, a.args, static_cast<int64_t>(a.nargs), a.kwnames, a.args + a.nargs, Value());
}

Result<Value> str_format_map(ThreadState& ts, Value self, CallArgs a) {
  return str_format_call(ts, self, nullptr, 0, nullptr, nullptr, a[0]);
}

Result<Value> str_encode(ThreadState& ts, Value self, CallArgs a) {
  PY_TRY(check_keyword_names(ts, "encode", a, {"encoding", "errors"}));
  Value encoding = arg_or_keyword(a, 0, "encoding");
  Value errors = arg_or_keyword(a, 1, "errors");
  if (!encoding.is_null() && !is_str(encoding))
    return raise_type_error(ts, "encode() argument 'encoding' must be str, not %s", clinic_name(encoding).c_str());
  if (!errors.is_null() && !is_str(errors))
    return raise_type_error(ts, "encode() argument 'errors' must be str, not %s", clinic_name(errors).c_str());
  return str_encode_value(ts, self, encoding, errors);
}

// -- maketrans / translate ------------------------------------------------------------

Result<Value> str_maketrans(ThreadState& ts, Value, CallArgs a) {
  // Static: a[0] .. a[2] are the arguments.
  Value table = dict_new();
  if (a.nargs == 1) {
    Value x = a[0];
    if (!is_dict(x))
      return raise_type_error(ts, "if you give only one argument to maketrans it must be a dict");
    Value items = PY_TRY(call_method(ts, x, g_name_items, {}));
    Value list = PY_TRY(sequence_to_list(ts, items));
    for (int64_t i = 0; i < list_size(list); ++i) {
      Value kv = list_get(list, i);
      Value k = tuple_item(kv, 0), v = tuple_item(kv, 1);
      if (is_str(k)) {
        if (str_length(k) != 1)
          return raise_value_error(ts, "string keys in translate table must be of length 1");
        k = small(str_char_at(k, 0));
      } else if (!is_int(k)) {
        return raise_type_error(ts, "keys in translate table must be strings or integers");
      }
      PY_TRY(set_item(ts, table, k, v));
    }
    return table;
  }
  Value x = a[0], y = a[1];
  if (!is_str(y)) return raise_type_error(ts, "maketrans() argument 2 must be str, not %s", clinic_name(y).c_str());
  if (!is_str(x)) return raise_type_error(ts, "first maketrans argument must be a string if there is a second argument");
  if (str_length(x) != str_length(y))
    return raise_value_error(ts, "the first two maketrans arguments must have equal length");
  for (int64_t i = 0; i < str_length(x); ++i)
    PY_TRY(set_item(ts, table, small(str_char_at(x, i)), small(str_char_at(y, i))));
  if (a.nargs > 2) {
    Value z = a[2];
    if (!is_str(z)) return raise_type_error(ts, "maketrans() argument 3 must be str, not %s", clinic_name(z).c_str());
    for (int64_t i = 0; i < str_length(z); ++i) PY_TRY(set_item(ts, table, small(str_char_at(z, i)), g_none));
  }
  return table;
}

Result<Value> str_translate(ThreadState& ts, Value self, CallArgs a) {
  Value table = a[0];
  const StrObject* s = S(self);
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    Result<Value> r = get_item(ts, table, small(c));
    if (r.is_error()) {
      if (pending_exception_matches(ts, g_exc_LookupError)) {
        clear_pending_exception(ts);
        b.append(c);
        continue;
      }
      return kError;
    }
    Value v = r.value();
    if (v.is(g_none)) continue;
    if (is_str(v)) {
      b.append_str(v);
    } else if (is_int(v)) {
      int64_t cp;
      if (!int_to_int64(v, &cp) || cp < 0 || cp > 0x10FFFF)
        return raise_value_error(ts, "character mapping must be in range(0x110000)");
      b.append(static_cast<uint32_t>(cp));
    } else {
      return raise_type_error(ts, "character mapping must return integer, None or str");
    }
  }
  return b.finish();
}

constexpr uint32_t kNK = kNativeNoKeywords;

const NativeMethod kStrMethods[] = {
    {"__new__", str_new, 0, 3, kNativeStatic, "Create a new string object from the given object."},
    {"__len__", str_len, 0, 0, kNK, "Return len(self)."},
    {"__iter__", [](ThreadState& ts, Value self, CallArgs) -> Result<Value> { return get_iter(ts, self); }, 0, 0, kNK,
     "Implement iter(self)."},
    {"__getitem__", str_getitem, 1, 1, kNK, "Return self[key]."},
    {"__contains__", str_contains_method, 1, 1, kNK, "Return key in self."},
    {"__add__", str_add, 1, 1, kNK, "Return self+value."},
    {"__mul__", str_mul, 1, 1, kNK, "Return self*value."},
    {"__rmul__", str_mul, 1, 1, kNK, "Return value*self."},
    {"__mod__", str_mod, 1, 1, kNK, "Return self%value."},
    {"__rmod__", str_rmod, 1, 1, kNK, "Return value%self."},
    {"__eq__", str_eq, 1, 1, kNK, "Return self==value."},
    {"__ne__", str_ne, 1, 1, kNK, "Return self!=value."},
    {"__lt__", str_lt, 1, 1, kNK, "Return self<value."},
    {"__le__", str_le, 1, 1, kNK, "Return self<=value."},
    {"__gt__", str_gt, 1, 1, kNK, "Return self>value."},
    {"__ge__", str_ge, 1, 1, kNK, "Return self>=value."},
    {"__hash__", str_hash_method, 0, 0, kNK, "Return hash(self)."},
    {"__repr__", str_repr_method, 0, 0, kNK, "Return repr(self)."},
    {"__str__", str_str_method, 0, 0, kNK, "Return str(self)."},
    {"__format__", str_format_dunder, 1, 1, kNK, "Return a formatted version of the string as described by format_spec."},
    {"__getnewargs__", str_getnewargs, 0, 0, kNK, nullptr},
    {"join", str_join, 1, 1, kNK, "Concatenate any number of strings."},
    {"split", str_split, 0, 2, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit, 0, 2, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", str_splitlines, 0, 1, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip, 0, 1, kNK, "Return a copy of the string with leading and trailing whitespace removed."},
    {"lstrip", str_lstrip, 0, 1, kNK, "Return a copy of the string with leading whitespace removed."},
    {"rstrip", str_rstrip, 0, 1, kNK, "Return a copy of the string with trailing whitespace removed."},
    {"upper", str_upper, 0, 0, kNK, "Return a copy of the string converted to uppercase."},
    {"lower", str_lower, 0, 0, kNK, "Return a copy of the string converted to lowercase."},
    {"capitalize", str_capitalize, 0, 0, kNK, "Return a capitalized version of the string."},
    {"title", str_title, 0, 0, kNK, "Return a version of the string where each word is titlecased."},
    {"swapcase", str_swapcase, 0, 0, kNK, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"casefold", str_casefold, 0, 0, kNK, "Return a version of the string suitable for caseless comparisons."},
    {"replace", str_replace, 2, 3, kNK, "Return a copy with all occurrences of substring old replaced by new."},
    {"find", str_find_m, 1, 3, kNK, "Return the lowest index in S where substring sub is found."},
    {"rfind", str_rfind_m, 1, 3, kNK, "Return the highest index in S where substring sub is found."},
    {"index", str_index_m, 1, 3, kNK, "Return the lowest index in S where substring sub is found."},
    {"rindex", str_rindex_m, 1, 3, kNK, "Return the highest index in S where substring sub is found."},
    {"count", str_count_m, 1, 3, kNK, "Return the number of non-overlapping occurrences of substring sub."},
    {"startswith", str_startswith, 1, 3, kNK, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith, 1, 3, kNK, "Return True if S ends with the specified suffix, False otherwise."},
    {"isdigit", all_chars<unicode::is_digit>, 0, 0, kNK, "Return True if the string is a digit string, False otherwise."},
    {"isalpha", all_chars<unicode::is_alpha>, 0, 0, kNK, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", all_chars<unicode::is_alnum>, 0, 0, kNK, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isspace", all_chars<unicode::is_space>, 0, 0, kNK, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", all_chars<unicode::is_decimal>, 0, 0, kNK, "Return True if the string is a decimal string, False otherwise."},
    {"isnumeric", all_chars<unicode::is_numeric>, 0, 0, kNK, "Return True if the string is a numeric string, False otherwise."},
    {"isupper", str_isupper, 0, 0, kNK, "Return True if the string is an uppercase string, False otherwise."},
    {"islower", str_islower, 0, 0, kNK, "Return True if the string is a lowercase string, False otherwise."},
    {"istitle", str_istitle, 0, 0, kNK, "Return True if the string is a title-cased string, False otherwise."},
    {"isidentifier", str_isidentifier, 0, 0, kNK, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable, 0, 0, kNK, "Return True if the string is printable, False otherwise."},
    {"isascii", str_isascii, 0, 0, kNK, "Return True if all characters in the string are ASCII, False otherwise."},
    {"center", str_center, 1, 2, kNK, "Return a centered string of length width."},
    {"ljust", str_ljust, 1, 2, kNK, "Return a left-justified string of length width."},
    {"rjust", str_rjust, 1, 2, kNK, "Return a right-justified string of length width."},
    {"zfill", str_zfill, 1, 1, kNK, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"partition", str_partition, 1, 1, kNK, "Partition the string into three parts using the given separator."},
    {"rpartition", str_rpartition, 1, 1, kNK, "Partition the string into three parts using the given separator."},
    {"expandtabs", str_expandtabs, 0, 1, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"encode", str_encode, 0, 2, 0, "Encode the string using the codec registered for encoding."},
    {"removeprefix", str_removeprefix, 1, 1, kNK, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, 1, 1, kNK, "Return a str with the given suffix string removed if present."},
    {"format", str_format_m, 0, -1, 0, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_format_map, 1, 1, kNK, "Return a formatted version of S, using substitutions from mapping."},
    {"maketrans", str_maketrans, 0, 2, kNativeStatic | kNK, "Return a translation table usable for str.translate()."},
    {"translate", str_translate, 1, 1, kNK, "Replace each character in the string using the given translation table."},
};

}  // namespace

void init_str_type() {
  init_str_caches();
  add_native_methods(g_str_type, kStrMethods);
}

}  // namespace pystm
