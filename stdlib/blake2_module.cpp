// stdlib/blake2_module.cpp — the `_blake2` module (hashlib's blake2b and
// blake2s, library reference "hashlib — BLAKE2"): keyed hashing, salt,
// personalization and the tree-hashing parameters, with CPython's argument
// errors; the digests are hash_algorithms.cpp's.
// Must never: keep hash state outside the heap (see hash_objects.h).
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/hash_objects.h"
#include "stdlib/module_support.h"

namespace pystm {

namespace {

TypeObject* g_blake2b_type = nullptr;
TypeObject* g_blake2s_type = nullptr;

Result<int64_t> int_param(ThreadState& ts, Value v, int64_t dflt) {
  if (v.is_null()) return dflt;
  return index_as_ssize(ts, v);
}

// An unsigned parameter read like C's unsigned long: "value must be
// positive" below zero, OverflowError above `max`.
Result<uint64_t> unsigned_param(ThreadState& ts, Value v, uint64_t max, const char* name) {
  if (v.is_null()) return uint64_t{0};
  Value n = PY_TRY(index_value(ts, v));
  if (int_sign(n) < 0) return raise_value_error(ts, "value must be positive");
  uint64_t u;
  if (!int_to_uint64(ts, n, &u)) return raise(ts, g_exc_OverflowError, "int too big to convert");
  if (u > max) return raise(ts, g_exc_OverflowError, "%s is too large", name);
  return u;
}

Status bytes_param(ThreadState& ts, Value v, BytesArg* out) {
  if (v.is_null()) return ok_status();
  return require_bytes_like(ts, v, out);
}

Result<Value> blake2_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  bool b = type == g_blake2b_type;
  const char* fname = b ? "blake2b" : "blake2s";
  PY_TRY(check_keywords(ts, fname, args,
                        {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                         "node_depth", "inner_size", "last_node", "usedforsecurity", "string"}));
  if (args.nargs > 2) return raise_type_error(ts, "%s() takes at most 1 positional argument (%zu given)", fname, args.nargs - 1);
  const int max_digest = b ? 64 : 32, max_key = b ? 64 : 32, salt_size = b ? 16 : 8;
  Value data = args.nargs > 1 ? args[1] : keyword_arg(args, "data");
  if (data.is_null()) data = keyword_arg(args, "string");
  Blake2Params p;
  p.digest_size = static_cast<int>(PY_TRY(int_param(ts, keyword_arg(args, "digest_size"), max_digest)));
  BytesArg key, salt, person;
  PY_TRY(bytes_param(ts, keyword_arg(args, "key"), &key));
  PY_TRY(bytes_param(ts, keyword_arg(args, "salt"), &salt));
  PY_TRY(bytes_param(ts, keyword_arg(args, "person"), &person));
  int64_t fanout = PY_TRY(int_param(ts, keyword_arg(args, "fanout"), 1));
  int64_t depth = PY_TRY(int_param(ts, keyword_arg(args, "depth"), 1));
  uint64_t leaf_size = PY_TRY(unsigned_param(ts, keyword_arg(args, "leaf_size"), 0xFFFFFFFFull, "leaf_size"));
  uint64_t node_offset = PY_TRY(unsigned_param(ts, keyword_arg(args, "node_offset"),
                                               b ? ~uint64_t{0} : (uint64_t{1} << 48) - 1, "node_offset"));
  int64_t node_depth = PY_TRY(int_param(ts, keyword_arg(args, "node_depth"), 0));
  int64_t inner_size = PY_TRY(int_param(ts, keyword_arg(args, "inner_size"), 0));
  Value last_node = keyword_arg(args, "last_node");
  p.last_node = last_node.is_null() ? false : PY_TRY(is_true(ts, last_node));
  if (p.digest_size < 1 || p.digest_size > max_digest)
    return raise_value_error(ts, "digest_size must be between 1 and %d bytes", max_digest);
  if (salt.view.size() > static_cast<size_t>(salt_size))
    return raise_value_error(ts, "maximum salt length is %d bytes", salt_size);
  if (person.view.size() > static_cast<size_t>(salt_size))
    return raise_value_error(ts, "maximum person length is %d bytes", salt_size);
  if (fanout < 0 || fanout > 255) return raise_value_error(ts, "fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) return raise_value_error(ts, "depth must be between 1 and 255");
  if (node_depth < 0 || node_depth > 255) return raise_value_error(ts, "node_depth must be between 0 and 255");
  if (inner_size < 0 || inner_size > max_digest)
    return raise_value_error(ts, "inner_size must be between 0 and is %d", max_digest);
  if (key.view.size() > static_cast<size_t>(max_key))
    return raise_value_error(ts, "maximum key length is %d bytes", max_key);
  p.key = key.view;
  p.salt = salt.view;
  p.person = person.view;
  p.fanout = static_cast<int>(fanout);
  p.depth = static_cast<int>(depth);
  p.leaf_size = static_cast<uint32_t>(leaf_size);
  p.node_offset = node_offset;
  p.node_depth = static_cast<int>(node_depth);
  p.inner_size = static_cast<int>(inner_size);
  const HashAlgorithm& algo = blake2_algorithm(b);
  std::string ctx(algo.context_size, '\0');
  blake2_init_params(b, ctx.data(), p);
  Value h = hash_object_with_context(b ? g_blake2b_type : g_blake2s_type, algo, ctx, p.digest_size);
  if (!data.is_null() && !data.is(g_none)) PY_TRY(hash_object_update(ts, h, data));
  return h;
}

Result<Value> blake2_init(ThreadState&, Value, CallArgs) { return g_none; }

const NativeMethod kNew[] = {
    {"__new__", blake2_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", blake2_init, 0, -1, 0, nullptr},
};

}  // namespace

Result<Value> create_blake2_module(ThreadState&) {
  if (!g_blake2b_type) {
    g_blake2b_type = make_hash_type("blake2b", "_blake2", false);
    g_blake2s_type = make_hash_type("blake2s", "_blake2", false);
    for (TypeObject* t : {g_blake2b_type, g_blake2s_type}) {
      bool b = t == g_blake2b_type;
      add_native_methods(t, kNew);
      type_set_attr_nogc_fail(t, "SALT_SIZE", Value::small_int(b ? 16 : 8));
      type_set_attr_nogc_fail(t, "PERSON_SIZE", Value::small_int(b ? 16 : 8));
      type_set_attr_nogc_fail(t, "MAX_KEY_SIZE", Value::small_int(b ? 64 : 32));
      type_set_attr_nogc_fail(t, "MAX_DIGEST_SIZE", Value::small_int(b ? 64 : 32));
    }
  }
  Value module = module_new(str_intern("_blake2"));
  module_set(module, "blake2b", Value::from_object(g_blake2b_type));
  module_set(module, "blake2s", Value::from_object(g_blake2s_type));
  const struct {
    const char* name;
    int value;
  } kConstants[] = {{"BLAKE2B_SALT_SIZE", 16},      {"BLAKE2B_PERSON_SIZE", 16}, {"BLAKE2B_MAX_KEY_SIZE", 64},
                    {"BLAKE2B_MAX_DIGEST_SIZE", 64}, {"BLAKE2S_SALT_SIZE", 8},    {"BLAKE2S_PERSON_SIZE", 8},
                    {"BLAKE2S_MAX_KEY_SIZE", 32},    {"BLAKE2S_MAX_DIGEST_SIZE", 32}};
  for (const auto& c : kConstants) module_set(module, c.name, Value::small_int(c.value));
  return module;
}

}  // namespace pystm
