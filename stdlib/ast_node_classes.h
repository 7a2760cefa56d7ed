// stdlib/ast_node_classes.h — the `_ast` node classes as Python type objects.
// Owns: the AstClass enumeration (one entry per line of
// runtime/frontend/ast_nodes.def) and the process-wide table of the class
// objects, made once (in an inevitable transaction) and kept as gc roots.
// Must never: be filled from anywhere but ast_node_classes.cpp; user code
// rebinding `_ast.Name` does not change what compile() makes or accepts.
#pragma once
#include <cstdint>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

enum class AstClass : uint16_t {
  kAST,
#define AST_SUM(name, positions) k##name,
#define AST_CONSTRUCTOR(name, sum, sig) k##name,
#define AST_PRODUCT(name, positions, sig) k##name,
#include "runtime/frontend/ast_nodes.def"
  kCount
};
inline constexpr int kAstClassCount = static_cast<int>(AstClass::kCount);

// Creates the classes on the first call (never fails afterwards).
Status ensure_ast_classes(ThreadState& ts);
// The class object of `c`; ensure_ast_classes must have succeeded.
TypeObject* ast_class(AstClass c);
Value ast_class_value(AstClass c);
// Name and field names of `c` (interned str values, a tuple for the fields).
Value ast_class_fields(AstClass c);
// Whether instances of `c` carry lineno/col_offset/end_lineno/end_col_offset.
bool ast_class_has_positions(AstClass c);
const char* ast_class_name(AstClass c);

}  // namespace pystm
