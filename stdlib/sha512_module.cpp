// stdlib/sha512_module.cpp — the `_sha512` module (FIPS 180-4 SHA-512 and
// SHA-384; what random.py imports to seed from str/bytes, and hashlib's
// fallback): sha512()/sha384() objects with update, digest, hexdigest,
// copy, name, digest_size, block_size.
// Owns: the hash objects. Their state is the message so far (a bytes object
// in a NativeStateObject field, replaced on update), hashed on digest():
// simple, and an aborted transaction rewinds it.
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_sha512_type = nullptr;
TypeObject* g_sha384_type = nullptr;
enum ShaField : uint32_t { kData, kSize, kShaFields };  // kSize: digest bytes (64 or 48)

constexpr uint64_t kK[80] = {
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

uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::string sha512_digest(const uint8_t* data, size_t size, bool sha384) {
  uint64_t h[8];
  if (sha384) {
    const uint64_t init[8] = {0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
                              0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull};
    std::memcpy(h, init, sizeof h);
  } else {
    const uint64_t init[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                              0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    std::memcpy(h, init, sizeof h);
  }
  std::string msg(reinterpret_cast<const char*>(data), size);
  msg += static_cast<char>(0x80);
  while (msg.size() % 128 != 112) msg += '\0';
  for (int i = 0; i < 8; ++i) msg += '\0';  // high 64 bits of the 128-bit length
  uint64_t bits = static_cast<uint64_t>(size) * 8;
  for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xff);
  for (size_t block = 0; block < msg.size(); block += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) v = (v << 8) | static_cast<uint8_t>(msg[block + t * 8 + b]);
      w[t] = v;
    }
    for (int t = 16; t < 80; ++t) {
      uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; ++t) {
      uint64_t s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + s1 + ch + kK[t] + w[t];
      uint64_t s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = s0 + maj;
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::string out;
  for (int i = 0; i < 8; ++i)
    for (int b = 7; b >= 0; --b) out += static_cast<char>((h[i] >> (b * 8)) & 0xff);
  return out.substr(0, sha384 ? 48 : 64);
}

bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

Status append(ThreadState& ts, Value self, Value data) {
  if (is_str(data)) return raise_type_error(ts, "Strings must be encoded before hashing");
  if (!is_bytes_value(data))
    return raise_type_error(ts, "object supporting the buffer API required");
  Value old = native_field(self, kData);
  std::string joined(reinterpret_cast<const char*>(bytes_data(old)), static_cast<size_t>(bytes_size(old)));
  joined.append(reinterpret_cast<const char*>(bytes_data(data)), static_cast<size_t>(bytes_size(data)));
  set_native_field(self, kData, bytes_from(joined.data(), static_cast<int64_t>(joined.size())));
  return ok_status();
}

Result<Value> make_hash(ThreadState& ts, TypeObject* type, CallArgs args) {
  PY_TRY(check_keywords(ts, type == g_sha384_type ? "sha384" : "sha512", args, {"string", "usedforsecurity"}));
  Value h = Value::from_object(native_state_new(type, kShaFields));
  set_native_field(h, kData, bytes_from("", 0));
  set_native_field(h, kSize, Value::small_int(type == g_sha384_type ? 48 : 64));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "string");
  if (!data.is_null()) PY_TRY(append(ts, h, data));
  return h;
}
Result<Value> sha512_new(ThreadState& ts, Value, CallArgs args) { return make_hash(ts, g_sha512_type, args); }
Result<Value> sha384_new(ThreadState& ts, Value, CallArgs args) { return make_hash(ts, g_sha384_type, args); }

std::string digest_of(Value self) {
  Value data = native_field(self, kData);
  return sha512_digest(bytes_data(data), static_cast<size_t>(bytes_size(data)),
                       native_field(self, kSize).as_small_int() == 48);
}
Result<Value> sha_update(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(append(ts, self, args[0]));
  return g_none;
}
Result<Value> sha_digest(ThreadState&, Value self, CallArgs) {
  std::string d = digest_of(self);
  return bytes_from(d.data(), static_cast<int64_t>(d.size()));
}
Result<Value> sha_hexdigest(ThreadState&, Value self, CallArgs) {
  static const char* hex = "0123456789abcdef";
  std::string d = digest_of(self), out;
  for (unsigned char c : d) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return str_from_ascii(out);
}
Result<Value> sha_copy(ThreadState&, Value self, CallArgs) {
  Value c = Value::from_object(native_state_new(type_of(self), kShaFields));
  set_native_field(c, kData, native_field(self, kData));
  set_native_field(c, kSize, native_field(self, kSize));
  return c;
}
Result<Value> sha_name(ThreadState&, Value self, CallArgs) {
  return str_intern(native_field(self, kSize).as_small_int() == 48 ? "sha384" : "sha512");
}
Result<Value> sha_digest_size(ThreadState&, Value self, CallArgs) { return native_field(self, kSize); }
Result<Value> sha_block_size(ThreadState&, Value, CallArgs) { return Value::small_int(128); }

const NativeMethod kShaMethods[] = {
    {"update", sha_update, 1, 1, kNativeNoKeywords, nullptr},
    {"digest", sha_digest, 0, 0, 0, nullptr},
    {"hexdigest", sha_hexdigest, 0, 0, 0, nullptr},
    {"copy", sha_copy, 0, 0, 0, nullptr},
};
const NativeMethod kShaGetters[] = {
    {"name", sha_name, 0, 0, 0, nullptr},
    {"digest_size", sha_digest_size, 0, 0, 0, nullptr},
    {"block_size", sha_block_size, 0, 0, 0, nullptr},
};
const NativeMethod kFunctions[] = {
    {"sha512", sha512_new, 0, 1, 0, nullptr},
    {"sha384", sha384_new, 0, 1, 0, nullptr},
};

}  // namespace

Result<Value> create_sha512_module(ThreadState&) {
  if (!g_sha512_type) {
    for (TypeObject** t : {&g_sha512_type, &g_sha384_type}) {
      *t = make_builtin_type(t == &g_sha512_type ? "sha512" : "sha384", g_object_type, ObjectKind::NativeState,
                             sizeof(NativeStateObject), 0);
      add_native_methods(*t, kShaMethods);
      for (const NativeMethod& g : kShaGetters) add_native_property(*t, &g, nullptr);
      type_set_attr_nogc_fail(*t, "__module__", str_intern("_sha512"));
    }
  }
  Value module = module_new(str_intern("_sha512"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
