// runtime/objects/float_repr.cpp — float <-> text: repr() (shortest digits
// that round-trip), float(str), float.hex() and float.fromhex().
// Owns: CPython's repr layout (fixed notation for 1e-4 <= |x| < 1e16, else
// exponent notation with at least two exponent digits; '.0' on integral
// values) and the float() literal grammar (§2.4.6 plus inf/nan and whitespace).
// Must never: depend on the C locale (parsing uses std::from_chars, not strtod).
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/objects/float_object.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_string_conversion.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/errors.h"

namespace pystm {

// -- repr ------------------------------------------------------------------------

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buffer[40];
  // Shortest round-trip digits, as d.ddde[+-]XX.
  auto end = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific).ptr;
  std::string_view text(buffer, end - buffer);
  size_t e_pos = text.find('e');
  int exponent = 0;
  const char* exp_begin = buffer + e_pos + 1;
  if (*exp_begin == '+') ++exp_begin;
  std::from_chars(exp_begin, end, exponent);
  if (exponent < -4 || exponent >= 16) return std::string(text);
  bool negative = buffer[0] == '-';
  std::string digits;
  for (size_t i = negative ? 1 : 0; i < e_pos; ++i)
    if (buffer[i] != '.') digits.push_back(buffer[i]);
  int point = exponent + 1;  // digits before the decimal point
  int n = static_cast<int>(digits.size());
  std::string out = negative ? "-" : "";
  if (point <= 0) {
    out += "0.";
    out.append(-point, '0');
    out += digits;
  } else if (point >= n) {
    out += digits;
    out.append(point - n, '0');
    out += ".0";
  } else {
    out.append(digits, 0, point);
    out += '.';
    out.append(digits, point, std::string::npos);
  }
  return out;
}

// -- float(str) --------------------------------------------------------------------

static bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// digitpart: digit (["_"] digit)*. Appends the digits to out; false when no
// digit part starts at s[i] or an underscore is misplaced.
static bool scan_digit_part(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size() || !is_digit(s[i])) return false;
  out.push_back(s[i++]);
  while (i < s.size()) {
    if (is_digit(s[i])) {
      out.push_back(s[i++]);
    } else if (s[i] == '_' && i + 1 < s.size() && is_digit(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return true;
}

// Parses the float() grammar without whitespace; false when s is not a literal.
static bool parse_float_literal(std::string_view s, double* out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string_view rest = s.substr(i);
  if (equals_ignoring_case(rest, "inf") || equals_ignoring_case(rest, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_ignoring_case(rest, "nan")) {
    *out = negative ? -NAN : NAN;
    return true;
  }
  std::string clean;
  bool int_part = scan_digit_part(s, i, clean);
  bool frac_part = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    frac_part = scan_digit_part(s, i, clean);
  }
  if (!int_part && !frac_part) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    if (!scan_digit_part(s, i, clean)) return false;
  }
  if (i != s.size()) return false;
  double value = 0;
  auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (ec == std::errc::result_out_of_range) {
    // Overflow gives inf, underflow zero: decide by the decimal magnitude.
    size_t first = clean.find_first_of("123456789");
    size_t point = clean.find('.');
    size_t e = clean.find('e');
    size_t mantissa_end = e == std::string::npos ? clean.size() : e;
    if (point == std::string::npos) point = mantissa_end;
    int64_t magnitude = first == std::string::npos ? -100000 : static_cast<int64_t>(point) - static_cast<int64_t>(first);
    if (first != std::string::npos && first > point) ++magnitude;
    if (e != std::string::npos) {
      // The exponent may be huge; saturate it.
      const char* p = clean.data() + e + 1;
      bool exp_negative = *p == '-';
      if (*p == '+' || *p == '-') ++p;
      int64_t exp = 0;
      for (; p < clean.data() + clean.size(); ++p) exp = std::min<int64_t>(exp * 10 + (*p - '0'), 1000000);
      magnitude += exp_negative ? -exp : exp;
    }
    value = magnitude > 0 ? HUGE_VAL : 0.0;
  }
  *out = negative ? -value : value;
  return true;
}

Result<Value> float_from_string(ThreadState& ts, std::string_view text) {
  double d;
  std::string ascii = ascii_number_text(text);
  if (!parse_float_literal(strip_python_space(ascii), &d))
    return raise_value_error(ts, "could not convert string to float: %s",
                             truncated_repr(text, SIZE_MAX).c_str());
  return float_from_double(d);
}

// -- hex ------------------------------------------------------------------------------

std::string float_hex(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  std::string out = (bits >> 63) ? "-" : "";
  if (d == 0) return out + "0x0.0p+0";
  int biased = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
  int exponent = biased == 0 ? -1022 : biased - 1023;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "0x%d.%013llxp%+d", biased == 0 ? 0 : 1,
                static_cast<unsigned long long>(fraction), exponent);
  return out + buffer;
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

Result<double> float_fromhex(ThreadState& ts, std::string_view text) {
  auto invalid = [&]() -> Error { return raise_value_error(ts, "invalid hexadecimal floating-point string"); };
  std::string_view s = strip_python_space(text);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string_view rest = s.substr(i);
  if (equals_ignoring_case(rest, "inf") || equals_ignoring_case(rest, "infinity"))
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (equals_ignoring_case(rest, "nan")) return negative ? -NAN : NAN;
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
  std::string digits;
  int64_t fraction_digits = 0;
  while (i < s.size() && hex_digit(s[i]) >= 0) digits.push_back(s[i++]);
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && hex_digit(s[i]) >= 0) {
      digits.push_back(s[i++]);
      ++fraction_digits;
    }
  }
  if (digits.empty()) return invalid();
  int64_t exponent = 0;
  if (i < s.size() && (s[i] | 0x20) == 'p') {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    if (i >= s.size() || !is_digit(s[i])) return invalid();
    for (; i < s.size() && is_digit(s[i]); ++i)
      exponent = std::min<int64_t>(exponent * 10 + (s[i] - '0'), int64_t{1} << 40);
    if (exp_negative) exponent = -exponent;
  }
  if (i != s.size()) return invalid();
  Mpz mantissa;
  mpz_set_str(mantissa, digits.c_str(), 16);
  double value = 0;
  if (mpz_sgn(mantissa) != 0) {
    int64_t shift = exponent - 4 * fraction_digits;
    int64_t top = static_cast<int64_t>(mpz_sizeinbase(mantissa, 2)) + shift;
    bool ok = true;
    if (top > 1100) {
      ok = false;
    } else if (top < -1100) {
      value = 0;
    } else if (shift >= 0) {
      mpz_mul_2exp(mantissa, mantissa, static_cast<mp_bitcnt_t>(shift));
      ok = ratio_to_double(mantissa, nullptr, &value);
    } else {
      Mpz den;
      mpz_set_ui(den, 1);
      mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-shift));
      ok = ratio_to_double(mantissa, den, &value);
    }
    if (!ok) return raise_overflow(ts, "hexadecimal value too large to represent as a float");
  }
  return negative ? -value : value;
}

}  // namespace pystm
