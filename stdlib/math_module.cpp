// stdlib/math_module.cpp — the `math` module (library reference "math —
// Mathematical functions"): C99 functions on floats with CPython's error
// rules (ValueError "math domain error", OverflowError "math range error"),
// exact integer functions on ints.
#include <cerrno>
#include <cmath>
#include <limits>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_support.h"

namespace pystm {

namespace {

Result<double> to_double(ThreadState& ts, Value v) { return arg_as_double(ts, v); }

// Applies f with CPython's checks: a nan result from a non-nan argument is a
// domain error; an infinite result from a finite argument is a range error
// (unless the function may legitimately overflow to inf).
Result<Value> unary(ThreadState& ts, CallArgs args, double (*f)(double), bool can_overflow = true) {
  double x = PY_TRY(to_double(ts, args[0]));
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return raise_value_error(ts, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) return raise_overflow(ts, "math range error");
    return raise_value_error(ts, "math domain error");
  }
  return float_from_double(r);
}

#define MATH_UNARY(name, fn, overflow)                                   \
  Result<Value> math_##name(ThreadState& ts, Value, CallArgs args) {     \
    return unary(ts, args, [](double x) { return fn(x); }, overflow);    \
  }
MATH_UNARY(sqrt, std::sqrt, true)
MATH_UNARY(exp, std::exp, true)
MATH_UNARY(exp2, std::exp2, true)
MATH_UNARY(expm1, std::expm1, true)
MATH_UNARY(sin, std::sin, true)
MATH_UNARY(cos, std::cos, true)
MATH_UNARY(tan, std::tan, true)
MATH_UNARY(asin, std::asin, true)
MATH_UNARY(acos, std::acos, true)
MATH_UNARY(atan, std::atan, true)
MATH_UNARY(sinh, std::sinh, true)
MATH_UNARY(cosh, std::cosh, true)
MATH_UNARY(tanh, std::tanh, true)
MATH_UNARY(asinh, std::asinh, true)
MATH_UNARY(acosh, std::acosh, true)
MATH_UNARY(atanh, std::atanh, false)
MATH_UNARY(log2, std::log2, false)
MATH_UNARY(log10, std::log10, false)
MATH_UNARY(log1p, std::log1p, false)
MATH_UNARY(fabs, std::fabs, true)
MATH_UNARY(erf, std::erf, true)
MATH_UNARY(erfc, std::erfc, true)
MATH_UNARY(gamma, std::tgamma, true)
MATH_UNARY(lgamma, std::lgamma, true)
MATH_UNARY(cbrt, std::cbrt, true)
#undef MATH_UNARY

// log(x[, base]): exact for huge ints (log of the int's value, not of a float).
Result<double> log_of(ThreadState& ts, Value v) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) return raise_value_error(ts, "math domain error");
    Result<double> d = int_to_double(ts, v);
    if (d.ok()) return std::log(d.value());
    clear_pending_exception(ts);
    // Too large for a double: log(m * 2**e) = log(m) + e*log(2).
    int64_t bits = int_bit_length(v);
    Value shifted = PY_TRY(int_rshift(ts, v, Value::small_int(bits - 60)));
    double m = PY_TRY(int_to_double(ts, shifted));
    return std::log(m) + static_cast<double>(bits - 60) * std::log(2.0);
  }
  double x = PY_TRY(to_double(ts, v));
  if (x <= 0 || std::isnan(x)) {
    if (std::isnan(x)) return x;
    return raise_value_error(ts, "math domain error");
  }
  return std::log(x);
}

Result<Value> math_log(ThreadState& ts, Value, CallArgs args) {
  double num = PY_TRY(log_of(ts, args[0]));
  if (args.nargs == 1) return float_from_double(num);
  double den = PY_TRY(log_of(ts, args[1]));
  if (den == 0) return raise_zero_division(ts, "float division by zero");
  return float_from_double(num / den);
}

Result<Value> math_pow(ThreadState& ts, Value, CallArgs args) {
  double x = PY_TRY(to_double(ts, args[0]));
  double y = PY_TRY(to_double(ts, args[1]));
  if (x == 0 && y < 0) return raise_value_error(ts, "math domain error");
  double r = std::pow(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return raise_value_error(ts, "math domain error");
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return raise_overflow(ts, "math range error");
  return float_from_double(r);
}

Result<Value> binary_double(ThreadState& ts, CallArgs args, double (*f)(double, double)) {
  double x = PY_TRY(to_double(ts, args[0]));
  double y = PY_TRY(to_double(ts, args[1]));
  double r = f(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return raise_value_error(ts, "math domain error");
  return float_from_double(r);
}
Result<Value> math_atan2(ThreadState& ts, Value, CallArgs a) { return binary_double(ts, a, [](double x, double y) { return std::atan2(x, y); }); }
Result<Value> math_copysign(ThreadState& ts, Value, CallArgs a) { return binary_double(ts, a, [](double x, double y) { return std::copysign(x, y); }); }
Result<Value> math_fmod(ThreadState& ts, Value, CallArgs args) {
  double x = PY_TRY(to_double(ts, args[0]));
  double y = PY_TRY(to_double(ts, args[1]));
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);
  if (y == 0 || std::isinf(x)) {
    if (std::isnan(x) || std::isnan(y)) return float_from_double(std::nan(""));
    return raise_value_error(ts, "math domain error");
  }
  return float_from_double(std::fmod(x, y));
}
Result<Value> math_hypot(ThreadState& ts, Value, CallArgs args) {
  double acc = 0;
  bool any_inf = false, any_nan = false;
  for (size_t i = 0; i < args.nargs; ++i) {
    double x = PY_TRY(to_double(ts, args[i]));
    any_inf |= std::isinf(x);
    any_nan |= std::isnan(x);
    acc = std::hypot(acc, x);
  }
  if (any_inf) return float_from_double(std::numeric_limits<double>::infinity());
  if (any_nan) return float_from_double(std::nan(""));
  return float_from_double(acc);
}

Result<Value> rounding(ThreadState& ts, Value v, Value name, double (*f)(double)) {
  if (is_exact_int(v) || is_int(v)) return index_value(ts, v);
  if (!is_float(v)) {
    Value method = lookup_special(v, name);
    if (!method.is_null()) return call_special(ts, method, v, {});
  }
  double x = PY_TRY(to_double(ts, v));
  return int_from_double(ts, f(x));
}
Result<Value> math_floor(ThreadState& ts, Value, CallArgs a) {
  return rounding(ts, a[0], str_intern("__floor__"), [](double x) { return std::floor(x); });
}
Result<Value> math_ceil(ThreadState& ts, Value, CallArgs a) {
  return rounding(ts, a[0], str_intern("__ceil__"), [](double x) { return std::ceil(x); });
}
Result<Value> math_trunc(ThreadState& ts, Value, CallArgs a) {
  Value v = a[0];
  if (is_int(v)) return index_value(ts, v);
  if (is_float(v)) return int_from_double(ts, std::trunc(float_value(v)));
  Value method = lookup_special(v, g_name___trunc__);
  if (method.is_null())
    return raise_type_error(ts, "type %s doesn't define __trunc__ method", type_name_of(v).c_str());
  return call_special(ts, method, v, {});
}

Result<Value> math_isnan(ThreadState& ts, Value, CallArgs a) { return bool_value(std::isnan(PY_TRY(to_double(ts, a[0])))); }
Result<Value> math_isinf(ThreadState& ts, Value, CallArgs a) { return bool_value(std::isinf(PY_TRY(to_double(ts, a[0])))); }
Result<Value> math_isfinite(ThreadState& ts, Value, CallArgs a) { return bool_value(std::isfinite(PY_TRY(to_double(ts, a[0])))); }
Result<Value> math_degrees(ThreadState& ts, Value, CallArgs a) { return float_from_double(PY_TRY(to_double(ts, a[0])) * (180.0 / M_PI)); }
Result<Value> math_radians(ThreadState& ts, Value, CallArgs a) { return float_from_double(PY_TRY(to_double(ts, a[0])) * (M_PI / 180.0)); }

Result<Value> math_isclose(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "isclose", args, {"rel_tol", "abs_tol"}));
  double a = PY_TRY(to_double(ts, args[0]));
  double b = PY_TRY(to_double(ts, args[1]));
  Value rel = keyword_arg(args, "rel_tol");
  Value abs_v = keyword_arg(args, "abs_tol");
  double rel_tol = rel.is_null() ? 1e-09 : PY_TRY(to_double(ts, rel));
  double abs_tol = abs_v.is_null() ? 0.0 : PY_TRY(to_double(ts, abs_v));
  if (rel_tol < 0 || abs_tol < 0) return raise_value_error(ts, "tolerances must be non-negative");
  if (a == b) return g_true;
  if (std::isinf(a) || std::isinf(b)) return g_false;
  double diff = std::fabs(b - a);
  return bool_value((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || (diff <= abs_tol));
}

// Exact integer functions.
Result<Value> require_int_arg(ThreadState& ts, Value v) {
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null())
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  return index_value(ts, v);
}

Result<Value> math_factorial(ThreadState& ts, Value, CallArgs args) {
  if (is_float(args[0])) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
  Value n = PY_TRY(require_int_arg(ts, args[0]));
  if (int_sign(n) < 0) return raise_value_error(ts, "factorial() not defined for negative values");
  int64_t k;
  if (!int_to_int64(n, &k)) return raise_overflow(ts, "factorial() argument should not exceed 9223372036854775807");
  Value acc = Value::small_int(1);
  for (int64_t i = 2; i <= k; ++i) acc = PY_TRY(int_mul(ts, acc, int_from_int64(i)));
  return acc;
}

Result<Value> gcd2(ThreadState& ts, Value a, Value b) {
  a = PY_TRY(int_abs(ts, a));
  b = PY_TRY(int_abs(ts, b));
  while (int_sign(b) != 0) {
    Value r = PY_TRY(int_mod(ts, a, b));
    a = b;
    b = r;
  }
  return a;
}

Result<Value> math_gcd(ThreadState& ts, Value, CallArgs args) {
  Value acc = Value::small_int(0);
  for (size_t i = 0; i < args.nargs; ++i) acc = PY_TRY(gcd2(ts, acc, PY_TRY(require_int_arg(ts, args[i]))));
  return acc;
}

Result<Value> math_lcm(ThreadState& ts, Value, CallArgs args) {
  Value acc = Value::small_int(1);
  for (size_t i = 0; i < args.nargs; ++i) {
    Value x = PY_TRY(require_int_arg(ts, args[i]));
    if (int_sign(x) == 0 || int_sign(acc) == 0) {
      acc = Value::small_int(0);
      continue;
    }
    Value g = PY_TRY(gcd2(ts, acc, x));
    acc = PY_TRY(int_abs(ts, PY_TRY(int_mul(ts, PY_TRY(int_floordiv(ts, acc, g)), x))));
  }
  return acc;
}

Result<Value> math_isqrt(ThreadState& ts, Value, CallArgs args) {
  Value n = PY_TRY(require_int_arg(ts, args[0]));
  if (int_sign(n) < 0) return raise_value_error(ts, "isqrt() argument must be nonnegative");
  if (int_sign(n) == 0) return Value::small_int(0);
  // Newton's iteration on integers, from an over-estimate.
  int64_t bits = int_bit_length(n);
  Value x = PY_TRY(int_lshift(ts, Value::small_int(1), int_from_int64((bits + 1) / 2)));
  for (;;) {
    Value y = PY_TRY(int_floordiv(ts, PY_TRY(int_add(ts, x, PY_TRY(int_floordiv(ts, n, x)))), Value::small_int(2)));
    if (int_compare(y, x) >= 0) return x;
    x = y;
  }
}

Result<Value> math_comb(ThreadState& ts, Value, CallArgs args) {
  Value n = PY_TRY(require_int_arg(ts, args[0]));
  Value k = PY_TRY(require_int_arg(ts, args[1]));
  if (int_sign(n) < 0) return raise_value_error(ts, "n must be a non-negative integer");
  if (int_sign(k) < 0) return raise_value_error(ts, "k must be a non-negative integer");
  if (int_compare(k, n) > 0) return Value::small_int(0);
  Value nk = PY_TRY(int_sub(ts, n, k));
  if (int_compare(nk, k) < 0) k = nk;
  int64_t kk;
  if (!int_to_int64(k, &kk)) return raise_overflow(ts, "min(n - k, k) must not exceed 9223372036854775807");
  Value acc = Value::small_int(1);
  for (int64_t i = 0; i < kk; ++i) {
    acc = PY_TRY(int_mul(ts, acc, PY_TRY(int_sub(ts, n, int_from_int64(i)))));
    acc = PY_TRY(int_floordiv(ts, acc, int_from_int64(i + 1)));
  }
  return acc;
}

Result<Value> math_perm(ThreadState& ts, Value, CallArgs args) {
  Value n = PY_TRY(require_int_arg(ts, args[0]));
  if (int_sign(n) < 0) return raise_value_error(ts, "n must be a non-negative integer");
  Value k = args.nargs > 1 && !args[1].is(g_none) ? PY_TRY(require_int_arg(ts, args[1])) : n;
  if (int_sign(k) < 0) return raise_value_error(ts, "k must be a non-negative integer");
  if (int_compare(k, n) > 0) return Value::small_int(0);
  int64_t kk;
  if (!int_to_int64(k, &kk)) return raise_overflow(ts, "k must not exceed 9223372036854775807");
  Value acc = Value::small_int(1);
  for (int64_t i = 0; i < kk; ++i) acc = PY_TRY(int_mul(ts, acc, PY_TRY(int_sub(ts, n, int_from_int64(i)))));
  return acc;
}

Result<Value> math_prod(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "prod", args, {"start"}));
  Value start = keyword_arg(args, "start");
  Value acc = start.is_null() ? Value::small_int(1) : start;
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return acc;
    acc = PY_TRY(binary_op(ts, acc, v, 2));
  }
}

// fsum: Shewchuk's exact summation (partials), as the library reference describes.
Result<Value> math_fsum(ThreadState& ts, Value, CallArgs args) {
  std::vector<double> partials;
  Value it = PY_TRY(get_iter(ts, args[0]));
  double special = 0;
  bool have_special = false;
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) break;
    double x = PY_TRY(to_double(ts, v));
    if (!std::isfinite(x)) {
      if (have_special && std::isinf(special) && std::isinf(x) && special != x) special = std::nan("");
      else if (!have_special || !std::isnan(special)) special = have_special ? special + x : x;
      have_special = true;
      continue;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  if (have_special) {
    if (std::isnan(special)) return raise_value_error(ts, "-inf + inf in fsum");
    return float_from_double(special);
  }
  double hi = 0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from_double(hi);
}

Result<Value> math_modf(ThreadState& ts, Value, CallArgs args) {
  double x = PY_TRY(to_double(ts, args[0]));
  double ip;
  double fp = std::modf(x, &ip);
  if (std::isinf(x)) fp = std::copysign(0.0, x);
  return tuple_pack({float_from_double(fp), float_from_double(ip)});
}

Result<Value> math_frexp(ThreadState& ts, Value, CallArgs args) {
  double x = PY_TRY(to_double(ts, args[0]));
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  return tuple_pack({float_from_double(m), Value::small_int(e)});
}

Result<Value> math_ldexp(ThreadState& ts, Value, CallArgs args) {
  double x = PY_TRY(to_double(ts, args[0]));
  if (!is_int(args[1])) return raise_type_error(ts, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r) && std::isfinite(x)) return raise_overflow(ts, "math range error");
  return float_from_double(r);
}

const NativeMethod kMathFunctions[] = {
    {"sqrt", math_sqrt, 1, 1, kNativeNoKeywords, nullptr},
    {"exp", math_exp, 1, 1, kNativeNoKeywords, nullptr},
    {"exp2", math_exp2, 1, 1, kNativeNoKeywords, nullptr},
    {"expm1", math_expm1, 1, 1, kNativeNoKeywords, nullptr},
    {"sin", math_sin, 1, 1, kNativeNoKeywords, nullptr},
    {"cos", math_cos, 1, 1, kNativeNoKeywords, nullptr},
    {"tan", math_tan, 1, 1, kNativeNoKeywords, nullptr},
    {"asin", math_asin, 1, 1, kNativeNoKeywords, nullptr},
    {"acos", math_acos, 1, 1, kNativeNoKeywords, nullptr},
    {"atan", math_atan, 1, 1, kNativeNoKeywords, nullptr},
    {"sinh", math_sinh, 1, 1, kNativeNoKeywords, nullptr},
    {"cosh", math_cosh, 1, 1, kNativeNoKeywords, nullptr},
    {"tanh", math_tanh, 1, 1, kNativeNoKeywords, nullptr},
    {"asinh", math_asinh, 1, 1, kNativeNoKeywords, nullptr},
    {"acosh", math_acosh, 1, 1, kNativeNoKeywords, nullptr},
    {"atanh", math_atanh, 1, 1, kNativeNoKeywords, nullptr},
    {"log", math_log, 1, 2, kNativeNoKeywords, nullptr},
    {"log2", math_log2, 1, 1, kNativeNoKeywords, nullptr},
    {"log10", math_log10, 1, 1, kNativeNoKeywords, nullptr},
    {"log1p", math_log1p, 1, 1, kNativeNoKeywords, nullptr},
    {"fabs", math_fabs, 1, 1, kNativeNoKeywords, nullptr},
    {"erf", math_erf, 1, 1, kNativeNoKeywords, nullptr},
    {"erfc", math_erfc, 1, 1, kNativeNoKeywords, nullptr},
    {"gamma", math_gamma, 1, 1, kNativeNoKeywords, nullptr},
    {"lgamma", math_lgamma, 1, 1, kNativeNoKeywords, nullptr},
    {"cbrt", math_cbrt, 1, 1, kNativeNoKeywords, nullptr},
    {"pow", math_pow, 2, 2, kNativeNoKeywords, nullptr},
    {"atan2", math_atan2, 2, 2, kNativeNoKeywords, nullptr},
    {"copysign", math_copysign, 2, 2, kNativeNoKeywords, nullptr},
    {"fmod", math_fmod, 2, 2, kNativeNoKeywords, nullptr},
    {"hypot", math_hypot, 0, -1, kNativeNoKeywords, nullptr},
    {"floor", math_floor, 1, 1, kNativeNoKeywords, nullptr},
    {"ceil", math_ceil, 1, 1, kNativeNoKeywords, nullptr},
    {"trunc", math_trunc, 1, 1, kNativeNoKeywords, nullptr},
    {"isnan", math_isnan, 1, 1, kNativeNoKeywords, nullptr},
    {"isinf", math_isinf, 1, 1, kNativeNoKeywords, nullptr},
    {"isfinite", math_isfinite, 1, 1, kNativeNoKeywords, nullptr},
    {"degrees", math_degrees, 1, 1, kNativeNoKeywords, nullptr},
    {"radians", math_radians, 1, 1, kNativeNoKeywords, nullptr},
    {"isclose", math_isclose, 2, 2, 0, nullptr},
    {"factorial", math_factorial, 1, 1, kNativeNoKeywords, nullptr},
    {"gcd", math_gcd, 0, -1, kNativeNoKeywords, nullptr},
    {"lcm", math_lcm, 0, -1, kNativeNoKeywords, nullptr},
    {"isqrt", math_isqrt, 1, 1, kNativeNoKeywords, nullptr},
    {"comb", math_comb, 2, 2, kNativeNoKeywords, nullptr},
    {"perm", math_perm, 1, 2, kNativeNoKeywords, nullptr},
    {"prod", math_prod, 1, 1, 0, nullptr},
    {"fsum", math_fsum, 1, 1, kNativeNoKeywords, nullptr},
    {"modf", math_modf, 1, 1, kNativeNoKeywords, nullptr},
    {"frexp", math_frexp, 1, 1, kNativeNoKeywords, nullptr},
    {"ldexp", math_ldexp, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_math_module(ThreadState&) {
  Value module = module_new(str_intern("math"));
  for (const NativeMethod& m : kMathFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "pi", float_from_double(M_PI));
  module_set(module, "e", float_from_double(M_E));
  module_set(module, "tau", float_from_double(2 * M_PI));
  module_set(module, "inf", float_from_double(std::numeric_limits<double>::infinity()));
  module_set(module, "nan", float_from_double(std::nan("")));
  return module;
}

}  // namespace pystm
