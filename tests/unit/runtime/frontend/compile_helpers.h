// tests/unit/runtime/frontend/compile_helpers.h — parse + compile for tests.
// Owns: small helpers shared by the compiler and symbol-table tests.
// Must never: be used outside tests.
#pragma once
#include <memory>
#include <string>

#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/frontend/symtable.h"

namespace pystm::frontend::testing {

struct Compiled {
  ParseResult parsed;
  CompileResult result;
  std::string parse_error;   // non-empty when the parser rejected the source
};

inline Compiled compile_source(const std::string& src, int optimize = 0, const std::string& filename = "<test>") {
  Compiled c;
  c.parsed = parse(src, filename);
  if (c.parsed.error) {
    c.parse_error = c.parsed.error->msg;
    return c;
  }
  c.result = compile(*c.parsed.module, filename, src, optimize);
  return c;
}

}  // namespace pystm::frontend::testing
