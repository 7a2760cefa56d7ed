// runtime/frontend/compiler.cpp — the compiler's entry point: symbol table,
// then code generation. Must never: touch the heap.
#include "runtime/frontend/compiler.h"

#include "runtime/frontend/codegen.h"
#include "runtime/frontend/symtable.h"

namespace pystm::frontend {

CompileResult compile(const ast::Module& module, const std::string& filename, std::string_view source,
                      int optimize) {
  SyntaxErrorInfo err;
  auto st = SymbolTable::build(module, filename, source, &err);
  if (!st) {
    CompileResult r;
    r.error = err;
    return r;
  }
  Codegen cg(*st, filename, source, optimize);
  return cg.run(module);
}

}  // namespace pystm::frontend
