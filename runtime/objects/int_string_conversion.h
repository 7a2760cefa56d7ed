// runtime/objects/int_string_conversion.h — text helpers shared by int() and
// float() parsing (internal to the int_* and float_* files).
// Owns: Python's whitespace set for number parsing, and the repr used in
// "invalid literal" messages. Must never: allocate outside error paths
// (truncated_repr builds a str).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// int_from_string, with the error message quoting `bytes_source` (a bytes
// object whose contents are text) when it is not null: int(b'x').
Result<Value> int_from_text(ThreadState& ts, std::string_view text, int base, Value bytes_source);

// The limit on decimal digits of int<->str conversions (0: none); sys's
// get/set_int_max_str_digits.
constexpr int64_t kDefaultMaxStrDigits = 4300;
constexpr int64_t kMinMaxStrDigits = 640;
int64_t int_max_str_digits();
void set_int_max_str_digits(int64_t limit);

// str.isspace() for one code point.
bool is_python_space(uint32_t c);
// text without leading and trailing Python whitespace (UTF-8).
std::string_view strip_python_space(std::string_view text);
// text with every Unicode decimal digit replaced by its ASCII digit, Python
// whitespace by ' ' and any other non-ASCII character by '?' (int() and
// float() accept digits of any script: int('\u0663') == 3).
std::string ascii_number_text(std::string_view text);
// The first max_chars code points of repr(text) (int()'s error message
// quotes the text with %.200R, so a long repr loses its closing quote).
std::string truncated_repr(std::string_view text, size_t max_chars);

}  // namespace pystm
