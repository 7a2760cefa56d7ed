// runtime/frontend/unicode_tables.h — Unicode properties as CPython 3.11 sees them.
// Owns: printable / identifier-start / identifier-continue lookups over
// tables generated from Python 3.11's Unicode 14.0 database (so pystm's
// repr() and identifier rules match CPython even where utf8proc's newer
// Unicode differs). Must never: allocate.
#pragma once
#include <cstdint>

namespace pystm::frontend {

bool unicode_is_printable(uint32_t cp);   // str.isprintable() of one character
bool unicode_is_id_start(uint32_t cp);    // XID_Start or '_'
bool unicode_is_id_continue(uint32_t cp); // XID_Continue

}  // namespace pystm::frontend
