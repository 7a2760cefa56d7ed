// tests/fuzz/code_unit_format_fuzzer.cpp — libFuzzer entry point for the
// bytecode cache's CodeUnit decoder.
// Owns: feeding arbitrary bytes to decode_code_unit; whatever decodes must
// encode again and decode to the same encoding.
// Must never: assume the input came from the encoder.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/bytecode/code_unit_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::shared_ptr<pystm::bytecode::CodeUnit> unit = pystm::bytecode::decode_code_unit(bytes, "<fuzz>");
  if (!unit) return 0;
  std::string again = pystm::bytecode::encode_code_unit(*unit);
  std::shared_ptr<pystm::bytecode::CodeUnit> twice = pystm::bytecode::decode_code_unit(again, "<fuzz>");
  if (!twice || pystm::bytecode::encode_code_unit(*twice) != again) __builtin_trap();
  return 0;
}
