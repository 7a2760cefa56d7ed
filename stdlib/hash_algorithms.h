// stdlib/hash_algorithms.h — the message digests behind hashlib (MD5, SHA-1,
// SHA-224/256/384/512, SHA-512/224 and /256, SHA-3, SHAKE, BLAKE2b/s,
// RIPEMD-160, SM3, MD5-SHA1), written from their specifications (RFC 1321,
// FIPS 180-4, FIPS 202, RFC 7693, the RIPEMD-160 paper, GB/T 32905).
// Each context is plain bytes (trivially copyable, no pointers), so a hash
// object keeps it in a heap bytes object and replaces it on update: an
// aborted transaction rewinds the hash with everything else.
// Must never: allocate, or keep state outside the context.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pystm {

struct HashAlgorithm {
  const char* name;     // hashlib's name ("sha256", "sha3_256", "shake_128", "blake2b")
  int digest_size;      // bytes; 0 for the extendable-output SHAKEs
  int block_size;       // bytes
  size_t context_size;  // bytes of the context
  void (*init)(const HashAlgorithm& algo, void* ctx);
  void (*update)(void* ctx, const uint8_t* data, size_t size);
  // Writes `size` bytes of digest (any size for a SHAKE, digest_size
  // otherwise); the context is left unchanged.
  void (*final)(const void* ctx, uint8_t* out, size_t size);
  int param;  // per-algorithm: output bits for the SHA-2 variants, rate and suffix for Keccak
};

// The algorithm called `name` (lower case hashlib names; OpenSSL's
// "blake2b512"/"blake2s256" too), or null.
const HashAlgorithm* find_hash_algorithm(std::string_view name);
// Every algorithm, for openssl_md_meth_names.
size_t hash_algorithm_count();
const HashAlgorithm& hash_algorithm_at(size_t i);

// BLAKE2 with its full parameter block (RFC 7693 section 2.5; tree
// parameters as in the BLAKE2 paper). `b` selects BLAKE2b, else BLAKE2s.
struct Blake2Params {
  int digest_size;
  std::string_view key, salt, person;
  int fanout = 1, depth = 1;
  uint32_t leaf_size = 0;
  uint64_t node_offset = 0;
  int node_depth = 0, inner_size = 0;
  bool last_node = false;
};
const HashAlgorithm& blake2_algorithm(bool b);
void blake2_init_params(bool b, void* ctx, const Blake2Params& p);

}  // namespace pystm
