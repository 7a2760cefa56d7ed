// stdlib/packed_numbers.h — numbers as bytes, shared by `_struct` and
// `array`: unsigned integers of 1..8 bytes in either byte order, and IEEE
// 754 binary16 ("half", struct's 'e') with round-half-to-even.
// Must never: read or write more than `size` bytes.
#pragma once
#include <cmath>
#include <cstdint>

namespace pystm {

inline void store_uint(uint8_t* out, uint64_t v, int size, bool little) {
  for (int i = 0; i < size; ++i) out[little ? i : size - 1 - i] = static_cast<uint8_t>(v >> (8 * i));
}

inline uint64_t load_uint(const uint8_t* p, int size, bool little) {
  uint64_t v = 0;
  for (int i = 0; i < size; ++i) v |= static_cast<uint64_t>(p[little ? i : size - 1 - i]) << (8 * i);
  return v;
}

// false when x is finite but too large for a half (OverflowError).
inline bool pack_half(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  double ax = std::fabs(x);
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return true;
  }
  if (ax == 0) {
    *out = sign;
    return true;
  }
  int e;
  double f = std::frexp(ax, &e);  // ax = f * 2**e, 0.5 <= f < 1
  e -= 1;                         // ax = (2f) * 2**e, 1 <= 2f < 2
  if (e < -14) {
    // Subnormal: a whole number of 2**-24 units (rounding may reach the
    // smallest normal, whose bits follow on naturally).
    double units = std::nearbyint(std::ldexp(ax, 24));
    *out = sign | static_cast<uint16_t>(units);
    return true;
  }
  if (e > 15) return false;
  double mant = std::nearbyint((2 * f - 1) * 1024);
  int exponent = e + 15;
  if (mant >= 1024) {
    mant = 0;
    exponent += 1;
  }
  if (exponent >= 31) return false;
  *out = sign | static_cast<uint16_t>(exponent << 10) | static_cast<uint16_t>(mant);
  return true;
}

inline double unpack_half(uint16_t bits) {
  bool negative = bits & 0x8000;
  int exponent = (bits >> 10) & 0x1f;
  int mant = bits & 0x3ff;
  double x;
  if (exponent == 0)
    x = std::ldexp(mant, -24);
  else if (exponent == 31)
    x = mant ? NAN : INFINITY;
  else
    x = std::ldexp(mant + 1024, exponent - 25);
  return negative ? -x : x;
}

}  // namespace pystm
