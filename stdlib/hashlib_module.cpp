// stdlib/hashlib_module.cpp — the `_hashlib` module that hashlib.py and
// hmac.py import (CPython builds it on OpenSSL; pystm on its own digests in
// hash_algorithms.cpp): HASH/HASHXOF objects, new() and the openssl_*
// constructors, openssl_md_meth_names, pbkdf2_hmac, HMAC objects with
// hmac_new/hmac_digest, compare_digest, get_fips_mode and
// UnsupportedDigestmodError.
// Owns: the HMAC objects (inner and outer contexts as heap bytes objects).
// Must never: keep hash state outside the heap (see hash_objects.h).
#include <cctype>
#include <cstdio>
#include <cstdint>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/hash_objects.h"
#include "stdlib/module_support.h"

namespace pystm {

namespace {

TypeObject* g_hash_type = nullptr;
TypeObject* g_hashxof_type = nullptr;
TypeObject* g_hmac_type = nullptr;
Value g_unsupported_error;
enum HmacField : uint32_t { kHmacAlgo, kInner, kOuter, kHmacFields };

Error unsupported(ThreadState& ts, const std::string& message) {
  return raise_with_args(ts, g_unsupported_error.as<TypeObject>(), str_from_utf8(message));
}

Value bytes_of(const std::string& s) { return bytes_from(s.data(), static_cast<int64_t>(s.size())); }

// hashlib names are case-insensitive ("SHA256" works, as with OpenSSL).
const HashAlgorithm* algorithm_named(Value name) {
  std::string text = str_to_utf8(name);
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return find_hash_algorithm(text);
}

Result<Value> new_hash(ThreadState& ts, const HashAlgorithm& algo, Value data) {
  Value h = hash_object_new(algo.digest_size == 0 ? g_hashxof_type : g_hash_type, algo);
  if (!data.is_null() && !data.is(g_none)) PY_TRY(hash_object_update(ts, h, data));
  return h;
}

// The data argument of new() and the constructors: positional or `string`
// (null when absent).
Status data_arg(ThreadState& ts, const char* fname, CallArgs args, size_t position, Value* data) {
  PY_TRY(check_keywords(ts, fname, args, {"string", "usedforsecurity", "name", "data"}));
  *data = args.nargs > position ? args[position] : keyword_arg(args, "string");
  if (data->is_null()) *data = keyword_arg(args, "data");
  return ok_status();
}

Result<Value> m_new(ThreadState& ts, Value, CallArgs args) {
  Value name = args.nargs > 0 ? args[0] : keyword_arg(args, "name");
  if (name.is_null()) return raise_type_error(ts, "new() missing required argument 'name' (pos 1)");
  if (!is_str(name)) return raise_type_error(ts, "new() argument 'name' must be str, not %s", type_name_of(name).c_str());
  Value data;
  PY_TRY(data_arg(ts, "new", args, 1, &data));
  const HashAlgorithm* algo = algorithm_named(name);
  if (!algo) return unsupported(ts, "[digital envelope routines] unsupported");
  return new_hash(ts, *algo, data);
}

// The openssl_<name>() constructors (defined below).
constexpr size_t kConstructorCount = 12;
extern const NativeMethod kConstructors[kConstructorCount];

// The algorithm of an openssl_* constructor: its name minus "openssl_".
const HashAlgorithm* algorithm_of_constructor(Value fn) {
  if (!fn.is_object() || fn.as_object()->kind() != ObjectKind::BuiltinFunction) return nullptr;
  const NativeMethod* m = stm::view(fn.as<BuiltinFunctionObject>())->method;
  if (m < kConstructors || m >= kConstructors + kConstructorCount) return nullptr;
  return find_hash_algorithm(std::string_view(m->name).substr(8));
}

// -- HMAC (RFC 2104) ---------------------------------------------------------------

// The inner and outer contexts after absorbing the padded key.
void hmac_contexts(const HashAlgorithm& algo, std::string_view key, std::string& inner, std::string& outer) {
  std::string k(key);
  if (k.size() > static_cast<size_t>(algo.block_size)) {
    std::string ctx = hash_context_new(algo);
    hash_context_update(algo, ctx, k);
    k = hash_context_digest(algo, ctx, static_cast<size_t>(algo.digest_size));
  }
  k.resize(static_cast<size_t>(algo.block_size), '\0');
  std::string ipad(k), opad(k);
  for (char& c : ipad) c ^= 0x36;
  for (char& c : opad) c ^= 0x5c;
  inner = hash_context_new(algo);
  hash_context_update(algo, inner, ipad);
  outer = hash_context_new(algo);
  hash_context_update(algo, outer, opad);
}

std::string hmac_finish(const HashAlgorithm& algo, const std::string& inner, const std::string& outer) {
  std::string o(outer);
  hash_context_update(algo, o, hash_context_digest(algo, inner, static_cast<size_t>(algo.digest_size)));
  return hash_context_digest(algo, o, static_cast<size_t>(algo.digest_size));
}

// The digest named by a digestmod argument (a name or an openssl_*
// constructor); UnsupportedDigestmodError otherwise and for XOFs.
Result<const HashAlgorithm*> hmac_algorithm(ThreadState& ts, Value digestmod) {
  const HashAlgorithm* algo = nullptr;
  if (is_str(digestmod))
    algo = algorithm_named(digestmod);
  else
    algo = algorithm_of_constructor(digestmod);
  if (!algo || algo->digest_size == 0) return unsupported(ts, "[digital envelope routines] unsupported");
  return algo;
}

Result<Value> m_hmac_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "hmac_new", args, {"key", "msg", "digestmod"}));
  Value key = args.nargs > 0 ? args[0] : keyword_arg(args, "key");
  Value msg = args.nargs > 1 ? args[1] : keyword_arg(args, "msg");
  Value digestmod = args.nargs > 2 ? args[2] : keyword_arg(args, "digestmod");
  if (key.is_null()) return raise_type_error(ts, "hmac_new() missing required argument 'key' (pos 1)");
  if (digestmod.is_null() || digestmod.is(g_none)) return raise_type_error(ts, "Missing required parameter 'digestmod'.");
  BytesArg k;
  PY_TRY(require_bytes_like(ts, key, &k));
  const HashAlgorithm* algo = PY_TRY(hmac_algorithm(ts, digestmod));
  std::string inner, outer;
  hmac_contexts(*algo, k.view, inner, outer);
  Value h = Value::from_object(native_state_new(g_hmac_type, kHmacFields));
  set_native_field(h, kHmacAlgo, str_intern(algo->name));
  set_native_field(h, kInner, bytes_of(inner));
  set_native_field(h, kOuter, bytes_of(outer));
  if (!msg.is_null() && !msg.is(g_none)) {
    BytesArg m;
    PY_TRY(require_bytes_like(ts, msg, &m));
    hash_context_update(*algo, inner, m.view);
    set_native_field(h, kInner, bytes_of(inner));
  }
  return h;
}

const HashAlgorithm& hmac_algo(Value self) { return *find_hash_algorithm(str_to_utf8(native_field(self, kHmacAlgo))); }
std::string field_bytes(Value self, uint32_t f) {
  Value b = native_field(self, f);
  return std::string(reinterpret_cast<const char*>(bytes_data(b)), static_cast<size_t>(bytes_size(b)));
}

Result<Value> hmac_update(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "update", args, {"msg"}));
  Value msg = args.nargs > 0 ? args[0] : keyword_arg(args, "msg");
  if (msg.is_null()) return raise_type_error(ts, "update() missing required argument 'msg' (pos 1)");
  BytesArg m;
  PY_TRY(require_bytes_like(ts, msg, &m));
  std::string inner = field_bytes(self, kInner);
  hash_context_update(hmac_algo(self), inner, m.view);
  set_native_field(self, kInner, bytes_of(inner));
  return g_none;
}
Result<Value> hmac_digest_method(ThreadState&, Value self, CallArgs) {
  return bytes_of(hmac_finish(hmac_algo(self), field_bytes(self, kInner), field_bytes(self, kOuter)));
}
Result<Value> hmac_hexdigest(ThreadState&, Value self, CallArgs) {
  return str_from_ascii(hex_of(hmac_finish(hmac_algo(self), field_bytes(self, kInner), field_bytes(self, kOuter))));
}
Result<Value> hmac_copy(ThreadState&, Value self, CallArgs) {
  Value c = Value::from_object(native_state_new(g_hmac_type, kHmacFields));
  for (uint32_t f = 0; f < kHmacFields; ++f) set_native_field(c, f, native_field(self, f));
  return c;
}
Result<Value> hmac_name(ThreadState&, Value self, CallArgs) {
  return str_from_utf8("hmac-" + str_to_utf8(native_field(self, kHmacAlgo)));
}
Result<Value> hmac_digest_size(ThreadState&, Value self, CallArgs) {
  return Value::small_int(hmac_algo(self).digest_size);
}
Result<Value> hmac_block_size(ThreadState&, Value self, CallArgs) {
  return Value::small_int(hmac_algo(self).block_size);
}

Result<Value> m_hmac_digest(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "hmac_digest", args, {"key", "msg", "digest"}));
  Value key = args.nargs > 0 ? args[0] : keyword_arg(args, "key");
  Value msg = args.nargs > 1 ? args[1] : keyword_arg(args, "msg");
  Value digest = args.nargs > 2 ? args[2] : keyword_arg(args, "digest");
  if (key.is_null() || msg.is_null() || digest.is_null())
    return raise_type_error(ts, "hmac_digest() missing required argument");
  BytesArg k, m;
  PY_TRY(require_bytes_like(ts, key, &k));
  PY_TRY(require_bytes_like(ts, msg, &m));
  const HashAlgorithm* algo = PY_TRY(hmac_algorithm(ts, digest));
  std::string inner, outer;
  hmac_contexts(*algo, k.view, inner, outer);
  hash_context_update(*algo, inner, m.view);
  return bytes_of(hmac_finish(*algo, inner, outer));
}

// -- PBKDF2 (RFC 8018 section 5.2) ---------------------------------------------------

Result<Value> m_pbkdf2_hmac(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "pbkdf2_hmac", args, {"hash_name", "password", "salt", "iterations", "dklen"}));
  const char* names[] = {"hash_name", "password", "salt", "iterations", "dklen"};
  Value a[5];
  for (size_t i = 0; i < 5; ++i) a[i] = args.nargs > i ? args[i] : keyword_arg(args, names[i]);
  for (size_t i = 0; i < 4; ++i)
    if (a[i].is_null())
      return raise_type_error(ts, "pbkdf2_hmac() missing required argument '%s' (pos %zu)", names[i], i + 1);
  if (!is_str(a[0]))
    return raise_type_error(ts, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", type_name_of(a[0]).c_str());
  BytesArg password, salt;
  PY_TRY(require_bytes_like(ts, a[1], &password));
  PY_TRY(require_bytes_like(ts, a[2], &salt));
  const HashAlgorithm* algo = algorithm_named(a[0]);
  if (!algo || algo->digest_size == 0) return unsupported(ts, "[digital envelope routines] unsupported");
  int64_t iterations = PY_TRY(index_as_ssize(ts, a[3]));
  if (iterations < 1) return raise_value_error(ts, "iteration value must be greater than 0.");
  if (iterations > INT32_MAX) return raise(ts, g_exc_OverflowError, "iteration value is too great.");
  int64_t dklen = algo->digest_size;
  if (!a[4].is_null() && !a[4].is(g_none)) {
    dklen = PY_TRY(index_as_ssize(ts, a[4]));
    if (dklen < 1) return raise_value_error(ts, "key length must be greater than 0.");
    if (dklen > INT32_MAX) return raise(ts, g_exc_OverflowError, "key length is too great.");
  }
  std::string inner, outer;
  hmac_contexts(*algo, password.view, inner, outer);
  std::string key;
  for (uint32_t block = 1; static_cast<int64_t>(key.size()) < dklen; ++block) {
    std::string in(inner);
    hash_context_update(*algo, in, salt.view);
    char index[4] = {static_cast<char>(block >> 24), static_cast<char>(block >> 16), static_cast<char>(block >> 8),
                     static_cast<char>(block)};
    hash_context_update(*algo, in, std::string_view(index, 4));
    std::string u = hmac_finish(*algo, in, outer);
    std::string t = u;
    for (int64_t i = 1; i < iterations; ++i) {
      std::string next(inner);
      hash_context_update(*algo, next, u);
      u = hmac_finish(*algo, next, outer);
      for (size_t j = 0; j < t.size(); ++j) t[j] ^= u[j];
    }
    key += t;
  }
  key.resize(static_cast<size_t>(dklen));
  return bytes_of(key);
}

// -- compare_digest -----------------------------------------------------------------

// Compares in time that depends on the length of b only.
bool constant_time_equal(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) diff |= static_cast<unsigned char>(a.size() == b.size() ? a[i] ^ b[i] : b[i] ^ b[i]);
  return diff == 0;
}

Result<Value> m_compare_digest(ThreadState& ts, Value, CallArgs args) {
  Value a = args[0], b = args[1];
  if (is_str(a) && is_str(b)) {
    std::string sa = str_to_utf8(a), sb = str_to_utf8(b);
    for (const std::string* s : {&sa, &sb})
      for (unsigned char c : *s)
        if (c >= 0x80) return raise_type_error(ts, "comparing strings with non-ASCII characters is not supported");
    return constant_time_equal(sa, sb) ? g_true : g_false;
  }
  bool a_ok = is_str(a) || is_bytes_like(a), b_ok = is_str(b) || is_bytes_like(b);
  if (!a_ok || !b_ok)
    return raise_type_error(ts, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                            type_name_of(a).c_str(), type_name_of(b).c_str());
  BytesArg ba, bb;
  PY_TRY(require_bytes_like(ts, a, &ba));
  PY_TRY(require_bytes_like(ts, b, &bb));
  return constant_time_equal(ba.view, bb.view) ? g_true : g_false;
}

// CPython's reprs: "<sha256 _hashlib.HASH object @ 0x...>", "<sha256 HMAC object @ 0x...>".
Result<Value> hash_repr(ThreadState&, Value self, CallArgs) {
  char buf[128];
  snprintf(buf, sizeof buf, "<%s %s object @ %p>", hash_object_algorithm(self).name,
           type_tp_name(type_of(self)).c_str(), static_cast<void*>(self.as_object()));
  return str_from_utf8(buf);
}
Result<Value> hmac_repr(ThreadState&, Value self, CallArgs) {
  char buf[128];
  snprintf(buf, sizeof buf, "<%s HMAC object @ %p>", hmac_algo(self).name, static_cast<void*>(self.as_object()));
  return str_from_utf8(buf);
}

Result<Value> m_get_fips_mode(ThreadState&, Value, CallArgs) { return Value::small_int(0); }

#define PYSTM_HASH_CONSTRUCTOR(algo)                                                  \
  Result<Value> new_##algo(ThreadState& ts, Value, CallArgs args) {                \
    Value data;                                                                   \
    PY_TRY(data_arg(ts, "openssl_" #algo, args, 0, &data));                       \
    return new_hash(ts, *find_hash_algorithm(#algo), data);                       \
  }
PYSTM_HASH_CONSTRUCTOR(md5)
PYSTM_HASH_CONSTRUCTOR(sha1)
PYSTM_HASH_CONSTRUCTOR(sha224)
PYSTM_HASH_CONSTRUCTOR(sha256)
PYSTM_HASH_CONSTRUCTOR(sha384)
PYSTM_HASH_CONSTRUCTOR(sha512)
PYSTM_HASH_CONSTRUCTOR(sha3_224)
PYSTM_HASH_CONSTRUCTOR(sha3_256)
PYSTM_HASH_CONSTRUCTOR(sha3_384)
PYSTM_HASH_CONSTRUCTOR(sha3_512)
PYSTM_HASH_CONSTRUCTOR(shake_128)
PYSTM_HASH_CONSTRUCTOR(shake_256)
#undef PYSTM_HASH_CONSTRUCTOR

const NativeMethod kConstructors[kConstructorCount] = {
    {"openssl_md5", new_md5, 0, 1, 0, nullptr},           {"openssl_sha1", new_sha1, 0, 1, 0, nullptr},
    {"openssl_sha224", new_sha224, 0, 1, 0, nullptr},     {"openssl_sha256", new_sha256, 0, 1, 0, nullptr},
    {"openssl_sha384", new_sha384, 0, 1, 0, nullptr},     {"openssl_sha512", new_sha512, 0, 1, 0, nullptr},
    {"openssl_sha3_224", new_sha3_224, 0, 1, 0, nullptr}, {"openssl_sha3_256", new_sha3_256, 0, 1, 0, nullptr},
    {"openssl_sha3_384", new_sha3_384, 0, 1, 0, nullptr}, {"openssl_sha3_512", new_sha3_512, 0, 1, 0, nullptr},
    {"openssl_shake_128", new_shake_128, 0, 1, 0, nullptr}, {"openssl_shake_256", new_shake_256, 0, 1, 0, nullptr},
};
const NativeMethod kFunctions[] = {
    {"new", m_new, 0, 2, 0, nullptr},
    {"pbkdf2_hmac", m_pbkdf2_hmac, 0, 5, 0, nullptr},
    {"hmac_new", m_hmac_new, 0, 3, 0, nullptr},
    {"hmac_digest", m_hmac_digest, 0, 3, 0, nullptr},
    {"compare_digest", m_compare_digest, 2, 2, kNativeNoKeywords, nullptr},
    {"get_fips_mode", m_get_fips_mode, 0, 0, 0, nullptr},
};
const NativeMethod kHashRepr[] = {{"__repr__", hash_repr, 0, 0, 0, nullptr}};
const NativeMethod kHmacMethods[] = {
    {"__repr__", hmac_repr, 0, 0, 0, nullptr},
    {"update", hmac_update, 0, 1, 0, nullptr},
    {"digest", hmac_digest_method, 0, 0, 0, nullptr},
    {"hexdigest", hmac_hexdigest, 0, 0, 0, nullptr},
    {"copy", hmac_copy, 0, 0, 0, nullptr},
};
const NativeMethod kHmacGetters[] = {
    {"name", hmac_name, 0, 0, 0, nullptr},
    {"digest_size", hmac_digest_size, 0, 0, 0, nullptr},
    {"block_size", hmac_block_size, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_hashlib_module(ThreadState& ts) {
  if (!g_hash_type) {
    g_hash_type = make_hash_type("HASH", "_hashlib", false);
    g_hashxof_type = make_hash_type("HASHXOF", "_hashlib", true);
    add_native_methods(g_hash_type, kHashRepr);
    add_native_methods(g_hashxof_type, kHashRepr);
    g_hmac_type = make_builtin_type("HMAC", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_hmac_type, kHmacMethods);
    for (const NativeMethod& g : kHmacGetters) add_native_property(g_hmac_type, &g, nullptr);
    type_set_attr_nogc_fail(g_hmac_type, "__module__", str_intern("_hashlib"));
    g_unsupported_error = PY_TRY(new_exception_class(ts, "_hashlib", "UnsupportedDigestmodError", g_exc_ValueError));
    add_global_root(&g_unsupported_error);
  }
  Value module = module_new(str_intern("_hashlib"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const NativeMethod& m : kConstructors) module_set(module, m.name, make_builtin_function(&m, Value()));
  Value names = set_new(g_frozenset_type);
  for (size_t i = 0; i < hash_algorithm_count(); ++i) PY_TRY(set_add(ts, names, str_intern(hash_algorithm_at(i).name)));
  module_set(module, "openssl_md_meth_names", names);
  module_set(module, "HASH", Value::from_object(g_hash_type));
  module_set(module, "HASHXOF", Value::from_object(g_hashxof_type));
  module_set(module, "HMAC", Value::from_object(g_hmac_type));
  module_set(module, "UnsupportedDigestmodError", g_unsupported_error);
  return module;
}

}  // namespace pystm
