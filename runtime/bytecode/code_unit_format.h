// runtime/bytecode/code_unit_format.h — a compact binary form of a CodeUnit
// tree (with its constants and nested code units), for the bytecode cache.
// Owns: the encoding and a decoder that accepts any bytes.
// Must never: trust its input (bad bytes give null, never a crash, a huge
// allocation or unbounded recursion), or touch the heap.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "runtime/bytecode/code_unit.h"

namespace pystm::bytecode {

// Bump when the encoding below changes.
inline constexpr uint32_t kCodeUnitFormatVersion = 1;

// The filename is not stored: every unit of a tree has the same one, and a
// cached tree takes the name of the source file it was loaded for.
std::string encode_code_unit(const CodeUnit& unit);
// The tree `bytes` encodes, with `filename` in every unit; null when the
// bytes are not exactly one well-formed encoding (truncated, trailing data,
// unknown opcodes, out-of-range tables). Operands are not checked: the cache
// file's checksum guards against corruption.
std::shared_ptr<CodeUnit> decode_code_unit(std::string_view bytes, const std::string& filename);

}  // namespace pystm::bytecode
