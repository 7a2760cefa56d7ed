// runtime/frontend/syntax_error.h — a syntax error found by the front end,
// before any heap object exists. The runtime raises it as SyntaxError (or
// IndentationError / TabError) with these fields.
#pragma once
#include <string>

namespace pystm::frontend {

struct SyntaxErrorInfo {
  // NullBytes: CPython 3.11 raises ValueError for a source with a NUL.
  enum class Kind { SyntaxError, IndentationError, TabError, NullBytes };
  Kind kind = Kind::SyntaxError;
  std::string msg;       // CPython 3.11's message, e.g. "expected ':'"
  std::string filename;
  int lineno = 0;        // 1-based
  int offset = 0;        // 1-based column in characters (code points), as CPython
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;      // the offending source line, with its newline
};

}  // namespace pystm::frontend
