// runtime/frontend/compile_warnings.h — the SyntaxWarnings CPython 3.11's
// compiler gives for literals misused in ways that fail at run time ("is" with
// a literal, calling or subscripting a literal, assert on a tuple).
// Must never: look beyond the node's own syntax (no names, no values).
#pragma once
#include <optional>
#include <string>

#include "runtime/frontend/ast.h"

namespace pystm::frontend {

// A warning the runtime issues (warnings.warn_explicit) once compilation succeeded.
// Where: the node's span (a warning turned into an error is a SyntaxError there).
struct CompileWarning {
  ast::Location at;
  std::string message;
};

std::optional<std::string> compare_warning(const ast::Compare* c);
std::optional<std::string> call_warning(const ast::Call* c);
std::optional<std::string> subscript_warning(const ast::Subscript* s);
std::optional<std::string> assert_warning(const ast::Assert* a);

}  // namespace pystm::frontend
