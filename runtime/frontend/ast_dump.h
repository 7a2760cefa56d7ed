// runtime/frontend/ast_dump.h — text form of an AST.
// Owns: dump(), which renders a Module exactly as CPython 3.11's
// `ast.dump(tree)` does with default arguments (no attributes, no indent),
// and the Python-style reprs of constants it needs. Must never: depend on
// the interpreter (the text is built from the C++ nodes alone).
#pragma once
#include <string>

#include "runtime/frontend/ast.h"

namespace pystm::frontend {

// include_attributes adds the four position fields, as ast.dump(tree, include_attributes=True).
std::string dump(const ast::Module& module, bool include_attributes = false);
std::string dump(const ast::Expr& expr);

// Python's repr() of a constant value (str, bytes, int, float, ...).
std::string constant_repr(const ast::ConstantValue& value);
std::string float_repr(double value);

}  // namespace pystm::frontend
