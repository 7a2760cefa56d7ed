// runtime/objects/int_object.cpp — int values: representation, conversions,
// hashing, comparison and arithmetic (language reference §6.7–§6.9, data model
// §3.3.8 for hashing).
// Owns: the small-int fast paths and the GMP slow paths. Every result passes
// through int_from_int64/int_from_mpz, which keep ints that fit the small
// form small. Must never: leave a BigInt that fits a small int, or call into
// GMP with sizes that could make it abort (checked against kMaxIntBits).
#include "runtime/objects/int_object.h"

#include <cmath>
#include <cstring>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/vm/errors.h"

namespace pystm {

// -- Representation -----------------------------------------------------------

bool is_int(Value v) {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  if (v.as_object()->kind() == ObjectKind::BigInt) return true;
  // TODO(int subclasses): instances of user subclasses of int (layout not yet defined).
  return is_bool_value(v);
}

bool is_exact_int(Value v) {
  if (v.is_small_int()) return true;
  return v.is_object() && v.as_object()->kind() == ObjectKind::BigInt &&
         v.as_object()->type() == g_int_type;
}

static Value big_from_limbs(const mp_limb_t* limbs, size_t n, bool negative) {
  auto* obj = allocate_object<BigIntObject>(g_int_type, sizeof(BigIntObject) + n * sizeof(uint64_t));
  BigIntObject* w = stm::view(obj);
  w->size = negative ? -static_cast<int64_t>(n) : static_cast<int64_t>(n);
  std::memcpy(w->limbs, limbs, n * sizeof(uint64_t));
  return Value::from_object(obj);
}

Value int_from_int64(int64_t i) {
  if (Value::fits_small_int(i)) return Value::small_int(i);
  mp_limb_t magnitude = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  return big_from_limbs(&magnitude, 1, i < 0);
}

Value int_from_uint64(uint64_t u) {
  if (u <= static_cast<uint64_t>(Value::kSmallIntMax)) return Value::small_int(static_cast<int64_t>(u));
  mp_limb_t magnitude = u;
  return big_from_limbs(&magnitude, 1, false);
}

Value int_from_mpz(mpz_srcptr z) {
  size_t n = mpz_size(z);
  int sign = mpz_sgn(z);
  if (n == 0) return Value::small_int(0);
  if (n == 1) {
    uint64_t m = mpz_getlimbn(z, 0);
    if (sign > 0 && m <= static_cast<uint64_t>(Value::kSmallIntMax))
      return Value::small_int(static_cast<int64_t>(m));
    if (sign < 0 && m <= static_cast<uint64_t>(Value::kSmallIntMax) + 1)
      return Value::small_int(-static_cast<int64_t>(m - 1) - 1);
  }
  return big_from_limbs(mpz_limbs_read(z), n, sign < 0);
}

bool int_to_int64(Value v, int64_t* out) {
  if (as_small(v, *out)) return true;
  MpzView z(v);
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

Result<int64_t> int_as_ssize(ThreadState& ts, Value v) {
  int64_t out;
  if (int_to_int64(v, &out)) return out;
  return raise_overflow(ts, "Python int too large to convert to C ssize_t");
}

// -- Conversion to and from double ---------------------------------------------

bool ratio_to_double(mpz_srcptr num, mpz_srcptr den, double* out) {
  if (mpz_sgn(num) == 0) {
    *out = 0.0;
    return true;
  }
  int64_t num_bits = static_cast<int64_t>(mpz_sizeinbase(num, 2));
  int64_t den_bits = den ? static_cast<int64_t>(mpz_sizeinbase(den, 2)) : 1;
  // The quotient lies in (2^(e-1), 2^(e+1)).
  int64_t e = num_bits - den_bits;
  if (e >= 1025) return false;
  if (e < -1077) {  // below half the smallest subnormal: rounds to zero
    *out = 0.0;
    return true;
  }
  // q = floor(num * 2^s / den) has 55 or 56 bits: two bits below the
  // rounding position plus a sticky bit for the discarded remainder.
  int64_t s = 55 - e;
  Mpz q;
  bool sticky;
  if (den == nullptr) {
    if (s >= 0) {
      mpz_mul_2exp(q, num, static_cast<mp_bitcnt_t>(s));
      sticky = false;
    } else {
      mpz_tdiv_q_2exp(q, num, static_cast<mp_bitcnt_t>(-s));
      sticky = mpz_scan1(num, 0) < static_cast<mp_bitcnt_t>(-s);
    }
  } else {
    Mpz n, d, r;
    if (s >= 0) {
      mpz_mul_2exp(n, num, static_cast<mp_bitcnt_t>(s));
      mpz_tdiv_qr(q, r, n, den);
    } else {
      mpz_mul_2exp(d, den, static_cast<mp_bitcnt_t>(-s));
      mpz_tdiv_qr(q, r, num, d);
    }
    sticky = mpz_sgn(r) != 0;
  }
  uint64_t qv = mpz_getlimbn(q, 0);
  int q_bits = 64 - __builtin_clzll(qv);
  int64_t top = q_bits - 1 - s;                 // exponent of the leading bit
  int64_t grain = std::max<int64_t>(top - 52, -1074);  // exponent of the result's ulp
  int64_t drop = grain + s;                     // bits of q below the ulp (>= 2)
  uint64_t m;
  if (drop >= 64) {
    m = 0;  // q < 2^56 <= half an ulp
  } else {
    m = qv >> drop;
    uint64_t rest = qv & ((uint64_t{1} << drop) - 1);
    uint64_t half = uint64_t{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (m & 1)))) ++m;
  }
  double result = std::ldexp(static_cast<double>(m), static_cast<int>(grain));
  if (std::isinf(result)) return false;
  *out = result;
  return true;
}

Result<double> int_to_double(ThreadState& ts, Value v) {
  int64_t small;
  if (as_small(v, small)) return static_cast<double>(small);  // rounds to nearest even
  MpzView z(v);
  Mpz magnitude;
  mpz_abs(magnitude, z);
  double d;
  if (!ratio_to_double(magnitude, nullptr, &d)) return raise_overflow(ts, "int too large to convert to float");
  return mpz_sgn(z) < 0 ? -d : d;
}

Result<Value> int_from_double(ThreadState& ts, double d) {
  if (std::isnan(d)) return raise_value_error(ts, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise_overflow(ts, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 4611686018427387904.0) return Value::small_int(static_cast<int64_t>(t));
  Mpz z;
  mpz_set_d(z, t);
  return int_from_mpz(z);
}

int int_compare_double(Value i, double d) {
  int64_t small;
  if (as_small(i, small) && small >= -(int64_t{1} << 53) && small <= (int64_t{1} << 53)) {
    double x = static_cast<double>(small);
    return x < d ? -1 : (x > d ? 1 : 0);
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  MpzView z(i);
  int c = mpz_cmp_d(z, d);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// -- Hashing, comparison --------------------------------------------------------

// Numeric hash (data model §3.3.1, "Hashing of numeric types"): the value
// reduced modulo the Mersenne prime 2^61 - 1, keeping the sign; -1 is reserved.
static constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

int64_t int_hash(Value v) {
  int64_t small;
  uint64_t magnitude;
  bool negative;
  if (as_small(v, small)) {
    negative = small < 0;
    magnitude = (negative ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small)) % kHashModulus;
  } else {
    MpzView z(v);
    negative = mpz_sgn(z) < 0;
    magnitude = mpz_tdiv_ui(z, kHashModulus);
  }
  int64_t h = negative ? -static_cast<int64_t>(magnitude) : static_cast<int64_t>(magnitude);
  return h == -1 ? -2 : h;
}

int int_compare(Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return x < y ? -1 : (x > y ? 1 : 0);
  MpzView za(a), zb(b);
  int c = mpz_cmp(za, zb);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int int_sign(Value v) {
  int64_t x;
  if (as_small(v, x)) return x < 0 ? -1 : (x > 0 ? 1 : 0);
  // A boxed int-subclass instance may hold zero (size 0).
  int64_t size = stm::view(v.as<BigIntObject>())->size;
  return size < 0 ? -1 : (size > 0 ? 1 : 0);
}

int64_t int_bit_length(Value v) {
  int64_t x;
  if (as_small(v, x)) {
    uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
  }
  MpzView z(v);
  return static_cast<int64_t>(mpz_sizeinbase(z, 2));
}

// -- Arithmetic -----------------------------------------------------------------

static Error raise_int_zero_division(ThreadState& ts) {
  return raise_zero_division(ts, "integer division or modulo by zero");
}

static Status check_result_bits(ThreadState& ts, uint64_t bits) {
  if (bits > kMaxIntBits) return raise_memory_error(ts);
  return ok_status();
}

Result<Value> int_add(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return int_from_int64(x + y);  // 63-bit operands cannot overflow
  MpzView za(a), zb(b);
  Mpz r;
  mpz_add(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_sub(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return int_from_int64(x - y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_sub(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_mul(ThreadState& ts, Value a, Value b) {
  int64_t x, y, p;
  if (as_small(a, x) && as_small(b, y) && !__builtin_mul_overflow(x, y, &p)) return int_from_int64(p);
  MpzView za(a), zb(b);
  PY_TRY(check_result_bits(ts, mpz_sizeinbase(za, 2) + mpz_sizeinbase(zb, 2)));
  Mpz r;
  mpz_mul(r, za, zb);
  return int_from_mpz(r);
}

// Floor division and modulo round toward negative infinity (§6.7).
Result<Value> int_floordiv(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) {
    if (y == 0) return raise_int_zero_division(ts);
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return int_from_int64(q);
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise_int_zero_division(ts);
  Mpz r;
  mpz_fdiv_q(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_mod(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) {
    if (y == 0) return raise_zero_division(ts, "integer modulo by zero");
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Value::small_int(r);
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise_zero_division(ts, "integer modulo by zero");
  Mpz r;
  mpz_fdiv_r(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_divmod(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) {
    if (y == 0) return raise_int_zero_division(ts);
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      --q;
      r += y;
    }
    return tuple_pack({int_from_int64(q), Value::small_int(r)});
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise_int_zero_division(ts);
  Mpz q, r;
  mpz_fdiv_qr(q, r, za, zb);
  Value qv = int_from_mpz(q);
  Value rv = int_from_mpz(r);
  return tuple_pack({qv, rv});
}

// True division of ints is correctly rounded, however large the operands.
Result<Value> int_truediv(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) {
    if (y == 0) return raise_zero_division(ts, "division by zero");
    constexpr int64_t kExact = int64_t{1} << 53;
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return float_from_double(static_cast<double>(x) / static_cast<double>(y));
  }
  MpzView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise_zero_division(ts, "division by zero");
  bool negative = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
  Mpz num, den;
  mpz_abs(num, za);
  mpz_abs(den, zb);
  double d;
  if (!ratio_to_double(num, den, &d)) return raise_overflow(ts, "integer division result too large for a float");
  return float_from_double(negative ? -d : d);
}

static bool small_pow(int64_t base, uint64_t exponent, int64_t* out) {
  int64_t result = 1;
  while (true) {
    if (exponent & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return false;
    }
    exponent >>= 1;
    if (exponent == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

static Result<Value> int_pow_mod(ThreadState& ts, Value a, Value b, Value mod) {
  MpzView za(a), zb(b), zm(mod);
  if (mpz_sgn(zm) == 0) return raise_value_error(ts, "pow() 3rd argument cannot be 0");
  Mpz m, base, r;
  mpz_abs(m, zm);
  if (mpz_cmp_ui(m, 1) == 0) return Value::small_int(0);
  mpz_mod(base, za, m);
  Mpz exponent;
  mpz_set(exponent, zb);
  if (mpz_sgn(exponent) < 0) {
    if (mpz_invert(base, base, m) == 0) return raise_value_error(ts, "base is not invertible for the given modulus");
    mpz_neg(exponent, exponent);
  }
  mpz_powm(r, base, exponent, m);
  // The result takes the modulus' sign, like %.
  if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
  return int_from_mpz(r);
}

Result<Value> int_pow(ThreadState& ts, Value a, Value b, Value mod) {
  if (!mod.is_null()) return int_pow_mod(ts, a, b, mod);
  if (int_sign(b) < 0) {
    // A negative exponent makes the result a float (§6.5): float ** float.
    double x = PY_TRY(int_to_double(ts, a));
    double y = PY_TRY(int_to_double(ts, b));
    return float_binary(ts, static_cast<int>(bytecode::BinaryOp::Pow), x, y);
  }
  int64_t x, y;
  bool small_base = as_small(a, x);
  if (small_base) {
    if (x == 0 || x == 1) return Value::small_int(int_sign(b) == 0 ? 1 : x);
    if (x == -1) {
      int64_t y_low;
      if (!as_small(b, y_low)) y_low = static_cast<int64_t>(mpz_getlimbn(MpzView(b), 0));
      return Value::small_int((y_low & 1) ? -1 : 1);
    }
  }
  if (!as_small(b, y)) return raise_memory_error(ts);  // |a| >= 2 and b >= 2^62
  int64_t p;
  if (small_base && small_pow(x, static_cast<uint64_t>(y), &p)) return int_from_int64(p);
  MpzView za(a);
  uint64_t base_bits = mpz_sizeinbase(za, 2);
  unsigned __int128 bits = static_cast<unsigned __int128>(base_bits - 1) * static_cast<uint64_t>(y);
  if (bits > kMaxIntBits) return raise_memory_error(ts);
  Mpz r;
  mpz_pow_ui(r, za, static_cast<unsigned long>(y));
  return int_from_mpz(r);
}

Result<Value> int_neg(ThreadState& ts, Value a) {
  int64_t x;
  if (as_small(a, x)) return int_from_int64(-x);
  MpzView za(a);
  Mpz r;
  mpz_neg(r, za);
  return int_from_mpz(r);
}

Result<Value> int_abs(ThreadState& ts, Value a) {
  int64_t x;
  if (as_small(a, x)) return int_from_int64(x < 0 ? -x : x);
  if (int_sign(a) > 0 && is_exact_int(a)) return a;
  MpzView za(a);
  Mpz r;
  mpz_abs(r, za);
  return int_from_mpz(r);
}

Result<Value> int_invert(ThreadState& ts, Value a) {
  int64_t x;
  if (as_small(a, x)) return int_from_int64(~x);
  MpzView za(a);
  Mpz r;
  mpz_com(r, za);
  return int_from_mpz(r);
}

// Bitwise operations act on the infinite two's-complement form (§6.9);
// GMP's mpz_and/ior/xor have exactly these semantics for negative numbers.
Result<Value> int_and(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return Value::small_int(x & y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_and(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_or(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return Value::small_int(x | y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_ior(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_xor(ThreadState& ts, Value a, Value b) {
  int64_t x, y;
  if (as_small(a, x) && as_small(b, y)) return Value::small_int(x ^ y);
  MpzView za(a), zb(b);
  Mpz r;
  mpz_xor(r, za, zb);
  return int_from_mpz(r);
}

Result<Value> int_lshift(ThreadState& ts, Value a, Value b) {
  if (int_sign(b) < 0) return raise_value_error(ts, "negative shift count");
  if (int_sign(a) == 0) return Value::small_int(0);
  int64_t x, y;
  if (!as_small(b, y)) {
    // CPython counts the shift in 30-bit digits: a count whose digit count
    // overflows Py_ssize_t is an OverflowError, a smaller one runs out of memory.
    MpzView zb(b);
    Mpz limit;
    mpz_set_ui(limit, 30);
    mpz_mul_2exp(limit, limit, 63);
    if (mpz_cmp(zb, limit) >= 0) return raise_overflow(ts, "too many digits in integer");
    return raise_memory_error(ts);
  }
  if (as_small(a, x) && y < 62) {
    __int128 shifted = static_cast<__int128>(x) << y;
    if (shifted >= INT64_MIN && shifted <= INT64_MAX) return int_from_int64(static_cast<int64_t>(shifted));
  }
  MpzView za(a);
  PY_TRY(check_result_bits(ts, mpz_sizeinbase(za, 2) + static_cast<uint64_t>(y)));
  Mpz r;
  mpz_mul_2exp(r, za, static_cast<mp_bitcnt_t>(y));
  return int_from_mpz(r);
}

Result<Value> int_rshift(ThreadState& ts, Value a, Value b) {
  int sign_b = int_sign(b);
  if (sign_b < 0) return raise_value_error(ts, "negative shift count");
  int64_t x, y = 0;
  bool small_shift = as_small(b, y);
  if (as_small(a, x)) {
    if (!small_shift || y >= 63) return Value::small_int(x < 0 ? -1 : 0);
    return Value::small_int(x >> y);  // arithmetic shift: floor division by 2^y
  }
  MpzView za(a);
  if (!small_shift || static_cast<uint64_t>(y) >= mpz_sizeinbase(za, 2))
    return Value::small_int(mpz_sgn(za) < 0 ? -1 : 0);
  Mpz r;
  mpz_fdiv_q_2exp(r, za, static_cast<mp_bitcnt_t>(y));
  return int_from_mpz(r);
}

}  // namespace pystm

namespace pystm {

// -- Dispatch and rounding ---------------------------------------------------------

Result<Value> int_binary(ThreadState& ts, Value a, Value b, uint32_t binary_op) {
  using bytecode::BinaryOp;
  if (binary_op >= bytecode::kInplaceOffset) binary_op -= bytecode::kInplaceOffset;
  switch (static_cast<BinaryOp>(binary_op)) {
    case BinaryOp::Add: return int_add(ts, a, b);
    case BinaryOp::Sub: return int_sub(ts, a, b);
    case BinaryOp::Mult: return int_mul(ts, a, b);
    case BinaryOp::Div: return int_truediv(ts, a, b);
    case BinaryOp::Mod: return int_mod(ts, a, b);
    case BinaryOp::FloorDiv: return int_floordiv(ts, a, b);
    case BinaryOp::Pow: return int_pow(ts, a, b);
    case BinaryOp::LShift: return int_lshift(ts, a, b);
    case BinaryOp::RShift: return int_rshift(ts, a, b);
    case BinaryOp::BitAnd:
      if (is_bool_value(a) && is_bool_value(b)) return bool_value(a.is(g_true) && b.is(g_true));
      return int_and(ts, a, b);
    case BinaryOp::BitOr:
      if (is_bool_value(a) && is_bool_value(b)) return bool_value(a.is(g_true) || b.is(g_true));
      return int_or(ts, a, b);
    case BinaryOp::BitXor:
      if (is_bool_value(a) && is_bool_value(b)) return bool_value(a.is(g_true) != b.is(g_true));
      return int_xor(ts, a, b);
    case BinaryOp::MatMult:
      break;
  }
  return g_notimplemented;
}

// round(i, n) with n < 0 rounds to a multiple of 10^-n, ties to even.
Result<Value> int_round(ThreadState& ts, Value i, Value ndigits) {
  auto as_exact = [&]() -> Value { return is_bool_value(i) ? Value::small_int(bool_to_int(i)) : i; };
  if (ndigits.is_null() || ndigits.is(g_none) || int_sign(ndigits) >= 0) return as_exact();
  int64_t n;
  MpzView zi(i);
  uint64_t digits_upper = mpz_sizeinbase(zi, 10) + 1;
  if (!int_to_int64(ndigits, &n) || static_cast<uint64_t>(-n) > digits_upper) return Value::small_int(0);
  Mpz p, q, r, twice;
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-n));
  mpz_fdiv_qr(q, r, zi, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return int_from_mpz(q);
}

}  // namespace pystm
