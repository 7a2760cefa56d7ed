// runtime/objects/str_unicode.h — per-code-point Unicode properties and case
// mappings with the meaning Python's str methods give them.
// Owns: the predicates behind str.isX() and repr's printability, the full case
// mappings (special casing such as 'ß'.upper() == 'SS'). Built on utf8proc
// plus small tables of the numeric properties utf8proc does not expose.
// Must never: allocate heap objects.
#pragma once
#include <cstdint>

namespace pystm::unicode {

bool is_space(uint32_t cp);       // str.isspace: bidi WS/B/S or category Zs
bool is_alpha(uint32_t cp);       // categories Lu Ll Lt Lm Lo
bool is_decimal(uint32_t cp);     // category Nd
bool is_digit(uint32_t cp);       // Numeric_Type Decimal or Digit
bool is_numeric(uint32_t cp);     // any Numeric_Type
bool is_alnum(uint32_t cp);
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
