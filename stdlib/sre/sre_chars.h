// stdlib/sre/sre_chars.h — character predicates and case mappings of the SRE
// engine: CATEGORY codes, the word test behind \b, and the three lower/upper
// mappings (ASCII, locale, Unicode).
// Owns: the meaning of each category code for one code point. Must never:
// allocate or touch the heap. The locale variants follow the C locale
// (pystm has no setlocale); the Unicode ones are CPython's
// _PyUnicode_ToLowercase/_PyUnicode_ToUppercase: the first code point of the
// full mapping.
#pragma once
#include <cstdint>

#include "runtime/objects/str_unicode.h"
#include "stdlib/sre/sre_constants.h"

namespace pystm::sre {

inline bool is_ascii_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
inline bool is_ascii_space(uint32_t ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
inline bool is_ascii_alnum(uint32_t ch) {
  return is_ascii_digit(ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}
inline bool is_ascii_word(uint32_t ch) { return ch < 128 && (is_ascii_alnum(ch) || ch == '_'); }
inline bool is_locale_word(uint32_t ch) { return ch < 256 && (is_ascii_alnum(ch) || ch == '_'); }
inline bool is_unicode_word(uint32_t ch) { return unicode::is_alnum(ch) || ch == '_'; }

inline uint32_t lower_ascii(uint32_t ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }
inline uint32_t upper_ascii(uint32_t ch) { return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch; }
inline uint32_t lower_locale(uint32_t ch) { return lower_ascii(ch); }
inline uint32_t upper_locale(uint32_t ch) { return upper_ascii(ch); }
inline uint32_t lower_unicode(uint32_t ch) {
  uint32_t out[3];
  unicode::to_lower_full(ch, out);
  return out[0];
}
inline uint32_t upper_unicode(uint32_t ch) {
  uint32_t out[3];
  unicode::to_upper_full(ch, out);
  return out[0];
}
inline bool ascii_iscased(uint32_t ch) { return ch < 128 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'); }
inline bool unicode_iscased(uint32_t ch) { return ch != lower_unicode(ch) || ch != upper_unicode(ch); }

// CATEGORY code `cat` holds for ch (unknown codes never hold).
inline bool category_matches(uint32_t cat, uint32_t ch) {
  switch (cat) {
    case kCatDigit: return ch < 128 && is_ascii_digit(ch);
    case kCatNotDigit: return !(ch < 128 && is_ascii_digit(ch));
    case kCatSpace: return ch < 128 && is_ascii_space(ch);
    case kCatNotSpace: return !(ch < 128 && is_ascii_space(ch));
    case kCatWord: return is_ascii_word(ch);
    case kCatNotWord: return !is_ascii_word(ch);
    case kCatLinebreak: return ch == '\n';
    case kCatNotLinebreak: return ch != '\n';
    case kCatLocWord: return is_locale_word(ch);
    case kCatLocNotWord: return !is_locale_word(ch);
    case kCatUniDigit: return unicode::is_decimal(ch);
    case kCatUniNotDigit: return !unicode::is_decimal(ch);
    case kCatUniSpace: return unicode::is_space(ch);
    case kCatUniNotSpace: return !unicode::is_space(ch);
    case kCatUniWord: return is_unicode_word(ch);
    case kCatUniNotWord: return !is_unicode_word(ch);
    case kCatUniLinebreak: return unicode::is_linebreak(ch);
    case kCatUniNotLinebreak: return !unicode::is_linebreak(ch);
    default: return false;
  }
}

}  // namespace pystm::sre
