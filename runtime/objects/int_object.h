// runtime/objects/int_object.h — `int` (and the integer part of `bool`):
// tagged small ints and GMP-backed big ints.
// Owns: BigIntObject (sign + magnitude limbs in the heap), integer arithmetic,
// conversion to and from strings, hashing. Must never: return a BigInt for a
// value that fits a small int (Value's invariant), or keep limbs in malloc memory
// beyond the duration of one operation.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct BigIntObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::BigInt;
  static constexpr bool kImmutable = true;
  int64_t size;          // number of limbs, negated for negative numbers; |size| >= 1,
                         // except for instances of int subclasses, which box any value (0 for zero)
  uint64_t limbs[];      // magnitude, least significant first (GMP mp_limb_t)
};

// True for small ints, BigInts and bools (an int subclass instance counts too).
bool is_int(Value v);
// Small int or BigInt exactly (not bool, not a subclass).
bool is_exact_int(Value v);

Value int_from_int64(int64_t i);
Value int_from_uint64(uint64_t u);
// Exact conversion; false when it does not fit.
bool int_to_int64(Value v, int64_t* out);
// OverflowError "Python int too large to convert to C ssize_t" when it does not fit.
Result<int64_t> int_as_ssize(ThreadState& ts, Value v);
// OverflowError "int too large to convert to float".
Result<double> int_to_double(ThreadState& ts, Value v);
// ValueError/OverflowError for nan/inf ("cannot convert float NaN to integer",
// "cannot convert float infinity to integer").
Result<Value> int_from_double(ThreadState& ts, double d);

// Parses like int(s, base): whitespace, sign, underscores, base prefixes with
// base 0; ValueError "invalid literal for int() with base 10: 's'" on failure.
Result<Value> int_from_string(ThreadState& ts, std::string_view text, int base);
// Decimal digits (CPython's 4300-digit limit for str<->int is enforced:
// ValueError "Exceeds the limit (4300 digits) for integer string conversion...").
Result<Value> int_to_decimal(ThreadState& ts, Value v);
std::string int_to_string_base(Value v, int base);  // base 2, 8, 10, 16: digits only with '-' sign

int64_t int_hash(Value v);
int int_compare(Value a, Value b);  // -1, 0, 1
int int_sign(Value v);

// Arithmetic on two ints (callers check is_int on both). Division and
// modulo by zero raise ZeroDivisionError with CPython's messages.
Result<Value> int_add(ThreadState& ts, Value a, Value b);
Result<Value> int_sub(ThreadState& ts, Value a, Value b);
Result<Value> int_mul(ThreadState& ts, Value a, Value b);
Result<Value> int_floordiv(ThreadState& ts, Value a, Value b);
Result<Value> int_mod(ThreadState& ts, Value a, Value b);
Result<Value> int_divmod(ThreadState& ts, Value a, Value b);  // a tuple
Result<Value> int_truediv(ThreadState& ts, Value a, Value b); // a float, correctly rounded
// b >= 0 gives an int; b < 0 gives a float; with `mod` (non-null) three-argument pow.
Result<Value> int_pow(ThreadState& ts, Value a, Value b, Value mod = Value());
Result<Value> int_neg(ThreadState& ts, Value a);
Result<Value> int_abs(ThreadState& ts, Value a);
Result<Value> int_invert(ThreadState& ts, Value a);
Result<Value> int_and(ThreadState& ts, Value a, Value b);
Result<Value> int_or(ThreadState& ts, Value a, Value b);
Result<Value> int_xor(ThreadState& ts, Value a, Value b);
Result<Value> int_lshift(ThreadState& ts, Value a, Value b);  // ValueError "negative shift count"
Result<Value> int_rshift(ThreadState& ts, Value a, Value b);
int64_t int_bit_length(Value v);
// Any BinaryOp (in-place forms included) on two ints; NotImplemented for @.
// bool & | ^ bool gives a bool.
Result<Value> int_binary(ThreadState& ts, Value a, Value b, uint32_t binary_op);
// round(i, ndigits) for ndigits < 0 (round half to even); i itself otherwise.
Result<Value> int_round(ThreadState& ts, Value i, Value ndigits);

// Fills the int and bool types' namespaces (called at startup).
void init_int_type();

}  // namespace pystm
