// runtime/frontend/tokenizer.h — Python 3.11 source bytes to tokens.
// Owns: source decoding (BOM, coding declaration, line-ending
// normalization), INDENT/DEDENT bookkeeping, bracket matching and the
// tokenizer's own SyntaxErrors. Must never: build AST nodes or decode string
// literal contents (the parser does that).
//
// The whole file is tokenized up front. When the tokenizer meets an error it
// stops: the last token is a TokenKind::Error and `error` holds the
// SyntaxError, which the parser reports when it reaches that token (or when
// it fails earlier with a generic "invalid syntax", as CPython does).
#pragma once
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frontend/syntax_error.h"
#include "runtime/frontend/token.h"

namespace pystm::frontend {

struct TokenStream {
  std::string source;                 // UTF-8, '\n' line endings, ends with '\n'
  std::vector<size_t> line_starts;    // byte offset of each line (index 0 = line 1)
  std::vector<Token> tokens;          // ends with EndMarker or Error
  std::deque<std::string> owned;      // storage for normalized identifiers
  std::optional<SyntaxErrorInfo> error;
  // CPython's tokenizer raises some errors itself (bad characters, literals,
  // brackets) and only flags others (indentation, line continuation) for the
  // parser to raise; the latter never replace a parser error.
  bool error_raised_by_tokenizer = true;
  // The file ended inside brackets: the innermost open bracket.
  bool eof_in_brackets = false;
  // Innermost open bracket where the tokenizer stopped (at an error or EOF).
  char open_bracket = 0;
  int open_bracket_line = 0, open_bracket_col = 0;

  // The text of line `lineno` (1-based) including its '\n'.
  std::string_view line_text(int lineno) const;
  // 1-based character offset of byte column `col` on line `lineno`.
  int char_offset(int lineno, int col) const;
};

// Heap-allocated: tokens view `source`, which must not move.
std::unique_ptr<TokenStream> tokenize(std::string_view bytes, const std::string& filename);

// Helpers shared with the parser.
bool is_keyword(std::string_view name);
int utf8_char_count(std::string_view s);

}  // namespace pystm::frontend
