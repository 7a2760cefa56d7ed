// runtime/bytecode/disassembler.h — human-readable listing of a CodeUnit
// tree (for tests, debugging and `pystm --dis`).
// Must never: keep its own list of opcode names (they come from opcodes.h).
#pragma once
#include <string>

#include "runtime/bytecode/code_unit.h"

namespace pystm::bytecode {

// The listing of `code` followed by the listings of its nested code units.
std::string disassemble(const CodeUnit& code);

// The listing of `code` alone (instructions and exception table).
std::string disassemble_one(const CodeUnit& code);

// repr()-like text of a constant.
std::string constant_repr(const Constant& c);

}  // namespace pystm::bytecode
