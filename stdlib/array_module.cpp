// stdlib/array_module.cpp — the `array` module (library reference "array —
// Efficient arrays of numeric values"): array.array with CPython 3.11's
// typecodes (b B u h H i I l L q Q f d), item conversion errors, sequence
// and mutation methods, bytes/list/unicode conversion, comparison and repr,
// and the buffer protocol (bytes(a), memoryview(a), any bytes-like argument)
// through bytes_like.h's exporter hook.
// Owns: arrays (typecode and a bytearray holding the items in native byte
// order, so every write goes through the heap's barriers) and their
// iterators.
// Must never: resize the storage while a memoryview exports it (BufferError
// as CPython), or keep a pointer into it across a call into Python code
// (items are converted before any byte is written).
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/bytecode/binary_op.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_support.h"

namespace pystm {

namespace {

TypeObject* g_array_type = nullptr;
TypeObject* g_array_iterator_type = nullptr;
enum ArrayField : uint32_t { kCode, kStore, kArrayFields };
enum IterField : uint32_t { kIterArray, kIterIndex, kIterFields };

constexpr const char* kTypecodes = "bBuhHiIlLqQfd";

int item_size(char code) {
  switch (code) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    default: return 8;
  }
}

bool is_array(Value v) { return v.is_object() && type_is_subtype(type_of(v), g_array_type); }
char code_of(Value a) { return static_cast<char>(native_field(a, kCode).as_small_int()); }
Value store_of(Value a) { return native_field(a, kStore); }
std::string_view bytes_of(Value a) { return bytearray_view(store_of(a)); }
int64_t length_of(Value a) { return static_cast<int64_t>(bytes_of(a).size()) / item_size(code_of(a)); }

// -- Items -------------------------------------------------------------------------

Value decode(char code, const uint8_t* p) {
  switch (code) {
    case 'b': return Value::small_int(static_cast<int8_t>(p[0]));
    case 'B': return Value::small_int(p[0]);
    case 'h': { int16_t v; std::memcpy(&v, p, 2); return Value::small_int(v); }
    case 'H': { uint16_t v; std::memcpy(&v, p, 2); return Value::small_int(v); }
    case 'i': { int32_t v; std::memcpy(&v, p, 4); return Value::small_int(v); }
    case 'I': { uint32_t v; std::memcpy(&v, p, 4); return Value::small_int(v); }
    case 'u': { uint32_t v; std::memcpy(&v, p, 4); return str_from_codepoint(v > 0x10FFFF ? 0xFFFD : v); }
    case 'f': { float v; std::memcpy(&v, p, 4); return float_from_double(v); }
    case 'd': { double v; std::memcpy(&v, p, 8); return float_from_double(v); }
    case 'l': case 'q': { int64_t v; std::memcpy(&v, p, 8); return int_from_int64(v); }
    default: { uint64_t v; std::memcpy(&v, p, 8); return int_from_uint64(v); }
  }
}

// Converts v for `code` into out (item_size(code) bytes), with CPython's
// errors; nothing is written on error.
Status encode(ThreadState& ts, char code, Value v, uint8_t* out) {
  if (code == 'u') {
    if (!is_str(v) || str_length(v) != 1) return raise_type_error(ts, "array item must be unicode character");
    uint32_t c = str_char_at(v, 0);
    std::memcpy(out, &c, 4);
    return ok_status();
  }
  if (code == 'f' || code == 'd') {
    double d = PY_TRY(arg_as_double(ts, v));
    if (code == 'f') {
      float f = static_cast<float>(d);
      std::memcpy(out, &f, 4);
    } else {
      std::memcpy(out, &d, 8);
    }
    return ok_status();
  }
  Value n = is_int(v) ? v : PY_TRY(index_value(ts, v));
  int64_t x;
  bool fits = int_to_int64(n, &x);
  bool negative = int_sign(n) < 0;
  auto too_big = [&](const char* what) { return raise(ts, g_exc_OverflowError, "%s", what); };
  switch (code) {
    case 'I': case 'L': {
      if (negative) return too_big("can't convert negative value to unsigned int");
      uint64_t u;
      if (!int_to_uint64(ts, n, &u)) return too_big("Python int too large to convert to C unsigned long");
      if (code == 'I') {
        if (u > 0xFFFFFFFFu) return too_big("unsigned int is greater than maximum");
        uint32_t w = static_cast<uint32_t>(u);
        std::memcpy(out, &w, 4);
      } else {
        std::memcpy(out, &u, 8);
      }
      return ok_status();
    }
    case 'Q': {
      if (negative) return too_big("can't convert negative int to unsigned");
      uint64_t u;
      if (!int_to_uint64(ts, n, &u)) return too_big("int too big to convert");
      std::memcpy(out, &u, 8);
      return ok_status();
    }
    case 'q':
      if (!fits) return too_big("int too big to convert");
      std::memcpy(out, &x, 8);
      return ok_status();
    default: break;
  }
  if (!fits) return too_big("Python int too large to convert to C long");
  struct Range {
    int64_t lo, hi;
    const char* name;
  };
  // CPython reads 'b' as a C short and 'H' as a C int before narrowing, so
  // the wider type's message comes first.
  const Range kShort{-32768, 32767, "signed short integer"}, kInt{INT32_MIN, INT32_MAX, "signed integer"};
  Range ranges[2] = {{INT64_MIN, INT64_MAX, ""}, {INT64_MIN, INT64_MAX, ""}};
  switch (code) {
    case 'b': ranges[0] = kShort; ranges[1] = {-128, 127, "signed char"}; break;
    case 'B': ranges[0] = {0, 255, "unsigned byte integer"}; break;
    case 'h': ranges[0] = kShort; break;
    case 'H': ranges[0] = kInt; ranges[1] = {0, 65535, "unsigned short"}; break;
    case 'i': ranges[0] = kInt; break;
    default: break;
  }
  for (const Range& r : ranges) {
    if (x > r.hi) return raise(ts, g_exc_OverflowError, "%s is greater than maximum", r.name);
    if (x < r.lo) return raise(ts, g_exc_OverflowError, "%s is less than minimum", r.name);
  }
  switch (code) {
    case 'b': case 'B': out[0] = static_cast<uint8_t>(x); break;
    case 'h': case 'H': { uint16_t w = static_cast<uint16_t>(x); std::memcpy(out, &w, 2); break; }
    case 'i': { int32_t w = static_cast<int32_t>(x); std::memcpy(out, &w, 4); break; }
    default: std::memcpy(out, &x, 8); break;
  }
  return ok_status();
}

// Appends to *out the bytes of the items of an iterable for `code`; on an
// error *out holds the items converted before it.
Status encode_items(ThreadState& ts, char code, Value iterable, std::string* out) {
  int size = item_size(code);
  Value it = PY_TRY(get_iter(ts, iterable));
  while (true) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    uint8_t buf[8];
    PY_TRY(encode(ts, code, item, buf));
    out->append(reinterpret_cast<char*>(buf), static_cast<size_t>(size));
  }
  return ok_status();
}

Result<std::string> encode_all(ThreadState& ts, char code, Value iterable) {
  std::string out;
  PY_TRY(encode_items(ts, code, iterable, &out));
  return out;
}

Status check_resizable(ThreadState& ts, Value a) {
  if (bytearray_exports(store_of(a)) > 0)
    return raise(ts, g_exc_BufferError, "cannot resize an array that is exporting buffers");
  return ok_status();
}

// Replaces items [start, stop) with the raw bytes `with`.
Status splice(ThreadState& ts, Value a, int64_t start, int64_t stop, std::string_view with) {
  int size = item_size(code_of(a));
  if (static_cast<int64_t>(with.size()) != (stop - start) * size) PY_TRY(check_resizable(ts, a));
  return bytearray_splice(ts, store_of(a), start * size, stop * size, with);
}

Value new_array(TypeObject* type, char code, std::string_view data) {
  Value a = Value::from_object(native_state_new(type, kArrayFields));
  set_native_field(a, kCode, Value::small_int(code));
  set_native_field(a, kStore, bytearray_from(data));
  return a;
}

Value item_at(Value a, int64_t i) {
  char code = code_of(a);
  return decode(code, reinterpret_cast<const uint8_t*>(bytes_of(a).data()) + i * item_size(code));
}

// -- Construction ------------------------------------------------------------------

Result<Value> array_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  if (args.nkw() && type == g_array_type) return raise_type_error(ts, "array.array() takes no keyword arguments");
  if (args.nargs < 2 || args.nargs > 3)
    return raise_type_error(ts, "array() takes at most 2 arguments (%zu given)", args.nargs - 1);
  Value tc = args[1];
  if (!is_str(tc) || str_length(tc) != 1)
    return raise_type_error(ts, "array() argument 1 must be a unicode character, not %s", type_name_of(tc).c_str());
  uint32_t c = str_char_at(tc, 0);
  if (c > 127 || !std::strchr(kTypecodes, static_cast<int>(c)) || c == 0)
    return raise_value_error(ts, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  char code = static_cast<char>(c);
  std::string data;
  if (args.nargs == 3) {
    Value init = args[2];
    if (is_str(init)) {
      if (code != 'u')
        return raise_type_error(ts, "cannot use a str to initialize an array with typecode '%c'", code);
      data = PY_TRY(encode_all(ts, code, init));
    } else if (is_array(init) && code_of(init) == 'u' && code != 'u') {
      return raise_type_error(ts, "cannot use a unicode array to initialize an array with typecode '%c'", code);
    } else if (init.is_object() &&
               (init.as_object()->kind() == ObjectKind::Bytes || init.as_object()->kind() == ObjectKind::ByteArray)) {
      BytesArg b;
      PY_TRY(get_bytes_like(ts, init, &b));
      if (b.view.size() % static_cast<size_t>(item_size(code)))
        return raise_value_error(ts, "bytes length not a multiple of item size");
      data = std::string(b.view);
    } else if (is_array(init) && code_of(init) == code) {
      data = std::string(bytes_of(init));
    } else {
      data = PY_TRY(encode_all(ts, code, init));
    }
  }
  return new_array(type, code, data);
}
Result<Value> array_init(ThreadState&, Value, CallArgs) { return g_none; }

// -- Sequence protocol -------------------------------------------------------------

Result<Value> a_len(ThreadState&, Value self, CallArgs) { return Value::small_int(length_of(self)); }

Result<Value> a_getitem(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = length_of(self);
  if (is_slice(args[0])) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, args[0], n, &start, &stop, &step, &len));
    int size = item_size(code_of(self));
    std::string_view data = bytes_of(self);
    std::string out;
    for (int64_t i = 0, j = start; i < len; ++i, j += step) out.append(data.substr(j * size, size));
    return new_array(g_array_type, code_of(self), out);
  }
  if (!is_int(args[0]) && lookup_special(args[0], str_intern("__index__")).is_null())
    return raise_type_error(ts, "array indices must be integers");
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "array index out of range");
  return item_at(self, i);
}

Result<Value> a_setitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0], value = args[1];
  char code = code_of(self);
  int size = item_size(code);
  int64_t n = length_of(self);
  if (is_slice(key)) {
    if (!is_array(value))
      return raise_type_error(ts, "can only assign array (not \"%s\") to array slice", type_name_of(value).c_str());
    if (code_of(value) != code) return raise_type_error(ts, "bad argument type for built-in operation");
    std::string with(bytes_of(value));
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, n, &start, &stop, &step, &len));
    if (step == 1) {
      if (stop < start) stop = start;
      PY_TRY(splice(ts, self, start, stop, with));
      return g_none;
    }
    int64_t count = static_cast<int64_t>(with.size()) / size;
    if (count != len)
      return raise_value_error(ts, "attempt to assign array of size %lld to extended slice of size %lld",
                               static_cast<long long>(count), static_cast<long long>(len));
    uint8_t* d = bytearray_writable(store_of(self));
    for (int64_t i = 0, j = start; i < len; ++i, j += step) std::memcpy(d + j * size, with.data() + i * size, size);
    return g_none;
  }
  if (!is_int(key) && lookup_special(key, str_intern("__index__")).is_null())
    return raise_type_error(ts, "array indices must be integers");
  int64_t i = PY_TRY(index_as_ssize(ts, key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "array assignment index out of range");
  uint8_t buf[8];
  PY_TRY(encode(ts, code, value, buf));
  if (i >= length_of(self)) return raise(ts, g_exc_IndexError, "array assignment index out of range");
  std::memcpy(bytearray_writable(store_of(self)) + i * size, buf, size);
  return g_none;
}

Result<Value> a_delitem(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = length_of(self);
  int size = item_size(code_of(self));
  if (is_slice(args[0])) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, args[0], n, &start, &stop, &step, &len));
    if (len == 0) return g_none;
    if (step < 0) {
      start = start + (len - 1) * step;
      step = -step;
    }
    std::string_view data = bytes_of(self);
    std::string keep;
    for (int64_t i = 0, next = start, removed = 0; i < n; ++i) {
      if (removed < len && i == next) {
        ++removed;
        next += step;
        continue;
      }
      keep.append(data.substr(i * size, size));
    }
    PY_TRY(splice(ts, self, 0, n, keep));
    return g_none;
  }
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "array assignment index out of range");
  PY_TRY(splice(ts, self, i, i + 1, ""));
  return g_none;
}

Result<Value> a_contains(ThreadState& ts, Value self, CallArgs args) {
  for (int64_t i = 0; i < length_of(self); ++i)
    if (PY_TRY(equals(ts, item_at(self, i), args[0]))) return g_true;
  return g_false;
}

Result<Value> a_iter(ThreadState&, Value self, CallArgs) {
  Value it = Value::from_object(native_state_new(g_array_iterator_type, kIterFields));
  set_native_field(it, kIterArray, self);
  set_native_field(it, kIterIndex, Value::small_int(0));
  return it;
}
Result<Value> it_next(ThreadState&, Value self, CallArgs) {
  Value a = native_field(self, kIterArray);
  if (a.is_null()) return Value::absent();
  int64_t i = native_field(self, kIterIndex).as_small_int();
  if (i >= length_of(a)) {
    set_native_field(self, kIterArray, Value());
    return Value::absent();
  }
  set_native_field(self, kIterIndex, Value::small_int(i + 1));
  return item_at(a, i);
}
Result<Value> it_self(ThreadState&, Value self, CallArgs) { return self; }

// -- Mutation ----------------------------------------------------------------------

Result<Value> a_append(ThreadState& ts, Value self, CallArgs args) {
  uint8_t buf[8];
  PY_TRY(encode(ts, code_of(self), args[0], buf));
  int64_t n = length_of(self);
  PY_TRY(splice(ts, self, n, n, std::string_view(reinterpret_cast<char*>(buf), item_size(code_of(self)))));
  return g_none;
}

Status extend_with(ThreadState& ts, Value self, Value other, bool only_arrays) {
  std::string data;
  if (is_array(other)) {
    if (code_of(other) != code_of(self)) return raise_type_error(ts, "can only extend with array of same kind");
    data = std::string(bytes_of(other));
  } else {
    if (only_arrays)
      return raise_type_error(ts, "can only extend array with array (not \"%s\")", type_name_of(other).c_str());
    // Items before a bad one stay appended, as in CPython.
    Status converted = encode_items(ts, code_of(self), other, &data);
    if (converted.is_error()) {
      int64_t n = length_of(self);
      if (!data.empty() && splice(ts, self, n, n, data).is_error()) return kError;
      return kError;
    }
  }
  int64_t n = length_of(self);
  return splice(ts, self, n, n, data);
}
Result<Value> a_extend(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(extend_with(ts, self, args[0], false));
  return g_none;
}

Result<Value> a_insert(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  uint8_t buf[8];
  PY_TRY(encode(ts, code_of(self), args[1], buf));
  int64_t n = length_of(self);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  PY_TRY(splice(ts, self, i, i, std::string_view(reinterpret_cast<char*>(buf), item_size(code_of(self)))));
  return g_none;
}

Result<Value> a_pop(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = length_of(self);
  int64_t i = args.nargs > 0 ? PY_TRY(index_as_ssize(ts, args[0])) : -1;
  if (n == 0) return raise(ts, g_exc_IndexError, "pop from empty array");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "pop index out of range");
  Value item = item_at(self, i);
  PY_TRY(splice(ts, self, i, i + 1, ""));
  return item;
}

Result<int64_t> find(ThreadState& ts, Value self, Value x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < length_of(self); ++i)
    if (PY_TRY(equals(ts, item_at(self, i), x))) return i;
  return int64_t{-1};
}
Result<Value> a_remove(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(find(ts, self, args[0], 0, length_of(self)));
  if (i < 0) return raise_value_error(ts, "array.remove(x): x not in array");
  PY_TRY(splice(ts, self, i, i + 1, ""));
  return g_none;
}
Result<Value> a_index(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = length_of(self);
  auto bound = [&](int64_t v) { return v < 0 ? (v + n < 0 ? 0 : v + n) : (v > n ? n : v); };
  int64_t start = args.nargs > 1 ? bound(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  int64_t stop = args.nargs > 2 ? bound(PY_TRY(index_as_ssize(ts, args[2]))) : n;
  int64_t i = PY_TRY(find(ts, self, args[0], start, stop));
  if (i < 0) return raise_value_error(ts, "array.index(x): x not in array");
  return Value::small_int(i);
}
Result<Value> a_count(ThreadState& ts, Value self, CallArgs args) {
  int64_t count = 0;
  for (int64_t i = 0; i < length_of(self); ++i)
    if (PY_TRY(equals(ts, item_at(self, i), args[0]))) ++count;
  return Value::small_int(count);
}
Result<Value> a_reverse(ThreadState&, Value self, CallArgs) {
  int size = item_size(code_of(self));
  int64_t n = length_of(self);
  uint8_t* d = n ? bytearray_writable(store_of(self)) : nullptr;
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j)
    for (int k = 0; k < size; ++k) std::swap(d[i * size + k], d[j * size + k]);
  return g_none;
}
Result<Value> a_byteswap(ThreadState&, Value self, CallArgs) {
  int size = item_size(code_of(self));
  int64_t n = length_of(self);
  uint8_t* d = n ? bytearray_writable(store_of(self)) : nullptr;
  for (int64_t i = 0; i < n; ++i)
    for (int k = 0; k < size / 2; ++k) std::swap(d[i * size + k], d[i * size + size - 1 - k]);
  return g_none;
}

// -- Conversions -------------------------------------------------------------------

Result<Value> a_tobytes(ThreadState&, Value self, CallArgs) {
  std::string_view d = bytes_of(self);
  return bytes_from(d.data(), static_cast<int64_t>(d.size()));
}
Result<Value> a_frombytes(ThreadState& ts, Value self, CallArgs args) {
  BytesArg b;
  PY_TRY(require_bytes_like(ts, args[0], &b));
  if (b.view.size() % static_cast<size_t>(item_size(code_of(self))))
    return raise_value_error(ts, "bytes length not a multiple of item size");
  std::string data(b.view);
  int64_t n = length_of(self);
  PY_TRY(splice(ts, self, n, n, data));
  return g_none;
}
Result<Value> a_tolist(ThreadState&, Value self, CallArgs) {
  ValueVector items;
  for (int64_t i = 0; i < length_of(self); ++i) items.push_back(item_at(self, i));
  return list_from(items.data(), static_cast<int64_t>(items.size()));
}
Result<Value> a_fromlist(ThreadState& ts, Value self, CallArgs args) {
  if (!is_list(args[0])) return raise_type_error(ts, "arg must be list");
  std::string data = PY_TRY(encode_all(ts, code_of(self), args[0]));
  int64_t n = length_of(self);
  PY_TRY(splice(ts, self, n, n, data));
  return g_none;
}
Result<Value> a_tounicode(ThreadState& ts, Value self, CallArgs) {
  if (code_of(self) != 'u') return raise_value_error(ts, "tounicode() may only be called on unicode type arrays");
  std::string_view d = bytes_of(self);
  std::vector<uint32_t> cps(d.size() / 4);
  if (!cps.empty()) std::memcpy(cps.data(), d.data(), d.size());
  for (uint32_t c : cps)
    if (c > 0x10FFFF) return raise_value_error(ts, "character U+%x is not in range [U+0000; U+10ffff]", c);
  return str_from_codepoints(cps.data(), static_cast<int64_t>(cps.size()));
}
Result<Value> a_fromunicode(ThreadState& ts, Value self, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "fromunicode() argument must be str, not %s", type_name_of(args[0]).c_str());
  if (code_of(self) != 'u') return raise_value_error(ts, "fromunicode() may only be called on unicode type arrays");
  std::string data = PY_TRY(encode_all(ts, 'u', args[0]));
  int64_t n = length_of(self);
  PY_TRY(splice(ts, self, n, n, data));
  return g_none;
}
Result<Value> a_fromfile(ThreadState& ts, Value self, CallArgs args) {
  int64_t count = PY_TRY(index_as_ssize(ts, args[1]));
  if (count < 0) return raise_value_error(ts, "negative count");
  int64_t want = count * item_size(code_of(self));
  Value data = PY_TRY(call_method(ts, args[0], str_intern("read"), {int_from_int64(want)}));
  if (!data.is_object() || data.as_object()->kind() != ObjectKind::Bytes)
    return raise_type_error(ts, "read() didn't return bytes");
  int64_t got = bytes_size(data) / item_size(code_of(self)) * item_size(code_of(self));
  int64_t n = length_of(self);
  PY_TRY(splice(ts, self, n, n, std::string_view(reinterpret_cast<const char*>(bytes_data(data)), got)));
  if (bytes_size(data) != want) return raise(ts, g_exc_EOFError, "read() didn't return enough bytes");
  return g_none;
}
Result<Value> a_tofile(ThreadState& ts, Value self, CallArgs args) {
  std::string_view d = bytes_of(self);
  // In blocks, as CPython does, so a failing write leaves whole blocks written.
  constexpr size_t kBlock = 64 * 1024;
  for (size_t off = 0; off < d.size(); off += kBlock) {
    std::string piece(bytes_of(self).substr(off, kBlock));
    PY_TRY(call_method(ts, args[0], str_intern("write"), {bytes_from(piece.data(), static_cast<int64_t>(piece.size()))}));
  }
  return g_none;
}
Result<Value> a_buffer_info(ThreadState&, Value self, CallArgs) {
  std::string_view d = bytes_of(self);
  return tuple_pack({int_from_uint64(reinterpret_cast<uintptr_t>(d.data())), Value::small_int(length_of(self))});
}

// -- Operators ---------------------------------------------------------------------

Result<Value> a_add(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  if (!is_array(other))
    return raise_type_error(ts, "can only append array (not \"%s\") to array", type_name_of(other).c_str());
  if (code_of(other) != code_of(self)) return raise_type_error(ts, "bad argument type for built-in operation");
  std::string data(bytes_of(self));
  data += bytes_of(other);
  return new_array(g_array_type, code_of(self), data);
}
Result<Value> a_iadd(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(extend_with(ts, self, args[0], true));
  return self;
}
Result<Value> repeat(ThreadState& ts, Value self, Value count_arg, bool in_place) {
  if (!is_int(count_arg) && lookup_special(count_arg, str_intern("__index__")).is_null()) {
    if (in_place)
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(count_arg).c_str());
    return g_notimplemented;
  }
  int64_t count = PY_TRY(index_as_ssize(ts, count_arg));
  if (count < 0) count = 0;
  std::string_view d = bytes_of(self);
  if (count > 0 && d.size() > (size_t{1} << 34) / static_cast<size_t>(count)) return raise_memory_error(ts);
  std::string data;
  for (int64_t i = 0; i < count; ++i) data += bytes_of(self);
  if (!in_place) return new_array(g_array_type, code_of(self), data);
  PY_TRY(splice(ts, self, 0, length_of(self), data));
  return self;
}
Result<Value> a_mul(ThreadState& ts, Value self, CallArgs args) { return repeat(ts, self, args[0], false); }
Result<Value> a_imul(ThreadState& ts, Value self, CallArgs args) { return repeat(ts, self, args[0], true); }

Result<Value> compare(ThreadState& ts, Value self, Value other, bytecode::CompareOp op) {
  if (!is_array(other)) return g_notimplemented;
  int64_t na = length_of(self), nb = length_of(other);
  if (na != nb && (op == bytecode::CompareOp::Eq || op == bytecode::CompareOp::Ne))
    return op == bytecode::CompareOp::Eq ? g_false : g_true;
  ValueVector a, b;
  for (int64_t i = 0; i < na; ++i) a.push_back(item_at(self, i));
  for (int64_t i = 0; i < nb; ++i) b.push_back(item_at(other, i));
  return sequence_compare(ts, a.data(), na, b.data(), nb, static_cast<uint32_t>(op));
}
Result<Value> a_eq(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Eq); }
Result<Value> a_ne(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Ne); }
Result<Value> a_lt(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Lt); }
Result<Value> a_le(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Le); }
Result<Value> a_gt(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Gt); }
Result<Value> a_ge(ThreadState& ts, Value s, CallArgs a) { return compare(ts, s, a[0], bytecode::CompareOp::Ge); }

Result<Value> a_repr(ThreadState& ts, Value self, CallArgs) {
  char code = code_of(self);
  std::string out = type_tp_name(type_of(self)) == "array.array" ? "array" : type_name(type_of(self));
  out += "('";
  out += code;
  out += "'";
  if (length_of(self) > 0) {
    Value inner = code == 'u' ? PY_TRY(a_tounicode(ts, self, CallArgs{})) : PY_TRY(a_tolist(ts, self, CallArgs{}));
    out += ", " + PY_TRY(repr_utf8(ts, inner));
  }
  out += ")";
  return str_from_utf8(out);
}

Result<Value> a_copy(ThreadState&, Value self, CallArgs) {
  return new_array(g_array_type, code_of(self), bytes_of(self));
}
Result<Value> a_reduce_ex(ThreadState& ts, Value self, CallArgs) {
  Value dict = PY_TRY(get_attr_optional(ts, self, str_intern("__dict__")));
  Value code = str_from_codepoint(static_cast<uint32_t>(code_of(self)));
  Value args = tuple_pack({code, PY_TRY(a_tolist(ts, self, CallArgs{}))});
  return tuple_pack({Value::from_object(type_of(self)), args, dict.is_absent() || dict.is_null() ? g_none : dict});
}
Result<Value> a_typecode(ThreadState&, Value self, CallArgs) {
  return str_from_codepoint(static_cast<uint32_t>(code_of(self)));
}
Result<Value> a_itemsize(ThreadState&, Value self, CallArgs) { return Value::small_int(item_size(code_of(self))); }

Value array_storage(Value obj, char* format) {
  *format = code_of(obj);
  return store_of(obj);
}

constexpr uint32_t kNK = kNativeNoKeywords;
const NativeMethod kMethods[] = {
    {"__new__", array_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", array_init, 0, -1, 0, nullptr},
    {"__len__", a_len, 0, 0, 0, nullptr},
    {"__getitem__", a_getitem, 1, 1, kNK, nullptr},
    {"__setitem__", a_setitem, 2, 2, kNK, nullptr},
    {"__delitem__", a_delitem, 1, 1, kNK, nullptr},
    {"__contains__", a_contains, 1, 1, kNK, nullptr},
    {"__iter__", a_iter, 0, 0, 0, nullptr},
    {"__add__", a_add, 1, 1, kNK, nullptr},
    {"__iadd__", a_iadd, 1, 1, kNK, nullptr},
    {"__mul__", a_mul, 1, 1, kNK, nullptr},
    {"__rmul__", a_mul, 1, 1, kNK, nullptr},
    {"__imul__", a_imul, 1, 1, kNK, nullptr},
    {"__eq__", a_eq, 1, 1, kNK, nullptr},
    {"__ne__", a_ne, 1, 1, kNK, nullptr},
    {"__lt__", a_lt, 1, 1, kNK, nullptr},
    {"__le__", a_le, 1, 1, kNK, nullptr},
    {"__gt__", a_gt, 1, 1, kNK, nullptr},
    {"__ge__", a_ge, 1, 1, kNK, nullptr},
    {"__repr__", a_repr, 0, 0, 0, nullptr},
    {"__copy__", a_copy, 0, 0, 0, nullptr},
    {"__deepcopy__", a_copy, 1, 1, kNK, nullptr},
    {"__reduce_ex__", a_reduce_ex, 1, 1, kNK, nullptr},
    {"append", a_append, 1, 1, kNK, nullptr},
    {"extend", a_extend, 1, 1, kNK, nullptr},
    {"insert", a_insert, 2, 2, kNK, nullptr},
    {"pop", a_pop, 0, 1, kNK, nullptr},
    {"remove", a_remove, 1, 1, kNK, nullptr},
    {"index", a_index, 1, 3, kNK, nullptr},
    {"count", a_count, 1, 1, kNK, nullptr},
    {"reverse", a_reverse, 0, 0, 0, nullptr},
    {"byteswap", a_byteswap, 0, 0, 0, nullptr},
    {"buffer_info", a_buffer_info, 0, 0, 0, nullptr},
    {"tobytes", a_tobytes, 0, 0, 0, nullptr},
    {"frombytes", a_frombytes, 1, 1, kNK, nullptr},
    {"tolist", a_tolist, 0, 0, 0, nullptr},
    {"fromlist", a_fromlist, 1, 1, kNK, nullptr},
    {"tounicode", a_tounicode, 0, 0, 0, nullptr},
    {"fromunicode", a_fromunicode, 1, 1, kNK, nullptr},
    {"fromfile", a_fromfile, 2, 2, kNK, nullptr},
    {"tofile", a_tofile, 1, 1, kNK, nullptr},
};
const NativeMethod kGetters[] = {
    {"typecode", a_typecode, 0, 0, 0, nullptr},
    {"itemsize", a_itemsize, 0, 0, 0, nullptr},
};
const NativeMethod kIterMethods[] = {
    {"__next__", it_next, 0, 0, 0, nullptr},
    {"__iter__", it_self, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_array_module(ThreadState&) {
  if (!g_array_type) {
    g_array_type = make_builtin_type("array", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                     kTypeBaseType);
    add_native_methods(g_array_type, kMethods);
    for (const NativeMethod& g : kGetters) add_native_property(g_array_type, &g, nullptr);
    type_set_attr_nogc_fail(g_array_type, "__module__", str_intern("array"));
    type_set_attr_nogc_fail(g_array_type, "__hash__", g_none);
    g_array_iterator_type = make_builtin_type("arrayiterator", g_object_type, ObjectKind::NativeState,
                                              sizeof(NativeStateObject), 0);
    add_native_methods(g_array_iterator_type, kIterMethods);
    type_set_attr_nogc_fail(g_array_iterator_type, "__module__", str_intern("array"));
    register_buffer_exporter(g_array_type, array_storage);
  }
  Value module = module_new(str_intern("array"));
  module_set(module, "array", Value::from_object(g_array_type));
  module_set(module, "ArrayType", Value::from_object(g_array_type));
  module_set(module, "typecodes", str_intern(kTypecodes));
  return module;
}

}  // namespace pystm
