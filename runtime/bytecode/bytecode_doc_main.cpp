// runtime/bytecode/bytecode_doc_main.cpp — prints docs/BYTECODE.md from the
// opcode table (runtime/bytecode/opcodes.def). CTest checks the committed
// file is current: `build/pystm_bytecode_doc > docs/BYTECODE.md` refreshes it.
#include <cstdio>
#include <string>

#include "runtime/bytecode/opcodes.h"

using namespace pystm::bytecode;

namespace {

std::string effects(uint32_t e) {
  std::string out;
  auto add = [&](uint32_t bit, const char* name) {
    if (e & bit) out += std::string(out.empty() ? "" : ", ") + name;
  };
  add(E_ALLOC, "alloc");
  add(E_CALL, "call");
  add(E_READ, "read");
  add(E_WRITE, "write");
  add(E_JUMP, "jump");
  add(E_BOUNDARY, "boundary");
  return out.empty() ? "—" : out;
}

}  // namespace

int main() {
  std::printf("# pystm bytecode\n\n");
  std::printf("Generated from `runtime/bytecode/opcodes.def` by `pystm_bytecode_doc`; do not edit.\n\n");
  std::printf("An instruction is one 32-bit word: bits 0–7 the opcode, bits 8–31 the argument.\n");
  std::printf("Jump arguments are absolute instruction indexes. Stack pictures are bottom → top.\n");
  std::printf("Effects: *alloc* may allocate (and collect), *call* may run Python code, *read*/*write*\n");
  std::printf("touch shared mutable state through the STM barriers, *jump* may transfer control,\n");
  std::printf("*boundary* is a point where a transaction may end.\n\n");
  std::printf("| # | opcode | effects | meaning |\n|---|---|---|---|\n");
  for (int i = 0; i < kOpcodeCount; ++i) {
    std::string doc(kOpcodeDocs[i]);
    std::string escaped;
    for (char c : doc) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
    std::printf("| %d | `%s` | %s | %s |\n", i, std::string(kOpcodeNames[i]).c_str(), effects(kOpcodeEffects[i]).c_str(),
                escaped.c_str());
  }
  return 0;
}
