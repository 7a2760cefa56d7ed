// runtime/core/value.h — the 64-bit word every Python value is.
// Owns: the tagging scheme. Must never: dereference (see stm/barrier.h).
//
//   xxxx....xxxx1   small int: a 63-bit two's-complement integer, value << 1 | 1
//   xxxx....x0000   reference: address of a heap object (16-byte aligned)
//   0000....00000   null: "no value" (an unset local, or: an exception is pending)
//   0000....00010   absent: returned (never stored) by lookups that found
//                   nothing without raising, e.g. dict_get, iter_next
//
// Integers outside [kSmallIntMin, kSmallIntMax] are BigInt heap objects; the
// runtime keeps every int that fits in the small form small, so two equal ints
// are either both small or both big.
#pragma once
#include <cstdint>

namespace pystm {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);

  constexpr Value() : bits_(0) {}
  static constexpr Value null() { return Value(); }
  static constexpr Value from_bits(uint64_t bits) { Value v; v.bits_ = bits; return v; }
  static Value from_object(const Object* object) {
    return from_bits(reinterpret_cast<uint64_t>(object));
  }
  static constexpr Value small_int(int64_t i) {
    return from_bits((static_cast<uint64_t>(i) << 1) | 1);
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }

  static constexpr Value absent() { return from_bits(2); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_absent() const { return bits_ == 2; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_object() const { return bits_ != 0 && (bits_ & 0xf) == 0; }
  constexpr int64_t as_small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const { return reinterpret_cast<T*>(bits_); }
  constexpr uint64_t bits() const { return bits_; }

  // Identity (Python's `is`).
  constexpr bool is(Value other) const { return bits_ == other.bits_; }
  constexpr bool operator==(const Value&) const = default;

 private:
  uint64_t bits_;
};
static_assert(sizeof(Value) == 8);

}  // namespace pystm
