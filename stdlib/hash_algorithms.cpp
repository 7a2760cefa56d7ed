// stdlib/hash_algorithms.cpp — the message digests of hash_algorithms.h.
// Merkle-Damgard hashes (MD5, SHA-1, SHA-2, RIPEMD-160) share one block buffer; Keccak
// and BLAKE2 have their own (BLAKE2 must hold back its last block).
#include "stdlib/hash_algorithms.h"

#include <cstring>

namespace pystm {

namespace {

inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint64_t rotl64(uint64_t x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
inline uint32_t load_be32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}
inline uint64_t load_be64(const uint8_t* p) { return (uint64_t{load_be32(p)} << 32) | load_be32(p + 4); }
inline uint32_t load_le32(const uint8_t* p) {
  return p[0] | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16) | (uint32_t{p[3]} << 24);
}
inline uint64_t load_le64(const uint8_t* p) { return load_le32(p) | (uint64_t{load_le32(p + 4)} << 32); }

constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull, 0x3956c25bf348b538ull,
    0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull, 0xd807aa98a3030242ull, 0x12835b0145706fbeull,
    0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull, 0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull,
    0xc19bf174cf692694ull, 0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull, 0x983e5152ee66dfabull,
    0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull, 0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
    0x06ca6351e003826full, 0x142929670a0e6e70ull, 0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull,
    0x53380d139d95b3dfull, 0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull, 0xd192e819d6ef5218ull,
    0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull, 0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull,
    0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull, 0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull,
    0x682e6ff3d6b2b8a3ull, 0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull, 0xca273eceea26619cull,
    0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull, 0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull,
    0x113f9804bef90daeull, 0x1b710b35131c471bull, 0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull,
    0x431d67c49c100d4cull, 0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};

// SHA-256's constants are the first 32 bits of SHA-512's (both are the
// fractional parts of the cube roots of the first primes).
constexpr uint32_t sha256_k(int i) { return static_cast<uint32_t>(kSha512K[i] >> 32); }

constexpr uint64_t kSha512Iv[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                                   0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                                   0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
constexpr uint64_t kSha384Iv[8] = {0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull,
                                   0x152fecd8f70e5939ull, 0x67332667ffc00b31ull, 0x8eb44a8768581511ull,
                                   0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull};
constexpr uint64_t kSha512_224Iv[8] = {0x8c3d37c819544da2ull, 0x73e1996689dcd4d6ull, 0x1dfab7ae32ff9c82ull,
                                       0x679dd514582f9fcfull, 0x0f6d2b697bd44da8ull, 0x77e36f7304c48942ull,
                                       0x3f9d85a86a1d36c8ull, 0x1112e6ad91d692a1ull};
constexpr uint64_t kSha512_256Iv[8] = {0x22312194fc2bf72cull, 0x9f555fa3c84c64c2ull, 0x2393b86b6f53b151ull,
                                       0x963877195940eabdull, 0x96283ee2a88effe3ull, 0xbe5e1e2553863992ull,
                                       0x2b0199fc2c85b8aaull, 0x0eb72ddc81c52ca2ull};

// -- Merkle-Damgard framing ---------------------------------------------------
// W: state word type; kBlock: block bytes; Compress(state, block).

template <typename W, int kBlock>
struct MdContext {
  W h[8];
  uint64_t length;  // bytes hashed so far
  uint8_t buffer[kBlock];
  uint32_t buffered;
};

template <typename Ctx, int kBlock, void (*Compress)(decltype(Ctx::h)&, const uint8_t*)>
void md_update(void* raw, const uint8_t* data, size_t size) {
  Ctx& c = *static_cast<Ctx*>(raw);
  c.length += size;
  if (c.buffered) {
    size_t take = kBlock - c.buffered < size ? kBlock - c.buffered : size;
    std::memcpy(c.buffer + c.buffered, data, take);
    c.buffered += static_cast<uint32_t>(take);
    data += take;
    size -= take;
    if (c.buffered < kBlock) return;
    Compress(c.h, c.buffer);
    c.buffered = 0;
  }
  for (; size >= kBlock; data += kBlock, size -= kBlock) Compress(c.h, data);
  if (size) std::memcpy(c.buffer, data, size);
  c.buffered = static_cast<uint32_t>(size);
}

// Pads a copy (0x80, zeros, the bit length in `len_bytes` bytes of the given
// order) and compresses the last block(s).
template <typename Ctx, int kBlock, void (*Compress)(decltype(Ctx::h)&, const uint8_t*)>
Ctx md_finish(const void* raw, int len_bytes, bool big_endian) {
  Ctx c = *static_cast<const Ctx*>(raw);
  uint64_t bits = c.length * 8;
  uint8_t pad[2 * kBlock] = {0x80};
  size_t padlen = (static_cast<int>(c.buffered) < kBlock - len_bytes ? kBlock : 2 * kBlock) - c.buffered;
  for (int i = 0; i < 8; ++i) {
    uint8_t byte = static_cast<uint8_t>(bits >> (8 * i));
    pad[big_endian ? padlen - 1 - i : padlen - len_bytes + i] = byte;
  }
  md_update<Ctx, kBlock, Compress>(&c, pad, padlen);
  return c;
}

// -- MD5 (RFC 1321) ---------------------------------------------------------------

using Md5Ctx = MdContext<uint32_t, 64>;
struct Md5Tables {
  uint32_t k[64];
  Md5Tables() {
    for (int i = 0; i < 64; ++i) k[i] = static_cast<uint32_t>(__builtin_fabs(__builtin_sin(i + 1)) * 4294967296.0);
  }
};
const Md5Tables& md5_tables() {
  static const Md5Tables t;
  return t;
}
void md5_compress(uint32_t (&h)[8], const uint8_t* block) {
  static const int kShift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  const uint32_t* k = md5_tables().k;
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le32(block + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t f;
    int g;
    switch (i / 16) {
      case 0: f = (b & c) | (~b & d); g = i; break;
      case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
      case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
      default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
    }
    f += a + k[i] + m[g];
    a = d;
    d = c;
    c = b;
    b += rotl32(f, kShift[i / 16][i % 4]);
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}
void md5_init(const HashAlgorithm&, void* raw) {
  Md5Ctx& c = *static_cast<Md5Ctx*>(raw);
  std::memset(&c, 0, sizeof c);
  const uint32_t iv[4] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
  std::memcpy(c.h, iv, sizeof iv);
}
void md5_final(const void* raw, uint8_t* out, size_t size) {
  Md5Ctx c = md_finish<Md5Ctx, 64, md5_compress>(raw, 8, false);
  uint8_t full[16];
  for (int i = 0; i < 16; ++i) full[i] = static_cast<uint8_t>(c.h[i / 4] >> (8 * (i % 4)));
  std::memcpy(out, full, size);
}

// -- SHA-1 and SHA-2 (FIPS 180-4) ---------------------------------------------

// SHA-256 and SHA-512 share their compression function; they differ in word
// size, round count, rotation amounts and constants (FIPS 180-4 4.1.2/4.1.3).
struct Sha256Traits {
  using W = uint32_t;
  static constexpr int kRounds = 64;
  static constexpr int kSigma0[3] = {7, 18, 3}, kSigma1[3] = {17, 19, 10};
  static constexpr int kSum0[3] = {2, 13, 22}, kSum1[3] = {6, 11, 25};
  static W load(const uint8_t* p) { return load_be32(p); }
  static W k(int t) { return sha256_k(t); }
};
struct Sha512Traits {
  using W = uint64_t;
  static constexpr int kRounds = 80;
  static constexpr int kSigma0[3] = {1, 8, 7}, kSigma1[3] = {19, 61, 6};
  static constexpr int kSum0[3] = {28, 34, 39}, kSum1[3] = {14, 18, 41};
  static W load(const uint8_t* p) { return load_be64(p); }
  static W k(int t) { return kSha512K[t]; }
};

template <typename T>
void sha2_compress(typename T::W (&h)[8], const uint8_t* block) {
  using W = typename T::W;
  auto rotr = [](W x, int n) -> W { return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n))); };
  W w[T::kRounds];
  for (int t = 0; t < 16; ++t) w[t] = T::load(block + sizeof(W) * t);
  for (int t = 16; t < T::kRounds; ++t) {
    W s0 = rotr(w[t - 15], T::kSigma0[0]) ^ rotr(w[t - 15], T::kSigma0[1]) ^ (w[t - 15] >> T::kSigma0[2]);
    W s1 = rotr(w[t - 2], T::kSigma1[0]) ^ rotr(w[t - 2], T::kSigma1[1]) ^ (w[t - 2] >> T::kSigma1[2]);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  W v[8];
  std::memcpy(v, h, sizeof v);
  for (int t = 0; t < T::kRounds; ++t) {
    W s1 = rotr(v[4], T::kSum1[0]) ^ rotr(v[4], T::kSum1[1]) ^ rotr(v[4], T::kSum1[2]);
    W ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    W t1 = v[7] + s1 + ch + T::k(t) + w[t];
    W s0 = rotr(v[0], T::kSum0[0]) ^ rotr(v[0], T::kSum0[1]) ^ rotr(v[0], T::kSum0[2]);
    W maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    std::memmove(v + 1, v, 7 * sizeof(W));
    v[4] += t1;
    v[0] = t1 + s0 + maj;
  }
  for (int i = 0; i < 8; ++i) h[i] += v[i];
}
void sha256_compress(uint32_t (&h)[8], const uint8_t* block) { sha2_compress<Sha256Traits>(h, block); }
void sha512_compress(uint64_t (&h)[8], const uint8_t* block) { sha2_compress<Sha512Traits>(h, block); }

using Sha32Ctx = MdContext<uint32_t, 64>;
void sha1_compress(uint32_t (&h)[8], const uint8_t* block) {
  uint32_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (int t = 16; t < 80; ++t) w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int t = 0; t < 80; ++t) {
    uint32_t f, k;
    if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999u; }
    else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1u; }
    else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcu; }
    else { f = b ^ c ^ d; k = 0xca62c1d6u; }
    uint32_t temp = rotl32(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotl32(b, 30);
    b = a;
    a = temp;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}
void sha1_init(const HashAlgorithm&, void* raw) {
  Sha32Ctx& c = *static_cast<Sha32Ctx*>(raw);
  std::memset(&c, 0, sizeof c);
  const uint32_t iv[5] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
  std::memcpy(c.h, iv, sizeof iv);
}
void sha1_final(const void* raw, uint8_t* out, size_t size) {
  Sha32Ctx c = md_finish<Sha32Ctx, 64, sha1_compress>(raw, 8, true);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / 4] >> (24 - 8 * (i % 4)));
}
// SHA-224 starts from the low halves of SHA-384's initial values, SHA-256
// from the high halves of SHA-512's.
void sha256_init(const HashAlgorithm& algo, void* raw) {
  Sha32Ctx& c = *static_cast<Sha32Ctx*>(raw);
  std::memset(&c, 0, sizeof c);
  for (int i = 0; i < 8; ++i)
    c.h[i] = algo.param == 224 ? static_cast<uint32_t>(kSha384Iv[i]) : static_cast<uint32_t>(kSha512Iv[i] >> 32);
}
void sha256_final(const void* raw, uint8_t* out, size_t size) {
  Sha32Ctx c = md_finish<Sha32Ctx, 64, sha256_compress>(raw, 8, true);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / 4] >> (24 - 8 * (i % 4)));
}

// -- SHA-512 family -----------------------------------------------------------

using Sha64Ctx = MdContext<uint64_t, 128>;

void sha512_init(const HashAlgorithm& algo, void* raw) {
  Sha64Ctx& c = *static_cast<Sha64Ctx*>(raw);
  std::memset(&c, 0, sizeof c);
  const uint64_t* iv = algo.param == 384 ? kSha384Iv
                       : algo.param == 224 ? kSha512_224Iv
                       : algo.param == 256 ? kSha512_256Iv
                                           : kSha512Iv;
  std::memcpy(c.h, iv, sizeof c.h);
}
void sha512_final(const void* raw, uint8_t* out, size_t size) {
  // The length field is 128 bits; its high 64 bits are zero here.
  Sha64Ctx c = md_finish<Sha64Ctx, 128, sha512_compress>(raw, 16, true);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / 8] >> (56 - 8 * (i % 8)));
}

// -- RIPEMD-160 (Dobbertin, Bosselaers, Preneel) --------------------------------------

void ripemd160_compress(uint32_t (&h)[8], const uint8_t* block) {
  static const uint8_t kR[2][80] = {
      {0, 1, 2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 7,  4,  13, 1,  10, 6,  15, 3,  12, 0, 9,
       5, 2, 14, 11, 8,  3,  10, 14, 4,  9, 15, 8,  1,  2,  7,  0,  6,  13, 11, 5,  12, 1,  9,  11, 10, 0, 8,
       12, 4, 13, 3, 7, 15, 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13},
      {5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8,
       12, 4, 9, 1, 2, 15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11,
       15, 0, 5, 12, 2, 13, 9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11}};
  static const uint8_t kS[2][80] = {
      {11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15,
       9, 11, 7, 13, 12, 11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15,
       9, 8, 9, 14, 5, 6, 8, 6, 5, 12, 9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6},
      {8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12,
       7, 6, 15, 13, 11, 9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14,
       6, 14, 6, 9, 12, 9, 12, 5, 15, 8, 8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11}};
  static const uint32_t kK[2][5] = {{0x00000000u, 0x5a827999u, 0x6ed9eba1u, 0x8f1bbcdcu, 0xa953fd4eu},
                                    {0x50a28be6u, 0x5c4dd124u, 0x6d703ef3u, 0x7a6d76e9u, 0x00000000u}};
  auto f = [](int j, uint32_t x, uint32_t y, uint32_t z) -> uint32_t {
    switch (j / 16) {
      case 0: return x ^ y ^ z;
      case 1: return (x & y) | (~x & z);
      case 2: return (x | ~y) ^ z;
      case 3: return (x & z) | (y & ~z);
      default: return x ^ (y | ~z);
    }
  };
  uint32_t x[16];
  for (int i = 0; i < 16; ++i) x[i] = load_le32(block + 4 * i);
  uint32_t v[2][5];
  for (int line = 0; line < 2; ++line) {
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int j = 0; j < 80; ++j) {
      // The right line runs the boolean functions in reverse order.
      uint32_t t = rotl32(a + f(line ? 79 - j : j, b, c, d) + x[kR[line][j]] + kK[line][j / 16], kS[line][j]) + e;
      a = e;
      e = d;
      d = rotl32(c, 10);
      c = b;
      b = t;
    }
    v[line][0] = a; v[line][1] = b; v[line][2] = c; v[line][3] = d; v[line][4] = e;
  }
  uint32_t t = h[1] + v[0][2] + v[1][3];
  h[1] = h[2] + v[0][3] + v[1][4];
  h[2] = h[3] + v[0][4] + v[1][0];
  h[3] = h[4] + v[0][0] + v[1][1];
  h[4] = h[0] + v[0][1] + v[1][2];
  h[0] = t;
}
void ripemd160_final(const void* raw, uint8_t* out, size_t size) {
  Sha32Ctx c = md_finish<Sha32Ctx, 64, ripemd160_compress>(raw, 8, false);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / 4] >> (8 * (i % 4)));
}

// -- SM3 (GB/T 32905-2016) ------------------------------------------------------------------

void sm3_compress(uint32_t (&h)[8], const uint8_t* block) {
  auto rotl = [](uint32_t x, int n) -> uint32_t { n &= 31; return n ? (x << n) | (x >> (32 - n)) : x; };
  auto p0 = [&](uint32_t x) { return x ^ rotl(x, 9) ^ rotl(x, 17); };
  auto p1 = [&](uint32_t x) { return x ^ rotl(x, 15) ^ rotl(x, 23); };
  uint32_t w[68], w1[64];
  for (int j = 0; j < 16; ++j) w[j] = load_be32(block + 4 * j);
  for (int j = 16; j < 68; ++j)
    w[j] = p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6];
  for (int j = 0; j < 64; ++j) w1[j] = w[j] ^ w[j + 4];
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int j = 0; j < 64; ++j) {
    uint32_t t = j < 16 ? 0x79cc4519u : 0x7a879d8au;
    uint32_t ss1 = rotl(rotl(a, 12) + e + rotl(t, j), 7);
    uint32_t ss2 = ss1 ^ rotl(a, 12);
    uint32_t ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    uint32_t gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    uint32_t tt1 = ff + d + ss2 + w1[j];
    uint32_t tt2 = gg + hh + ss1 + w[j];
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    hh = g;
    g = rotl(f, 19);
    f = e;
    e = p0(tt2);
  }
  h[0] ^= a; h[1] ^= b; h[2] ^= c; h[3] ^= d; h[4] ^= e; h[5] ^= f; h[6] ^= g; h[7] ^= hh;
}
void sm3_init(const HashAlgorithm&, void* raw) {
  Sha32Ctx& c = *static_cast<Sha32Ctx*>(raw);
  std::memset(&c, 0, sizeof c);
  const uint32_t iv[8] = {0x7380166fu, 0x4914b2b9u, 0x172442d7u, 0xda8a0600u,
                          0xa96f30bcu, 0x163138aau, 0xe38dee4du, 0xb0fb0e4eu};
  std::memcpy(c.h, iv, sizeof iv);
}
void sm3_final(const void* raw, uint8_t* out, size_t size) {
  Sha32Ctx c = md_finish<Sha32Ctx, 64, sm3_compress>(raw, 8, true);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / 4] >> (24 - 8 * (i % 4)));
}

// -- MD5-SHA1 (TLS 1.0's combined hash): both digests of the same input ------------------

struct Md5Sha1Ctx {
  Md5Ctx md5;
  Sha32Ctx sha1;
};
void md5_sha1_init(const HashAlgorithm& algo, void* raw) {
  Md5Sha1Ctx& c = *static_cast<Md5Sha1Ctx*>(raw);
  md5_init(algo, &c.md5);
  sha1_init(algo, &c.sha1);
}
void md5_sha1_update(void* raw, const uint8_t* data, size_t size) {
  Md5Sha1Ctx& c = *static_cast<Md5Sha1Ctx*>(raw);
  md_update<Md5Ctx, 64, md5_compress>(&c.md5, data, size);
  md_update<Sha32Ctx, 64, sha1_compress>(&c.sha1, data, size);
}
void md5_sha1_final(const void* raw, uint8_t* out, size_t size) {
  const Md5Sha1Ctx& c = *static_cast<const Md5Sha1Ctx*>(raw);
  uint8_t full[36];
  md5_final(&c.md5, full, 16);
  sha1_final(&c.sha1, full + 16, 20);
  std::memcpy(out, full, size);
}

// -- Keccak (FIPS 202) ------------------------------------------------------------

struct KeccakTables {
  uint64_t rc[24];
  int rot[25];
  KeccakTables() {
    // Round constants from the degree-8 LFSR of section 3.2.5.
    uint8_t r = 1;
    for (int round = 0; round < 24; ++round) {
      uint64_t c = 0;
      for (int j = 0; j < 7; ++j) {
        if (r & 1) c |= uint64_t{1} << ((1 << j) - 1);
        r = static_cast<uint8_t>((r << 1) ^ ((r & 0x80) ? 0x71 : 0));
      }
      rc[round] = c;
    }
    // Rotation offsets of rho along the (x, y) -> (y, 2x + 3y) walk.
    rot[0] = 0;
    int x = 1, y = 0;
    for (int t = 0; t < 24; ++t) {
      rot[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int nx = y, ny = (2 * x + 3 * y) % 5;
      x = nx;
      y = ny;
    }
  }
};
const KeccakTables& keccak_tables() {
  static const KeccakTables t;
  return t;
}
void keccak_f(uint64_t (&a)[25]) {
  const KeccakTables& k = keccak_tables();
  for (int round = 0; round < 24; ++round) {
    uint64_t c[5], d[5], b[25];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) d[x] = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1);
    for (int i = 0; i < 25; ++i) a[i] ^= d[i % 5];
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], k.rot[x + 5 * y]);
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
    a[0] ^= k.rc[round];
  }
}
struct KeccakCtx {
  uint64_t a[25];
  uint32_t rate;      // bytes
  uint32_t absorbed;  // bytes of the current block
  uint8_t suffix;     // 0x06 for SHA-3, 0x1f for SHAKE
};
void keccak_xor_byte(KeccakCtx& c, size_t i, uint8_t v) { c.a[i / 8] ^= uint64_t{v} << (8 * (i % 8)); }
void keccak_init(const HashAlgorithm& algo, void* raw) {
  KeccakCtx& c = *static_cast<KeccakCtx*>(raw);
  std::memset(&c, 0, sizeof c);
  c.rate = static_cast<uint32_t>(algo.block_size);
  c.suffix = static_cast<uint8_t>(algo.param);
}
void keccak_update(void* raw, const uint8_t* data, size_t size) {
  KeccakCtx& c = *static_cast<KeccakCtx*>(raw);
  for (size_t i = 0; i < size; ++i) {
    keccak_xor_byte(c, c.absorbed, data[i]);
    if (++c.absorbed == c.rate) {
      keccak_f(c.a);
      c.absorbed = 0;
    }
  }
}
void keccak_final(const void* raw, uint8_t* out, size_t size) {
  KeccakCtx c = *static_cast<const KeccakCtx*>(raw);
  keccak_xor_byte(c, c.absorbed, c.suffix);
  keccak_xor_byte(c, c.rate - 1, 0x80);
  keccak_f(c.a);
  for (size_t i = 0, pos = 0; i < size; ++i, ++pos) {
    if (pos == c.rate) {
      keccak_f(c.a);
      pos = 0;
    }
    out[i] = static_cast<uint8_t>(c.a[pos / 8] >> (8 * (pos % 8)));
  }
}

// -- BLAKE2 (RFC 7693) ------------------------------------------------------------

constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

// W: word type; BLAKE2b (64-bit words, 12 rounds, rotations 32/24/16/63) or
// BLAKE2s (32-bit words, 10 rounds, rotations 16/12/8/7).
template <typename W>
struct Blake2Ctx {
  W h[8];
  W t[2];             // bytes compressed so far (128-bit or 64-bit counter)
  uint8_t buffer[16 * sizeof(W)];
  uint32_t buffered;  // held back until more input arrives: the last block is special
  uint32_t digest_size;
  uint8_t last_node;
};

template <typename W>
W blake2_iv(int i) {
  if constexpr (sizeof(W) == 8) return kSha512Iv[i];
  else return static_cast<W>(kSha512Iv[i] >> 32);
}

template <typename W>
void blake2_compress(Blake2Ctx<W>& c, const uint8_t* block, bool last) {
  constexpr bool kB = sizeof(W) == 8;
  constexpr int kRounds = kB ? 12 : 10;
  constexpr int r1 = kB ? 32 : 16, r2 = kB ? 24 : 12, r3 = kB ? 16 : 8, r4 = kB ? 63 : 7;
  auto rotr = [](W x, int n) -> W { return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n))); };
  W m[16], v[16];
  for (int i = 0; i < 16; ++i) {
    if constexpr (kB) m[i] = load_le64(block + 8 * i);
    else m[i] = load_le32(block + 4 * i);
  }
  for (int i = 0; i < 8; ++i) {
    v[i] = c.h[i];
    v[i + 8] = blake2_iv<W>(i);
  }
  v[12] ^= c.t[0];
  v[13] ^= c.t[1];
  if (last) {
    v[14] = ~v[14];
    if (c.last_node) v[15] = ~v[15];
  }
  auto g = [&](int a, int b, int cc, int d, W x, W y) {
    v[a] = v[a] + v[b] + x;
    v[d] = rotr(v[d] ^ v[a], r1);
    v[cc] = v[cc] + v[d];
    v[b] = rotr(v[b] ^ v[cc], r2);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr(v[d] ^ v[a], r3);
    v[cc] = v[cc] + v[d];
    v[b] = rotr(v[b] ^ v[cc], r4);
  };
  for (int r = 0; r < kRounds; ++r) {
    const uint8_t* s = kSigma[r % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; ++i) c.h[i] ^= v[i] ^ v[i + 8];
}

template <typename W>
void blake2_count(Blake2Ctx<W>& c, size_t n) {
  W before = c.t[0];
  c.t[0] = static_cast<W>(c.t[0] + n);
  if (c.t[0] < before) ++c.t[1];
}

template <typename W>
void blake2_update(void* raw, const uint8_t* data, size_t size) {
  Blake2Ctx<W>& c = *static_cast<Blake2Ctx<W>*>(raw);
  constexpr size_t kBlock = 16 * sizeof(W);
  while (size > 0) {
    if (c.buffered == kBlock) {  // more input follows: the held block is not the last
      blake2_count(c, kBlock);
      blake2_compress(c, c.buffer, false);
      c.buffered = 0;
    }
    size_t take = kBlock - c.buffered < size ? kBlock - c.buffered : size;
    std::memcpy(c.buffer + c.buffered, data, take);
    c.buffered += static_cast<uint32_t>(take);
    data += take;
    size -= take;
  }
}

template <typename W>
void blake2_final(const void* raw, uint8_t* out, size_t size) {
  Blake2Ctx<W> c = *static_cast<const Blake2Ctx<W>*>(raw);
  constexpr size_t kBlock = 16 * sizeof(W);
  blake2_count(c, c.buffered);
  std::memset(c.buffer + c.buffered, 0, kBlock - c.buffered);
  blake2_compress(c, c.buffer, true);
  for (size_t i = 0; i < size; ++i) out[i] = static_cast<uint8_t>(c.h[i / sizeof(W)] >> (8 * (i % sizeof(W))));
}

template <typename W>
void blake2_setup(void* raw, const Blake2Params& p) {
  Blake2Ctx<W>& c = *static_cast<Blake2Ctx<W>*>(raw);
  constexpr bool kB = sizeof(W) == 8;
  std::memset(&c, 0, sizeof c);
  uint8_t block[64] = {};
  block[0] = static_cast<uint8_t>(p.digest_size);
  block[1] = static_cast<uint8_t>(p.key.size());
  block[2] = static_cast<uint8_t>(p.fanout);
  block[3] = static_cast<uint8_t>(p.depth);
  for (int i = 0; i < 4; ++i) block[4 + i] = static_cast<uint8_t>(p.leaf_size >> (8 * i));
  if (kB) {
    for (int i = 0; i < 8; ++i) block[8 + i] = static_cast<uint8_t>(p.node_offset >> (8 * i));
    block[16] = static_cast<uint8_t>(p.node_depth);
    block[17] = static_cast<uint8_t>(p.inner_size);
    if (!p.salt.empty()) std::memcpy(block + 32, p.salt.data(), p.salt.size());
    if (!p.person.empty()) std::memcpy(block + 48, p.person.data(), p.person.size());
  } else {
    for (int i = 0; i < 6; ++i) block[8 + i] = static_cast<uint8_t>(p.node_offset >> (8 * i));
    block[14] = static_cast<uint8_t>(p.node_depth);
    block[15] = static_cast<uint8_t>(p.inner_size);
    if (!p.salt.empty()) std::memcpy(block + 16, p.salt.data(), p.salt.size());
    if (!p.person.empty()) std::memcpy(block + 24, p.person.data(), p.person.size());
  }
  for (int i = 0; i < 8; ++i) {
    W word;
    if constexpr (kB) word = load_le64(block + 8 * i);
    else word = load_le32(block + 4 * i);
    c.h[i] = blake2_iv<W>(i) ^ word;
  }
  c.digest_size = static_cast<uint32_t>(p.digest_size);
  c.last_node = p.last_node;
  if (!p.key.empty()) {
    uint8_t keyblock[16 * sizeof(W)] = {};
    std::memcpy(keyblock, p.key.data(), p.key.size());
    blake2_update<W>(&c, keyblock, sizeof keyblock);
  }
}

void blake2b_init(const HashAlgorithm& algo, void* ctx) {
  Blake2Params p;
  p.digest_size = algo.digest_size;
  blake2_setup<uint64_t>(ctx, p);
}
void blake2s_init(const HashAlgorithm& algo, void* ctx) {
  Blake2Params p;
  p.digest_size = algo.digest_size;
  blake2_setup<uint32_t>(ctx, p);
}

// Keccak's param: the domain suffix; its rate is the block size.
const HashAlgorithm kAlgorithms[] = {
    {"md5", 16, 64, sizeof(Md5Ctx), md5_init, md_update<Md5Ctx, 64, md5_compress>, md5_final, 0},
    {"sha1", 20, 64, sizeof(Sha32Ctx), sha1_init, md_update<Sha32Ctx, 64, sha1_compress>, sha1_final, 0},
    {"md5-sha1", 36, 64, sizeof(Md5Sha1Ctx), md5_sha1_init, md5_sha1_update, md5_sha1_final, 0},
    {"sm3", 32, 64, sizeof(Sha32Ctx), sm3_init, md_update<Sha32Ctx, 64, sm3_compress>, sm3_final, 0},
    {"ripemd160", 20, 64, sizeof(Sha32Ctx), sha1_init, md_update<Sha32Ctx, 64, ripemd160_compress>, ripemd160_final, 0},
    {"sha224", 28, 64, sizeof(Sha32Ctx), sha256_init, md_update<Sha32Ctx, 64, sha256_compress>, sha256_final, 224},
    {"sha256", 32, 64, sizeof(Sha32Ctx), sha256_init, md_update<Sha32Ctx, 64, sha256_compress>, sha256_final, 256},
    {"sha384", 48, 128, sizeof(Sha64Ctx), sha512_init, md_update<Sha64Ctx, 128, sha512_compress>, sha512_final, 384},
    {"sha512", 64, 128, sizeof(Sha64Ctx), sha512_init, md_update<Sha64Ctx, 128, sha512_compress>, sha512_final, 512},
    {"sha512_224", 28, 128, sizeof(Sha64Ctx), sha512_init, md_update<Sha64Ctx, 128, sha512_compress>, sha512_final,
     224},
    {"sha512_256", 32, 128, sizeof(Sha64Ctx), sha512_init, md_update<Sha64Ctx, 128, sha512_compress>, sha512_final,
     256},
    {"sha3_224", 28, 144, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x06},
    {"sha3_256", 32, 136, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x06},
    {"sha3_384", 48, 104, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x06},
    {"sha3_512", 64, 72, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x06},
    {"shake_128", 0, 168, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x1f},
    {"shake_256", 0, 136, sizeof(KeccakCtx), keccak_init, keccak_update, keccak_final, 0x1f},
    {"blake2b", 64, 128, sizeof(Blake2Ctx<uint64_t>), blake2b_init, blake2_update<uint64_t>, blake2_final<uint64_t>, 0},
    {"blake2s", 32, 64, sizeof(Blake2Ctx<uint32_t>), blake2s_init, blake2_update<uint32_t>, blake2_final<uint32_t>, 0},
};

}  // namespace

const HashAlgorithm* find_hash_algorithm(std::string_view name) {
  if (name == "blake2b512") name = "blake2b";
  if (name == "blake2s256") name = "blake2s";
  for (const HashAlgorithm& a : kAlgorithms)
    if (name == a.name) return &a;
  return nullptr;
}
size_t hash_algorithm_count() { return sizeof kAlgorithms / sizeof kAlgorithms[0]; }
const HashAlgorithm& hash_algorithm_at(size_t i) { return kAlgorithms[i]; }

const HashAlgorithm& blake2_algorithm(bool b) { return *find_hash_algorithm(b ? "blake2b" : "blake2s"); }
void blake2_init_params(bool b, void* ctx, const Blake2Params& p) {
  if (b)
    blake2_setup<uint64_t>(ctx, p);
  else
    blake2_setup<uint32_t>(ctx, p);
}

}  // namespace pystm
