// runtime/objects/float_object.h — `float`: IEEE-754 doubles.
// Owns: FloatObject, float arithmetic with CPython's semantics (floor division
// and modulo signs, ZeroDivisionError messages, OverflowError on **), repr
// (shortest round-trip, CPython's format), parsing, hashing, rounding.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct FloatObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Float;
  static constexpr bool kImmutable = true;
  double value;
};

Value float_from_double(double d);
bool is_float(Value v);                 // float or a subclass
inline double float_value(Value v) { return stm::view(v.as<FloatObject>())->value; }

std::string float_repr(double d);       // repr(): '0.1', '1e+16', 'inf', 'nan', '-0.0'
// Parses like float(s): whitespace, underscores between digits, inf/nan;
// ValueError "could not convert string to float: 's'".
Result<Value> float_from_string(ThreadState& ts, std::string_view text);
int64_t float_hash(double d);           // equal to int_hash for integral values
// hash() of a float object: float_hash, except that a NaN hashes by identity
// (CPython 3.10+), so distinct NaN objects rarely collide in a dict.
int64_t float_object_hash(Value v);

// Binary arithmetic on doubles (operands already converted).
Result<Value> float_binary(ThreadState& ts, int binary_op, double a, double b);
// round(x[, ndigits]).
Result<Value> float_round(ThreadState& ts, double x, Value ndigits);
// divmod(a, b) on floats: a tuple; ZeroDivisionError "float divmod()".
Result<Value> float_divmod(ThreadState& ts, double a, double b);
// float.hex() and float.fromhex().
std::string float_hex(double d);
Result<double> float_fromhex(ThreadState& ts, std::string_view text);

// --- Mixed int/float fast paths for the operator dispatch ---------------------
// Any BinaryOp on two numbers (int, bool, float in any mix); NotImplemented
// when either operand is not one of those or the op does not apply (e.g.
// float << int). Ints are converted to float exactly as CPython does
// (OverflowError "int too large to convert to float").
Result<Value> number_binary(ThreadState& ts, Value a, Value b, uint32_t binary_op);
// A CompareOp on two numbers, exact across int/float (huge ints included).
// *handled is false (and NotImplemented returned) when either operand is not
// an int, bool or float.
Result<Value> number_compare(ThreadState& ts, Value a, Value b, int compare_op, bool* handled);

void init_float_type();

}  // namespace pystm
