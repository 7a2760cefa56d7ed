// stdlib/sha512_module.cpp — the `_sha512` module (what random.py imports to
// seed from str/bytes): sha512()/sha384() objects over hash_algorithms.cpp's
// SHA-512 (update, digest, hexdigest, copy, name, digest_size, block_size).
// Must never: keep hash state outside the heap (see hash_objects.h).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/hash_objects.h"

namespace pystm {

namespace {

TypeObject* g_sha512_type = nullptr;
TypeObject* g_sha384_type = nullptr;

Result<Value> make_hash(ThreadState& ts, TypeObject* type, const char* name, CallArgs args) {
  PY_TRY(check_keywords(ts, name, args, {"string", "usedforsecurity"}));
  Value h = hash_object_new(type, *find_hash_algorithm(name));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "string");
  if (!data.is_null()) PY_TRY(hash_object_update(ts, h, data));
  return h;
}
Result<Value> sha512_new(ThreadState& ts, Value, CallArgs args) { return make_hash(ts, g_sha512_type, "sha512", args); }
Result<Value> sha384_new(ThreadState& ts, Value, CallArgs args) { return make_hash(ts, g_sha384_type, "sha384", args); }

const NativeMethod kFunctions[] = {
    {"sha512", sha512_new, 0, 1, 0, nullptr},
    {"sha384", sha384_new, 0, 1, 0, nullptr},
};

}  // namespace

Result<Value> create_sha512_module(ThreadState&) {
  if (!g_sha512_type) {
    g_sha512_type = make_hash_type("sha512", "_sha512", false);
    g_sha384_type = make_hash_type("sha384", "_sha512", false);
  }
  Value module = module_new(str_intern("_sha512"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
