// stdlib/sre/sre_constants.h — the numbers of CPython 3.11's SRE code:
// opcodes, AT codes, CATEGORY codes, flags and INFO bits.
// Owns: these tables only. Must never: change a number (re/_constants.py
// in 3.11 defines them by list order; MAGIC pins that version).
#pragma once
#include <cstdint>

namespace pystm::sre {

inline constexpr int64_t kMagic = 20220615;
inline constexpr int kCodeSize = 4;  // bytes per code word
inline constexpr uint32_t kMaxRepeat = 0xffffffffu;
inline constexpr int64_t kMaxGroups = 0x3fffffff;  // (SRE_CODE)PY_SSIZE_T_MAX / sizeof(void*) / 2

enum Op : uint32_t {
  kFailure, kSuccess, kAny, kAnyAll, kAssert, kAssertNot, kAt, kBranch, kCategory,
  kCharset, kBigCharset, kGroupref, kGrouprefExists, kIn, kInfo, kJump, kLiteral, kMark,
  kMaxUntil, kMinUntil, kNotLiteral, kNegate, kRange, kRepeat, kRepeatOne, kSubpattern,
  kMinRepeatOne, kAtomicGroup, kPossessiveRepeat, kPossessiveRepeatOne,
  kGrouprefIgnore, kInIgnore, kLiteralIgnore, kNotLiteralIgnore,
  kGrouprefLocIgnore, kInLocIgnore, kLiteralLocIgnore, kNotLiteralLocIgnore,
  kGrouprefUniIgnore, kInUniIgnore, kLiteralUniIgnore, kNotLiteralUniIgnore, kRangeUniIgnore,
  kOpCount
};
static_assert(kRangeUniIgnore == 42, "opcode numbering follows re/_constants.py of 3.11");

enum AtCode : uint32_t {
  kAtBeginning, kAtBeginningLine, kAtBeginningString, kAtBoundary, kAtNonBoundary,
  kAtEnd, kAtEndLine, kAtEndString, kAtLocBoundary, kAtLocNonBoundary,
  kAtUniBoundary, kAtUniNonBoundary, kAtCount
};

enum Category : uint32_t {
  kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord,
  kCatLinebreak, kCatNotLinebreak, kCatLocWord, kCatLocNotWord,
  kCatUniDigit, kCatUniNotDigit, kCatUniSpace, kCatUniNotSpace, kCatUniWord, kCatUniNotWord,
  kCatUniLinebreak, kCatUniNotLinebreak, kCatCount
};

enum Flag : int64_t {
  kFlagTemplate = 1, kFlagIgnoreCase = 2, kFlagLocale = 4, kFlagMultiline = 8, kFlagDotAll = 16,
  kFlagUnicode = 32, kFlagVerbose = 64, kFlagDebug = 128, kFlagAscii = 256,
};

enum InfoBit : uint32_t { kInfoPrefix = 1, kInfoLiteral = 2, kInfoCharset = 4 };

}  // namespace pystm::sre
