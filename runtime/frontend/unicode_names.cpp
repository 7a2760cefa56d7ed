// runtime/frontend/unicode_names.cpp — \N{...} name lookup.
// Owns: scanning the front-coded name table and the algorithmic names
// (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE from the Jamo short names).
// Must never: be on a hot path (a lookup scans the table linearly; \N{}
// escapes are rare and decoded once at parse time).
#include "runtime/frontend/unicode_names.h"

#include <string>

namespace pystm::frontend {

namespace {

#include "runtime/frontend/unicode_names_data.inc"

// Jamo short names (Unicode Jamo.txt), for Hangul syllable names.
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                  "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                  "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<uint32_t> lookup_unicode_name(std::string_view raw) {
  std::string name;
  for (char c : raw) name.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);

  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.rfind(kCjk, 0) == 0) {
    std::string_view h = std::string_view(name).substr(kCjk.size());
    if (h.size() < 4 || h.size() > 5) return std::nullopt;
    uint32_t cp = 0;
    for (char c : h) {
      if (hex(c) < 0) return std::nullopt;
      cp = cp * 16 + static_cast<uint32_t>(hex(c));
    }
    for (const auto& r : kCjkRanges)
      if (cp >= r[0] && cp <= r[1]) return cp;
    return std::nullopt;
  }
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  if (name.rfind(kHangul, 0) == 0) {
    std::string_view s = std::string_view(name).substr(kHangul.size());
    for (int l = 0; l < 19; l++)
      for (int v = 0; v < 21; v++)
        for (int t = 0; t < 28; t++) {
          std::string cand = std::string(kJamoL[l]) + kJamoV[v] + kJamoT[t];
          if (cand == s) return static_cast<uint32_t>(0xAC00 + (l * 21 + v) * 28 + t);
        }
    return std::nullopt;
  }

  std::string cur;
  const char* p = kUnicodeNames;
  const char* end = kUnicodeNames + sizeof(kUnicodeNames) - 1;
  while (p < end) {
    size_t shared = static_cast<size_t>(*p++ - 32);
    cur.resize(shared);
    while (*p != ';') cur.push_back(*p++);
    p++;
    uint32_t cp = 0;
    for (int i = 0; i < 5; i++) cp = cp * 16 + static_cast<uint32_t>(hex(*p++));
    if (cur == name) return cp;
  }
  return std::nullopt;
}

}  // namespace pystm::frontend
