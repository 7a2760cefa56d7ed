// runtime/objects/int_gmp.h — the bridge between int Values and GMP, shared by
// the int_* and float_* files (not a public interface).
// Owns: read-only mpz views of small ints, bools and BigInt limbs; the RAII
// temporary Mpz; building a normalised int Value from an mpz.
// Must never: let an mpz view outlive the Value it looks at, or keep a
// temporary's limbs beyond one operation (results are copied into the heap).
#pragma once
#include <gmp.h>

#include <cstdint>

#include "runtime/objects/int_object.h"
#include "runtime/vm/builtin_types.h"

namespace pystm {

static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "BigInt limbs are 64-bit GMP limbs");

// Ints larger than this many bits are refused with MemoryError before GMP is
// asked to build them (GMP aborts the process when it cannot allocate).
inline constexpr uint64_t kMaxIntBits = uint64_t{1} << 34;

// bool is a subclass of int whose two instances are heap singletons.
inline bool is_bool_value(Value v) { return v.is(g_true) || v.is(g_false); }
inline int64_t bool_to_int(Value v) { return v.is(g_true) ? 1 : 0; }

// Small ints and bools as an int64_t; false for BigInts.
inline bool as_small(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (is_bool_value(v)) {
    out = bool_to_int(v);
    return true;
  }
  return false;
}

// A read-only mpz for any int Value (small, bool or BigInt). BigInt limbs are
// read in place; the view is valid while the Value is alive.
class MpzView {
 public:
  explicit MpzView(Value v) {
    int64_t small;
    if (as_small(v, small)) {
      limb_ = small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
      mpz_roinit_n(z_, &limb_, small < 0 ? -1 : (small > 0 ? 1 : 0));
    } else {
      // TODO(int subclasses): instances of user subclasses of int need their
      // layout; for now every non-small, non-bool int is a BigIntObject.
      const BigIntObject* big = stm::view(v.as<BigIntObject>());
      mpz_roinit_n(z_, reinterpret_cast<const mp_limb_t*>(big->limbs), big->size);
    }
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return z_; }
  operator mpz_srcptr() const { return z_; }
  mpz_srcptr operator->() const { return z_; }  // for GMP's macros (mpz_sgn ...)

 private:
  mp_limb_t limb_ = 0;
  mpz_t z_;
};

// A temporary GMP integer in malloc memory, freed at scope exit.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  operator mpz_ptr() { return z_; }
  operator mpz_srcptr() const { return z_; }
  mpz_ptr operator->() { return z_; }  // for GMP's macros (mpz_sgn ...)
  mpz_srcptr operator->() const { return z_; }

 private:
  mpz_t z_;
};

// The int equal to z: a small int when it fits, else a new BigInt.
Value int_from_mpz(mpz_srcptr z);

// Correctly rounded (round-half-even) num/den for num >= 0, den > 0; den may
// be null for 1. False when the result overflows a double.
bool ratio_to_double(mpz_srcptr num, mpz_srcptr den, double* out);

// Exact comparison of an int with a double (not NaN): -1, 0 or 1.
int int_compare_double(Value i, double d);

}  // namespace pystm
