// runtime/objects/str_unicode.h — per-code-point Unicode properties and case
// mappings with the meaning Python's str methods give them.
// Owns: the predicates behind str.isX() and repr's printability, the full case
// mappings (special casing such as 'ß'.upper() == 'SS'). Built on utf8proc
// plus small tables of the numeric properties utf8proc does not expose.
// Must never: allocate heap objects.
#pragma once
#include <cstdint>

namespace pystm::unicode {

// The ASCII answers of the commonest predicates are inline: most text is
// ASCII, and callers such as str.split and the regex engine ask once per
// character. Code points from 128 up go to str_unicode.cpp.
bool is_space_beyond_ascii(uint32_t cp);
bool is_alpha_beyond_ascii(uint32_t cp);
bool is_decimal_beyond_ascii(uint32_t cp);
bool is_numeric_beyond_ascii(uint32_t cp);

// str.isspace: bidi WS/B/S or category Zs
inline bool is_space(uint32_t cp) {
  return cp < 128 ? (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) : is_space_beyond_ascii(cp);
}
// categories Lu Ll Lt Lm Lo
inline bool is_alpha(uint32_t cp) {
  return cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : is_alpha_beyond_ascii(cp);
}
// category Nd
inline bool is_decimal(uint32_t cp) { return cp < 128 ? cp >= '0' && cp <= '9' : is_decimal_beyond_ascii(cp); }
bool is_digit(uint32_t cp);       // Numeric_Type Decimal or Digit
// any Numeric_Type
inline bool is_numeric(uint32_t cp) { return cp < 128 ? cp >= '0' && cp <= '9' : is_numeric_beyond_ascii(cp); }
inline bool is_alnum(uint32_t cp) { return is_alpha(cp) || is_numeric(cp); }
bool is_printable(uint32_t cp);   // not in Cc Cf Cs Co Cn Zl Zp Zs, except ' '
bool is_lower(uint32_t cp);
bool is_upper(uint32_t cp);
bool is_title(uint32_t cp);       // category Lt
bool is_cased(uint32_t cp);
bool is_case_ignorable(uint32_t cp);
bool is_linebreak(uint32_t cp);   // str.splitlines boundaries
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);

// Full case mappings: write up to 3 code points to out, return the count.
int to_lower_full(uint32_t cp, uint32_t out[3]);
int to_upper_full(uint32_t cp, uint32_t out[3]);
int to_title_full(uint32_t cp, uint32_t out[3]);
int case_fold_full(uint32_t cp, uint32_t out[3]);

// Decimal value of a decimal character, or -1 (int('٣') uses it too).
int decimal_value(uint32_t cp);

}  // namespace pystm::unicode
