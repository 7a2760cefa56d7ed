// runtime/objects/int_string_conversion.cpp — int <-> text: int(s, base),
// str(i), and digit strings in bases 2..36.
// Owns: the integer-literal grammar of int() (language reference §2.4.5 plus
// int()'s whitespace and sign rules) and CPython 3.11's limit on decimal
// conversions (sys.set_int_max_str_digits; 4300 digits by default).
// Must never: hand GMP text that the grammar has not validated.
#include <atomic>
#include <charconv>
#include <string>

#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_string_conversion.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/str_unicode.h"
#include "runtime/vm/errors.h"

namespace pystm {

namespace {

// Process-wide like CPython's per-interpreter setting; 0 means no limit.
std::atomic<int64_t> g_max_str_digits{kDefaultMaxStrDigits};

// Decodes one UTF-8 code point at text[pos]; advances pos. Invalid bytes
// decode as themselves (they only ever make a literal invalid).
uint32_t next_code_point(std::string_view text, size_t& pos) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
  uint32_t c = byte(pos);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (pos + extra >= text.size() + (extra ? 0 : 1)) extra = 0;
  if (extra == 0) {
    ++pos;
    return c;
  }
  c &= 0x3F >> extra;
  for (int i = 1; i <= extra; ++i) c = (c << 6) | (byte(pos + i) & 0x3F);
  pos += extra + 1;
  return c;
}

}  // namespace

// str.isspace() for the code points int() and float() strip.
bool is_python_space(uint32_t c) {
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) return true;
  if (c < 0x85) return false;
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Strips Python whitespace from both ends of UTF-8 text.
std::string_view strip_python_space(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t next = begin;
    if (!is_python_space(next_code_point(text, next))) break;
    begin = next;
  }
  size_t end = begin;
  size_t pos = begin;
  while (pos < text.size()) {
    uint32_t c = next_code_point(text, pos);
    if (!is_python_space(c)) end = pos;
  }
  return text.substr(begin, end - begin);
}

std::string ascii_number_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t c = next_code_point(text, pos);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (is_python_space(c)) {
      out.push_back(' ');
    } else {
      int digit = unicode::decimal_value(c);
      out.push_back(digit >= 0 ? static_cast<char>('0' + digit) : '?');
    }
  }
  return out;
}

// repr() of the first `max_chars` code points of text, for error messages.
std::string truncated_repr(std::string_view text, size_t max_chars) {
  std::string quoted = str_to_utf8(str_repr(str_from_utf8(text)));
  size_t pos = 0;
  for (size_t n = 0; n < max_chars && pos < quoted.size(); ++n) next_code_point(quoted, pos);
  return quoted.substr(0, pos);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

Result<Value> int_from_string(ThreadState& ts, std::string_view text, int base) {
  return int_from_text(ts, text, base, Value());
}

Result<Value> int_from_text(ThreadState& ts, std::string_view text, int base, Value bytes_repr_source) {
  if (base != 0 && (base < 2 || base > 36)) return raise_value_error(ts, "int() base must be >= 2 and <= 36, or 0");
  auto invalid = [&]() -> Error {
    std::string quoted = bytes_repr_source.is_null()
                             ? truncated_repr(text, 200)
                             : str_to_utf8(bytes_repr(bytes_repr_source)).substr(0, 200);
    return raise_value_error(ts, "invalid literal for int() with base %d: %s", base, quoted.c_str());
  };
  std::string ascii = ascii_number_text(text);
  std::string_view s = strip_python_space(ascii);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int radix = base;
  bool after_prefix = false;
  if (i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int prefix_radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_radix != 0 && (base == 0 || base == prefix_radix)) {
      radix = prefix_radix;
      i += 2;
      after_prefix = true;
    }
  }
  if (radix == 0) radix = 10;
  // Digits with single underscores between them (or right after a prefix).
  std::string digits;
  digits.reserve(s.size() - i);
  bool need_digit = true;  // at the start, and right after an underscore
  if (after_prefix && i < s.size() && s[i] == '_') ++i;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (need_digit) break;
      need_digit = true;
      continue;
    }
    if (digit_value(c) >= radix) break;
    digits.push_back(c);
    need_digit = false;
  }
  int64_t limit = int_max_str_digits();
  if ((radix & (radix - 1)) != 0 && limit > 0 && digits.size() > static_cast<size_t>(limit))
    return raise_value_error(ts,
                             "Exceeds the limit (%lld digits) for integer string conversion: value has %zu "
                             "digits; use sys.set_int_max_str_digits() to increase the limit",
                             static_cast<long long>(limit), digits.size());
  if (i != s.size() || need_digit) return invalid();
  // Without an explicit base, a decimal literal may not have leading zeros
  // unless it is zero (§2.4.5).
  if (base == 0 && !after_prefix && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos)
    return invalid();
  if (digits.size() <= 18 && radix == 10) {
    int64_t v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return Value::small_int(negative ? -v : v);
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), radix);
  if (negative) mpz_neg(z, z);
  return int_from_mpz(z);
}

Result<Value> int_to_decimal(ThreadState& ts, Value v) {
  int64_t small;
  if (as_small(v, small)) {
    char buffer[24];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, small).ptr;
    return str_from_ascii(std::string_view(buffer, end - buffer));
  }
  int64_t limit = int_max_str_digits();
  auto too_many = [&]() -> Error {
    return raise_value_error(ts,
                             "Exceeds the limit (%lld digits) for integer string conversion; use "
                             "sys.set_int_max_str_digits() to increase the limit",
                             static_cast<long long>(limit));
  };
  MpzView z(v);
  // An int of b bits has more than (b - 1) * log2(10) digits: reject huge
  // ones before converting.
  if (limit > 0 && static_cast<double>(mpz_sizeinbase(z, 2) - 1) > static_cast<double>(limit) * 3.3220)
    return too_many();
  std::string text(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, z);
  text.resize(std::char_traits<char>::length(text.c_str()));
  if (limit > 0 && text.size() - (text[0] == '-' ? 1 : 0) > static_cast<size_t>(limit)) return too_many();
  return str_from_ascii(text);
}

int64_t int_max_str_digits() { return g_max_str_digits.load(std::memory_order_relaxed); }
void set_int_max_str_digits(int64_t limit) { g_max_str_digits.store(limit, std::memory_order_relaxed); }

std::string int_to_string_base(Value v, int base) {
  int64_t small;
  if (as_small(v, small)) {
    char buffer[72];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, small, base).ptr;
    return std::string(buffer, end - buffer);
  }
  MpzView z(v);
  std::string text(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(text.data(), base, z);
  text.resize(std::char_traits<char>::length(text.c_str()));
  return text;
}

}  // namespace pystm
