// runtime/objects/bytes_object.cpp — `bytes`: construction, hashing, repr
// and the methods only bytes has; the methods it shares with bytearray are
// in byte_methods.cpp.
// Must never: write a BytesObject after allocation (it is immutable).
#include "runtime/objects/bytes_object.h"

#include <cstring>
#include <string>

#include "runtime/core/siphash13.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/byte_methods.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

Value bytes_from(const void* data, int64_t size) {
  BytesObject* b = allocate_object<BytesObject>(g_bytes_type, sizeof(BytesObject) + size + 1);
  BytesObject* bv = stm::view(b);
  bv->size = size;
  bv->hash = -1;
  if (size) std::memcpy(bv->data, data, size);
  return Value::from_object(b);
}

Value bytes_repr(Value b) { return str_from_ascii(byte_literal_repr(byte_self_view(b))); }

namespace {

constexpr uint32_t kNK = kNativeNoKeywords;

Result<Value> bytes_repr_method(ThreadState&, Value self, CallArgs) { return bytes_repr(self); }

// The same hash as a str of the same Latin-1 text (CPython's SipHash-1-3).
Result<Value> bytes_hash(ThreadState&, Value self, CallArgs) {
  return int_from_int64(python_bytes_hash(bytes_data(self), static_cast<size_t>(bytes_size(self))));
}

// bytes(source=b'', encoding=None, errors=None)
Result<Value> bytes_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 4) return raise_type_error(ts, "bytes() takes at most 3 arguments (%zu given)", args.nargs - 1);
  const char* names[] = {"source", "encoding", "errors"};
  Value given[3];
  for (size_t i = 0; i < 3; ++i) given[i] = i + 1 < args.nargs ? args[i + 1] : Value();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key = str_to_utf8(args.kw_name(k));
    size_t i = 0;
    while (i < 3 && key != names[i]) ++i;
    if (i == 3) return raise_type_error(ts, "bytes() got an unexpected keyword argument '%s'", key.c_str());
    if (i + 1 < args.nargs)
      return raise_type_error(ts, "argument for bytes() given by name ('%s') and position (%zu)", key.c_str(), i + 1);
    given[i] = args.kw_value(k);
  }
  Value source = given[0];
  if (!source.is_null() && given[1].is_null() && given[2].is_null()) {
    if (type_of(source) == g_bytes_type) return source;
    Value method = lookup_special(source, str_intern("__bytes__"));
    if (!method.is_null()) {
      Value r = PY_TRY(call_special(ts, method, source, {}));
      if (!(r.is_object() && r.as_object()->kind() == ObjectKind::Bytes))
        return raise_type_error(ts, "__bytes__ returned non-bytes (type %s)", type_name_of(r).c_str());
      return r;
    }
  }
  std::string data = PY_TRY(byte_source_to_string(ts, source, given[1], given[2], "bytes"));
  return bytes_from(data.data(), static_cast<int64_t>(data.size()));
}

Result<Value> bytes_getnewargs(ThreadState&, Value self, CallArgs) {
  return tuple_pack({bytes_from(bytes_data(self), bytes_size(self))});
}
Result<Value> bytes_bytes(ThreadState&, Value self, CallArgs) {
  return type_of(self) == g_bytes_type ? self : bytes_from(bytes_data(self), bytes_size(self));
}

const NativeMethod kBytesMethods[] = {
    {"__new__", bytes_new, 0, -1, kNativeStatic, "Create and return a new object."},
    {"__repr__", bytes_repr_method, 0, 0, kNK, "Return repr(self)."},
    {"__hash__", bytes_hash, 0, 0, kNK, "Return hash(self)."},
    {"__getnewargs__", bytes_getnewargs, 0, 0, kNK, nullptr},
    {"__bytes__", bytes_bytes, 0, 0, kNK, "Convert this value to exact type bytes."},
};

}  // namespace

void init_bytes_type() {
  add_native_methods(g_bytes_type, kBytesMethods);
  add_byte_methods(g_bytes_type);
}

}  // namespace pystm
