// runtime/frontend/unicode_names.h — Unicode character names for \N{...}.
// Owns: name -> code point lookup over the generated table
// (unicode_names_data.inc) plus the algorithmic CJK and Hangul names.
// Must never: allocate per lookup beyond a small name buffer.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace pystm::frontend {

// Case-insensitive, as Python's \N{...}.
std::optional<uint32_t> lookup_unicode_name(std::string_view name);

}  // namespace pystm::frontend
