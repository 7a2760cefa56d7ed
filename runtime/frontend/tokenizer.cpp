// runtime/frontend/tokenizer.cpp — Python 3.11 lexical analysis.
// Owns: decoding the source to normalized UTF-8, splitting it into tokens,
// indentation and bracket bookkeeping, and the tokenizer's error messages
// (worded and positioned as CPython 3.11 reports them). Must never: decode
// string literal contents or know the grammar beyond bracket nesting.
#include "runtime/core/utf8.h"
#include "runtime/frontend/tokenizer.h"

#include "runtime/frontend/unicode_tables.h"

#include <iconv.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace pystm::frontend {

namespace {

constexpr int kMaxBrackets = 200;

bool is_ascii_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_ident_char(unsigned char c) { return is_ascii_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_potential_ident_char(unsigned char c) { return is_ascii_ident_char(c) || c >= 0x80; }

// Decodes one UTF-8 code point at s[i]; returns its length (1 on bad input).
int decode_utf8(std::string_view s, size_t i, int32_t* cp) {
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), cp);
  if (n <= 0) {
    *cp = static_cast<unsigned char>(s[i]);
    return 1;
  }
  return static_cast<int>(n);
}

bool is_id_start(int32_t cp) { return cp >= 0 && unicode_is_id_start(static_cast<uint32_t>(cp)); }
bool is_id_continue(int32_t cp) { return cp >= 0 && unicode_is_id_continue(static_cast<uint32_t>(cp)); }

std::string encode_utf8(int32_t cp) {
  std::string out;
  append_utf8(out, static_cast<uint32_t>(cp));
  return out;
}

bool string_prefix(std::string_view name) {
  if (name.size() > 2) return false;
  std::string p;
  for (char c : name) p.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return p == "r" || p == "u" || p == "b" || p == "f" || p == "br" || p == "rb" || p == "fr" || p == "rf";
}

// Three-, two- and one-character operators, longest first.
constexpr std::string_view kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
constexpr std::string_view kOps2[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
                                      "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
constexpr std::string_view kOps1 = "%&()*+,-./:;<=>@[]^{|}~";

// ---------------------------------------------------------------- decoding --

struct Decoded {
  std::string text;
  std::optional<std::string> error;
  bool no_position = false;  // CPython reports lineno 0, offset -1
};

std::string lower_encoding(std::string name) {
  for (auto& c : name) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

// Finds a PEP 263 coding declaration in one line (a comment).
std::optional<std::string> coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  size_t at = line.find("coding", i);
  if (at == std::string_view::npos) return std::nullopt;
  size_t j = at + 6;
  if (j >= line.size() || (line[j] != ':' && line[j] != '=')) return std::nullopt;
  j++;
  while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) j++;
  size_t k = j;
  while (k < line.size() && (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '-' ||
                             line[k] == '_' || line[k] == '.'))
    k++;
  if (k == j) return std::nullopt;
  return std::string(line.substr(j, k - j));
}

bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\f') continue;
    return c == '#' || c == '\n' || c == '\r';
  }
  return true;
}

Decoded finish_decoding(std::string text);

// Converts with iconv; on a decoding failure sets `failure` to CPython's
// style of message (an unknown codec leaves it empty).
std::optional<std::string> iconv_to_utf8(std::string_view bytes, const std::string& encoding, std::string* failure) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* dst = out.data();
  size_t out_left = out.size();
  size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) {
    size_t at = static_cast<size_t>(in - bytes.data());
    char buf[200];
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", encoding.c_str(),
                  at < bytes.size() ? static_cast<unsigned char>(bytes[at]) : 0, at,
                  encoding == "ascii" || encoding == "us-ascii" ? "ordinal not in range(128)" : "invalid byte");
    *failure = buf;
    return std::nullopt;
  }
  out.resize(out.size() - out_left);
  return out;
}

Decoded decode_source(std::string_view bytes) {
  Decoded out;
  bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);
  // The declaration may sit on line 1, or on line 2 below a comment/blank line.
  std::optional<std::string> enc;
  size_t nl = bytes.find('\n');
  std::string_view l1 = bytes.substr(0, nl == std::string_view::npos ? bytes.size() : nl + 1);
  enc = coding_spec(l1);
  if (!enc && nl != std::string_view::npos && blank_or_comment(l1)) {
    size_t nl2 = bytes.find('\n', nl + 1);
    enc = coding_spec(bytes.substr(nl + 1, nl2 == std::string_view::npos ? std::string_view::npos : nl2 - nl));
  }
  bool latin1 = false;
  if (enc) {
    std::string e = lower_encoding(*enc);
    bool utf8 = e == "utf-8" || e == "utf8" || e.rfind("utf-8-", 0) == 0;
    latin1 = e == "latin-1" || e == "iso-8859-1" || e == "iso-latin-1" || e == "latin1" ||
             e.rfind("latin-1-", 0) == 0 || e.rfind("iso-8859-1-", 0) == 0;
    if (bom && !utf8) {
      out.error = "encoding problem: " + (latin1 ? std::string("iso-8859-1") : *enc) + " with BOM";
      out.no_position = true;
      return out;
    }
    if (!utf8 && !latin1) {
      // Any other codec glibc's iconv knows.
      std::string failure;
      std::optional<std::string> converted = iconv_to_utf8(bytes, *enc, &failure);
      if (!converted) {
        out.error = failure.empty() ? "unknown encoding: " + *enc : failure;
        out.no_position = true;
        return out;
      }
      return finish_decoding(std::move(*converted));
    }
  }
  std::string text;
  text.reserve(bytes.size() + 1);
  if (latin1) {
    for (unsigned char c : bytes) text += c < 0x80 ? std::string(1, static_cast<char>(c)) : encode_utf8(c);
  } else {
    // Validate UTF-8.
    size_t i = 0;
    while (i < bytes.size()) {
      unsigned char c = static_cast<unsigned char>(bytes[i]);
      if (c < 0x80) {
        i++;
        continue;
      }
      int32_t cp;
      utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                            static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
      if (n <= 0) {
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte",
                      c, i);
        out.error = buf;
        return out;
      }
      i += static_cast<size_t>(n);
    }
    text.assign(bytes);
  }
  return finish_decoding(std::move(text));
}

// Normalizes line endings and makes sure the text ends with a newline.
Decoded finish_decoding(std::string text) {
  Decoded out;
  std::string norm;
  norm.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '\r') {
      norm.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') i++;
    } else {
      norm.push_back(text[i]);
    }
  }
  if (norm.empty() || norm.back() != '\n') norm.push_back('\n');
  out.text = std::move(norm);
  return out;
}

// --------------------------------------------------------------- the lexer --

class Lexer {
 public:
  Lexer(TokenStream& ts, const std::string& filename) : ts_(ts), src_(ts.source), filename_(filename) {}

  void run();

 private:
  TokenStream& ts_;
  const std::string& src_;
  const std::string& filename_;
  size_t pos_ = 0;
  int lineno_ = 1;
  size_t line_start_ = 0;
  std::vector<int> indents_{0}, alt_indents_{0};
  struct Open {
    char c;
    int line, col;
  };
  std::vector<Open> brackets_;
  bool failed_ = false;

  char peek(size_t ahead = 0) const { return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0'; }
  int col() const { return static_cast<int>(pos_ - line_start_); }
  void newline_consumed() {
    lineno_++;
    line_start_ = pos_;
  }

  void emit(TokenKind kind, size_t start, int start_line, int start_col) {
    Token t;
    t.kind = kind;
    t.text = std::string_view(src_).substr(start, pos_ - start);
    t.lineno = start_line;
    t.col = start_col;
    t.end_lineno = lineno_;
    t.end_col = col();
    t.level = static_cast<int>(brackets_.size());
    ts_.tokens.push_back(t);
  }
  void emit_empty(TokenKind kind, int line, int col) {
    Token t;
    t.kind = kind;
    t.lineno = t.end_lineno = line;
    t.col = t.end_col = col;
    t.level = static_cast<int>(brackets_.size());
    ts_.tokens.push_back(t);
  }

  // DEDENT and ENDMARKER have no text: col is -1 and end_col holds where the
  // tokenizer's cursor stood on that line (CPython reports errors there).
  void emit_position_less(TokenKind kind, int line, int cursor) {
    Token t;
    t.kind = kind;
    t.lineno = t.end_lineno = line;
    t.col = -1;
    t.end_col = cursor;
    t.level = 0;
    ts_.tokens.push_back(t);
  }

  // Records an error whose 1-based character offset is `offset`.
  void fail_offset(SyntaxErrorInfo::Kind kind, const std::string& msg, int line, int offset, int end_offset = -1) {
    if (failed_) return;
    failed_ = true;
    SyntaxErrorInfo e;
    e.kind = kind;
    e.msg = msg;
    e.filename = filename_;
    e.lineno = line;
    e.offset = offset;
    e.end_lineno = line;
    e.end_offset = end_offset < 0 ? offset : end_offset;
    e.text = std::string(ts_.line_text(line));
    ts_.error = e;
    ts_.error_raised_by_tokenizer = kind == SyntaxErrorInfo::Kind::SyntaxError;
    record_open_bracket();
    emit_empty(TokenKind::Error, line, 0);
  }
  void record_open_bracket() {
    if (brackets_.empty()) return;
    ts_.open_bracket = brackets_.back().c;
    ts_.open_bracket_line = brackets_.back().line;
    ts_.open_bracket_col = brackets_.back().col;
  }
  // Error at byte column `bcol` of line `line`, reported at character `bcol`+1+`delta`.
  // These are the errors CPython's tokenizer raises itself: their text is the
  // line without its newline.
  void fail_at(const std::string& msg, int line, int bcol, int delta = 0) {
    if (failed_) return;
    fail_offset(SyntaxErrorInfo::Kind::SyntaxError, msg, line, ts_.char_offset(line, bcol) + delta);
    drop_text_newline();
  }
  void drop_text_newline() {
    std::string& text = ts_.error->text;
    if (!text.empty() && text.back() == '\n') text.pop_back();
  }

  bool indentation();
  void scan_token();
  void scan_name();
  void scan_string(size_t start, int start_col);
  void scan_number();
  bool scan_digits(bool (*ok)(char), const char* kind);
  void verify_end_of_number(size_t start, int start_col, const char* kind);
};

bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_bin(char c) { return c == '0' || c == '1'; }

// Handles the indentation of a new line. Returns false on error.
bool Lexer::indentation() {
  int c = 0, alt = 0;
  size_t p = pos_;
  for (; p < src_.size(); p++) {
    char ch = src_[p];
    if (ch == ' ') {
      c++;
      alt++;
    } else if (ch == '\t') {
      c = (c / 8 + 1) * 8;
      alt++;
    } else if (ch == '\f') {
      c = alt = 0;
    } else {
      break;
    }
  }
  if (p + 1 < src_.size() && src_[p] == '\\' && src_[p + 1] == '\n') {
    // A line that is only a continuation joins the next one; the
    // indentation that counts is that of the line the tokens are on.
    int bl = lineno_, bc = static_cast<int>(p - line_start_);
    pos_ = p + 2;
    newline_consumed();
    if (pos_ >= src_.size()) {
      fail_at("unexpected EOF while parsing", bl, bc + 1);
      ts_.error_raised_by_tokenizer = false;
      return false;
    }
    return indentation();
  }
  bool blank = p >= src_.size() || src_[p] == '#' || src_[p] == '\n';
  int ws_len = static_cast<int>(p - pos_);
  pos_ = p;
  if (blank || !brackets_.empty()) return true;
  auto tab_error = [&] {
    fail_offset(SyntaxErrorInfo::Kind::TabError, "inconsistent use of tabs and spaces in indentation", lineno_, 1, 0);
  };
  if (c == indents_.back()) {
    if (alt != alt_indents_.back()) return tab_error(), false;
  } else if (c > indents_.back()) {
    if (alt <= alt_indents_.back()) return tab_error(), false;
    if (indents_.size() >= 100) {
      fail_offset(SyntaxErrorInfo::Kind::IndentationError, "too many levels of indentation", lineno_, ws_len);
      return false;
    }
    indents_.push_back(c);
    alt_indents_.push_back(alt);
    Token t;
    t.kind = TokenKind::Indent;
    t.lineno = t.end_lineno = lineno_;
    t.col = ws_len - 1;  // CPython reports "unexpected indent" at the indentation's width
    t.end_col = ws_len;
    t.level = 0;
    ts_.tokens.push_back(t);
  } else {
    // Check the target level exists before emitting any DEDENT, so the
    // error token comes first (CPython reports it before the parser moves on).
    size_t keep = indents_.size();
    while (keep > 1 && c < indents_[keep - 1]) keep--;
    if (c != indents_[keep - 1]) {
      int len = utf8_char_count(ts_.line_text(lineno_));
      fail_offset(SyntaxErrorInfo::Kind::IndentationError, "unindent does not match any outer indentation level",
                  lineno_, len);
      ts_.error->end_offset = -1;  // as CPython
      return false;
    }
    while (indents_.size() > keep) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit_position_less(TokenKind::Dedent, lineno_, ws_len);
    }
    if (alt != alt_indents_.back()) return tab_error(), false;
  }
  return true;
}

void Lexer::run() {
  bool at_bol = true;
  int comment_col = -1;
  while (!failed_) {
    if (at_bol) {
      at_bol = false;
      if (!indentation()) return;
    }
    // Skip whitespace.
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\f')) pos_++;
    if (pos_ >= src_.size()) break;
    char c = src_[pos_];
    if (c == '#') {
      comment_col = col();
      while (pos_ < src_.size() && src_[pos_] != '\n') pos_++;
      continue;
    }
    if (c == '\n') {
      // A line with no tokens (blank, comment) or inside brackets is no logical line end.
      bool logical = brackets_.empty() && !ts_.tokens.empty() && ts_.tokens.back().kind != TokenKind::Newline &&
                     ts_.tokens.back().kind != TokenKind::Indent && ts_.tokens.back().kind != TokenKind::Dedent;
      if (logical) {
        // After a comment, CPython's NEWLINE starts where the comment does.
        int sl = lineno_, sc = comment_col >= 0 ? comment_col : col();
        size_t start = pos_;
        pos_++;
        Token t;
        t.kind = TokenKind::Newline;
        t.text = std::string_view(src_).substr(start, 1);
        t.lineno = t.end_lineno = sl;
        t.col = sc;
        t.end_col = col();
        ts_.tokens.push_back(t);
      } else {
        pos_++;
      }
      comment_col = -1;
      newline_consumed();
      at_bol = true;
      continue;
    }
    if (c == '\\') {
      int bl = lineno_, bc = col();
      if (peek(1) == '\n') {
        pos_ += 2;
        newline_consumed();
        if (pos_ >= src_.size()) {
          if (!brackets_.empty()) {
            // CPython reports the bracket rather than the end of file.
            const Open& o = brackets_.back();
            fail_offset(SyntaxErrorInfo::Kind::SyntaxError, std::string("'") + o.c + "' was never closed", o.line,
                        ts_.char_offset(o.line, o.col), 0);
          } else {
            fail_at("unexpected EOF while parsing", bl, bc + 1);
          }
          ts_.error_raised_by_tokenizer = false;
          return;
        }
        continue;
      }
      // Raised by CPython's parser from the tokenizer's code: no end.
      fail_offset(SyntaxErrorInfo::Kind::SyntaxError, "unexpected character after line continuation character", bl,
                  ts_.char_offset(bl, bc + 1), 0);
      ts_.error_raised_by_tokenizer = false;
      return;
    }
    scan_token();
  }
  if (failed_) return;
  if (!brackets_.empty()) {
    ts_.eof_in_brackets = true;
    record_open_bracket();
    emit_empty(TokenKind::Error, lineno_, 0);
    return;
  }
  if (!ts_.tokens.empty() && ts_.tokens.back().kind != TokenKind::Newline &&
      ts_.tokens.back().kind != TokenKind::Dedent && ts_.tokens.back().kind != TokenKind::Indent)
    emit_empty(TokenKind::Newline, lineno_, 0);
  // At end of file CPython places DEDENT/ENDMARKER on the last line, with the
  // tokenizer's cursor at that line's end.
  int last_line = static_cast<int>(ts_.line_starts.size());
  int last_len = static_cast<int>(ts_.line_text(last_line).size());
  while (indents_.size() > 1) {
    indents_.pop_back();
    emit_position_less(TokenKind::Dedent, last_line, last_len);
  }
  emit_position_less(TokenKind::EndMarker, last_line, last_len);
}

void Lexer::scan_token() {
  size_t start = pos_;
  int sl = lineno_, sc = col();
  unsigned char c = static_cast<unsigned char>(src_[pos_]);
  if (is_ascii_ident_start(c) || c >= 0x80) {
    // A string prefix followed by a quote starts a string.
    size_t p = pos_;
    while (p < src_.size() && p - pos_ < 3 && std::isalpha(static_cast<unsigned char>(src_[p]))) p++;
    if (p < src_.size() && (src_[p] == '\'' || src_[p] == '"') &&
        string_prefix(std::string_view(src_).substr(pos_, p - pos_))) {
      pos_ = p;
      scan_string(start, sc);
      return;
    }
    scan_name();
    return;
  }
  if (is_dec(static_cast<char>(c)) || (c == '.' && is_dec(peek(1)))) {
    scan_number();
    return;
  }
  if (c == '\'' || c == '"') {
    scan_string(start, sc);
    return;
  }
  // Operators.
  std::string_view rest = std::string_view(src_).substr(pos_);
  size_t len = 0;
  for (auto op : kOps3)
    if (op.size() == 3 && rest.substr(0, 3) == op) len = 3;
  if (!len)
    for (auto op : kOps2)
      if (rest.substr(0, 2) == op) len = 2;
  if (!len && kOps1.find(static_cast<char>(c)) != std::string_view::npos) len = 1;
  if (!len) {
    if (c < 0x20 || c == 0x7f) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(c));
      fail_at(buf, sl, sc, 0);
      return;
    }
    // '!', '$', '?', '`': an operator token the parser reports as
    // "invalid syntax" at this position.
    pos_++;
    emit(TokenKind::Op, start, sl, sc);
    return;
  }
  if (c == '(' || c == '[' || c == '{') {
    if (brackets_.size() >= kMaxBrackets) {
      fail_at("too many nested parentheses", sl, sc);
      return;
    }
    brackets_.push_back({static_cast<char>(c), sl, sc});
  } else if (c == ')' || c == ']' || c == '}') {
    if (brackets_.empty()) {
      fail_at(std::string("unmatched '") + static_cast<char>(c) + "'", sl, sc, 0);
      return;
    }
    Open o = brackets_.back();
    char want = o.c == '(' ? ')' : o.c == '[' ? ']' : '}';
    if (c != want) {
      std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                        "' does not match opening parenthesis '" + o.c + "'";
      if (o.line != sl) msg += " on line " + std::to_string(o.line);
      fail_at(msg, sl, sc, 0);
      return;
    }
    brackets_.pop_back();
  }
  pos_ += len;
  emit(TokenKind::Op, start, sl, sc);
}

void Lexer::scan_name() {
  size_t start = pos_;
  int sl = lineno_, sc = col();
  bool ascii = true;
  while (pos_ < src_.size() && is_potential_ident_char(static_cast<unsigned char>(src_[pos_]))) {
    if (static_cast<unsigned char>(src_[pos_]) >= 0x80) ascii = false;
    pos_++;
  }
  if (ascii) {
    emit(TokenKind::Name, start, sl, sc);
    return;
  }
  // Validate and normalize a non-ASCII identifier.
  std::string_view word = std::string_view(src_).substr(start, pos_ - start);
  size_t i = 0;
  bool first = true;
  while (i < word.size()) {
    int32_t cp;
    int n = decode_utf8(word, i, &cp);
    if (!(first ? is_id_start(cp) : is_id_continue(cp))) {
      char buf[64];
      if (cp >= 0 && unicode_is_printable(static_cast<uint32_t>(cp))) {
        std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", encode_utf8(cp).c_str(),
                      static_cast<unsigned>(cp));
      } else {
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
      }
      fail_at(buf, sl, sc + static_cast<int>(i), 0);
      return;
    }
    first = false;
    i += static_cast<size_t>(n);
  }
  emit(TokenKind::Name, start, sl, sc);
  utf8proc_uint8_t* norm = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(word).c_str()));
  if (norm) {
    std::string s(reinterpret_cast<char*>(norm));
    std::free(norm);
    if (s != word) {
      ts_.owned.push_back(std::move(s));
      ts_.tokens.back().text = ts_.owned.back();
    }
  }
}

void Lexer::scan_string(size_t start, int start_col) {
  int sl = lineno_;
  char q = src_[pos_];
  bool triple = peek(1) == q && peek(2) == q;
  pos_ += triple ? 3 : 1;
  for (;;) {
    if (pos_ >= src_.size()) {
      int last_line = lineno_ - 1 > sl ? lineno_ - 1 : sl;
      fail_at(std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
                  " (detected at line " + std::to_string(last_line) + ")",
              sl, start_col, 0);
      return;
    }
    char c = src_[pos_];
    if (c == '\n') {
      if (!triple) {
        fail_at("unterminated string literal (detected at line " + std::to_string(lineno_) + ")", sl, start_col, 0);
        return;
      }
      pos_++;
      newline_consumed();
      continue;
    }
    if (c == '\\') {
      pos_++;
      if (pos_ < src_.size()) {
        if (src_[pos_] == '\n') {
          pos_++;
          newline_consumed();
        } else {
          pos_++;
        }
      }
      continue;
    }
    if (c == q) {
      if (!triple) {
        pos_++;
        break;
      }
      if (peek(1) == q && peek(2) == q) {
        pos_ += 3;
        break;
      }
    }
    pos_++;
  }
  emit(TokenKind::String, start, sl, start_col);
}

// Digits with single underscores between them; at least one digit first.
// Returns false after recording an error.
bool Lexer::scan_digits(bool (*ok)(char), const char* kind) {
  for (;;) {
    while (pos_ < src_.size() && ok(src_[pos_])) pos_++;
    if (peek() != '_') return true;
    pos_++;
    if (!ok(peek())) {
      fail_at(std::string("invalid ") + kind + " literal", lineno_, col(), -1);
      return false;
    }
  }
}

void Lexer::verify_end_of_number(size_t start, int start_col, const char* kind) {
  unsigned char c = static_cast<unsigned char>(peek());
  if (!is_potential_ident_char(c)) return;
  // 3.11 still accepts a keyword glued to a number (`1if x else y`).
  std::string_view rest = std::string_view(src_).substr(pos_);
  for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
    if (rest.substr(0, kw.size()) == kw) return;
  }
  fail_at(std::string("invalid ") + kind + " literal", lineno_, col(), -1);
}

void Lexer::scan_number() {
  size_t start = pos_;
  int sl = lineno_, sc = col();
  char c = peek();
  if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' ||
                   peek(1) == 'B')) {
    char k = static_cast<char>(std::tolower(static_cast<unsigned char>(peek(1))));
    const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
    bool (*ok)(char) = k == 'x' ? is_hex : k == 'o' ? is_oct : is_bin;
    pos_ += 2;
    if (peek() == '_') pos_++;
    if (!ok(peek())) {
      if (k != 'x' && is_dec(peek())) {
        fail_at(std::string("invalid digit '") + peek() + "' in " + kind + " literal", lineno_, col(), 0);
      } else {
        fail_at(std::string("invalid ") + kind + " literal", lineno_, col(), -1);
      }
      return;
    }
    if (!scan_digits(ok, kind)) return;
    if (k != 'x' && is_dec(peek())) {
      fail_at(std::string("invalid digit '") + peek() + "' in " + kind + " literal", lineno_, col(), 0);
      return;
    }
    verify_end_of_number(start, sc, kind);
    if (!failed_) emit(TokenKind::Number, start, sl, sc);
    return;
  }
  bool is_float = false;
  if (c != '.') {
    if (c == '0') {
      // Only zeros may follow a leading zero in an integer.
      bool nonzero = false;
      for (;;) {
        while (peek() == '0') pos_++;
        if (peek() == '_') {
          pos_++;
          if (!is_dec(peek())) {
            fail_at("invalid decimal literal", lineno_, col(), -1);
            return;
          }
          continue;
        }
        break;
      }
      if (is_dec(peek())) {
        nonzero = true;
        if (!scan_digits(is_dec, "decimal")) return;
      }
      char n = peek();
      if (nonzero && n != '.' && n != 'e' && n != 'E' && n != 'j' && n != 'J') {
        fail_offset(SyntaxErrorInfo::Kind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    sl, ts_.char_offset(sl, sc), ts_.char_offset(sl, col()) - 1);
        drop_text_newline();
        return;
      }
    } else {
      if (!scan_digits(is_dec, "decimal")) return;
    }
  }
  if (peek() == '.') {
    is_float = true;
    pos_++;
    if (is_dec(peek()) && !scan_digits(is_dec, "decimal")) return;
  }
  if (peek() == 'e' || peek() == 'E') {
    size_t save = pos_;
    pos_++;
    if (peek() == '+' || peek() == '-') {
      pos_++;
      if (!is_dec(peek())) {
        fail_at("invalid decimal literal", lineno_, col(), -1);
        return;
      }
    }
    if (is_dec(peek())) {
      is_float = true;
      if (!scan_digits(is_dec, "decimal")) return;
    } else {
      pos_ = save;  // `1else`: the number ends before the 'e'
      verify_end_of_number(start, sc, "decimal");
      if (!failed_) emit(TokenKind::Number, start, sl, sc);
      return;
    }
  }
  if (peek() == 'j' || peek() == 'J') {
    pos_++;
    verify_end_of_number(start, sc, "imaginary");
  } else {
    verify_end_of_number(start, sc, "decimal");
  }
  (void)is_float;
  if (!failed_) emit(TokenKind::Number, start, sl, sc);
}

}  // namespace

std::string_view TokenStream::line_text(int lineno) const {
  if (lineno < 1 || static_cast<size_t>(lineno) > line_starts.size()) return {};
  size_t s = line_starts[static_cast<size_t>(lineno) - 1];
  size_t e = source.find('\n', s);
  e = e == std::string::npos ? source.size() : e + 1;
  return std::string_view(source).substr(s, e - s);
}

int utf8_char_count(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

int TokenStream::char_offset(int lineno, int col) const {
  std::string_view line = line_text(lineno);
  if (col < 0) return col + 1;
  size_t c = std::min(static_cast<size_t>(col), line.size());
  return utf8_char_count(line.substr(0, c)) + 1 + (col > static_cast<int>(line.size()) ? col - static_cast<int>(line.size()) : 0);
}

bool is_keyword(std::string_view n) {
  static constexpr std::string_view kws[] = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
      "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
      "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
      "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
      "while", "with",   "yield"};
  for (auto k : kws)
    if (k == n) return true;
  return false;
}

std::unique_ptr<TokenStream> tokenize(std::string_view bytes, const std::string& filename) {
  auto holder = std::make_unique<TokenStream>();
  TokenStream& ts = *holder;
  Decoded d = decode_source(bytes);
  if (d.error) {
    ts.source = "\n";
    ts.line_starts = {0};
    SyntaxErrorInfo e;
    e.msg = *d.error;
    e.filename = filename;
    e.lineno = d.no_position ? 0 : 1;
    e.offset = d.no_position ? -1 : 1;
    ts.error = e;
    Token t;
    t.kind = TokenKind::Error;
    t.lineno = t.end_lineno = 1;
    ts.tokens.push_back(t);
    return holder;
  }
  ts.empty_source = bytes.empty();
  ts.source = std::move(d.text);
  ts.line_starts.push_back(0);
  for (size_t i = 0; i + 1 < ts.source.size(); i++)
    if (ts.source[i] == '\n') ts.line_starts.push_back(i + 1);
  if (ts.source.find('\0') != std::string::npos) {
    SyntaxErrorInfo e;
    e.kind = SyntaxErrorInfo::Kind::NullBytes;
    e.msg = "source code string cannot contain null bytes";
    e.filename = filename;
    e.lineno = 1;
    e.offset = 1;
    ts.error = e;
    Token t;
    t.kind = TokenKind::Error;
    t.lineno = t.end_lineno = 1;
    ts.tokens.push_back(t);
    return holder;
  }
  ts.tokens.reserve(ts.source.size() / 3 + 8);
  Lexer lx(ts, filename);
  lx.run();
  return holder;
}

}  // namespace pystm::frontend
