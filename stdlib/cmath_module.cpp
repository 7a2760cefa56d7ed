// stdlib/cmath_module.cpp — the `cmath` module (library reference "cmath —
// Mathematical functions for complex numbers"): exp, log, log10, sqrt, the
// trigonometric and hyperbolic functions and their inverses, phase, polar,
// rect, isfinite/isinf/isnan, isclose and the constants.
// Finite arguments use the numerically careful formulas CPython documents
// (Kahan's branch cuts, scaling near overflow and underflow); infinite and
// nan parts follow C99 Annex G (the C library's complex functions), with
// CPython's rules for which of them raise ValueError("math domain error")
// and OverflowError("math range error").
// Must never: return a result computed from a partially converted argument.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/complex_object.h"
#include "runtime/objects/float_object.h"
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

using C = std::complex<double>;

const double kLargeDouble = DBL_MAX / 4.;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kE = 2.718281828459045235;
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

enum Fault { kOk, kDomain, kRange };

bool finite(C z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// -- The functions on C, each with its fault --------------------------------------

C c_sqrt(C z, Fault&) {
  if (!finite(z)) return std::sqrt(z);
  double x = z.real(), y = z.imag();
  if (x == 0. && y == 0.) return C(0., y);
  double ax = std::fabs(x), ay = std::fabs(y), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.;
    s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  if (x >= 0.) return C(s, std::copysign(d, y));
  return C(d, std::copysign(s, y));
}

C c_exp(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) {
    if (std::isinf(y) && (std::isfinite(x) || (std::isinf(x) && x > 0))) f = kDomain;
    if (std::isinf(x) && std::isfinite(y) && y != 0.) {
      if (x > 0) return C(std::copysign(INFINITY, std::cos(y)), std::copysign(INFINITY, std::sin(y)));
      return C(std::copysign(0., std::cos(y)), std::copysign(0., std::sin(y)));
    }
    // Where C99 leaves a sign unspecified, CPython's choice.
    if (x == -INFINITY && !std::isfinite(y)) return C(0., 0.);
    return std::exp(z);
  }
  C r;
  if (x > kLogLargeDouble) {
    double l = std::exp(x - 1.);
    r = C(l * std::cos(y) * kE, l * std::sin(y) * kE);
  } else {
    double l = std::exp(x);
    r = C(l * std::cos(y), l * std::sin(y));
  }
  if (std::isinf(r.real()) || std::isinf(r.imag())) f = kRange;
  return r;
}

C c_log(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) return std::log(z);
  double ax = std::fabs(x), ay = std::fabs(y), re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2., ay / 2.)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.) {
      re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
    } else {
      f = kDomain;
      return C(-INFINITY, std::atan2(y, x));
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      re = std::log(h);
    }
  }
  return C(re, std::atan2(y, x));
}

C c_acos(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) {
    if (std::isinf(x) && std::isnan(y)) return C(NAN, INFINITY);  // CPython's sign
    return std::acos(z);
  }
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
    double re = std::atan2(std::fabs(y), x);
    double l = std::log(std::hypot(x / 2., y / 2.)) + kLn2 * 2.;
    return C(re, x < 0. ? -std::copysign(l, y) : std::copysign(l, -y));
  }
  C s1 = c_sqrt(C(1. - x, -y), f), s2 = c_sqrt(C(1. + x, y), f);
  return C(2. * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
}

C c_acosh(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) {
    if (x == 0. && std::isnan(y)) return C(NAN, NAN);  // CPython's choice
    return std::acosh(z);
  }
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble)
    return C(std::log(std::hypot(x / 2., y / 2.)) + kLn2 * 2., std::atan2(y, x));
  C s1 = c_sqrt(C(x - 1., y), f), s2 = c_sqrt(C(x + 1., y), f);
  return C(std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2. * std::atan2(s1.imag(), s2.real()));
}

C c_asinh(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) return std::asinh(z);
  if (std::fabs(x) > kLargeDouble || std::fabs(y) > kLargeDouble) {
    double l = std::log(std::hypot(x / 2., y / 2.)) + kLn2 * 2.;
    double re = y >= 0. ? std::copysign(l, x) : -std::copysign(l, -x);
    return C(re, std::atan2(y, std::fabs(x)));
  }
  C s1 = c_sqrt(C(1. + y, -x), f), s2 = c_sqrt(C(1. - y, x), f);
  return C(std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
           std::atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag()));
}

C c_atanh(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) return std::atanh(z);
  if (x < 0.) return -c_atanh(-z, f);
  double ay = std::fabs(y);
  if (x > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(x / 2., y / 2.);
    return C(x / 4. / h / h, -std::copysign(M_PI / 2., -y));
  }
  if (x == 1. && ay < kSqrtDblMin) {
    if (ay == 0.) {
      f = kDomain;
      return C(INFINITY, y);
    }
    return C(-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.))), std::copysign(std::atan2(2., -ay) / 2, y));
  }
  return C(std::log1p(4. * x / ((1 - x) * (1 - x) + ay * ay)) / 4.,
           -std::atan2(-2. * y, (1 - x) * (1 + x) - ay * ay) / 2.);
}

// cosh and sinh share their special-value rule and their overflow scaling.
C c_cosh_sinh(C z, Fault& f, bool is_cosh) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) {
    if (std::isinf(y) && !std::isnan(x)) f = kDomain;
    if (std::isinf(x) && std::isfinite(y) && y != 0.) {
      double sx = is_cosh ? 1. : std::copysign(1., x);
      double sy = is_cosh ? std::copysign(1., x) : 1.;
      return C(std::copysign(INFINITY, std::cos(y)) * sx, std::copysign(INFINITY, std::sin(y)) * sy);
    }
    // Where C99 leaves a zero's sign unspecified, CPython's choice.
    if (is_cosh && std::isnan(x) && y == 0.) return C(NAN, 0.);
    if (!is_cosh && x == 0. && std::isnan(y)) return C(0., NAN);
    return is_cosh ? std::cosh(z) : std::sinh(z);
  }
  C r;
  if (std::fabs(x) > kLogLargeDouble) {
    double xm1 = x - std::copysign(1., x);
    r = is_cosh ? C(std::cos(y) * std::cosh(xm1) * kE, std::sin(y) * std::sinh(xm1) * kE)
                : C(std::cos(y) * std::sinh(xm1) * kE, std::sin(y) * std::cosh(xm1) * kE);
  } else {
    r = is_cosh ? C(std::cos(y) * std::cosh(x), std::sin(y) * std::sinh(x))
                : C(std::cos(y) * std::sinh(x), std::sin(y) * std::cosh(x));
  }
  if (std::isinf(r.real()) || std::isinf(r.imag())) f = kRange;
  return r;
}
C c_cosh(C z, Fault& f) { return c_cosh_sinh(z, f, true); }
C c_sinh(C z, Fault& f) { return c_cosh_sinh(z, f, false); }

C c_tanh(C z, Fault& f) {
  double x = z.real(), y = z.imag();
  if (!finite(z)) {
    if (std::isinf(y) && std::isfinite(x)) f = kDomain;
    if (std::isinf(x) && std::isfinite(y) && y != 0.)
      return C(std::copysign(1., x), std::copysign(0., 2. * std::sin(y) * std::cos(y)));
    // Where C99 leaves signs unspecified, CPython's choices.
    if (std::isinf(x) && std::isinf(y)) return C(std::copysign(1., x), 0.);
    if (x == 0. && std::isnan(y)) return C(NAN, NAN);
    return std::tanh(z);
  }
  if (std::fabs(x) > kLogLargeDouble)
    return C(std::copysign(1., x), 4. * std::sin(y) * std::cos(y) * std::exp(-2. * std::fabs(x)));
  double tx = std::tanh(x), ty = std::tan(y), cx = 1. / std::cosh(x);
  double txty = tx * ty, denom = 1. + txty * txty;
  return C(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

// f(z) = -i g(iz) for the circular functions over the hyperbolic ones.
template <C (*G)(C, Fault&)>
C via_hyperbolic(C z, Fault& f) {
  C s = G(C(-z.imag(), z.real()), f);
  return C(s.imag(), -s.real());
}
C c_asin(C z, Fault& f) {
  if (std::isinf(z.real()) && std::isnan(z.imag())) return C(NAN, -INFINITY);  // CPython's sign
  return via_hyperbolic<c_asinh>(z, f);
}
C c_atan(C z, Fault& f) {
  if (std::isinf(z.real()) && std::isnan(z.imag())) return C(std::copysign(M_PI / 2., z.real()), -0.);
  return via_hyperbolic<c_atanh>(z, f);
}
// cos(z) = cosh(iz).
C c_cos(C z, Fault& f) { return c_cosh(C(-z.imag(), z.real()), f); }

// -- Argument conversion and results ------------------------------------------------

Result<C> complex_arg(ThreadState& ts, Value v) {
  if (is_complex(v)) {
    ComplexValue c = complex_value(v);
    return C(c.real, c.imag);
  }
  bool found = false;
  Value r = PY_TRY(complex_from_dunder(ts, v, &found));
  if (found) {
    ComplexValue c = complex_value(r);
    return C(c.real, c.imag);
  }
  return C(PY_TRY(arg_as_double(ts, v)), 0.);
}

Result<Value> result(ThreadState& ts, C r, Fault f) {
  if (f == kDomain) return raise_value_error(ts, "math domain error");
  if (f == kRange) return raise(ts, g_exc_OverflowError, "math range error");
  return complex_from_doubles(r.real(), r.imag());
}

template <C (*F)(C, Fault&)>
Result<Value> unary(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  Fault f = kOk;
  C r = F(z, f);
  return result(ts, r, f);
}

Result<Value> m_log(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  Fault f = kOk;
  C r = c_log(z, f);
  if (args.nargs > 1) {
    // As in CPython, the base's logarithm decides the error state (errno
    // is reset by each log), then the division may set it.
    C base = PY_TRY(complex_arg(ts, args[1]));
    f = kOk;
    C b = c_log(base, f);
    bool zero = false;
    ComplexValue q = complex_quotient({r.real(), r.imag()}, {b.real(), b.imag()}, &zero);
    if (zero) f = kDomain;
    r = C(q.real, q.imag);
  }
  return result(ts, r, f);
}

Result<Value> m_log10(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  Fault f = kOk;
  C r = c_log(z, f);
  return result(ts, C(r.real() / M_LN10, r.imag() / M_LN10), f);
}

// atan2 with CPython's error check: the C library reports underflow of
// finite arguments (ERANGE), which CPython turns into OverflowError.
Result<double> phase_of(ThreadState& ts, C z) {
  double x = z.real(), y = z.imag();
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (!finite(z)) return std::atan2(y, x);
  errno = 0;
  double phi = std::atan2(y, x);
  if (errno == ERANGE) return raise(ts, g_exc_OverflowError, "math range error");
  if (errno == EDOM) return raise_value_error(ts, "math domain error");
  return phi;
}
Result<Value> m_phase(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  return float_from_double(PY_TRY(phase_of(ts, z)));
}
Result<Value> m_polar(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  // (CPython's polar checks only the modulus: atan2's underflow passes.)
  double phi = std::atan2(z.imag(), z.real());
  double r;
  if (std::isinf(z.real()) || std::isinf(z.imag()))
    r = INFINITY;
  else if (std::isnan(z.real()) || std::isnan(z.imag()))
    r = NAN;
  else
    r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && finite(z)) return raise(ts, g_exc_OverflowError, "math range error");
  return tuple_pack({float_from_double(r), float_from_double(phi)});
}

Result<Value> m_rect(ThreadState& ts, Value, CallArgs args) {
  double r = PY_TRY(arg_as_double(ts, args[0]));
  double phi = PY_TRY(arg_as_double(ts, args[1]));
  C z;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (r != 0. && !std::isnan(r) && std::isinf(phi)) return raise_value_error(ts, "math domain error");
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
      double s = r > 0 ? 1. : -1.;
      z = C(s * std::copysign(INFINITY, std::cos(phi)), s * std::copysign(INFINITY, std::sin(phi)));
    } else if (std::isinf(r) && phi == 0.) {
      z = C(r, r > 0 ? phi : -phi);
    } else if (std::isinf(r)) {  // phi is nan
      z = C(INFINITY, NAN);
    } else if (r == 0.) {        // phi is infinite or nan
      z = C(0., 0.);
    } else if (std::isnan(r) && phi == 0.) {
      z = C(NAN, 0.);
    } else {
      z = C(NAN, NAN);
    }
  } else if (phi == 0.) {
    z = C(r, r * phi);
  } else {
    z = C(r * std::cos(phi), r * std::sin(phi));
  }
  return complex_from_doubles(z.real(), z.imag());
}

Result<Value> m_isfinite(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  return finite(z) ? g_true : g_false;
}
Result<Value> m_isinf(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  return std::isinf(z.real()) || std::isinf(z.imag()) ? g_true : g_false;
}
Result<Value> m_isnan(ThreadState& ts, Value, CallArgs args) {
  C z = PY_TRY(complex_arg(ts, args[0]));
  return std::isnan(z.real()) || std::isnan(z.imag()) ? g_true : g_false;
}

double c_abs(C z) {
  if (std::isinf(z.real()) || std::isinf(z.imag())) return INFINITY;
  if (std::isnan(z.real()) || std::isnan(z.imag())) return NAN;
  return std::hypot(z.real(), z.imag());
}

Result<Value> m_isclose(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "isclose", args, {"a", "b", "rel_tol", "abs_tol"}));
  Value av = args.nargs > 0 ? args[0] : keyword_arg(args, "a");
  Value bv = args.nargs > 1 ? args[1] : keyword_arg(args, "b");
  if (av.is_null() || bv.is_null()) return raise_type_error(ts, "isclose() missing required argument");
  if (args.nargs > 2) return raise_type_error(ts, "isclose() takes exactly 2 positional arguments (%zu given)", args.nargs);
  C a = PY_TRY(complex_arg(ts, av)), b = PY_TRY(complex_arg(ts, bv));
  Value rel = keyword_arg(args, "rel_tol"), abs_v = keyword_arg(args, "abs_tol");
  double rel_tol = rel.is_null() ? 1e-09 : PY_TRY(arg_as_double(ts, rel));
  double abs_tol = abs_v.is_null() ? 0.0 : PY_TRY(arg_as_double(ts, abs_v));
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise_value_error(ts, "tolerances must be non-negative");
  if (a == b) return g_true;
  if (std::isinf(a.real()) || std::isinf(a.imag()) || std::isinf(b.real()) || std::isinf(b.imag())) return g_false;
  double diff = c_abs(a - b);
  bool close = (diff <= rel_tol * c_abs(b)) || (diff <= rel_tol * c_abs(a)) || diff <= abs_tol;
  return close ? g_true : g_false;
}

constexpr uint32_t kNK = kNativeNoKeywords;
const NativeMethod kFunctions[] = {
    {"sqrt", unary<c_sqrt>, 1, 1, kNK, nullptr},
    {"exp", unary<c_exp>, 1, 1, kNK, nullptr},
    {"log", m_log, 1, 2, kNK, nullptr},
    {"log10", m_log10, 1, 1, kNK, nullptr},
    {"acos", unary<c_acos>, 1, 1, kNK, nullptr},
    {"acosh", unary<c_acosh>, 1, 1, kNK, nullptr},
    {"asin", unary<c_asin>, 1, 1, kNK, nullptr},
    {"asinh", unary<c_asinh>, 1, 1, kNK, nullptr},
    {"atan", unary<c_atan>, 1, 1, kNK, nullptr},
    {"atanh", unary<c_atanh>, 1, 1, kNK, nullptr},
    {"cos", unary<c_cos>, 1, 1, kNK, nullptr},
    {"cosh", unary<c_cosh>, 1, 1, kNK, nullptr},
    {"sin", unary<via_hyperbolic<c_sinh>>, 1, 1, kNK, nullptr},
    {"sinh", unary<c_sinh>, 1, 1, kNK, nullptr},
    {"tan", unary<via_hyperbolic<c_tanh>>, 1, 1, kNK, nullptr},
    {"tanh", unary<c_tanh>, 1, 1, kNK, nullptr},
    {"phase", m_phase, 1, 1, kNK, nullptr},
    {"polar", m_polar, 1, 1, kNK, nullptr},
    {"rect", m_rect, 2, 2, kNK, nullptr},
    {"isfinite", m_isfinite, 1, 1, kNK, nullptr},
    {"isinf", m_isinf, 1, 1, kNK, nullptr},
    {"isnan", m_isnan, 1, 1, kNK, nullptr},
    {"isclose", m_isclose, 0, -1, 0, nullptr},
};

}  // namespace

Result<Value> create_cmath_module(ThreadState&) {
  Value module = module_new(str_intern("cmath"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "pi", float_from_double(M_PI));
  module_set(module, "e", float_from_double(M_E));
  module_set(module, "tau", float_from_double(2 * M_PI));
  module_set(module, "inf", float_from_double(INFINITY));
  module_set(module, "nan", float_from_double(NAN));
  module_set(module, "infj", complex_from_doubles(0., INFINITY));
  module_set(module, "nanj", complex_from_doubles(0., NAN));
  return module;
}

}  // namespace pystm
