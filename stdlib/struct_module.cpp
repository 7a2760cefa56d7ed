// stdlib/struct_module.cpp — the `_struct` module (library reference
// "struct — Interpret bytes as packed binary data"): format parsing (byte
// order, sizes and native alignment), pack/unpack of every format character,
// the Struct class and unpack_iterator, with CPython 3.11's struct.error
// messages.
// Owns: Struct objects (their format str and size in a NativeStateObject;
// the format is parsed again on each use, it is short) and iterators (a
// bytes copy of the buffer and the next offset).
// Must never: write outside the target buffer (every pack checks the size
// first), or keep a buffer pointer across a call into Python code (all
// arguments are converted before any byte is written).
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_support.h"
#include "stdlib/packed_numbers.h"

namespace pystm {

namespace {

Value g_struct_error;
TypeObject* g_struct_type = nullptr;
TypeObject* g_unpack_iterator_type = nullptr;
enum StructField : uint32_t { kFormat, kSize, kStructFields };
enum IterField : uint32_t { kIterStruct, kIterData, kIterOffset, kIterFields };

template <typename... Args>
Error struct_error(ThreadState& ts, const char* format, Args... args) {
  return raise_formatted(ts, g_struct_error, format, args...);
}

// -- Formats ---------------------------------------------------------------

// One run of a format: `count` items of `code` at `offset` (for 's' and
// 'p', one item of `count` bytes). Pad bytes ('x') make no run.
struct Run {
  char code;
  int64_t offset;
  int64_t count;
  int64_t size;  // bytes per item
};
struct Layout {
  bool native = true;         // '@': native sizes and alignment
  bool little = true;         // byte order
  std::vector<Run> runs;
  int64_t size = 0;
  int64_t nargs = 0;          // values pack() takes
};

// Size of a code in native ('@') or standard mode; 0 for a bad code.
int64_t code_size(char c, bool native) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

Result<Layout> parse_format(ThreadState& ts, std::string_view fmt) {
  Layout layout;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': i = 1; break;
      case '=': case '<': layout.native = false; i = 1; break;
      case '>': case '!': layout.native = false; layout.little = false; i = 1; break;
      default: break;
    }
  }
  constexpr int64_t kMax = INT64_MAX;
  int64_t size = 0;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = 0;
      while (true) {
        int digit = c - '0';
        if (num > (kMax - digit) / 10) return struct_error(ts, "total struct size too long");
        num = num * 10 + digit;
        if (i >= fmt.size()) return struct_error(ts, "repeat count given without format specifier");
        c = fmt[i++];
        if (c < '0' || c > '9') break;
      }
    }
    int64_t item = code_size(c, layout.native);
    if (item == 0) return struct_error(ts, "bad char in struct format");
    if (layout.native && item > 1 && c != 's' && c != 'p') {
      int64_t aligned = (size + item - 1) / item * item;
      if (aligned < size) return struct_error(ts, "total struct size too long");
      size = aligned;
    }
    if (c == 's' || c == 'p') {
      if (num > kMax - size) return struct_error(ts, "total struct size too long");
      layout.runs.push_back({c, size, num, 1});
      layout.nargs += 1;
      size += num;
    } else {
      if (num > (kMax - size) / item) return struct_error(ts, "total struct size too long");
      if (c != 'x' && num > 0) {
        layout.runs.push_back({c, size, num, item});
        layout.nargs += num;
      }
      size += num * item;
    }
  }
  layout.size = size;
  return layout;
}

// The text of a format argument (str or bytes).
Result<std::string> format_text(ThreadState& ts, Value fmt) {
  if (is_str(fmt)) return str_to_utf8(fmt);
  if (fmt.is_object() && fmt.as_object()->kind() == ObjectKind::Bytes)
    return std::string(reinterpret_cast<const char*>(bytes_data(fmt)), static_cast<size_t>(bytes_size(fmt)));
  return raise_type_error(ts, "Struct() argument 1 must be a str or bytes object, not %s", type_name_of(fmt).c_str());
}

// -- Packing one value -----------------------------------------------------

// The int of an integer argument (its __index__ for other objects).
Result<Value> integer_arg(ThreadState& ts, Value v) {
  if (is_int(v)) return v;
  if (lookup_special(v, g_name___index__).is_null()) return struct_error(ts, "required argument is not an integer");
  return index_value(ts, v);
}

Result<double> float_arg(ThreadState& ts, Value v) {
  Result<double> d = arg_as_double(ts, v);
  if (d.is_error()) {
    clear_pending_exception(ts);
    return struct_error(ts, "required argument is not a float");
  }
  return d.value();
}

bool is_signed_code(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

// The 64-bit pattern of an integer argument, with CPython's range errors.
Result<uint64_t> integer_bits(ThreadState& ts, char code, int64_t size, Value v) {
  Value n = PY_TRY(integer_arg(ts, v));
  if (is_signed_code(code)) {
    int64_t x;
    if (!int_to_int64(n, &x)) return struct_error(ts, "argument out of range");
    if (size < 8) {
      int64_t hi = (int64_t{1} << (size * 8 - 1)) - 1, lo = -hi - 1;
      if (x < lo || x > hi) {
        if (code == 'b') return struct_error(ts, "byte format requires -128 <= number <= 127");
        if (code == 'h') return struct_error(ts, "short format requires -32768 <= number <= 32767");
        return struct_error(ts, "'%c' format requires %lld <= number <= %lld", code, static_cast<long long>(lo),
                            static_cast<long long>(hi));
      }
    }
    return static_cast<uint64_t>(x);
  }
  if (code == 'B' || code == 'H') {  // read as a signed C long first, like CPython
    int64_t x;
    if (!int_to_int64(n, &x)) return struct_error(ts, "argument out of range");
    if (x < 0 || x >> (size * 8)) {
      if (code == 'B') return struct_error(ts, "ubyte format requires 0 <= number <= 255");
      return struct_error(ts, "ushort format requires 0 <= number <= 65535");
    }
    return static_cast<uint64_t>(x);
  }
  uint64_t u;
  if (code == 'P') {  // a pointer takes any value of either signedness
    int64_t x;
    if (int_to_int64(n, &x)) return static_cast<uint64_t>(x);
    if (!int_to_uint64(ts, n, &u)) return struct_error(ts, "int too large to convert");
    return u;
  }
  if (!int_to_uint64(ts, n, &u)) return struct_error(ts, "argument out of range");
  if (size < 8 && u >> (size * 8)) {
    return struct_error(ts, "'%c' format requires 0 <= number <= %llu", code,
                        static_cast<unsigned long long>((uint64_t{1} << (size * 8)) - 1));
  }
  return u;
}

// Writes one item of run `r` from `v` at `out`.
Status pack_item(ThreadState& ts, const Layout& layout, const Run& r, Value v, uint8_t* out) {
  switch (r.code) {
    case 'c': {
      if (!v.is_object() || v.as_object()->kind() != ObjectKind::Bytes || bytes_size(v) != 1)
        return struct_error(ts, "char format requires a bytes object of length 1");
      out[0] = bytes_data(v)[0];
      return ok_status();
    }
    case 's': case 'p': {
      BytesArg data;
      bool is_bytes = v.is_object() && (v.as_object()->kind() == ObjectKind::Bytes || is_bytearray(v));
      if (!is_bytes) return struct_error(ts, "argument for '%c' must be a bytes object", r.code);
      PY_TRY(get_bytes_like(ts, v, &data));
      int64_t n = static_cast<int64_t>(data.view.size());
      std::memset(out, 0, static_cast<size_t>(r.count));
      if (r.code == 's') {
        if (n > r.count) n = r.count;
        if (n > 0) std::memcpy(out, data.view.data(), static_cast<size_t>(n));
      } else if (r.count > 0) {
        if (n > r.count - 1) n = r.count - 1;
        if (n > 0) std::memcpy(out + 1, data.view.data(), static_cast<size_t>(n));
        out[0] = static_cast<uint8_t>(n > 255 ? 255 : n);
      }
      return ok_status();
    }
    case '?': {
      out[0] = PY_TRY(is_true(ts, v)) ? 1 : 0;
      return ok_status();
    }
    case 'e': {
      double x = PY_TRY(float_arg(ts, v));
      uint16_t bits;
      if (!pack_half(x, &bits)) return raise(ts, g_exc_OverflowError, "float too large to pack with e format");
      store_uint(out, bits, 2, layout.little);
      return ok_status();
    }
    case 'f': {
      double x = PY_TRY(float_arg(ts, v));
      float y = static_cast<float>(x);
      if (!layout.native && std::isinf(y) && !std::isinf(x))
        return raise(ts, g_exc_OverflowError, "float too large to pack with f format");
      uint32_t bits;
      std::memcpy(&bits, &y, 4);
      store_uint(out, bits, 4, layout.little);
      return ok_status();
    }
    case 'd': {
      double x = PY_TRY(float_arg(ts, v));
      uint64_t bits;
      std::memcpy(&bits, &x, 8);
      store_uint(out, bits, 8, layout.little);
      return ok_status();
    }
    default: {
      uint64_t bits = PY_TRY(integer_bits(ts, r.code, r.size, v));
      store_uint(out, bits, static_cast<int>(r.size), layout.little);
      return ok_status();
    }
  }
}

// Packs args[0..nargs) into out (layout.size bytes, zeroed by the caller).
Status pack_values(ThreadState& ts, const Layout& layout, const Value* args, uint8_t* out) {
  size_t next = 0;
  for (const Run& r : layout.runs) {
    if (r.code == 's' || r.code == 'p') {
      PY_TRY(pack_item(ts, layout, r, args[next++], out + r.offset));
      continue;
    }
    for (int64_t k = 0; k < r.count; ++k) PY_TRY(pack_item(ts, layout, r, args[next++], out + r.offset + k * r.size));
  }
  return ok_status();
}

// Packs into a fresh std::string, checking the argument count first.
Result<std::string> pack_to_string(ThreadState& ts, const Layout& layout, const char* what, const Value* args,
                                   int64_t nargs) {
  if (nargs != layout.nargs)
    return struct_error(ts, "%s expected %lld items for packing (got %lld)", what, static_cast<long long>(layout.nargs),
                        static_cast<long long>(nargs));
  // Refuse sizes the allocator would fail on (a C++ exception) with MemoryError.
  if (layout.size > (int64_t{1} << 34)) return raise_memory_error(ts);
  std::string out(static_cast<size_t>(layout.size), '\0');
  PY_TRY(pack_values(ts, layout, args, reinterpret_cast<uint8_t*>(out.data())));
  return out;
}

// -- Unpacking -------------------------------------------------------------

Value unpack_item(const Layout& layout, const Run& r, const uint8_t* p) {
  switch (r.code) {
    case 'c': return bytes_from(p, 1);
    case 's': return bytes_from(p, r.count);
    case 'p': {
      int64_t n = p[0];
      if (n >= r.count) n = r.count - 1;
      return bytes_from(p + 1, n < 0 ? 0 : n);
    }
    case '?': return p[0] ? g_true : g_false;
    case 'e': return float_from_double(unpack_half(static_cast<uint16_t>(load_uint(p, 2, layout.little))));
    case 'f': {
      uint32_t bits = static_cast<uint32_t>(load_uint(p, 4, layout.little));
      float y;
      std::memcpy(&y, &bits, 4);
      return float_from_double(y);
    }
    case 'd': {
      uint64_t bits = load_uint(p, 8, layout.little);
      double x;
      std::memcpy(&x, &bits, 8);
      return float_from_double(x);
    }
    default: {
      int size = static_cast<int>(r.size);
      uint64_t bits = load_uint(p, size, layout.little);
      if (!is_signed_code(r.code)) return int_from_uint64(bits);
      if (size < 8 && (bits >> (size * 8 - 1)) & 1) bits |= ~uint64_t{0} << (size * 8);
      return int_from_int64(static_cast<int64_t>(bits));
    }
  }
}

Value unpack_values(const Layout& layout, const uint8_t* data) {
  ValueVector items;
  for (const Run& r : layout.runs) {
    if (r.code == 's' || r.code == 'p') {
      items.push_back(unpack_item(layout, r, data + r.offset));
      continue;
    }
    for (int64_t k = 0; k < r.count; ++k) items.push_back(unpack_item(layout, r, data + r.offset + k * r.size));
  }
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

Result<Value> unpack_buffer(ThreadState& ts, const Layout& layout, Value buffer) {
  BytesArg data;
  PY_TRY(require_bytes_like(ts, buffer, &data));
  if (static_cast<int64_t>(data.view.size()) != layout.size)
    return struct_error(ts, "unpack requires a buffer of %lld bytes", static_cast<long long>(layout.size));
  return unpack_values(layout, reinterpret_cast<const uint8_t*>(data.view.data()));
}

// Resolves a (possibly negative) offset into a buffer of `len` bytes for an
// item of `size` bytes, with the messages of unpack_from ("unpacking") and
// pack_into ("packing").
Result<int64_t> resolve_offset(ThreadState& ts, int64_t offset, int64_t size, int64_t len, bool packing) {
  if (offset < 0) {
    if (offset + len < 0)
      return struct_error(ts, "offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                          static_cast<long long>(len));
    if (-offset < size) {
      if (packing)
        return struct_error(ts, "no space to pack %lld bytes at offset %lld", static_cast<long long>(size),
                            static_cast<long long>(offset));
      return struct_error(ts, "not enough data to unpack %lld bytes at offset %lld", static_cast<long long>(size),
                          static_cast<long long>(offset));
    }
    return offset + len;
  }
  if (len - offset < size) {
    if (packing)
      return struct_error(ts,
                          "pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld "
                          "(actual buffer size is %lld)",
                          static_cast<long long>(size + offset), static_cast<long long>(size),
                          static_cast<long long>(offset), static_cast<long long>(len));
    return struct_error(ts,
                        "unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld "
                        "(actual buffer size is %lld)",
                        static_cast<long long>(size + offset), static_cast<long long>(size),
                        static_cast<long long>(offset), static_cast<long long>(len));
  }
  return offset;
}

Result<Value> unpack_from_buffer(ThreadState& ts, const Layout& layout, Value buffer, Value offset_arg) {
  int64_t offset = offset_arg.is_null() ? 0 : PY_TRY(index_as_ssize(ts, offset_arg));
  BytesArg data;
  PY_TRY(require_bytes_like(ts, buffer, &data));
  int64_t len = static_cast<int64_t>(data.view.size());
  offset = PY_TRY(resolve_offset(ts, offset, layout.size, len, false));
  return unpack_values(layout, reinterpret_cast<const uint8_t*>(data.view.data()) + offset);
}

// CPython's order: the item count, the buffer's type, the offset, its range,
// then the items (whose conversion may run Python code, so the buffer is
// looked at again before writing).
Status pack_into_buffer(ThreadState& ts, const Layout& layout, CallArgs args, size_t first) {
  if (args.nargs < first + 1) return struct_error(ts, "pack_into expected buffer argument");
  if (args.nargs < first + 2) return struct_error(ts, "pack_into expected offset argument");
  int64_t nvalues = static_cast<int64_t>(args.nargs - first - 2);
  if (nvalues != layout.nargs)
    return struct_error(ts, "pack_into expected %lld items for packing (got %lld)", static_cast<long long>(layout.nargs),
                        static_cast<long long>(nvalues));
  Value buffer = args[first];
  PY_TRY(get_writable_bytes(ts, buffer));
  int64_t offset = PY_TRY(index_as_ssize(ts, args[first + 1]));
  WritableBytes target = PY_TRY(get_writable_bytes(ts, buffer));
  offset = PY_TRY(resolve_offset(ts, offset, layout.size, target.size, true));
  std::string packed = PY_TRY(pack_to_string(ts, layout, "pack_into", args.args + first + 2, nvalues));
  target = PY_TRY(get_writable_bytes(ts, buffer));
  if (offset + layout.size > target.size) return struct_error(ts, "no space to pack %lld bytes at offset %lld",
                                                              static_cast<long long>(layout.size),
                                                              static_cast<long long>(offset));
  if (!packed.empty()) std::memcpy(target.data + offset, packed.data(), packed.size());
  return ok_status();
}

Result<Value> make_iterator(ThreadState& ts, Value st, const Layout& layout, Value buffer) {
  if (layout.size == 0) return struct_error(ts, "cannot iteratively unpack with a struct of length 0");
  BytesArg data;
  PY_TRY(require_bytes_like(ts, buffer, &data));
  if (static_cast<int64_t>(data.view.size()) % layout.size != 0)
    return struct_error(ts, "iterative unpacking requires a buffer of a multiple of %lld bytes",
                        static_cast<long long>(layout.size));
  Value it = Value::from_object(native_state_new(g_unpack_iterator_type, kIterFields));
  set_native_field(it, kIterStruct, st);
  set_native_field(it, kIterData, bytes_from(data.view.data(), static_cast<int64_t>(data.view.size())));
  set_native_field(it, kIterOffset, Value::small_int(0));
  return it;
}

// -- Struct ----------------------------------------------------------------

Result<Layout> struct_layout(ThreadState& ts, Value self) {
  Value fmt = native_field(self, kFormat);
  if (fmt.is_null()) return raise_type_error(ts, "Struct() missing required argument 'format' (pos 1)");
  return parse_format(ts, str_to_utf8(fmt));
}

Status struct_set_format(ThreadState& ts, Value self, Value fmt) {
  std::string text = PY_TRY(format_text(ts, fmt));
  Layout layout = PY_TRY(parse_format(ts, text));
  set_native_field(self, kFormat, str_from_utf8(text));
  set_native_field(self, kSize, int_from_int64(layout.size));
  return ok_status();
}

Result<Value> new_struct(ThreadState& ts, Value fmt) {
  Value self = Value::from_object(native_state_new(g_struct_type, kStructFields));
  PY_TRY(struct_set_format(ts, self, fmt));
  return self;
}

Result<Value> struct_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  return Value::from_object(native_state_new(type, kStructFields));
}
Result<Value> struct_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "Struct", args, {"format"}));
  Value fmt = args.nargs > 0 ? args[0] : keyword_arg(args, "format");
  if (fmt.is_null()) return raise_type_error(ts, "Struct() missing required argument 'format' (pos 1)");
  PY_TRY(struct_set_format(ts, self, fmt));
  return g_none;
}
Result<Value> struct_pack(ThreadState& ts, Value self, CallArgs args) {
  Layout layout = PY_TRY(struct_layout(ts, self));
  std::string out = PY_TRY(pack_to_string(ts, layout, "pack", args.args, static_cast<int64_t>(args.nargs)));
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}
Result<Value> struct_pack_into(ThreadState& ts, Value self, CallArgs args) {
  Layout layout = PY_TRY(struct_layout(ts, self));
  PY_TRY(pack_into_buffer(ts, layout, args, 0));
  return g_none;
}
Result<Value> struct_unpack(ThreadState& ts, Value self, CallArgs args) {
  Layout layout = PY_TRY(struct_layout(ts, self));
  return unpack_buffer(ts, layout, args[0]);
}
Result<Value> struct_unpack_from(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "unpack_from", args, {"buffer", "offset"}));
  Value buffer = args.nargs > 0 ? args[0] : keyword_arg(args, "buffer");
  Value offset = args.nargs > 1 ? args[1] : keyword_arg(args, "offset");
  if (buffer.is_null()) return raise_type_error(ts, "unpack_from() missing required argument 'buffer' (pos 1)");
  Layout layout = PY_TRY(struct_layout(ts, self));
  return unpack_from_buffer(ts, layout, buffer, offset);
}
Result<Value> struct_iter_unpack(ThreadState& ts, Value self, CallArgs args) {
  Layout layout = PY_TRY(struct_layout(ts, self));
  return make_iterator(ts, self, layout, args[0]);
}
Result<Value> struct_format(ThreadState& ts, Value self, CallArgs) {
  Value fmt = native_field(self, kFormat);
  if (fmt.is_null()) return raise_type_error(ts, "Struct() missing required argument 'format' (pos 1)");
  return fmt;
}
Result<Value> struct_size(ThreadState& ts, Value self, CallArgs) {
  Value size = native_field(self, kSize);
  if (size.is_null()) return raise_type_error(ts, "Struct() missing required argument 'format' (pos 1)");
  return size;
}

// -- unpack_iterator -------------------------------------------------------

Result<Value> iter_self(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> iter_next(ThreadState& ts, Value self, CallArgs) {
  Value data = native_field(self, kIterData);
  if (data.is_null()) return Value::absent();
  Layout layout = PY_TRY(struct_layout(ts, native_field(self, kIterStruct)));
  int64_t offset = native_field(self, kIterOffset).as_small_int();
  if (offset + layout.size > bytes_size(data)) {
    set_native_field(self, kIterData, Value());
    return Value::absent();
  }
  Value item = unpack_values(layout, bytes_data(data) + offset);
  set_native_field(self, kIterOffset, Value::small_int(offset + layout.size));
  return item;
}
Result<Value> iter_length_hint(ThreadState& ts, Value self, CallArgs) {
  Value data = native_field(self, kIterData);
  if (data.is_null()) return Value::small_int(0);
  Layout layout = PY_TRY(struct_layout(ts, native_field(self, kIterStruct)));
  int64_t offset = native_field(self, kIterOffset).as_small_int();
  return Value::small_int((bytes_size(data) - offset) / layout.size);
}

// -- Module functions ------------------------------------------------------

Result<Layout> layout_of(ThreadState& ts, Value fmt) { return parse_format(ts, PY_TRY(format_text(ts, fmt))); }

Result<Value> m_pack(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 0) return raise_type_error(ts, "pack expected at least 1 argument, got 0");
  Layout layout = PY_TRY(layout_of(ts, args[0]));
  std::string out = PY_TRY(pack_to_string(ts, layout, "pack", args.args + 1, static_cast<int64_t>(args.nargs - 1)));
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}
Result<Value> m_pack_into(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 0) return raise_type_error(ts, "pack_into expected at least 1 argument, got 0");
  Layout layout = PY_TRY(layout_of(ts, args[0]));
  PY_TRY(pack_into_buffer(ts, layout, args, 1));
  return g_none;
}
Result<Value> m_unpack(ThreadState& ts, Value, CallArgs args) {
  Layout layout = PY_TRY(layout_of(ts, args[0]));
  return unpack_buffer(ts, layout, args[1]);
}
Result<Value> m_unpack_from(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "unpack_from", args, {"buffer", "offset"}));
  Value buffer = args.nargs > 1 ? args[1] : keyword_arg(args, "buffer");
  Value offset = args.nargs > 2 ? args[2] : keyword_arg(args, "offset");
  if (buffer.is_null()) return raise_type_error(ts, "unpack_from() missing required argument 'buffer' (pos 2)");
  Layout layout = PY_TRY(layout_of(ts, args[0]));
  return unpack_from_buffer(ts, layout, buffer, offset);
}
Result<Value> m_iter_unpack(ThreadState& ts, Value, CallArgs args) {
  Value st = PY_TRY(new_struct(ts, args[0]));
  Layout layout = PY_TRY(struct_layout(ts, st));
  return make_iterator(ts, st, layout, args[1]);
}
Result<Value> m_calcsize(ThreadState& ts, Value, CallArgs args) {
  Layout layout = PY_TRY(layout_of(ts, args[0]));
  return int_from_int64(layout.size);
}
Result<Value> m_clearcache(ThreadState&, Value, CallArgs) { return g_none; }

const NativeMethod kStructMethods[] = {
    {"__new__", struct_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", struct_init, 0, 1, 0, nullptr},
    {"pack", struct_pack, 0, -1, kNativeNoKeywords, nullptr},
    {"pack_into", struct_pack_into, 0, -1, kNativeNoKeywords, nullptr},
    {"unpack", struct_unpack, 1, 1, kNativeNoKeywords, nullptr},
    {"unpack_from", struct_unpack_from, 0, 2, 0, nullptr},
    {"iter_unpack", struct_iter_unpack, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kStructGetters[] = {
    {"format", struct_format, 0, 0, 0, nullptr},
    {"size", struct_size, 0, 0, 0, nullptr},
};
const NativeMethod kIterMethods[] = {
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", iter_next, 0, 0, 0, nullptr},
    {"__length_hint__", iter_length_hint, 0, 0, 0, nullptr},
};
const NativeMethod kFunctions[] = {
    {"pack", m_pack, 0, -1, kNativeNoKeywords, nullptr},
    {"pack_into", m_pack_into, 0, -1, kNativeNoKeywords, nullptr},
    {"unpack", m_unpack, 2, 2, kNativeNoKeywords, nullptr},
    {"unpack_from", m_unpack_from, 1, 3, 0, nullptr},
    {"iter_unpack", m_iter_unpack, 2, 2, kNativeNoKeywords, nullptr},
    {"calcsize", m_calcsize, 1, 1, kNativeNoKeywords, nullptr},
    {"_clearcache", m_clearcache, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_struct_module(ThreadState& ts) {
  if (!g_struct_type) {
    g_struct_type = make_builtin_type("Struct", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                      kTypeBaseType);
    add_native_methods(g_struct_type, kStructMethods);
    for (const NativeMethod& g : kStructGetters) add_native_property(g_struct_type, &g, nullptr);
    type_set_attr_nogc_fail(g_struct_type, "__module__", str_intern("_struct"));
    g_unpack_iterator_type = make_builtin_type("unpack_iterator", g_object_type, ObjectKind::NativeState,
                                               sizeof(NativeStateObject), 0);
    add_native_methods(g_unpack_iterator_type, kIterMethods);
    type_set_attr_nogc_fail(g_unpack_iterator_type, "__module__", str_intern("_struct"));
    g_struct_error = PY_TRY(new_exception_class(ts, "struct", "error", g_exc_Exception));
    add_global_root(&g_struct_error);
  }
  Value module = module_new(str_intern("_struct"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "Struct", Value::from_object(g_struct_type));
  module_set(module, "error", g_struct_error);
  return module;
}

}  // namespace pystm
