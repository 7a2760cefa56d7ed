// runtime/objects/format_spec.cpp — the format-specification mini-language
// (Python library reference §6.1.3.1) for str, int and float.
// Owns: spec parsing, numeric rendering (sign, prefix, grouping, padding),
// general/fixed/exponent float conversion. Must never: format other types
// itself; they are reached through __format__.
//
// Every error message is CPython 3.11's, word for word.
#include "runtime/objects/format_spec.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

namespace {

struct Spec {
  uint32_t fill = ' ';
  bool fill_given = false;
  char align = 0;       // 0 when not given
  char sign = 0;        // '+', '-', ' ' or 0
  bool z = false;       // coerce negative zero
  bool alternate = false;
  bool zero = false;    // the '0' before the width
  int64_t width = -1;
  char grouping = 0;    // ',', '_' or 0
  int64_t precision = -1;
  uint32_t type = 0;    // 0: none given
};

// Widths past this are refused with MemoryError before any buffer grows.
constexpr int64_t kMaxWidth = int64_t{1} << 34;
constexpr int64_t kMaxPrecision = 2147483647;  // C int, as CPython

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string type_char_text(uint32_t c) {
  std::string s;
  if (c >= 0x20 && c <= 0x7F) {
    s.push_back(static_cast<char>(c));
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", c);
    s = buf;
  }
  return s;
}

Status parse_number(ThreadState& ts, const StrObject* s, int64_t* i, int64_t* out) {
  int64_t v = 0;
  bool any = false;
  while (*i < s->length && s->at(*i) >= '0' && s->at(*i) <= '9') {
    if (v > (INT64_MAX - 9) / 10) return raise_value_error(ts, "Too many decimal digits in format string");
    v = v * 10 + (s->at(*i) - '0');
    ++*i;
    any = true;
  }
  if (any) *out = v;
  return ok_status();
}

// default_type is the type assumed when none is given ('s' for str, 'd' for
// int, 0 for float); it decides which grouping separators are allowed.
Status parse_spec(ThreadState& ts, Value spec_str, const char* type_name, uint32_t default_type, Spec* out) {
  Spec& sp = *out;
  if (spec_str.is_null()) { sp.type = default_type; return ok_status(); }
  const StrObject* s = as_str(spec_str);
  int64_t n = s->length, i = 0;
  if (n >= 2 && is_align(s->at(1))) {
    sp.fill = s->at(0);
    sp.fill_given = true;
    sp.align = static_cast<char>(s->at(1));
    i = 2;
  } else if (n >= 1 && is_align(s->at(0))) {
    sp.align = static_cast<char>(s->at(0));
    i = 1;
  }
  if (i < n && (s->at(i) == '+' || s->at(i) == '-' || s->at(i) == ' ')) sp.sign = static_cast<char>(s->at(i++));
  if (i < n && s->at(i) == 'z') { sp.z = true; ++i; }
  if (i < n && s->at(i) == '#') { sp.alternate = true; ++i; }
  if (i < n && s->at(i) == '0') {
    sp.zero = true;
    if (!sp.fill_given) { sp.fill = '0'; sp.fill_given = true; }
    ++i;
  }
  PY_TRY(parse_number(ts, s, &i, &sp.width));
  if (i < n && (s->at(i) == ',' || s->at(i) == '_')) {
    sp.grouping = static_cast<char>(s->at(i++));
    if (i < n && (s->at(i) == ',' || s->at(i) == '_')) {
      if (s->at(i) == static_cast<uint32_t>(sp.grouping))
        return raise_value_error(ts, "Cannot specify '%c' with '%c'.", sp.grouping, sp.grouping);
      return raise_value_error(ts, "Cannot specify both ',' and '_'.");
    }
  }
  if (i < n && s->at(i) == '.') {
    ++i;
    int64_t before = i;
    sp.precision = 0;
    PY_TRY(parse_number(ts, s, &i, &sp.precision));
    if (i == before) return raise_value_error(ts, "Format specifier missing precision");
    if (sp.precision > kMaxPrecision) return raise_value_error(ts, "precision too big");
  }
  if (sp.width > kMaxWidth) return raise_memory_error(ts);
  if (n - i > 1) {
    return raise_value_error(ts, "Invalid format specifier '%s' for object of type '%s'",
                             str_to_utf8(spec_str).c_str(), type_name);
  }
  sp.type = (n - i == 1) ? s->at(i) : default_type;
  if (sp.grouping) {
    switch (sp.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (sp.grouping == '_') break;
        [[fallthrough]];
      default:
        return raise_value_error(ts, "Cannot specify '%c' with '%s'.", sp.grouping, type_char_text(sp.type).c_str());
    }
  }
  return ok_status();
}

void append_padding(StrBuilder& b, uint32_t fill, int64_t n) { b.append_repeated(fill, n); }

// Groups a run of ASCII digits with `sep` every `every` digits from the right;
// with min_length > 0, first left-pads the digits with '0' until the grouped
// text is at least that long (zero padding that is itself grouped).
std::string group_digits(const std::string& digits, char sep, int every, int64_t min_length) {
  int64_t n = static_cast<int64_t>(digits.size());
  auto grouped_length = [&](int64_t k) { return sep ? k + (k - 1) / every : k; };
  int64_t k = n;
  while (grouped_length(k) < min_length) ++k;
  std::string padded = std::string(static_cast<size_t>(k - n), '0') + digits;
  if (!sep) return padded;
  std::string out;
  out.reserve(static_cast<size_t>(grouped_length(k)));
  for (int64_t i = 0; i < k; ++i) {
    if (i > 0 && (k - i) % every == 0) out.push_back(sep);
    out.push_back(padded[static_cast<size_t>(i)]);
  }
  return out;
}

// Lays out sign + prefix + integer digits (grouped) + rest with the spec's
// width, fill and alignment. `digits` is the integer part only.
Value render_number(const Spec& sp, bool negative, const std::string& prefix, const std::string& digits,
                    const std::string& rest, int group_every) {
  std::string sign;
  if (negative) sign = "-";
  else if (sp.sign == '+') sign = "+";
  else if (sp.sign == ' ') sign = " ";
  char align = sp.align ? sp.align : (sp.zero ? '=' : '>');
  uint32_t fill = sp.fill;
  std::string body_digits;
  int64_t width = sp.width < 0 ? 0 : sp.width;
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + rest.size());
  if (align == '=' && fill == '0' && sp.grouping) {
    body_digits = group_digits(digits, sp.grouping, group_every, width - fixed);
  } else {
    body_digits = group_digits(digits, sp.grouping, group_every, 0);
  }
  int64_t len = fixed + static_cast<int64_t>(body_digits.size());
  int64_t pad = width > len ? width - len : 0;
  StrBuilder b(len + pad);
  switch (align) {
    case '<':
      b.append_ascii(sign); b.append_ascii(prefix); b.append_ascii(body_digits); b.append_ascii(rest);
      append_padding(b, fill, pad);
      break;
    case '^':
      append_padding(b, fill, pad / 2);
      b.append_ascii(sign); b.append_ascii(prefix); b.append_ascii(body_digits); b.append_ascii(rest);
      append_padding(b, fill, pad - pad / 2);
      break;
    case '=':
      b.append_ascii(sign); b.append_ascii(prefix);
      append_padding(b, fill, pad);
      b.append_ascii(body_digits); b.append_ascii(rest);
      break;
    default:
      append_padding(b, fill, pad);
      b.append_ascii(sign); b.append_ascii(prefix); b.append_ascii(body_digits); b.append_ascii(rest);
      break;
  }
  return b.finish();
}

std::string to_upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

}  // namespace

// -- Float digits ----------------------------------------------------------------

std::string format_double_digits(double x, char type, int precision, bool alternate) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(x)) return upper ? "INF" : "inf";
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  char lower_type = static_cast<char>(upper ? type + 32 : type);
  std::vector<char> buf(static_cast<size_t>(precision < 0 ? 0 : precision) + 400);
  auto print = [&](const char* fmt, int p) {
    std::snprintf(buf.data(), buf.size(), fmt, p, x);
    return std::string(buf.data());
  };
  if (lower_type == 'f') {
    std::string s = print(alternate ? "%#.*f" : "%.*f", precision);
    return s;
  }
  if (lower_type == 'e') {
    std::string s = print(alternate ? "%#.*e" : "%.*e", precision);
    return upper ? to_upper_ascii(s) : s;
  }
  if (lower_type == 'r') {
    std::string r = float_repr(x);
    if (alternate && r.find('.') == std::string::npos && r.find("inf") == std::string::npos &&
        r.find("nan") == std::string::npos) {
      size_t e = r.find('e');
      r.insert(e == std::string::npos ? r.size() : e, ".");
    }
    return r;
  }
  // 'g' and the no-type general format ('n' here): significant digits p.
  bool none_type = lower_type == 'n';
  int p = precision < 0 ? 6 : (precision == 0 ? 1 : precision);
  std::string e = print("%.*e", p - 1);
  size_t epos = e.find('e');
  int exp = std::atoi(e.c_str() + epos + 1);
  int threshold = none_type ? p - 1 : p;
  std::string out;
  if (exp >= -4 && exp < threshold) {
    out = print(alternate ? "%#.*f" : "%.*f", p - 1 - exp);
    if (!alternate && out.find('.') != std::string::npos) {
      while (out.back() == '0') out.pop_back();
      if (out.back() == '.') out.pop_back();
    }
    if (none_type && out.find('.') == std::string::npos) out += ".0";
  } else {
    std::string mant = e.substr(0, epos);
    if (!alternate && mant.find('.') != std::string::npos) {
      while (mant.back() == '0') mant.pop_back();
      if (mant.back() == '.') mant.pop_back();
    } else if (alternate && mant.find('.') == std::string::npos) {
      mant += '.';
    }
    char expbuf[16];
    std::snprintf(expbuf, sizeof expbuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out = mant + expbuf;
  }
  return upper ? to_upper_ascii(out) : out;
}

// -- str -----------------------------------------------------------------------------

Result<Value> format_str(ThreadState& ts, Value s, Value spec_str) {
  Spec sp;
  PY_TRY(parse_spec(ts, spec_str, "str", 's', &sp));
  if (sp.type != 's')
    return raise_value_error(ts, "Unknown format code '%s' for object of type 'str'", type_char_text(sp.type).c_str());
  if (sp.sign == ' ') return raise_value_error(ts, "Space not allowed in string format specifier");
  if (sp.sign) return raise_value_error(ts, "Sign not allowed in string format specifier");
  if (sp.z) return raise_value_error(ts, "Negative zero coercion (z) not allowed in string format specifier");
  if (sp.alternate) return raise_value_error(ts, "Alternate form (#) not allowed in string format specifier");
  if (sp.align == '=') return raise_value_error(ts, "'=' alignment not allowed in string format specifier");
  int64_t n = str_length(s);
  if (sp.precision >= 0 && sp.precision < n) n = sp.precision;
  int64_t pad = sp.width > n ? sp.width - n : 0;
  if (pad == 0 && n == str_length(s) && is_exact_str(s)) return s;
  int64_t left = 0;
  switch (sp.align ? sp.align : '<') {
    case '>': left = pad; break;
    case '^': left = pad / 2; break;
    default: left = 0; break;
  }
  StrBuilder b(n + pad);
  append_padding(b, sp.fill, left);
  b.append_str(s, 0, n);
  append_padding(b, sp.fill, pad - left);
  return b.finish();
}

// -- float ---------------------------------------------------------------------------

namespace {

Result<Value> format_float_with(ThreadState& ts, double x, const Spec& sp_in) {
  Spec sp = sp_in;
  uint32_t type = sp.type;
  if (type == 'n') type = 'g';
  bool negative = std::signbit(x) && !std::isnan(x);
  double mag = std::fabs(x);
  std::string text;
  std::string suffix;
  if (type == 0) {
    text = sp.precision < 0 ? format_double_digits(mag, 'r', -1, sp.alternate)
                            : format_double_digits(mag, 'n', static_cast<int>(sp.precision), sp.alternate);
  } else if (type == '%') {
    text = format_double_digits(mag * 100, 'f', sp.precision < 0 ? 6 : static_cast<int>(sp.precision), sp.alternate);
    suffix = "%";
  } else {
    int p = sp.precision < 0 ? 6 : static_cast<int>(sp.precision);
    text = format_double_digits(mag, static_cast<char>(type), p, sp.alternate);
  }
  if (negative && sp.z) {
    bool all_zero = true;
    for (char c : text) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') { all_zero = false; break; }
    }
    if (all_zero && !std::isinf(x)) negative = false;
  }
  // Split the integer digits (grouped) from the rest.
  size_t k = 0;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
  std::string digits = text.substr(0, k);
  std::string rest = text.substr(k) + suffix;
  if (digits.empty()) {  // inf / nan: nothing to group
    Spec plain = sp;
    plain.grouping = 0;
    return render_number(plain, negative, "", "", rest, 3);
  }
  return render_number(sp, negative, "", digits, rest, 3);
}

}  // namespace

Result<Value> format_float(ThreadState& ts, double x, Value spec_str) {
  Spec sp;
  PY_TRY(parse_spec(ts, spec_str, "float", 0, &sp));
  switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return raise_value_error(ts, "Unknown format code '%s' for object of type 'float'",
                               type_char_text(sp.type).c_str());
  }
  return format_float_with(ts, x, sp);
}

// -- complex -------------------------------------------------------------------------

namespace {

// One part of a complex: sign, grouped integer digits, the rest.
std::string complex_part_text(const Spec& sp, double x, uint32_t type, int64_t precision, char sign_mode) {
  bool negative = std::signbit(x) && !std::isnan(x);
  double mag = std::fabs(x);
  std::string text;
  if (type == 'r') {
    text = format_double_digits(mag, 'r', -1, false);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    if (sp.alternate && std::isfinite(mag) && text.find('.') == std::string::npos) {
      size_t e = text.find('e');
      text.insert(e == std::string::npos ? text.size() : e, ".");
    }
  } else {
    text = format_double_digits(mag, static_cast<char>(type), static_cast<int>(precision), sp.alternate);
  }
  if (negative && sp.z) {
    bool all_zero = true;
    for (char c : text) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') { all_zero = false; break; }
    }
    if (all_zero && !std::isinf(x)) negative = false;
  }
  size_t k = 0;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
  std::string digits = group_digits(text.substr(0, k), sp.grouping, 3, 0);
  std::string sign = negative ? "-" : (sign_mode == '+' ? "+" : (sign_mode == ' ' ? " " : ""));
  return sign + digits + text.substr(k);
}

}  // namespace

Result<Value> format_complex(ThreadState& ts, double re, double im, Value spec_str) {
  Spec sp;
  PY_TRY(parse_spec(ts, spec_str, "complex", 0, &sp));
  switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return raise_value_error(ts, "Unknown format code '%s' for object of type 'complex'",
                               type_char_text(sp.type).c_str());
  }
  if (sp.fill == '0' && sp.fill_given) return raise_value_error(ts, "Zero padding is not allowed in complex format specifier");
  if (sp.align == '=') return raise_value_error(ts, "'=' alignment flag is not allowed in complex format specifier");
  uint32_t type = sp.type;
  int64_t precision = sp.precision;
  bool skip_re = false, parens = false;
  if (type == 0) {
    // Like str(self): the real part is left out when it is +0.
    type = 'r';
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = 6;
  else if (type == 'r') type = 'g';
  std::string body;
  if (!skip_re) body = complex_part_text(sp, re, type, precision, sp.sign);
  body += complex_part_text(sp, im, type, precision, skip_re ? sp.sign : '+');
  body += "j";
  if (parens) body = "(" + body + ")";
  Spec layout;
  layout.fill = sp.fill;
  layout.align = sp.align ? sp.align : '>';
  layout.width = sp.width;
  return render_number(layout, false, "", "", body, 3);
}

// -- int -----------------------------------------------------------------------------

namespace {

Result<Value> format_int_named(ThreadState& ts, Value v, Value spec_str, const char* type_name) {
  Spec sp;
  PY_TRY(parse_spec(ts, spec_str, type_name, 'd', &sp));
  switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = PY_TRY(int_to_double(ts, v));
      return format_float_with(ts, d, sp);
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      return raise_value_error(ts, "Unknown format code '%s' for object of type '%s'",
                               type_char_text(sp.type).c_str(), type_name);
  }
  if (sp.precision >= 0) return raise_value_error(ts, "Precision not allowed in integer format specifier");
  if (sp.z) return raise_value_error(ts, "Negative zero coercion (z) not allowed in integer format specifier");
  if (sp.type == 'c') {
    if (sp.sign) return raise_value_error(ts, "Sign not allowed with integer format specifier 'c'");
    if (sp.alternate) return raise_value_error(ts, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!int_to_int64(v, &cp)) return raise(ts, g_exc_OverflowError, "Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF) return raise(ts, g_exc_OverflowError, "%%c arg not in range(0x110000)");
    Value ch = str_from_codepoint(static_cast<uint32_t>(cp));
    int64_t pad = sp.width > 1 ? sp.width - 1 : 0;
    char align = sp.align ? sp.align : (sp.zero ? '=' : '>');
    StrBuilder b(1 + pad);
    int64_t left = align == '<' ? 0 : (align == '^' ? pad / 2 : pad);
    if (align == '=') left = pad;
    append_padding(b, sp.fill, left);
    b.append_str(ch);
    append_padding(b, sp.fill, pad - left);
    return b.finish();
  }
  int base = 10;
  std::string prefix;
  switch (sp.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  if (!sp.alternate) prefix.clear();
  bool negative = int_sign(v) < 0;
  std::string digits;
  if (base == 10) {
    Value dec = PY_TRY(int_to_decimal(ts, v));
    digits = str_to_utf8(dec);
  } else {
    digits = int_to_string_base(v, base);
  }
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  if (sp.type == 'X') digits = to_upper_ascii(digits);
  return render_number(sp, negative, prefix, digits, "", base == 10 ? 3 : 4);
}

}  // namespace

Result<Value> format_int(ThreadState& ts, Value v, Value spec) { return format_int_named(ts, v, spec, "int"); }

// -- format() ------------------------------------------------------------------------

Result<Value> format_value(ThreadState& ts, Value v, Value spec) {
  if (!spec.is_null() && !is_str(spec))
    return raise_type_error(ts, "format() argument 2 must be str, not %s", type_name_of(spec).c_str());
  bool empty = spec.is_null() || str_length(spec) == 0;
  TypeObject* t = type_of(v);
  if (t == g_str_type) return empty ? v : format_str(ts, v, spec);
  if (t == g_int_type) return empty ? str(ts, v) : format_int(ts, v, spec);
  if (t == g_bool_type) return empty ? str(ts, v) : format_int_named(ts, v.is(g_true) ? Value::small_int(1) : Value::small_int(0), spec, "bool");
  if (t == g_float_type) return empty ? str(ts, v) : format_float(ts, float_value(v), spec);
  Value method = lookup_special(v, g_name___format__);
  if (method.is_null() || method.bits() == 2) {
    if (!empty)
      return raise_type_error(ts, "unsupported format string passed to %s.__format__", type_name_of(v).c_str());
    return str(ts, v);
  }
  Value r = PY_TRY(call_method(ts, v, g_name___format__, {spec.is_null() ? str_empty() : spec}));
  if (!is_str(r)) return raise_type_error(ts, "__format__ must return a str, not %s", type_name_of(r).c_str());
  return r;
}

}  // namespace pystm
