// runtime/frontend/compiler.h — AST to bytecode: symbol tables, then code
// generation. Must never: touch the heap.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "runtime/bytecode/code_unit.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/compile_warnings.h"
#include "runtime/frontend/syntax_error.h"

namespace pystm::frontend {

struct CompileResult {
  std::shared_ptr<bytecode::CodeUnit> code;   // null when error is set
  std::optional<SyntaxErrorInfo> error;
  std::vector<CompileWarning> warnings;  // to issue as SyntaxWarning when compiled
};

// `source` is passed so compile-time SyntaxErrors can show the line text.
CompileResult compile(const ast::Module& module, const std::string& filename,
                      std::string_view source, int optimize = 0);

}  // namespace pystm::frontend
