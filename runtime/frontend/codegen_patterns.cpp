// runtime/frontend/codegen_patterns.cpp — code generation for the match
// statement (structural pattern matching) and try/except* (exception groups).
// Must never: bind a capture name before the whole pattern matched.
#include "runtime/frontend/codegen.h"

namespace pystm::frontend {

void Codegen::match_stmt(const ast::Match* m) {
  error("match statements are not supported yet", *m);
}

void Codegen::try_star(const ast::Try* t) {
  if (!t->finalbody.empty()) try_finally(t);
  else try_star_except(t);
}

void Codegen::try_star_except(const ast::Try* t) {
  error("except* is not supported yet", *t);
}

}  // namespace pystm::frontend
