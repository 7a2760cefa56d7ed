// stdlib/module_support.cpp — helpers shared by the native modules (see
// module_support.h).
#include "stdlib/module_support.h"

#include <zlib.h>

#include <cstdarg>
#include <cstdio>

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/memoryview_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Result<Value> new_exception_class(ThreadState& ts, const char* module, const char* name, TypeObject* base) {
  Value ns = dict_new();
  dict_set_str(ns, str_intern("__module__"), str_intern(module));
  Value bases = tuple_pack({Value::from_object(base)});
  return type_new(ts, g_type_type, str_intern(name), bases.as<TupleObject>(), ns.as<DictObject>());
}

Error raise_formatted(ThreadState& ts, Value exc_class, const char* format, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, format);
  vsnprintf(buf, sizeof buf, format, ap);
  va_end(ap);
  return raise_with_args(ts, exc_class.as<TypeObject>(), str_from_utf8(buf));
}

Result<double> arg_as_double(ThreadState& ts, Value v) {
  if (is_float(v)) return float_value(v);
  if (is_int(v)) return int_to_double(ts, v);
  Value method = lookup_special(v, g_name___float__);
  if (!method.is_null()) {
    Value r = PY_TRY(call_special(ts, method, v, {}));
    if (!is_float(r)) return raise_type_error(ts, "%s.__float__ returned non-float (type %s)", type_name_of(v).c_str(),
                                              type_name_of(r).c_str());
    return float_value(r);
  }
  if (!lookup_special(v, g_name___index__).is_null()) return int_to_double(ts, PY_TRY(index_value(ts, v)));
  return raise_type_error(ts, "must be real number, not %s", type_name_of(v).c_str());
}

bool int_to_uint64(ThreadState& ts, Value n, uint64_t* out) {
  if (int_sign(n) < 0) return false;
  int64_t x;
  if (int_to_int64(n, &x)) {
    *out = static_cast<uint64_t>(x);
    return true;
  }
  // 2**63 <= n: n - 2**64 fits an int64 exactly when n < 2**64.
  if (int_bit_length(n) > 64) return false;
  Result<Value> two64 = int_lshift(ts, Value::small_int(1), Value::small_int(64));
  if (two64.is_error()) return false;
  Result<Value> diff = int_sub(ts, n, two64.value());
  if (diff.is_error() || !int_to_int64(diff.value(), &x)) return false;
  *out = static_cast<uint64_t>(x);
  return true;
}

Result<uint32_t> masked_uint32(ThreadState& ts, Value v) {
  Value n = PY_TRY(index_value(ts, v));
  Value low = PY_TRY(int_and(ts, n, Value::small_int(0xFFFFFFFF)));
  return static_cast<uint32_t>(low.as_small_int());
}

namespace {
template <typename Fn>
uint32_t checksum_in_pieces(Fn fn, uint32_t value, const void* data, size_t size) {
  uLong v = value;
  const auto* p = static_cast<const Bytef*>(data);
  while (size > 0) {
    uInt piece = size > (1u << 30) ? (1u << 30) : static_cast<uInt>(size);
    v = fn(v, p, piece);
    p += piece;
    size -= piece;
  }
  return static_cast<uint32_t>(v & 0xFFFFFFFFu);
}
}  // namespace

uint32_t checksum_crc32(uint32_t crc, const void* data, size_t size) {
  return checksum_in_pieces(::crc32, crc, data, size);
}
uint32_t checksum_adler32(uint32_t adler, const void* data, size_t size) {
  return checksum_in_pieces(::adler32, adler, data, size);
}

Result<WritableBytes> get_writable_bytes(ThreadState& ts, Value v) {
  WritableBytes out;
  if (is_bytearray(v)) {
    out.size = static_cast<int64_t>(bytearray_view(v).size());
    out.data = out.size ? bytearray_writable(v) : nullptr;
    return out;
  }
  if (is_memoryview(v) && PY_TRY(memoryview_writable_bytes(ts, v, &out.data, &out.size))) return out;
  return raise_type_error(ts, "argument must be read-write bytes-like object, not %s", type_name_of(v).c_str());
}

}  // namespace pystm
