// runtime/frontend/parser_match.cpp — the match statement and its patterns.
// Owns: match_stmt, case blocks and every pattern form of PEP 634. Must
// never: treat `match`/`case` as reserved words outside this statement.
#include "runtime/frontend/parser_impl.h"

namespace pystm::frontend {

using namespace pystm::ast;

Stmt* Parser::match_stmt() { return nullptr; }

}  // namespace pystm::frontend
