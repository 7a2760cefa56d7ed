// stdlib/hash_objects.cpp — hash objects shared by the hashing modules (see
// hash_objects.h).
#include "stdlib/hash_objects.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

enum HashField : uint32_t { kAlgo, kContext, kDigestSize, kHashFields };

std::string context_of(Value self) {
  Value ctx = native_field(self, kContext);
  return std::string(reinterpret_cast<const char*>(bytes_data(ctx)), static_cast<size_t>(bytes_size(ctx)));
}

Result<Value> m_update(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(hash_object_update(ts, self, args[0]));
  return g_none;
}

// XOF types take the output length; others take nothing.
Result<size_t> digest_length(ThreadState& ts, Value self, CallArgs args, const char* method) {
  if (hash_object_algorithm(self).digest_size != 0)
    return static_cast<size_t>(native_field(self, kDigestSize).as_small_int());
  Value length = args.nargs > 0 ? args[0] : keyword_arg(args, "length");
  if (length.is_null()) return raise_type_error(ts, "%s() missing required argument 'length' (pos 1)", method);
  int64_t n = PY_TRY(index_as_ssize(ts, length));
  if (n < 0) return raise(ts, g_exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
  if (n >= (int64_t{1} << 29)) return raise_memory_error(ts);
  return static_cast<size_t>(n);
}
Result<Value> m_digest(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "digest", args, {"length"}));
  std::string d = hash_object_digest(self, PY_TRY(digest_length(ts, self, args, "digest")));
  return bytes_from(d.data(), static_cast<int64_t>(d.size()));
}
Result<Value> m_hexdigest(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "hexdigest", args, {"length"}));
  return str_from_ascii(hex_of(hash_object_digest(self, PY_TRY(digest_length(ts, self, args, "hexdigest")))));
}
Result<Value> m_copy(ThreadState&, Value self, CallArgs) {
  Value c = Value::from_object(native_state_new(type_of(self), kHashFields));
  for (uint32_t f = 0; f < kHashFields; ++f) set_native_field(c, f, native_field(self, f));
  return c;
}
Result<Value> m_name(ThreadState&, Value self, CallArgs) { return str_intern(hash_object_algorithm(self).name); }
Result<Value> m_digest_size(ThreadState&, Value self, CallArgs) { return native_field(self, kDigestSize); }
Result<Value> m_block_size(ThreadState&, Value self, CallArgs) {
  return Value::small_int(hash_object_algorithm(self).block_size);
}

const NativeMethod kMethods[] = {
    {"update", m_update, 1, 1, kNativeNoKeywords, nullptr},
    {"digest", m_digest, 0, 0, 0, nullptr},
    {"hexdigest", m_hexdigest, 0, 0, 0, nullptr},
    {"copy", m_copy, 0, 0, 0, nullptr},
};
const NativeMethod kXofMethods[] = {
    {"update", m_update, 1, 1, kNativeNoKeywords, nullptr},
    {"digest", m_digest, 0, 1, 0, nullptr},
    {"hexdigest", m_hexdigest, 0, 1, 0, nullptr},
    {"copy", m_copy, 0, 0, 0, nullptr},
};
const NativeMethod kGetters[] = {
    {"name", m_name, 0, 0, 0, nullptr},
    {"digest_size", m_digest_size, 0, 0, 0, nullptr},
    {"block_size", m_block_size, 0, 0, 0, nullptr},
};

}  // namespace

std::string hex_of(std::string_view bytes) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

TypeObject* make_hash_type(const char* name, const char* module, bool xof) {
  TypeObject* t = make_builtin_type(name, g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
  if (xof)
    add_native_methods(t, kXofMethods);
  else
    add_native_methods(t, kMethods);
  for (const NativeMethod& g : kGetters) add_native_property(t, &g, nullptr);
  type_set_attr_nogc_fail(t, "__module__", str_intern(module));
  return t;
}

std::string hash_context_new(const HashAlgorithm& algo) {
  std::string ctx(algo.context_size, '\0');
  algo.init(algo, ctx.data());
  return ctx;
}
void hash_context_update(const HashAlgorithm& algo, std::string& ctx, std::string_view data) {
  algo.update(ctx.data(), reinterpret_cast<const uint8_t*>(data.data()), data.size());
}
std::string hash_context_digest(const HashAlgorithm& algo, const std::string& ctx, size_t size) {
  std::string out(size, '\0');
  algo.final(ctx.data(), reinterpret_cast<uint8_t*>(out.data()), size);
  return out;
}

Value hash_object_with_context(TypeObject* type, const HashAlgorithm& algo, std::string_view ctx, int digest_size) {
  Value h = Value::from_object(native_state_new(type, kHashFields));
  int64_t index = 0;
  while (&hash_algorithm_at(static_cast<size_t>(index)) != &algo) ++index;
  set_native_field(h, kAlgo, Value::small_int(index));
  set_native_field(h, kContext, bytes_from(ctx.data(), static_cast<int64_t>(ctx.size())));
  set_native_field(h, kDigestSize, Value::small_int(digest_size));
  return h;
}

Value hash_object_new(TypeObject* type, const HashAlgorithm& algo) {
  return hash_object_with_context(type, algo, hash_context_new(algo), algo.digest_size);
}

const HashAlgorithm& hash_object_algorithm(Value self) {
  return hash_algorithm_at(static_cast<size_t>(native_field(self, kAlgo).as_small_int()));
}

Status hash_object_update(ThreadState& ts, Value self, Value data) {
  if (is_str(data)) return raise_type_error(ts, "Strings must be encoded before hashing");
  BytesArg in;
  if (!PY_TRY(get_bytes_like(ts, data, &in))) return raise_type_error(ts, "object supporting the buffer API required");
  const HashAlgorithm& algo = hash_object_algorithm(self);
  std::string ctx = context_of(self);
  hash_context_update(algo, ctx, in.view);
  set_native_field(self, kContext, bytes_from(ctx.data(), static_cast<int64_t>(ctx.size())));
  return ok_status();
}

std::string hash_object_digest(Value self, size_t size) {
  return hash_context_digest(hash_object_algorithm(self), context_of(self), size);
}

}  // namespace pystm
