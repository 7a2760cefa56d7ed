// runtime/core/siphash13.h — SipHash-1-3 with an all-zero key: the function
// CPython 3.11 hashes str and bytes with when PYTHONHASHSEED=0, so hash('a')
// and the iteration order of sets of strings match python3.11 run that way.
// Owns: the 64-bit hash of a byte string. Must never: depend on a seed (pystm
// does not randomize hashes).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace pystm {

inline uint64_t siphash13(const uint8_t* data, size_t size) {
  auto rotl = [](uint64_t x, int b) { return (x << b) | (x >> (64 - b)); };
  // Key k0 = k1 = 0, so the initial state is the algorithm's constants.
  uint64_t v0 = 0x736f6d6570736575ull, v1 = 0x646f72616e646f6dull;
  uint64_t v2 = 0x6c7967656e657261ull, v3 = 0x7465646279746573ull;
  auto round = [&]() {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
  };
  size_t full = size & ~size_t{7};
  for (size_t i = 0; i < full; i += 8) {
    uint64_t m;
    std::memcpy(&m, data + i, 8);  // little-endian hosts (x86-64, AArch64)
    v3 ^= m;
    round();
    v0 ^= m;
  }
  uint64_t last = static_cast<uint64_t>(size) << 56;
  for (size_t i = full; i < size; ++i) last |= static_cast<uint64_t>(data[i]) << (8 * (i - full));
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xff;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

// Python's hash of a byte string: 0 for an empty one, never -1.
inline int64_t python_bytes_hash(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  int64_t h = static_cast<int64_t>(siphash13(data, size));
  return h == -1 ? -2 : h;
}

}  // namespace pystm
