// runtime/objects/float_object.cpp — float values: boxing, hashing,
// arithmetic with CPython's semantics, round(), and the mixed int/float
// entry points of the operator dispatch (language reference §6.5–§6.10).
// Owns: the sign rules of % and // on floats, float ** float's special cases
// (C99 Annex F plus Python's errors), exact int/float comparison.
// Must never: compare an int with a float by converting the int to double
// (that loses precision beyond 2^53), or let ** return inf without raising.
#include "runtime/objects/float_object.h"

#include <cmath>
#include <cstring>

#include "runtime/bytecode/binary_op.h"
#include "stm/transaction.h"
#include "runtime/objects/complex_object.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"

namespace pystm {

Value float_from_double(double d) {
  // Exact floats always live in the immutable space (allocate_object's test,
  // instances_are_immutable, holds for float itself): one call less per box.
  gc::ObjectHeader* h = stm::allocate_immutable(sizeof(FloatObject), static_cast<uint16_t>(FloatObject::kKind));
  FloatObject* obj = reinterpret_cast<FloatObject*>(h);
  FloatObject* v = stm::view(obj);
  v->header.client = g_float_type;
  v->value = d;
  return Value::from_object(obj);
}

bool is_float(Value v) {
  // TODO(float subclasses): instances of user subclasses once their layout exists;
  // today any object with the Float layout counts.
  return v.is_object() && v.as_object()->kind() == ObjectKind::Float;
}

// -- Hashing -----------------------------------------------------------------

// Numeric hash (data model §3.3.1): |x| = M * 2^E exactly, hashed as
// M * 2^E mod (2^61 - 1); since 2^61 = 1 (mod P), 2^E reduces to 2^(E mod 61),
// which also covers negative E (the modular inverse of a power of two).
int64_t float_hash(double d) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // float_object_hash hashes NaN objects by identity
  int exponent;
  double fraction = std::frexp(std::fabs(d), &exponent);
  uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  int64_t e = static_cast<int64_t>(exponent) - 53;
  int shift = static_cast<int>(((e % 61) + 61) % 61);
  unsigned __int128 h = static_cast<unsigned __int128>(mantissa % kModulus) << shift;
  int64_t result = static_cast<int64_t>(static_cast<uint64_t>(h % kModulus));
  if (d < 0) result = -result;
  return result == -1 ? -2 : result;
}

int64_t float_object_hash(Value v) {
  double d = float_value(v);
  if (!std::isnan(d)) return float_hash(d);
  // The address rotated right by four bits: its low four bits are always zero.
  uint64_t bits = v.bits();
  int64_t h = static_cast<int64_t>((bits >> 4) | (bits << 60));
  return h == -1 ? -2 : h;
}

// -- Arithmetic ----------------------------------------------------------------

// x % y takes the sign of y; a zero result is a zero with y's sign.
static double float_mod_value(double x, double y) {
  double r = std::fmod(x, y);
  if (r != 0) {
    if ((y < 0) != (r < 0)) r += y;
  } else {
    r = std::copysign(0.0, y);
  }
  return r;
}

// x // y = floor(x / y) computed from fmod so that x == q*y + r holds as
// closely as floating point allows; the quotient is snapped to an integer.
static void float_floor_divmod(double x, double y, double* quotient, double* remainder) {
  double r = std::fmod(x, y);
  double q = (x - r) / y;
  if (r != 0) {
    if ((y < 0) != (r < 0)) {
      r += y;
      q -= 1.0;
    }
  } else {
    r = std::copysign(0.0, y);
  }
  if (q != 0) {
    double floor_q = std::floor(q);
    if (q - floor_q > 0.5) floor_q += 1.0;
    q = floor_q;
  } else {
    q = std::copysign(0.0, x / y);
  }
  *quotient = q;
  *remainder = r;
}

static bool is_odd_integer(double y) {
  return std::fabs(y) < 9007199254740992.0 && std::fmod(y, 2.0) != 0 && std::floor(y) == y;
}

static Result<Value> float_pow(ThreadState& ts, double x, double y) {
  if (y == 0) return float_from_double(1.0);
  if (std::isnan(x)) return float_from_double(x);
  if (std::isnan(y)) return float_from_double(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return float_from_double(1.0);
    return float_from_double((ax > 1.0) == (y > 0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return float_from_double(odd ? x : std::fabs(x));
    return float_from_double(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) return raise_zero_division(ts, "0.0 cannot be raised to a negative power");
    return float_from_double(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (std::floor(y) != y) return complex_power(ts, {x, 0.0}, {y, 0.0});
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return float_from_double(negate ? -1.0 : 1.0);
  double r = std::pow(x, y);
  if (std::isinf(r)) return raise(ts, g_exc_OverflowError, "(34, 'Numerical result out of range')");
  return float_from_double(negate ? -r : r);
}

Result<Value> float_binary(ThreadState& ts, int binary_op, double a, double b) {
  using bytecode::BinaryOp;
  if (binary_op >= static_cast<int>(bytecode::kInplaceOffset)) binary_op -= bytecode::kInplaceOffset;
  switch (static_cast<BinaryOp>(binary_op)) {
    case BinaryOp::Add: return float_from_double(a + b);
    case BinaryOp::Sub: return float_from_double(a - b);
    case BinaryOp::Mult: return float_from_double(a * b);
    case BinaryOp::Div:
      if (b == 0) return raise_zero_division(ts, "float division by zero");
      return float_from_double(a / b);
    case BinaryOp::Mod:
      if (b == 0) return raise_zero_division(ts, "float modulo");
      return float_from_double(float_mod_value(a, b));
    case BinaryOp::FloorDiv: {
      if (b == 0) return raise_zero_division(ts, "float floor division by zero");
      double q, r;
      float_floor_divmod(a, b, &q, &r);
      return float_from_double(q);
    }
    case BinaryOp::Pow: return float_pow(ts, a, b);
    default: break;
  }
  return g_notimplemented;
}

Result<Value> float_divmod(ThreadState& ts, double a, double b) {
  if (b == 0) return raise_zero_division(ts, "float divmod()");
  double q, r;
  float_floor_divmod(a, b, &q, &r);
  Value qv = float_from_double(q);
  Value rv = float_from_double(r);
  return tuple_pack({qv, rv});
}

// -- round() --------------------------------------------------------------------

// q = num / den rounded half to even (num >= 0, den > 0).
static void divide_round_half_even(mpz_ptr q, mpz_srcptr num, mpz_srcptr den) {
  Mpz r, twice;
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
}

// round(x, n) rounds the exact binary value of x to n decimal places (ties to
// even), then converts back correctly rounded: the result of formatting with
// n digits and parsing again, done with exact integers.
static Result<Value> float_round_digits(ThreadState& ts, double x, int64_t n) {
  constexpr int64_t kMaxDigits = 323;   // beyond: x is unchanged
  constexpr int64_t kMinDigits = -308;  // below: the result is a signed zero
  if (!std::isfinite(x) || x == 0 || n > kMaxDigits) return float_from_double(x);
  if (n < kMinDigits) return float_from_double(0.0 * x);
  int exponent;
  double fraction = std::frexp(std::fabs(x), &exponent);
  Mpz num, den, q, power;
  mpz_set_d(num, std::ldexp(fraction, 53));
  int64_t e = static_cast<int64_t>(exponent) - 53;
  mpz_set_ui(den, 1);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_ui_pow_ui(power, 10, static_cast<unsigned long>(n >= 0 ? n : -n));
  double result;
  bool ok;
  if (n >= 0) {
    mpz_mul(num, num, power);
    divide_round_half_even(q, num, den);
    ok = ratio_to_double(q, power, &result);
  } else {
    mpz_mul(den, den, power);
    divide_round_half_even(q, num, den);
    mpz_mul(q, q, power);
    ok = ratio_to_double(q, nullptr, &result);
  }
  if (!ok) return raise_overflow(ts, "rounded value too large to represent");
  return float_from_double(std::copysign(result, x));
}

Result<Value> float_round(ThreadState& ts, double x, Value ndigits) {
  if (ndigits.is_null() || ndigits.is(g_none)) {
    double r = std::nearbyint(x);  // the default rounding mode: ties to even
    return int_from_double(ts, r);
  }
  Value n = PY_TRY(index_value(ts, ndigits));
  int64_t digits;
  if (!int_to_int64(n, &digits)) digits = int_sign(n) < 0 ? INT64_MIN : INT64_MAX;
  return float_round_digits(ts, x, digits);
}

// -- Mixed int/float entry points ---------------------------------------------------

Result<Value> number_binary(ThreadState& ts, Value a, Value b, uint32_t binary_op) {
  bool a_int = is_int(a), b_int = is_int(b);
  if (a_int && b_int) return int_binary(ts, a, b, binary_op);
  if (!(a_int || is_float(a)) || !(b_int || is_float(b))) return g_notimplemented;
  uint32_t op = binary_op >= bytecode::kInplaceOffset ? binary_op - bytecode::kInplaceOffset : binary_op;
  using bytecode::BinaryOp;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mult: case BinaryOp::Div:
    case BinaryOp::Mod: case BinaryOp::FloorDiv: case BinaryOp::Pow:
      break;
    default:
      return g_notimplemented;
  }
  double x = a_int ? PY_TRY(int_to_double(ts, a)) : float_value(a);
  double y = b_int ? PY_TRY(int_to_double(ts, b)) : float_value(b);
  return float_binary(ts, static_cast<int>(op), x, y);
}

static bool compare_outcome(int c, int compare_op) {
  using bytecode::CompareOp;
  switch (static_cast<CompareOp>(compare_op)) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

Result<Value> number_compare(ThreadState& ts, Value a, Value b, int compare_op, bool* handled) {
  bool a_int = is_int(a), b_int = is_int(b);
  bool a_float = !a_int && is_float(a), b_float = !b_int && is_float(b);
  if (!(a_int || a_float) || !(b_int || b_float)) {
    *handled = false;
    return g_notimplemented;
  }
  *handled = true;
  int c;
  if (a_int && b_int) {
    c = int_compare(a, b);
  } else {
    double x = a_float ? float_value(a) : 0.0;
    double y = b_float ? float_value(b) : 0.0;
    if ((a_float && std::isnan(x)) || (b_float && std::isnan(y)))  // unordered
      return bool_value(compare_op == static_cast<int>(bytecode::CompareOp::Ne));
    if (a_float && b_float) c = x < y ? -1 : (x > y ? 1 : 0);
    else if (a_int) c = int_compare_double(a, y);
    else c = -int_compare_double(b, x);
  }
  return bool_value(compare_outcome(c, compare_op));
}

}  // namespace pystm
