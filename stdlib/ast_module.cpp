// stdlib/ast_module.cpp — the `_ast` module (library reference "ast —
// Abstract Syntax Trees"): every node class of ast_node_classes.h under its
// name, and the compile() flags PyCF_ONLY_AST, PyCF_TYPE_COMMENTS and
// PyCF_ALLOW_TOP_LEVEL_AWAIT. `ast.py` from the standard library builds on it.
// Must never: own the classes (the process-wide table does; the module only
// names them).
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/ast_bridge.h"
#include "stdlib/ast_node_classes.h"

namespace pystm {

Result<Value> create_ast_module(ThreadState& ts) {
  PY_TRY(ensure_ast_classes(ts));
  Value module = module_new(str_intern("_ast"));
  for (int i = 0; i < kAstClassCount; i++) {
    AstClass c = static_cast<AstClass>(i);
    module_set(module, ast_class_name(c), ast_class_value(c));
  }
  module_set(module, "PyCF_ONLY_AST", int_from_int64(kPyCF_ONLY_AST));
  module_set(module, "PyCF_TYPE_COMMENTS", int_from_int64(kPyCF_TYPE_COMMENTS));
  module_set(module, "PyCF_ALLOW_TOP_LEVEL_AWAIT", int_from_int64(kPyCF_ALLOW_TOP_LEVEL_AWAIT));
  return module;
}

}  // namespace pystm
