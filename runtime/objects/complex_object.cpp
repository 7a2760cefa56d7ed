// runtime/objects/complex_object.cpp — the `complex` type (library reference
// §4.4 "Numeric Types"; language reference §2.4.7 imaginary literals).
// Owns: complex arithmetic (CPython 3.11's _Py_c_* algorithms, so results
// match bit for bit), the constructor and its string parser, hash, repr and
// every method installed on `complex`.
// Must never: order complex numbers (only == and != are defined), or give
// `complex` the floor-division, modulo and divmod operators 3.11 removed.
#include "runtime/objects/complex_object.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/str_unicode.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

Value complex_from_doubles(double real, double imag) {
  auto* obj = allocate_object<ComplexObject>(g_complex_type);
  ComplexObject* c = stm::view(obj);
  c->real = real;
  c->imag = imag;
  return Value::from_object(obj);
}

bool is_complex(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Complex; }

// -- repr ------------------------------------------------------------------------

// One part as repr() writes it inside a complex: the shortest round-trip
// digits without the '.0' float's repr adds to integral values.
static std::string complex_part_repr(double d) {
  std::string r = float_repr(std::fabs(d));
  if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
  return r;
}

std::string complex_repr(ComplexValue c) {
  std::string imag_sign = std::signbit(c.imag) && !std::isnan(c.imag) ? "-" : "+";
  if (c.real == 0.0 && !std::signbit(c.real)) {
    return (imag_sign == "-" ? "-" : "") + complex_part_repr(c.imag) + "j";
  }
  std::string real_sign = std::signbit(c.real) && !std::isnan(c.real) ? "-" : "";
  return "(" + real_sign + complex_part_repr(c.real) + imag_sign + complex_part_repr(c.imag) + "j)";
}

// hash(real) + 1000003 * hash(imag) in unsigned arithmetic (CPython's
// _PyHASH_IMAG); a NaN part hashes by the object's identity, as float does.
int64_t complex_object_hash(Value v) {
  ComplexValue c = complex_value(v);
  auto part = [&](double d) -> uint64_t {
    if (!std::isnan(d)) return static_cast<uint64_t>(float_hash(d));
    uint64_t bits = v.bits();
    return (bits >> 4) | (bits << 60);
  };
  uint64_t combined = part(c.real) + 1000003u * part(c.imag);
  int64_t h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

// -- Arithmetic (CPython's Objects/complexobject.c algorithms) --------------------

namespace {

using bytecode::BinaryOp;
using bytecode::CompareOp;
constexpr uint32_t kNK = kNativeNoKeywords;

ComplexValue c_sum(ComplexValue a, ComplexValue b) { return {a.real + b.real, a.imag + b.imag}; }
ComplexValue c_diff(ComplexValue a, ComplexValue b) { return {a.real - b.real, a.imag - b.imag}; }
ComplexValue c_prod(ComplexValue a, ComplexValue b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's method: divide through by the larger component of b. *zero is set
// when b is 0.
ComplexValue c_quot(ComplexValue a, ComplexValue b, bool* zero) {
  double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  double nan = std::nan("");
  return {nan, nan};  // a component of b is a NaN
}

// a ** b in polar form; *edom for 0 to a negative or complex power.
ComplexValue c_pow(ComplexValue a, ComplexValue b, bool* edom) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *edom = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

ComplexValue c_powu(ComplexValue x, long n) {
  ComplexValue r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

ComplexValue c_powi(ComplexValue x, long n, bool* zero) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), zero);
}

}  // namespace

// Errors as CPython reports them: errno from the libm calls counts (cos(inf)
// sets EDOM), an infinite result is ERANGE, and ERANGE from an underflow is
// forgiven when the result is finite (_Py_ADJUST_ERANGE2).
Result<Value> complex_power(ThreadState& ts, ComplexValue a, ComplexValue b) {
  bool edom = false;
  ComplexValue p;
  errno = 0;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    p = c_powi(a, static_cast<long>(b.real), &edom);
  } else {
    p = c_pow(a, b, &edom);
  }
  int err = edom ? EDOM : errno;
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) return raise_zero_division(ts, "0.0 to a negative or complex power");
  if (err == ERANGE) return raise_overflow(ts, "complex exponentiation");
  return complex_from_doubles(p.real, p.imag);
}

namespace {

// The other operand of an arithmetic dunder as a complex; false (no
// exception) when it is not an int, float or complex.
Result<bool> other_complex(ThreadState& ts, Value other, ComplexValue* out) {
  if (is_complex(other)) {
    *out = complex_value(other);
    return true;
  }
  if (is_float(other)) {
    *out = {float_value(other), 0.0};
    return true;
  }
  if (is_int(other)) {
    *out = {PY_TRY(int_to_double(ts, other)), 0.0};
    return true;
  }
  return false;
}

Result<ComplexValue> self_complex(ThreadState& ts, Value self) {
  if (is_complex(self)) return complex_value(self);
  return raise_type_error(ts, "descriptor requires a 'complex' object but received a '%s'",
                          type_name_of(self).c_str());
}

Result<Value> complex_binary(ThreadState& ts, BinaryOp op, ComplexValue a, ComplexValue b) {
  switch (op) {
    case BinaryOp::Add: { ComplexValue r = c_sum(a, b); return complex_from_doubles(r.real, r.imag); }
    case BinaryOp::Sub: { ComplexValue r = c_diff(a, b); return complex_from_doubles(r.real, r.imag); }
    case BinaryOp::Mult: { ComplexValue r = c_prod(a, b); return complex_from_doubles(r.real, r.imag); }
    case BinaryOp::Div: {
      bool zero = false;
      ComplexValue r = c_quot(a, b, &zero);
      if (zero) return raise_zero_division(ts, "complex division by zero");
      return complex_from_doubles(r.real, r.imag);
    }
    case BinaryOp::Pow: return complex_power(ts, a, b);
    default: return g_notimplemented;
  }
}

template <BinaryOp Op>
Result<Value> complex_m_binary(ThreadState& ts, Value self, CallArgs args) {
  ComplexValue a = PY_TRY(self_complex(ts, self)), b;
  if (!PY_TRY(other_complex(ts, args[0], &b))) return g_notimplemented;
  return complex_binary(ts, Op, a, b);
}

template <BinaryOp Op>
Result<Value> complex_m_reflected(ThreadState& ts, Value self, CallArgs args) {
  ComplexValue b = PY_TRY(self_complex(ts, self)), a;
  if (!PY_TRY(other_complex(ts, args[0], &a))) return g_notimplemented;
  return complex_binary(ts, Op, a, b);
}

Result<Value> complex_m_pow(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1 && !args[1].is(g_none)) return raise_value_error(ts, "complex modulo");
  return complex_m_binary<BinaryOp::Pow>(ts, self, args);
}
Result<Value> complex_m_rpow(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1 && !args[1].is(g_none)) return raise_value_error(ts, "complex modulo");
  return complex_m_reflected<BinaryOp::Pow>(ts, self, args);
}

// == and != only; an int compares exactly with the real part (no rounding
// of huge ints), ordering is not defined.
template <CompareOp Op>
Result<Value> complex_m_compare(ThreadState& ts, Value self, CallArgs args) {
  ComplexValue a = PY_TRY(self_complex(ts, self));
  if (Op != CompareOp::Eq && Op != CompareOp::Ne) return g_notimplemented;
  Value other = args[0];
  bool equal;
  if (is_int(other)) {
    if (a.imag != 0.0) {
      equal = false;
    } else {
      bool handled;
      Value r = PY_TRY(number_compare(ts, float_from_double(a.real), other, static_cast<int>(CompareOp::Eq), &handled));
      equal = r.is(g_true);
    }
  } else if (is_float(other)) {
    equal = a.real == float_value(other) && a.imag == 0.0;
  } else if (is_complex(other)) {
    ComplexValue b = complex_value(other);
    equal = a.real == b.real && a.imag == b.imag;
  } else {
    return g_notimplemented;
  }
  return bool_value(Op == CompareOp::Eq ? equal : !equal);
}

// -- Construction: complex(real=0, imag=0) -------------------------------------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Parses a float at s[*i] (sign, digits, fraction, exponent, inf/nan) and
// advances *i past it; false when there is none.
bool parse_float_prefix(const std::string& s, size_t* i, double* out) {
  size_t p = *i;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  auto ci_match = [&](size_t at, const char* word) {
    size_t n = std::strlen(word);
    if (at + n > s.size()) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
    return true;
  };
  size_t end;
  if (ci_match(p, "infinity")) {
    end = p + 8;
  } else if (ci_match(p, "inf") || ci_match(p, "nan")) {
    end = p + 3;
  } else {
    size_t q = p, digits = 0;
    while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q, ++digits;
    if (q < s.size() && s[q] == '.') {
      ++q;
      while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q, ++digits;
    }
    if (digits == 0) return false;
    if (q < s.size() && (s[q] == 'e' || s[q] == 'E')) {
      size_t e = q + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      if (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) {
        while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
        q = e;
      }
    }
    end = q;
  }
  std::string text = s.substr(*i, end - *i);
  *out = std::strtod(text.c_str(), nullptr);
  *i = end;
  return true;
}

// Underscores are allowed only between digits (as in numeric literals).
bool strip_underscores(const std::string& in, std::string* out) {
  for (size_t k = 0; k < in.size(); ++k) {
    if (in[k] != '_') { *out += in[k]; continue; }
    if (k == 0 || k + 1 >= in.size() || !std::isdigit(static_cast<unsigned char>(in[k - 1])) ||
        !std::isdigit(static_cast<unsigned char>(in[k + 1])))
      return false;
  }
  return true;
}

Result<Value> complex_from_text(ThreadState& ts, Value text) {
  // Unicode whitespace and decimal digits count as their ASCII equivalents
  // (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII); anything else
  // non-ASCII makes the string malformed.
  std::string raw, s;
  for (int64_t k = 0; k < str_length(text); ++k) {
    uint32_t cp = str_char_at(text, k);
    if (cp < 128) raw += static_cast<char>(cp);
    else if (unicode::is_space(cp)) raw += ' ';
    else if (unicode::decimal_value(cp) >= 0) raw += static_cast<char>('0' + unicode::decimal_value(cp));
    else raw += '?';
  }
  auto malformed = [&]() -> Error { return raise_value_error(ts, "complex() arg is a malformed string"); };
  if (!strip_underscores(raw, &s)) {
    std::string r = PY_TRY(repr_utf8(ts, text));
    return raise_value_error(ts, "could not convert string to complex: %s", r.c_str());
  }
  if (raw.find('\0') != std::string::npos) return malformed();
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  bool bracket = false;
  if (i < s.size() && s[i] == '(') {
    bracket = true;
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  double x = 0.0, y = 0.0, z;
  size_t before = i;
  auto is_j = [&](size_t at) { return at < s.size() && (s[at] == 'j' || s[at] == 'J'); };
  if (parse_float_prefix(s, &i, &z)) {
    (void)before;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      x = z;
      if (!parse_float_prefix(s, &i, &y)) {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(i)) return malformed();
      ++i;
    } else if (is_j(i)) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!is_j(i)) return malformed();
    ++i;
  }
  while (i < s.size() && is_space(s[i])) ++i;
  if (bracket) {
    if (i >= s.size() || s[i] != ')') return malformed();
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  if (i != s.size()) return malformed();
  return complex_from_doubles(x, y);
}

// Has nb_float or nb_index: float, int, __float__ or __index__.
bool is_real_number(Value v) {
  return is_float(v) || is_int(v) || !lookup_special(v, g_name___float__).is_null() ||
         !lookup_special(v, g_name___index__).is_null();
}

// PyNumber_Float without strings: float, int, __float__, __index__; false
// when v is none of them.
Result<bool> real_number(ThreadState& ts, Value v, double* out) {
  if (is_float(v)) { *out = float_value(v); return true; }
  if (is_int(v)) { *out = PY_TRY(int_to_double(ts, v)); return true; }
  if (!lookup_special(v, g_name___float__).is_null() || !lookup_special(v, g_name___index__).is_null()) {
    Value f = PY_TRY(call(ts, Value::from_object(g_float_type), {v}));
    *out = float_value(f);
    return true;
  }
  return false;
}

// The __complex__ protocol: *found is false when v has no __complex__.
Result<Value> try_dunder_complex(ThreadState& ts, Value v, bool* found) {
  Value method = lookup_special(v, str_intern("__complex__"));
  *found = !method.is_null();
  if (!*found) return Value::absent();
  Value r = PY_TRY(call_special(ts, method, v, {}));
  if (!is_complex(r))
    return raise_type_error(ts, "__complex__ returned non-complex (type %s)", type_name_of(r).c_str());
  return r;
}

Result<Value> complex_new(ThreadState& ts, Value, CallArgs args) {
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string name = str_to_utf8(args.kw_name(k));
    if (name != "real" && name != "imag")
      return raise_type_error(ts, "'%s' is an invalid keyword argument for complex()", name.c_str());
  }
  if (args.nargs > 3) return raise_type_error(ts, "complex() takes at most 2 arguments (%zu given)", args.nargs - 1);
  Value r = args.nargs > 1 ? args[1] : keyword_arg(args, "real");
  Value i = args.nargs > 2 ? args[2] : keyword_arg(args, "imag");
  if (args.nargs > 1 && !keyword_arg(args, "real").is_null())
    return raise_type_error(ts, "argument for complex() given by name ('real') and position (1)");
  if (args.nargs > 2 && !keyword_arg(args, "imag").is_null())
    return raise_type_error(ts, "argument for complex() given by name ('imag') and position (2)");
  if (r.is_null()) r = Value::small_int(0);
  if (is_instance_of(r, g_str_type)) {
    if (!i.is_null()) return raise_type_error(ts, "complex() can't take second arg if first is a string");
    return complex_from_text(ts, r);
  }
  if (!i.is_null() && is_instance_of(i, g_str_type))
    return raise_type_error(ts, "complex() second arg can't be a string");
  // 1. The real argument: __complex__ first, then a real number.
  ComplexValue cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false, found;
  Value via_dunder = PY_TRY(try_dunder_complex(ts, r, &found));
  if (found) {
    if (i.is_null() && type_of(via_dunder) == g_complex_type) return via_dunder;
    cr = complex_value(via_dunder);
    cr_is_complex = true;
  } else if (is_complex(r)) {
    if (i.is_null() && type_of(r) == g_complex_type) return r;
    cr = complex_value(r);
    cr_is_complex = true;
  } else if (!is_real_number(r)) {
    return raise_type_error(ts, "complex() first argument must be a string or a number, not '%s'",
                            type_name_of(r).c_str());
  }
  // Both arguments' types are checked before either is converted.
  if (!i.is_null() && !is_complex(i) && !is_real_number(i))
    return raise_type_error(ts, "complex() second argument must be a number, not '%s'", type_name_of(i).c_str());
  if (!cr_is_complex) PY_TRY(real_number(ts, r, &cr.real));
  // 2. The imaginary argument: a complex or a real number.
  if (i.is_null()) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = complex_value(i);
    ci_is_complex = true;
  } else if (!PY_TRY(real_number(ts, i, &ci.real))) {
    return raise_type_error(ts, "complex() second argument must be a number, not '%s'", type_name_of(i).c_str());
  }
  // 3. complex(a + bj, c + dj) == (a - d) + (b + c)j.
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && !i.is_null()) ci.real += cr.imag;
  return complex_from_doubles(cr.real, ci.real);
}

// -- Methods ------------------------------------------------------------------------

Result<Value> complex_m_repr(ThreadState& ts, Value self, CallArgs) {
  return str_from_ascii(complex_repr(PY_TRY(self_complex(ts, self))));
}
Result<Value> complex_m_hash(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(self_complex(ts, self));
  return int_from_int64(complex_object_hash(self));
}
Result<Value> complex_m_bool(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  return bool_value(c.real != 0.0 || c.imag != 0.0);
}
Result<Value> complex_m_abs(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  if (std::isinf(c.real) || std::isinf(c.imag)) return float_from_double(HUGE_VAL);
  if (std::isnan(c.real) || std::isnan(c.imag)) return float_from_double(std::nan(""));
  double r = std::hypot(c.real, c.imag);
  if (std::isinf(r)) return raise_overflow(ts, "absolute value too large");
  return float_from_double(r);
}
Result<Value> complex_m_neg(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  return complex_from_doubles(-c.real, -c.imag);
}
Result<Value> complex_m_pos(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  return type_of(self) == g_complex_type ? self : complex_from_doubles(c.real, c.imag);
}
Result<Value> complex_m_conjugate(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  return complex_from_doubles(c.real, -c.imag);
}
Result<Value> complex_m_getnewargs(ThreadState& ts, Value self, CallArgs) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  return tuple_pack({float_from_double(c.real), float_from_double(c.imag)});
}
Result<Value> complex_m_format(ThreadState& ts, Value self, CallArgs args) {
  ComplexValue c = PY_TRY(self_complex(ts, self));
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "__format__() argument must be str, not %s", type_name_of(args[0]).c_str());
  // An empty spec is str(self), which a subclass may override.
  if (str_length(args[0]) == 0)
    return type_of(self) == g_complex_type ? str_from_ascii(complex_repr(c)) : str(ts, self);
  return format_complex(ts, c.real, c.imag, args[0]);
}
Result<Value> complex_get_real(ThreadState& ts, Value self, CallArgs) {
  return float_from_double(PY_TRY(self_complex(ts, self)).real);
}
Result<Value> complex_get_imag(ThreadState& ts, Value self, CallArgs) {
  return float_from_double(PY_TRY(self_complex(ts, self)).imag);
}

const NativeMethod kComplexMethods[] = {
    {"__new__", complex_new, 0, -1, kNativeStatic, "Create and return a new object."},
    {"__repr__", complex_m_repr, 0, 0, kNK, "Return repr(self)."},
    {"__hash__", complex_m_hash, 0, 0, kNK, "Return hash(self)."},
    {"__bool__", complex_m_bool, 0, 0, kNK, "True if self else False"},
    {"__abs__", complex_m_abs, 0, 0, kNK, "abs(self)"},
    {"__neg__", complex_m_neg, 0, 0, kNK, "-self"},
    {"__pos__", complex_m_pos, 0, 0, kNK, "+self"},
    {"__complex__", complex_m_pos, 0, 0, kNK, "Convert this value to exact type complex."},
    {"__format__", complex_m_format, 1, 1, kNK, "Convert to a string according to format_spec."},
    {"__getnewargs__", complex_m_getnewargs, 0, 0, kNK, nullptr},
    {"conjugate", complex_m_conjugate, 0, 0, kNK, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__add__", complex_m_binary<BinaryOp::Add>, 1, 1, kNK, "Return self+value."},
    {"__radd__", complex_m_reflected<BinaryOp::Add>, 1, 1, kNK, "Return value+self."},
    {"__sub__", complex_m_binary<BinaryOp::Sub>, 1, 1, kNK, "Return self-value."},
    {"__rsub__", complex_m_reflected<BinaryOp::Sub>, 1, 1, kNK, "Return value-self."},
    {"__mul__", complex_m_binary<BinaryOp::Mult>, 1, 1, kNK, "Return self*value."},
    {"__rmul__", complex_m_reflected<BinaryOp::Mult>, 1, 1, kNK, "Return value*self."},
    {"__truediv__", complex_m_binary<BinaryOp::Div>, 1, 1, kNK, "Return self/value."},
    {"__rtruediv__", complex_m_reflected<BinaryOp::Div>, 1, 1, kNK, "Return value/self."},
    {"__pow__", complex_m_pow, 1, 2, kNK, "Return pow(self, value, mod)."},
    {"__rpow__", complex_m_rpow, 1, 2, kNK, "Return pow(value, self, mod)."},
    {"__eq__", complex_m_compare<CompareOp::Eq>, 1, 1, kNK, "Return self==value."},
    {"__ne__", complex_m_compare<CompareOp::Ne>, 1, 1, kNK, "Return self!=value."},
    {"__lt__", complex_m_compare<CompareOp::Lt>, 1, 1, kNK, "Return self<value."},
    {"__le__", complex_m_compare<CompareOp::Le>, 1, 1, kNK, "Return self<=value."},
    {"__gt__", complex_m_compare<CompareOp::Gt>, 1, 1, kNK, "Return self>value."},
    {"__ge__", complex_m_compare<CompareOp::Ge>, 1, 1, kNK, "Return self>=value."},
};

const NativeMethod kComplexProperties[] = {
    {"real", complex_get_real, 0, 0, kNK, "the real part of a complex number"},
    {"imag", complex_get_imag, 0, 0, kNK, "the imaginary part of a complex number"},
};

}  // namespace

void init_complex_type() {
  add_native_methods(g_complex_type, kComplexMethods);
  for (const NativeMethod& p : kComplexProperties) add_native_property(g_complex_type, &p, nullptr);
}

ComplexValue complex_quotient(ComplexValue a, ComplexValue b, bool* zero) { return c_quot(a, b, zero); }
Result<Value> complex_from_dunder(ThreadState& ts, Value v, bool* found) { return try_dunder_complex(ts, v, found); }

}  // namespace pystm
