// runtime/objects/int_methods.cpp — the methods of `int` and `bool`
// (library reference §4.4 "Numeric Types", §4.4.2 "Additional Methods on
// Integer Types"; data model §3.3.8 "Emulating numeric types").
// Owns: init_int_type() and every native method it installs on int and bool.
// Must never: implement arithmetic itself (int_object.cpp does), or return
// anything but NotImplemented from a binary dunder given a non-int operand.
#include <algorithm>
#include <cstring>

#include "runtime/objects/bytes_like.h"
#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/byte_methods.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/int_string_conversion.h"
#include "runtime/objects/list_object.h"
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

// The receiver as an exact int (bools become 0/1).
// The same value as an exact int (bools and int-subclass instances are copied).
Value exact(Value v) {
  if (is_bool_value(v)) return Value::small_int(bool_to_int(v));
  if (v.is_object() && v.as_object()->type() != g_int_type) {
    MpzView z(v);
    return int_from_mpz(z);
  }
  return v;
}

Status require_int(ThreadState& ts, Value self) {
  if (is_int(self)) return ok_status();
  return raise_type_error(ts, "descriptor requires a 'int' object but received a '%s'", type_name_of(self).c_str());
}

// -- Construction: int(x=0), int(x, base=10) ----------------------------------------

Result<Value> int_from_special(ThreadState& ts, Value x, Value name, const char* what) {
  Value result = PY_TRY(call_method(ts, x, name, {}));
  if (!is_int(result))
    return raise_type_error(ts, "%s returned non-int (type %s)", what, type_name_of(result).c_str());
  return exact(result);
}

Result<Value> int_construct(ThreadState& ts, Value x, Value base) {
  if (x.is_null()) {
    if (!base.is_null()) return raise_type_error(ts, "int() missing string argument");
    return Value::small_int(0);
  }
  if (!base.is_null()) {
    Value b = PY_TRY(index_value(ts, base));
    int64_t radix;
    if (!int_to_int64(b, &radix) || (radix != 0 && (radix < 2 || radix > 36)))
      return raise_value_error(ts, "int() base must be >= 2 and <= 36, or 0");
    if (is_str_value(x)) return int_from_string(ts, str_to_utf8(x), static_cast<int>(radix));
    // bytes and bytearray, as in CPython (a memoryview is not accepted here).
    ObjectKind kind = x.is_object() ? x.as_object()->kind() : ObjectKind::Invalid;
    if (kind == ObjectKind::Bytes || kind == ObjectKind::ByteArray) {
      BytesArg text;
      PY_TRY(require_bytes_like(ts, x, &text));
      return int_from_text(ts, text.view, static_cast<int>(radix), x);
    }
    return raise_type_error(ts, "int() can't convert non-string with explicit base");
  }
  if (is_int(x)) return exact(x);
  if (is_float(x)) return int_from_double(ts, float_value(x));
  if (is_str_value(x)) return int_from_string(ts, str_to_utf8(x), 10);
  if (x.is_object() && x.as_object()->kind() == ObjectKind::Bytes)
    return int_from_text(ts, std::string_view(reinterpret_cast<const char*>(bytes_data(x)), bytes_size(x)), 10, x);
  if (!lookup_special(x, g_name___int__).is_null()) return int_from_special(ts, x, g_name___int__, "__int__");
  if (!lookup_special(x, g_name___index__).is_null()) return int_from_special(ts, x, g_name___index__, "__index__");
  if (!lookup_special(x, g_name___trunc__).is_null()) {
    Value result = PY_TRY(call_method(ts, x, g_name___trunc__, {}));
    if (is_int(result)) return exact(result);
    if (lookup_special(result, g_name___index__).is_null())
      return raise_type_error(ts, "__trunc__ returned non-Integral (type %s)", type_name_of(result).c_str());
    return int_from_special(ts, result, g_name___index__, "__index__");
  }
  if (is_bytes_like(x)) {  // bytearray, memoryview: parsed as a bytes copy
    BytesArg text;
    PY_TRY(require_bytes_like(ts, x, &text));
    Value copy = bytes_from(text.view.data(), static_cast<int64_t>(text.view.size()));
    return int_from_text(ts, text.view, 10, copy);
  }
  return raise_type_error(ts, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          type_name_of(x).c_str());
}

Result<Value> int_new(ThreadState& ts, Value, CallArgs args) {
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string name = str_to_utf8(args.kw_name(i));
    if (name != "base") return raise_type_error(ts, "'%s' is an invalid keyword argument for int()", name.c_str());
  }
  Value cls = args[0];
  Value x = args.nargs > 1 ? args[1] : Value();
  Value base = args.nargs > 2 ? args[2] : keyword_arg(args, "base");
  Value result = PY_TRY(int_construct(ts, x, base));
  if (cls.as<TypeObject>() == g_bool_type)
    return raise_type_error(ts, "int.__new__(bool) is not safe, use bool.__new__()");
  // For a subclass, call_builtin_function boxes the result in an instance of
  // it (retype_instance).
  return result;
}

// -- Unary methods and conversions -----------------------------------------------------

Result<Value> int_m_repr(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return int_to_decimal(ts, exact(self));
}
Result<Value> int_m_hash(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return Value::small_int(int_hash(self));
}
Result<Value> int_m_bool(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return bool_value(int_sign(self) != 0);
}
Result<Value> int_m_exact(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return exact(self);
}
Result<Value> int_m_float(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return float_from_double(PY_TRY(int_to_double(ts, self)));
}
Result<Value> int_m_abs(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return int_abs(ts, self);
}
Result<Value> int_m_neg(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return int_neg(ts, self);
}
Result<Value> int_m_invert(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return int_invert(ts, self);
}
Result<Value> int_m_bit_length(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return int_from_int64(int_bit_length(self));
}
Result<Value> int_m_bit_count(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  MpzView z(self);
  Mpz magnitude;
  mpz_abs(magnitude, z);
  return int_from_uint64(mpz_popcount(magnitude));
}
Result<Value> int_m_as_integer_ratio(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return tuple_pack({exact(self), Value::small_int(1)});
}
Result<Value> int_m_round(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  Value ndigits = args.nargs > 0 ? args[0] : Value();
  if (!ndigits.is_null() && !ndigits.is(g_none)) ndigits = PY_TRY(index_value(ts, ndigits));
  return int_round(ts, self, ndigits);
}
Result<Value> int_m_format(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_str_value(args[0]))
    return raise_type_error(ts, "__format__() argument must be str, not %s", type_name_of(args[0]).c_str());
  // An empty spec is str(self), which a subclass (bool, enums) may override.
  if (!self.is_small_int() && type_of(self) != g_int_type && str_length(args[0]) == 0) return str(ts, self);
  return format_int(ts, self, args[0]);
}
Result<Value> int_m_getnewargs(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(require_int(ts, self));
  return tuple_pack({exact(self)});
}

// -- to_bytes / from_bytes ------------------------------------------------------------

Result<bool> parse_byteorder(ThreadState& ts, Value order) {
  if (order.is_null()) return false;  // 'big' is the default since 3.11
  if (!is_str_value(order))
    return raise_type_error(ts, "to_bytes() argument 'byteorder' must be str, not %s", type_name_of(order).c_str());
  std::string s = str_to_utf8(order);
  if (s == "little") return true;
  if (s == "big") return false;
  return raise_value_error(ts, "byteorder must be either 'little' or 'big'");
}

Result<Value> int_m_to_bytes(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  PY_TRY(check_keywords(ts, "to_bytes", args, {"length", "byteorder", "signed"}));
  if (args.nargs > 2)  // `signed` is keyword-only
    return raise_type_error(ts, "to_bytes() takes at most 2 positional arguments (%zu given)", args.nargs);
  Value length_v = args.nargs > 0 ? args[0] : keyword_arg(args, "length");
  Value order_v = args.nargs > 1 ? args[1] : keyword_arg(args, "byteorder");
  Value signed_v = keyword_arg(args, "signed");
  int64_t length = 1;
  if (!length_v.is_null()) length = PY_TRY(index_as_ssize(ts, length_v));
  if (length < 0) return raise_value_error(ts, "length argument must be non-negative");
  bool little = PY_TRY(parse_byteorder(ts, order_v));
  bool is_signed = signed_v.is_null() ? false : PY_TRY(is_true(ts, signed_v));
  MpzView z(self);
  if (!is_signed && mpz_sgn(z) < 0) return raise_overflow(ts, "can't convert negative int to unsigned");
  // Two's complement in `length` bytes: add 2^(8*length) to negative values.
  Mpz value;
  mpz_set(value, z);
  if (mpz_sgn(value) < 0) {
    Mpz power;
    mpz_ui_pow_ui(power, 2, static_cast<unsigned long>(8 * length));
    mpz_add(value, value, power);
  }
  size_t needed = mpz_sgn(value) == 0 ? 0 : (mpz_sizeinbase(value, 2) + 7) / 8;
  bool overflow = needed > static_cast<size_t>(length) || mpz_sgn(value) < 0;
  if (!overflow && is_signed && length > 0) {
    // The top bit must match the sign.
    bool top_bit = mpz_tstbit(value, static_cast<mp_bitcnt_t>(8 * length - 1));
    overflow = top_bit != (mpz_sgn(z) < 0);
  } else if (!overflow && is_signed && length == 0) {
    overflow = mpz_sgn(z) != 0;
  }
  if (overflow) return raise_overflow(ts, "int too big to convert");
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (needed > 0) mpz_export(out.data(), &count, -1, 1, 0, 0, value);  // little-endian bytes
  if (!little) std::reverse(out.begin(), out.end());
  return bytes_from(out.data(), length);
}

Result<Value> int_m_from_bytes(ThreadState& ts, Value cls, CallArgs args) {
  PY_TRY(check_keywords(ts, "from_bytes", args, {"bytes", "byteorder", "signed"}));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "bytes");
  Value order_v = args.nargs > 1 ? args[1] : keyword_arg(args, "byteorder");
  Value signed_v = keyword_arg(args, "signed");
  if (data.is_null()) return raise_type_error(ts, "from_bytes() missing required argument 'bytes' (pos 1)");
  bool little = PY_TRY(parse_byteorder(ts, order_v));
  bool is_signed = signed_v.is_null() ? false : PY_TRY(is_true(ts, signed_v));
  std::string bytes;
  bytes = PY_TRY(bytes_from_object(ts, data));
  if (!little) std::reverse(bytes.begin(), bytes.end());
  Mpz value;
  if (!bytes.empty()) mpz_import(value, bytes.size(), -1, 1, 0, 0, bytes.data());
  if (is_signed && !bytes.empty() && (static_cast<uint8_t>(bytes.back()) & 0x80)) {
    Mpz power;
    mpz_ui_pow_ui(power, 2, 8 * bytes.size());
    mpz_sub(value, value, power);
  }
  Value result = int_from_mpz(value);
  if (cls.as<TypeObject>() != g_int_type) return call(ts, cls, {result});
  return result;
}

// -- Binary dunders and comparisons -----------------------------------------------------

template <BinaryOp Op>
Result<Value> int_m_binary(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_int(args[0])) return g_notimplemented;
  return int_binary(ts, self, args[0], static_cast<uint32_t>(Op));
}

template <BinaryOp Op>
Result<Value> int_m_reflected(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_int(args[0])) return g_notimplemented;
  return int_binary(ts, args[0], self, static_cast<uint32_t>(Op));
}

Result<Value> int_m_pow(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  Value mod = args.nargs > 1 ? args[1] : Value();
  if (mod.is(g_none)) mod = Value();
  if (!is_int(args[0]) || (!mod.is_null() && !is_int(mod))) return g_notimplemented;
  return int_pow(ts, self, args[0], mod);
}

Result<Value> int_m_rpow(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  Value mod = args.nargs > 1 ? args[1] : Value();
  if (mod.is(g_none)) mod = Value();
  if (!is_int(args[0]) || (!mod.is_null() && !is_int(mod))) return g_notimplemented;
  return int_pow(ts, args[0], self, mod);
}

Result<Value> int_m_divmod(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_int(args[0])) return g_notimplemented;
  return int_divmod(ts, self, args[0]);
}

Result<Value> int_m_rdivmod(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_int(args[0])) return g_notimplemented;
  return int_divmod(ts, args[0], self);
}

template <CompareOp Op>
Result<Value> int_m_compare(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(require_int(ts, self));
  if (!is_int(args[0])) return g_notimplemented;
  bool handled;
  return number_compare(ts, self, args[0], static_cast<int>(Op), &handled);
}

// -- Properties -------------------------------------------------------------------------

Result<Value> int_get_zero(ThreadState&, Value, CallArgs) { return Value::small_int(0); }
Result<Value> int_get_one(ThreadState&, Value, CallArgs) { return Value::small_int(1); }

// -- bool --------------------------------------------------------------------------------

Result<Value> bool_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nkw() > 0) return raise_type_error(ts, "bool() takes no keyword arguments");
  if (args.nargs > 2) return raise_type_error(ts, "bool expected at most 1 argument, got %zu", args.nargs - 1);
  if (args.nargs < 2) return g_false;
  return bool_value(PY_TRY(is_true(ts, args[1])));
}

Result<Value> bool_m_repr(ThreadState& ts, Value self, CallArgs) {
  if (!is_bool_value(self)) return raise_type_error(ts, "descriptor '__repr__' requires a 'bool' object");
  return str_from_ascii(self.is(g_true) ? "True" : "False");
}

const NativeMethod kIntMethods[] = {
    {"__new__", int_new, 0, 2, kNativeStatic, "Create and return a new object."},
    {"__repr__", int_m_repr, 0, 0, kNK, "Return repr(self)."},
    {"__hash__", int_m_hash, 0, 0, kNK, "Return hash(self)."},
    {"__bool__", int_m_bool, 0, 0, kNK, "True if self else False"},
    {"__index__", int_m_exact, 0, 0, kNK, "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__int__", int_m_exact, 0, 0, kNK, "int(self)"},
    {"__float__", int_m_float, 0, 0, kNK, "float(self)"},
    {"__abs__", int_m_abs, 0, 0, kNK, "abs(self)"},
    {"__neg__", int_m_neg, 0, 0, kNK, "-self"},
    {"__pos__", int_m_exact, 0, 0, kNK, "+self"},
    {"__invert__", int_m_invert, 0, 0, kNK, "~self"},
    {"__trunc__", int_m_exact, 0, 0, kNK, "Truncating an Integral returns itself."},
    {"__floor__", int_m_exact, 0, 0, kNK, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_exact, 0, 0, kNK, "Ceiling of an Integral returns itself."},
    {"__round__", int_m_round, 0, 1, kNK, "Rounding an Integral returns itself."},
    {"__format__", int_m_format, 1, 1, kNK, "Convert to a string according to format_spec."},
    {"__getnewargs__", int_m_getnewargs, 0, 0, kNK, nullptr},
    {"conjugate", int_m_exact, 0, 0, kNK, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_m_bit_length, 0, 0, kNK, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, 0, 0, kNK, "Number of ones in the binary representation of the absolute value of self."},
    {"as_integer_ratio", int_m_as_integer_ratio, 0, 0, kNK, "Return integer ratio."},
    {"to_bytes", int_m_to_bytes, 0, -1, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, 0, 2, kNativeClass, "Return the integer represented by the given array of bytes."},
    {"__add__", int_m_binary<BinaryOp::Add>, 1, 1, kNK, "Return self+value."},
    {"__radd__", int_m_reflected<BinaryOp::Add>, 1, 1, kNK, "Return value+self."},
    {"__sub__", int_m_binary<BinaryOp::Sub>, 1, 1, kNK, "Return self-value."},
    {"__rsub__", int_m_reflected<BinaryOp::Sub>, 1, 1, kNK, "Return value-self."},
    {"__mul__", int_m_binary<BinaryOp::Mult>, 1, 1, kNK, "Return self*value."},
    {"__rmul__", int_m_reflected<BinaryOp::Mult>, 1, 1, kNK, "Return value*self."},
    {"__truediv__", int_m_binary<BinaryOp::Div>, 1, 1, kNK, "Return self/value."},
    {"__rtruediv__", int_m_reflected<BinaryOp::Div>, 1, 1, kNK, "Return value/self."},
    {"__floordiv__", int_m_binary<BinaryOp::FloorDiv>, 1, 1, kNK, "Return self//value."},
    {"__rfloordiv__", int_m_reflected<BinaryOp::FloorDiv>, 1, 1, kNK, "Return value//self."},
    {"__mod__", int_m_binary<BinaryOp::Mod>, 1, 1, kNK, "Return self%value."},
    {"__rmod__", int_m_reflected<BinaryOp::Mod>, 1, 1, kNK, "Return value%self."},
    {"__divmod__", int_m_divmod, 1, 1, kNK, "Return divmod(self, value)."},
    {"__rdivmod__", int_m_rdivmod, 1, 1, kNK, "Return divmod(value, self)."},
    {"__pow__", int_m_pow, 1, 2, kNK, "Return pow(self, value, mod)."},
    {"__rpow__", int_m_rpow, 1, 2, kNK, "Return pow(value, self, mod)."},
    {"__lshift__", int_m_binary<BinaryOp::LShift>, 1, 1, kNK, "Return self<<value."},
    {"__rlshift__", int_m_reflected<BinaryOp::LShift>, 1, 1, kNK, "Return value<<self."},
    {"__rshift__", int_m_binary<BinaryOp::RShift>, 1, 1, kNK, "Return self>>value."},
    {"__rrshift__", int_m_reflected<BinaryOp::RShift>, 1, 1, kNK, "Return value>>self."},
    {"__and__", int_m_binary<BinaryOp::BitAnd>, 1, 1, kNK, "Return self&value."},
    {"__rand__", int_m_reflected<BinaryOp::BitAnd>, 1, 1, kNK, "Return value&self."},
    {"__or__", int_m_binary<BinaryOp::BitOr>, 1, 1, kNK, "Return self|value."},
    {"__ror__", int_m_reflected<BinaryOp::BitOr>, 1, 1, kNK, "Return value|self."},
    {"__xor__", int_m_binary<BinaryOp::BitXor>, 1, 1, kNK, "Return self^value."},
    {"__rxor__", int_m_reflected<BinaryOp::BitXor>, 1, 1, kNK, "Return value^self."},
    {"__eq__", int_m_compare<CompareOp::Eq>, 1, 1, kNK, "Return self==value."},
    {"__ne__", int_m_compare<CompareOp::Ne>, 1, 1, kNK, "Return self!=value."},
    {"__lt__", int_m_compare<CompareOp::Lt>, 1, 1, kNK, "Return self<value."},
    {"__le__", int_m_compare<CompareOp::Le>, 1, 1, kNK, "Return self<=value."},
    {"__gt__", int_m_compare<CompareOp::Gt>, 1, 1, kNK, "Return self>value."},
    {"__ge__", int_m_compare<CompareOp::Ge>, 1, 1, kNK, "Return self>=value."},
};

const NativeMethod kIntProperties[] = {
    {"real", int_m_exact, 0, 0, kNK, "the real part of a complex number"},
    {"imag", int_get_zero, 0, 0, kNK, "the imaginary part of a complex number"},
    {"numerator", int_m_exact, 0, 0, kNK, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, 0, 0, kNK, "the denominator of a rational number in lowest terms"},
};

// bool overrides only what differs from int: & | ^ of two bools stay bool,
// which int_binary already does, so only construction and repr.
const NativeMethod kBoolMethods[] = {
    {"__new__", bool_new, 0, -1, kNativeStatic, "Create and return a new object."},
    {"__repr__", bool_m_repr, 0, 0, kNK, "Return repr(self)."},
};

}  // namespace

void init_int_type() {
  add_native_methods(g_int_type, kIntMethods);
  for (const NativeMethod& p : kIntProperties) add_native_property(g_int_type, &p, nullptr);
  add_native_methods(g_bool_type, kBoolMethods);
}

}  // namespace pystm
