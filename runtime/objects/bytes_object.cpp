// runtime/objects/bytes_object.cpp — `bytes` (the skeleton's subset: literals,
// repr, len, equality; the full type comes with the object-model work).
#include "runtime/objects/bytes_object.h"

#include <cstring>
#include <string>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/vm/errors.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"

namespace pystm {

Value bytes_from(const void* data, int64_t size) {
  BytesObject* b = allocate_object<BytesObject>(g_bytes_type, sizeof(BytesObject) + size + 1);
  BytesObject* bv = stm::view(b);
  bv->size = size;
  bv->hash = -1;
  if (size) std::memcpy(bv->data, data, size);
  return Value::from_object(b);
}

Value bytes_repr(Value b) {
  const uint8_t* d = bytes_data(b);
  int64_t n = bytes_size(b);
  bool has_single = std::memchr(d, '\'', n) != nullptr, has_double = std::memchr(d, '"', n) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (int64_t i = 0; i < n; ++i) {
    uint8_t c = d[i];
    if (c == quote || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += static_cast<char>(c);
  }
  out += quote;
  return str_from_ascii(out);
}

namespace {

Result<Value> bytes_repr_method(ThreadState&, Value self, CallArgs) { return bytes_repr(self); }
Result<Value> bytes_len(ThreadState&, Value self, CallArgs) { return Value::small_int(bytes_size(self)); }
Result<Value> bytes_eq(ThreadState&, Value self, CallArgs args) {
  if (type_of(args[0]) != g_bytes_type) return g_notimplemented;
  int64_t n = bytes_size(self);
  return bool_value(n == bytes_size(args[0]) && std::memcmp(bytes_data(self), bytes_data(args[0]), n) == 0);
}
Result<Value> bytes_hash(ThreadState&, Value self, CallArgs) {
  uint64_t h = 1469598103934665603ull;
  const uint8_t* d = bytes_data(self);
  for (int64_t i = 0; i < bytes_size(self); ++i) h = (h ^ d[i]) * 1099511628211ull;
  return Value::small_int(static_cast<int64_t>(h >> 2));
}
Result<Value> bytes_decode(ThreadState& ts, Value self, CallArgs args) {
  return str_decode_call(ts, bytes_data(self), bytes_size(self), args);
}

std::string_view view_of(Value b) {
  return std::string_view(reinterpret_cast<const char*>(bytes_data(b)), bytes_size(b));
}
Value bytes_of(std::string_view s) { return bytes_from(s.data(), static_cast<int64_t>(s.size())); }

// The argument of a bytes method that takes bytes (TypeError otherwise).
Result<std::string_view> bytes_arg(ThreadState& ts, Value v) {
  if (type_of(v) != g_bytes_type)
    return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(v).c_str());
  return view_of(v);
}

Result<Value> bytes_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 1) return bytes_of("");
  Value source = args[1];
  if (is_instance_of(source, g_str_type)) {
    if (args.nargs < 3) return raise_type_error(ts, "string argument without an encoding");
    return call_method(ts, source, str_intern("encode"), {args[2]});
  }
  if (type_of(source) == g_bytes_type) return source;
  if (is_int(source)) {
    int64_t n = PY_TRY(index_as_ssize(ts, source));
    if (n < 0) return raise_value_error(ts, "negative count");
    return bytes_of(std::string(static_cast<size_t>(n), '\0'));
  }
  Value it = PY_TRY(get_iter(ts, source));
  std::string out;
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    if (!is_int(item))
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(item).c_str());
    int64_t b = PY_TRY(index_as_ssize(ts, item));
    if (b < 0 || b > 255) return raise_value_error(ts, "bytes must be in range(0, 256)");
    out += static_cast<char>(b);
  }
  return bytes_of(out);
}

Result<Value> bytes_getitem(ThreadState& ts, Value self, CallArgs args) {
  std::string_view s = view_of(self);
  if (is_slice(args[0])) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, args[0], static_cast<int64_t>(s.size()), &start, &stop, &step, &len));
    std::string out;
    for (int64_t i = 0, j = start; i < len; ++i, j += step) out += s[j];
    return bytes_of(out);
  }
  if (!is_int(args[0]) && lookup_special(args[0], str_intern("__index__")).is_null())
    return raise_type_error(ts, "byte indices must be integers or slices, not %s", type_name_of(args[0]).c_str());
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  if (i < 0) i += static_cast<int64_t>(s.size());
  if (i < 0 || i >= static_cast<int64_t>(s.size())) return raise(ts, g_exc_IndexError, "index out of range");
  return Value::small_int(static_cast<uint8_t>(s[i]));
}

Result<Value> bytes_add(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_bytes_type)
    return raise_type_error(ts, "can't concat %s to bytes", type_name_of(args[0]).c_str());
  return bytes_of(std::string(view_of(self)) + std::string(view_of(args[0])));
}

Result<Value> bytes_mul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0])) return g_notimplemented;
  int64_t n = PY_TRY(int_as_ssize(ts, args[0]));
  std::string_view s = view_of(self);
  if (n > 0 && static_cast<int64_t>(s.size()) > (int64_t{1} << 40) / n) return raise_memory_error(ts);
  std::string out;
  for (int64_t i = 0; i < n; ++i) out += s;
  return bytes_of(out);
}

Result<Value> bytes_contains(ThreadState& ts, Value self, CallArgs args) {
  std::string_view s = view_of(self);
  if (is_int(args[0])) {
    int64_t b = PY_TRY(index_as_ssize(ts, args[0]));
    if (b < 0 || b > 255) return raise_value_error(ts, "byte must be in range(0, 256)");
    return bool_value(s.find(static_cast<char>(b)) != std::string_view::npos);
  }
  std::string_view needle = PY_TRY(bytes_arg(ts, args[0]));
  return bool_value(s.find(needle) != std::string_view::npos);
}

Result<Value> bytes_iter(ThreadState&, Value self, CallArgs) { return seq_iterator_new(g_tuple_iterator_type, self); }

Result<Value> bytes_compare(ThreadState&, Value self, Value other, uint32_t op) {
  if (type_of(other) != g_bytes_type) return g_notimplemented;
  return bool_value(bytecode::compare_ordered(view_of(self).compare(view_of(other)), 0, op));
}
Result<Value> bytes_ne(ThreadState& ts, Value s, CallArgs a) { return bytes_compare(ts, s, a[0], 3); }
Result<Value> bytes_lt(ThreadState& ts, Value s, CallArgs a) { return bytes_compare(ts, s, a[0], 0); }
Result<Value> bytes_le(ThreadState& ts, Value s, CallArgs a) { return bytes_compare(ts, s, a[0], 1); }
Result<Value> bytes_gt(ThreadState& ts, Value s, CallArgs a) { return bytes_compare(ts, s, a[0], 4); }
Result<Value> bytes_ge(ThreadState& ts, Value s, CallArgs a) { return bytes_compare(ts, s, a[0], 5); }

Result<Value> bytes_find(ThreadState& ts, Value self, CallArgs args) {
  std::string_view needle = PY_TRY(bytes_arg(ts, args[0]));
  size_t at = view_of(self).find(needle);
  return Value::small_int(at == std::string_view::npos ? -1 : static_cast<int64_t>(at));
}
Result<Value> bytes_count(ThreadState& ts, Value self, CallArgs args) {
  std::string_view needle = PY_TRY(bytes_arg(ts, args[0]));
  std::string_view s = view_of(self);
  if (needle.empty()) return Value::small_int(static_cast<int64_t>(s.size()) + 1);
  int64_t n = 0;
  for (size_t at = s.find(needle); at != std::string_view::npos; at = s.find(needle, at + needle.size())) ++n;
  return Value::small_int(n);
}
Result<Value> bytes_startswith(ThreadState& ts, Value self, CallArgs args) {
  std::string_view p = PY_TRY(bytes_arg(ts, args[0]));
  return bool_value(view_of(self).substr(0, p.size()) == p);
}
Result<Value> bytes_endswith(ThreadState& ts, Value self, CallArgs args) {
  std::string_view p = PY_TRY(bytes_arg(ts, args[0]));
  std::string_view s = view_of(self);
  return bool_value(s.size() >= p.size() && s.substr(s.size() - p.size()) == p);
}
Result<Value> bytes_join(ThreadState& ts, Value self, CallArgs args) {
  Value list = PY_TRY(sequence_to_list(ts, args[0]));
  std::string out;
  for (int64_t i = 0; i < list_size(list); ++i) {
    Value item = list_get(list, i);
    if (type_of(item) != g_bytes_type)
      return raise_type_error(ts, "sequence item %ld: expected a bytes-like object, %s found", static_cast<long>(i),
                              type_name_of(item).c_str());
    if (i) out += view_of(self);
    out += view_of(item);
  }
  return bytes_of(out);
}
Result<Value> bytes_split(ThreadState& ts, Value self, CallArgs args) {
  std::string_view s = view_of(self);
  Value parts = list_new(0);
  if (args.nargs == 0 || args[0].is(g_none)) {
    size_t i = 0;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (i < s.size()) {
      while (i < s.size() && space(s[i])) ++i;
      size_t start = i;
      while (i < s.size() && !space(s[i])) ++i;
      if (i > start) list_append(parts, bytes_of(s.substr(start, i - start)));
    }
    return parts;
  }
  std::string_view sep = PY_TRY(bytes_arg(ts, args[0]));
  if (sep.empty()) return raise_value_error(ts, "empty separator");
  size_t start = 0;
  for (size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, start)) {
    list_append(parts, bytes_of(s.substr(start, at - start)));
    start = at + sep.size();
  }
  list_append(parts, bytes_of(s.substr(start)));
  return parts;
}
Result<Value> bytes_strip(ThreadState&, Value self, CallArgs) {
  std::string_view s = view_of(self);
  size_t a = s.find_first_not_of(" \t\n\r\f\v");
  if (a == std::string_view::npos) return bytes_of("");
  size_t b = s.find_last_not_of(" \t\n\r\f\v");
  return bytes_of(s.substr(a, b - a + 1));
}
Result<Value> bytes_replace(ThreadState& ts, Value self, CallArgs args) {
  std::string_view from = PY_TRY(bytes_arg(ts, args[0]));
  std::string_view to = PY_TRY(bytes_arg(ts, args[1]));
  std::string_view s = view_of(self);
  std::string out;
  if (from.empty()) {
    for (char c : s) { out += to; out += c; }
    out += to;
    return bytes_of(out);
  }
  size_t start = 0;
  for (size_t at = s.find(from); at != std::string_view::npos; at = s.find(from, start)) {
    out += s.substr(start, at - start);
    out += to;
    start = at + from.size();
  }
  out += s.substr(start);
  return bytes_of(out);
}
Result<Value> bytes_upper(ThreadState&, Value self, CallArgs) {
  std::string s(view_of(self));
  for (char& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return bytes_of(s);
}
Result<Value> bytes_lower(ThreadState&, Value self, CallArgs) {
  std::string s(view_of(self));
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return bytes_of(s);
}
Result<Value> bytes_hex(ThreadState&, Value self, CallArgs) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : view_of(self)) { out += digits[c >> 4]; out += digits[c & 15]; }
  return str_from_ascii(out);
}

const NativeMethod kBytesMethods[] = {
    {"__new__", bytes_new, 0, 3, kNativeStatic, nullptr},
    {"__getitem__", bytes_getitem, 1, 1, 0, nullptr},
    {"__add__", bytes_add, 1, 1, 0, nullptr},
    {"__mul__", bytes_mul, 1, 1, 0, nullptr},
    {"__rmul__", bytes_mul, 1, 1, 0, nullptr},
    {"__contains__", bytes_contains, 1, 1, 0, nullptr},
    {"__iter__", bytes_iter, 0, 0, 0, nullptr},
    {"__ne__", bytes_ne, 1, 1, 0, nullptr},
    {"__lt__", bytes_lt, 1, 1, 0, nullptr},
    {"__le__", bytes_le, 1, 1, 0, nullptr},
    {"__gt__", bytes_gt, 1, 1, 0, nullptr},
    {"__ge__", bytes_ge, 1, 1, 0, nullptr},
    {"find", bytes_find, 1, 1, 0, nullptr},
    {"count", bytes_count, 1, 1, 0, nullptr},
    {"startswith", bytes_startswith, 1, 1, 0, nullptr},
    {"endswith", bytes_endswith, 1, 1, 0, nullptr},
    {"join", bytes_join, 1, 1, 0, nullptr},
    {"split", bytes_split, 0, 1, 0, nullptr},
    {"strip", bytes_strip, 0, 0, 0, nullptr},
    {"replace", bytes_replace, 2, 2, 0, nullptr},
    {"upper", bytes_upper, 0, 0, 0, nullptr},
    {"lower", bytes_lower, 0, 0, 0, nullptr},
    {"hex", bytes_hex, 0, 0, 0, nullptr},
    {"__repr__", bytes_repr_method, 0, 0, 0, nullptr},
    {"__len__", bytes_len, 0, 0, 0, nullptr},
    {"__eq__", bytes_eq, 1, 1, 0, nullptr},
    {"__hash__", bytes_hash, 0, 0, 0, nullptr},
    {"decode", bytes_decode, 0, 2, 0, nullptr},
};

}  // namespace

void init_bytes_type() { add_native_methods(g_bytes_type, kBytesMethods); }

}  // namespace pystm
