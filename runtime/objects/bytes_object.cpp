// runtime/objects/bytes_object.cpp — `bytes` (the skeleton's subset: literals,
// repr, len, equality; the full type comes with the object-model work).
#include "runtime/objects/bytes_object.h"

#include <cstring>
#include <string>

#include "runtime/objects/builtin_function.h"
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

const NativeMethod kBytesMethods[] = {
    {"__repr__", bytes_repr_method, 0, 0, 0, nullptr},
    {"__len__", bytes_len, 0, 0, 0, nullptr},
    {"__eq__", bytes_eq, 1, 1, 0, nullptr},
    {"__hash__", bytes_hash, 0, 0, 0, nullptr},
    {"decode", bytes_decode, 0, 2, 0, nullptr},
};

}  // namespace

void init_bytes_type() { add_native_methods(g_bytes_type, kBytesMethods); }

}  // namespace pystm
