// stdlib/hash_objects.h — hash objects over hash_algorithms.h, shared by
// `_hashlib`, `_sha512` and `_blake2`: update/digest/hexdigest/copy and the
// name/digest_size/block_size attributes.
// A hash object is a NativeStateObject: the algorithm's index, its context
// as a bytes object (replaced on each update, so an abort rewinds it) and the
// digest size.
// Must never: modify a context bytes object in place (they are immutable
// and may be shared by copies).
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "stdlib/hash_algorithms.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// A hash type named `name` in `module` (not subclassable, as in CPython);
// `xof` types take a length in digest and hexdigest (SHAKE).
TypeObject* make_hash_type(const char* name, const char* module, bool xof);
// A fresh hash object of `type` with an initialised context.
Value hash_object_new(TypeObject* type, const HashAlgorithm& algo);
// Same with a context prepared by the caller (BLAKE2 parameters).
Value hash_object_with_context(TypeObject* type, const HashAlgorithm& algo, std::string_view ctx, int digest_size);
// Feeds a data argument: bytes-like; TypeError for str ("Strings must be
// encoded before hashing") and other objects.
Status hash_object_update(ThreadState& ts, Value self, Value data);
const HashAlgorithm& hash_object_algorithm(Value self);
// The digest of a hash object (`size` bytes for XOF types).
std::string hash_object_digest(Value self, size_t size);

// Digest helpers over a raw context (for HMAC and PBKDF2).
std::string hash_context_new(const HashAlgorithm& algo);
void hash_context_update(const HashAlgorithm& algo, std::string& ctx, std::string_view data);
std::string hash_context_digest(const HashAlgorithm& algo, const std::string& ctx, size_t size);

std::string hex_of(std::string_view bytes);

}  // namespace pystm
