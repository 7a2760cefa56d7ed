// tests/fuzz/parser_fuzzer.cpp — libFuzzer entry point for the front end.
// Owns: feeding arbitrary bytes to tokenizer + parser (all three modes),
// dumping what parses and compiling it to bytecode (and disassembling it).
// Must never: assume the input is valid UTF-8 or Python.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/bytecode/disassembler.h"
#include "runtime/frontend/ast_dump.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  using pystm::ast::Module;
  for (Module::Kind mode : {Module::Kind::Module, Module::Kind::Expression, Module::Kind::Interactive}) {
    pystm::frontend::ParseResult r = pystm::frontend::parse(src, "<fuzz>", mode);
    if (r.module) {
      std::string text = pystm::frontend::dump(*r.module, true);
      if (text.empty()) __builtin_trap();
      pystm::frontend::CompileResult c = pystm::frontend::compile(*r.module, "<fuzz>", src);
      if (c.code) {
        if (pystm::bytecode::disassemble(*c.code).empty()) __builtin_trap();
      } else if (!c.error) {
        __builtin_trap();  // a failed compile must carry a SyntaxError
      }
    } else if (!r.error) {
      __builtin_trap();  // every failure must carry a SyntaxError
    }
  }
  return 0;
}
