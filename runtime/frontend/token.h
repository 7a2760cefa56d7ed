// runtime/frontend/token.h — one lexical token of Python source.
// Owns: the token kinds the tokenizer produces and the parser consumes.
// Must never: own text (a token views the tokenizer's normalized source or
// its side storage, which outlive every token).
#pragma once
#include <cstdint>
#include <string_view>

namespace pystm::frontend {

enum class TokenKind : uint8_t {
  EndMarker,
  Name,     // identifiers and keywords (keywords are told apart by text)
  Number,
  String,   // one literal with its prefix and quotes; f-strings too
  Newline,
  Indent,
  Dedent,
  Op,       // operators and delimiters
  Error,    // the tokenizer stopped here; TokenStream::error says why
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string_view text;
  // 1-based lines, 0-based UTF-8 byte columns (as the AST wants them).
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  // Bracket nesting depth after this token (0 outside any bracket).
  int level = 0;

  bool is(TokenKind k, std::string_view t) const { return kind == k && text == t; }
  bool is_op(std::string_view t) const { return kind == TokenKind::Op && text == t; }
  bool is_name(std::string_view t) const { return kind == TokenKind::Name && text == t; }
};

}  // namespace pystm::frontend
