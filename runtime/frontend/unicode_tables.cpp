// runtime/frontend/unicode_tables.cpp — binary search over generated ranges.
// Owns: the lookups declared in unicode_tables.h. Must never: be edited to
// change data (regenerate unicode_tables_data.inc with gen/ instead).
#include "runtime/frontend/unicode_tables.h"

#include <cstddef>

namespace pystm::frontend {

namespace {

#include "runtime/frontend/unicode_tables_data.inc"

template <size_t N>
bool in_ranges(const uint32_t (&r)[N][2], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < r[mid][0]) {
      hi = mid;
    } else if (cp > r[mid][1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

}  // namespace

bool unicode_is_printable(uint32_t cp) { return in_ranges(kPrintable, cp); }
bool unicode_is_id_start(uint32_t cp) { return in_ranges(kIdStart, cp); }
bool unicode_is_id_continue(uint32_t cp) { return in_ranges(kIdContinue, cp); }

}  // namespace pystm::frontend
