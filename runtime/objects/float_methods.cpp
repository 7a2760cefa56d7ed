// runtime/objects/float_methods.cpp — the methods of `float` (library
// reference §4.4 "Numeric Types", §4.4.3 "Additional Methods on Float").
// Owns: init_float_type() and every native method it installs.
// Must never: implement arithmetic itself (float_object.cpp does), or return
// anything but NotImplemented from a binary dunder given a non-number.
#include <bit>
#include <cmath>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

namespace {

using bytecode::BinaryOp;
using bytecode::CompareOp;
constexpr uint32_t kNK = kNativeNoKeywords;

bool is_str_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Str; }
bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

Result<double> self_double(ThreadState& ts, Value self) {
  if (is_float(self)) return float_value(self);
  return raise_type_error(ts, "descriptor requires a 'float' object but received a '%s'", type_name_of(self).c_str());
}

// The other operand as a double; false (no exception) when it is not a number.
Result<bool> other_double(ThreadState& ts, Value other, double* out) {
  if (is_float(other)) {
    *out = float_value(other);
    return true;
  }
  if (is_int(other)) {
    *out = PY_TRY(int_to_double(ts, other));
    return true;
  }
  return false;
}

// -- Construction: float(x=0.0) ---------------------------------------------------

Result<Value> float_construct(ThreadState& ts, Value x) {
  if (x.is_null()) return float_from_double(0.0);
  if (is_float(x)) return x.as_object()->type() == g_float_type ? x : float_from_double(float_value(x));
  if (is_str_value(x)) return float_from_string(ts, str_to_utf8(x));
  if (is_bytes_value(x))
    return float_from_string(ts, std::string_view(reinterpret_cast<const char*>(bytes_data(x)), bytes_size(x)));
  if (is_int(x)) return float_from_double(PY_TRY(int_to_double(ts, x)));
  if (!lookup_special(x, g_name___float__).is_null()) {
    Value result = PY_TRY(call_method(ts, x, g_name___float__, {}));
    if (!is_float(result))
      return raise_type_error(ts, "%s.__float__ returned non-float (type %s)", type_name_of(x).c_str(),
                              type_name_of(result).c_str());
    return result.as_object()->type() == g_float_type ? result : float_from_double(float_value(result));
  }
  if (!lookup_special(x, g_name___index__).is_null()) {
    Value i = PY_TRY(index_value(ts, x));
    return float_from_double(PY_TRY(int_to_double(ts, i)));
  }
  if (is_bytes_like(x)) {  // bytearray, memoryview
    BytesArg text;
    PY_TRY(require_bytes_like(ts, x, &text));
    return float_from_string(ts, text.view);
  }
  return raise_type_error(ts, "float() argument must be a string or a real number, not '%s'",
                          type_name_of(x).c_str());
}

Result<Value> float_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nkw() > 0) return raise_type_error(ts, "float() takes no keyword arguments");
  Value cls = args[0];
  Value result = PY_TRY(float_construct(ts, args.nargs > 1 ? args[1] : Value()));
  // For a subclass, call_builtin_function gives the result the subclass's
  // type and dict field (retype_instance).
  (void)cls;
  return result;
}

// -- Unary methods and conversions ------------------------------------------------------

Result<Value> float_m_repr(ThreadState& ts, Value self, CallArgs) {
  return str_from_ascii(float_repr(PY_TRY(self_double(ts, self))));
}
Result<Value> float_m_hash(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(self_double(ts, self));
  return Value::small_int(float_object_hash(self));
}
Result<Value> float_m_bool(ThreadState& ts, Value self, CallArgs) {
  return bool_value(PY_TRY(self_double(ts, self)) != 0.0);
}
Result<Value> float_m_float(ThreadState& ts, Value self, CallArgs) {
  double d = PY_TRY(self_double(ts, self));
  return self.as_object()->type() == g_float_type ? self : float_from_double(d);
}
Result<Value> float_m_int(ThreadState& ts, Value self, CallArgs) {
  return int_from_double(ts, PY_TRY(self_double(ts, self)));
}
Result<Value> float_m_floor(ThreadState& ts, Value self, CallArgs) {
  return int_from_double(ts, std::floor(PY_TRY(self_double(ts, self))));
}
Result<Value> float_m_ceil(ThreadState& ts, Value self, CallArgs) {
  return int_from_double(ts, std::ceil(PY_TRY(self_double(ts, self))));
}
Result<Value> float_m_round(ThreadState& ts, Value self, CallArgs args) {
  double d = PY_TRY(self_double(ts, self));
  return float_round(ts, d, args.nargs > 0 ? args[0] : Value());
}
Result<Value> float_m_abs(ThreadState& ts, Value self, CallArgs) {
  return float_from_double(std::fabs(PY_TRY(self_double(ts, self))));
}
Result<Value> float_m_neg(ThreadState& ts, Value self, CallArgs) {
  return float_from_double(-PY_TRY(self_double(ts, self)));
}
Result<Value> float_m_is_integer(ThreadState& ts, Value self, CallArgs) {
  double d = PY_TRY(self_double(ts, self));
  return bool_value(std::isfinite(d) && std::floor(d) == d);
}
Result<Value> float_m_as_integer_ratio(ThreadState& ts, Value self, CallArgs) {
  double d = PY_TRY(self_double(ts, self));
  if (std::isinf(d)) return raise_overflow(ts, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise_value_error(ts, "cannot convert NaN to integer ratio");
  int exponent;
  double fraction = std::frexp(d, &exponent);
  Mpz num, den;
  mpz_set_d(num, std::ldexp(fraction, 53));
  int64_t e = static_cast<int64_t>(exponent) - 53;
  mpz_set_ui(den, 1);
  if (e >= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  } else {
    mp_bitcnt_t twos = mpz_sgn(num) == 0 ? 0 : mpz_scan1(num, 0);
    mp_bitcnt_t shift = std::min<mp_bitcnt_t>(twos, static_cast<mp_bitcnt_t>(-e));
    mpz_tdiv_q_2exp(num, num, shift);
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e) - shift);
  }
  if (mpz_sgn(num) == 0) mpz_set_ui(den, 1);
  Value n = int_from_mpz(num);
  Value dv = int_from_mpz(den);
  return tuple_pack({n, dv});
}
Result<Value> float_m_hex(ThreadState& ts, Value self, CallArgs) {
  return str_from_ascii(float_hex(PY_TRY(self_double(ts, self))));
}
// float.__getformat__(typestr): how C doubles and floats are stored.
Result<Value> float_m_getformat(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "__getformat__() argument must be str, not %s", type_name_of(args[0]).c_str());
  std::string t = str_to_utf8(args[0]);
  if (t != "double" && t != "float")
    return raise_value_error(ts, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_intern(std::endian::native == std::endian::little ? "IEEE, little-endian" : "IEEE, big-endian");
}

Result<Value> float_m_fromhex(ThreadState& ts, Value cls, CallArgs args) {
  if (!is_str_value(args[0]))
    return raise_type_error(ts, "bad argument type for built-in operation");
  double d = PY_TRY(float_fromhex(ts, str_to_utf8(args[0])));
  Value result = float_from_double(d);
  if (cls.as<TypeObject>() != g_float_type) return call(ts, cls, {result});
  return result;
}
Result<Value> float_m_format(ThreadState& ts, Value self, CallArgs args) {
  double d = PY_TRY(self_double(ts, self));
  if (!is_str_value(args[0]))
    return raise_type_error(ts, "__format__() argument must be str, not %s", type_name_of(args[0]).c_str());
  // An empty spec is str(self), which a subclass may override.
  if (type_of(self) != g_float_type && str_length(args[0]) == 0) return str(ts, self);
  return format_float(ts, d, args[0]);
}
Result<Value> float_m_getnewargs(ThreadState& ts, Value self, CallArgs) {
  double d = PY_TRY(self_double(ts, self));
  return tuple_pack({float_from_double(d)});
}
Result<Value> float_get_zero(ThreadState&, Value, CallArgs) { return float_from_double(0.0); }

// -- Binary dunders and comparisons ---------------------------------------------------------

template <BinaryOp Op>
Result<Value> float_m_binary(ThreadState& ts, Value self, CallArgs args) {
  double x = PY_TRY(self_double(ts, self)), y;
  if (!PY_TRY(other_double(ts, args[0], &y))) return g_notimplemented;
  return float_binary(ts, static_cast<int>(Op), x, y);
}

template <BinaryOp Op>
Result<Value> float_m_reflected(ThreadState& ts, Value self, CallArgs args) {
  double y = PY_TRY(self_double(ts, self)), x;
  if (!PY_TRY(other_double(ts, args[0], &x))) return g_notimplemented;
  return float_binary(ts, static_cast<int>(Op), x, y);
}

Status check_no_modulus(ThreadState& ts, CallArgs args) {
  if (args.nargs > 1 && !args[1].is(g_none))
    return raise_type_error(ts, "pow() 3rd argument not allowed unless all arguments are integers");
  return ok_status();
}

Result<Value> float_m_pow(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_no_modulus(ts, args));
  return float_m_binary<BinaryOp::Pow>(ts, self, args);
}

Result<Value> float_m_rpow(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_no_modulus(ts, args));
  return float_m_reflected<BinaryOp::Pow>(ts, self, args);
}

Result<Value> float_m_divmod(ThreadState& ts, Value self, CallArgs args) {
  double x = PY_TRY(self_double(ts, self)), y;
  if (!PY_TRY(other_double(ts, args[0], &y))) return g_notimplemented;
  return float_divmod(ts, x, y);
}

Result<Value> float_m_rdivmod(ThreadState& ts, Value self, CallArgs args) {
  double y = PY_TRY(self_double(ts, self)), x;
  if (!PY_TRY(other_double(ts, args[0], &x))) return g_notimplemented;
  return float_divmod(ts, x, y);
}

template <CompareOp Op>
Result<Value> float_m_compare(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(self_double(ts, self));
  bool handled;
  return number_compare(ts, self, args[0], static_cast<int>(Op), &handled);
}

const NativeMethod kFloatMethods[] = {
    {"__new__", float_new, 0, 1, kNativeStatic, "Create and return a new object."},
    {"__repr__", float_m_repr, 0, 0, kNK, "Return repr(self)."},
    {"__hash__", float_m_hash, 0, 0, kNK, "Return hash(self)."},
    {"__bool__", float_m_bool, 0, 0, kNK, "True if self else False"},
    {"__float__", float_m_float, 0, 0, kNK, "float(self)"},
    {"__int__", float_m_int, 0, 0, kNK, "int(self)"},
    {"__trunc__", float_m_int, 0, 0, kNK, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_m_floor, 0, 0, kNK, "Return the floor as an Integral."},
    {"__ceil__", float_m_ceil, 0, 0, kNK, "Return the ceiling as an Integral."},
    {"__round__", float_m_round, 0, 1, kNK, "Return the Integral closest to x, rounding half toward even."},
    {"__abs__", float_m_abs, 0, 0, kNK, "abs(self)"},
    {"__neg__", float_m_neg, 0, 0, kNK, "-self"},
    {"__pos__", float_m_float, 0, 0, kNK, "+self"},
    {"__format__", float_m_format, 1, 1, kNK, "Formats the float according to format_spec."},
    {"__getnewargs__", float_m_getnewargs, 0, 0, kNK, nullptr},
    {"conjugate", float_m_float, 0, 0, kNK, "Return self, the complex conjugate of any float."},
    {"is_integer", float_m_is_integer, 0, 0, kNK, "Return True if the float is an integer."},
    {"as_integer_ratio", float_m_as_integer_ratio, 0, 0, kNK, "Return integer ratio."},
    {"hex", float_m_hex, 0, 0, kNK, "Return a hexadecimal representation of a floating-point number."},
    {"__getformat__", float_m_getformat, 1, 1, kNativeClass | kNK, nullptr},
    {"fromhex", float_m_fromhex, 1, 1, kNativeClass | kNK, "Create a floating-point number from a hexadecimal string."},
    {"__add__", float_m_binary<BinaryOp::Add>, 1, 1, kNK, "Return self+value."},
    {"__radd__", float_m_reflected<BinaryOp::Add>, 1, 1, kNK, "Return value+self."},
    {"__sub__", float_m_binary<BinaryOp::Sub>, 1, 1, kNK, "Return self-value."},
    {"__rsub__", float_m_reflected<BinaryOp::Sub>, 1, 1, kNK, "Return value-self."},
    {"__mul__", float_m_binary<BinaryOp::Mult>, 1, 1, kNK, "Return self*value."},
    {"__rmul__", float_m_reflected<BinaryOp::Mult>, 1, 1, kNK, "Return value*self."},
    {"__truediv__", float_m_binary<BinaryOp::Div>, 1, 1, kNK, "Return self/value."},
    {"__rtruediv__", float_m_reflected<BinaryOp::Div>, 1, 1, kNK, "Return value/self."},
    {"__floordiv__", float_m_binary<BinaryOp::FloorDiv>, 1, 1, kNK, "Return self//value."},
    {"__rfloordiv__", float_m_reflected<BinaryOp::FloorDiv>, 1, 1, kNK, "Return value//self."},
    {"__mod__", float_m_binary<BinaryOp::Mod>, 1, 1, kNK, "Return self%value."},
    {"__rmod__", float_m_reflected<BinaryOp::Mod>, 1, 1, kNK, "Return value%self."},
    {"__divmod__", float_m_divmod, 1, 1, kNK, "Return divmod(self, value)."},
    {"__rdivmod__", float_m_rdivmod, 1, 1, kNK, "Return divmod(value, self)."},
    {"__pow__", float_m_pow, 1, 2, kNK, "Return pow(self, value, mod)."},
    {"__rpow__", float_m_rpow, 1, 2, kNK, "Return pow(value, self, mod)."},
    {"__eq__", float_m_compare<CompareOp::Eq>, 1, 1, kNK, "Return self==value."},
    {"__ne__", float_m_compare<CompareOp::Ne>, 1, 1, kNK, "Return self!=value."},
    {"__lt__", float_m_compare<CompareOp::Lt>, 1, 1, kNK, "Return self<value."},
    {"__le__", float_m_compare<CompareOp::Le>, 1, 1, kNK, "Return self<=value."},
    {"__gt__", float_m_compare<CompareOp::Gt>, 1, 1, kNK, "Return self>value."},
    {"__ge__", float_m_compare<CompareOp::Ge>, 1, 1, kNK, "Return self>=value."},
};

const NativeMethod kFloatProperties[] = {
    {"real", float_m_float, 0, 0, kNK, "the real part of a complex number"},
    {"imag", float_get_zero, 0, 0, kNK, "the imaginary part of a complex number"},
};

}  // namespace

void init_float_type() {
  add_native_methods(g_float_type, kFloatMethods);
  for (const NativeMethod& p : kFloatProperties) add_native_property(g_float_type, &p, nullptr);
}

}  // namespace pystm
