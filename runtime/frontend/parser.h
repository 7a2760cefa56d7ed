// runtime/frontend/parser.h — source text to AST.
// Owns: the entry point of tokenizer + parser. Must never: touch the heap.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"

namespace pystm::frontend {

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;         // owns every node
  ast::Module* module = nullptr;             // null when error is set
  std::optional<SyntaxErrorInfo> error;
};

// `source` is the file's bytes (a coding declaration or BOM is honoured);
// `mode` selects Module ("exec"), Interactive ("single") or Expression ("eval").
ParseResult parse(std::string_view source, const std::string& filename,
                  ast::Module::Kind mode = ast::Module::Kind::Module);

}  // namespace pystm::frontend
