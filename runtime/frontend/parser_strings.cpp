// runtime/frontend/parser_strings.cpp — literals: numbers, strings, f-strings.
// Owns: number literal values (including big integers as decimal digits),
// escape decoding for str and bytes, implicit concatenation, and f-string
// parsing with 3.11 semantics (the expression parts are parsed by a nested
// Parser over a re-tokenized slice of the source). Must never: depend on the
// runtime's number types (the compiler turns digits into objects).
#include "runtime/core/utf8.h"
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "runtime/frontend/parser_impl.h"
#include "runtime/frontend/unicode_names.h"

namespace pystm::frontend {

using namespace pystm::ast;

// ---------------------------------------------------------------- numbers --

std::string digits_to_decimal(std::string_view digits, int base) {
  // Schoolbook: decimal digits stored little-endian, multiply-and-add per input digit.
  std::vector<uint8_t> dec{0};
  for (char ch : digits) {
    int d = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    int carry = d;
    for (auto& x : dec) {
      int v = x * base + carry;
      x = static_cast<uint8_t>(v % 10);
      carry = v / 10;
    }
    while (carry) {
      dec.push_back(static_cast<uint8_t>(carry % 10));
      carry /= 10;
    }
  }
  while (dec.size() > 1 && dec.back() == 0) dec.pop_back();
  std::string out;
  for (auto it = dec.rbegin(); it != dec.rend(); ++it) out.push_back(static_cast<char>('0' + *it));
  return out;
}

Expr* Parser::number(const Token& t) {
  std::string s;
  for (char c : t.text)
    if (c != '_') s.push_back(c);
  Constant* c = make<Constant>(loc(t), loc(t));
  ConstantValue& v = c->value;
  char last = s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    v.kind = ConstantValue::Kind::Complex;
    v.float_value = std::strtod(s.c_str(), nullptr);
    return c;
  }
  int base = 10;
  std::string_view digits = s;
  if (s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1])) {
    char k = static_cast<char>(s[1] | 0x20);
    base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  } else if (s.find_first_of(".eE") != std::string::npos) {
    v.kind = ConstantValue::Kind::Float;
    v.float_value = std::strtod(s.c_str(), nullptr);
    return c;
  }
  // Integer: int64 if it fits, else decimal digits.
  uint64_t acc = 0;
  bool overflow = false;
  for (char ch : digits) {
    uint64_t d = static_cast<uint64_t>(ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
    if (acc > (UINT64_MAX - d) / static_cast<uint64_t>(base)) {
      overflow = true;
      break;
    }
    acc = acc * static_cast<uint64_t>(base) + d;
  }
  if (!overflow && acc <= static_cast<uint64_t>(INT64_MAX)) {
    v.kind = ConstantValue::Kind::Int;
    v.int_value = static_cast<int64_t>(acc);
    return c;
  }
  v.kind = ConstantValue::Kind::BigInt;
  if (base == 10) {
    size_t nz = digits.find_first_not_of('0');
    v.text = nz == std::string_view::npos ? "0" : std::string(digits.substr(nz));
  } else {
    v.text = digits_to_decimal(digits, base);
  }
  return c;
}

// ------------------------------------------------------------ escapes --

namespace {

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

struct Prefix {
  bool raw = false, bytes = false, f = false, u = false;
  size_t len = 0;  // prefix length
};

Prefix string_prefix(std::string_view text) {
  Prefix p;
  while (p.len < text.size() && text[p.len] != '\'' && text[p.len] != '"') {
    char c = static_cast<char>(text[p.len] | 0x20);
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    if (c == 'f') p.f = true;
    if (c == 'u') p.u = true;
    p.len++;
  }
  return p;
}

}  // namespace

// Decodes the escapes of one literal body (the text between the quotes).
std::string Parser::decode_literal(std::string_view body, bool bytes, bool raw) {
  std::string out;
  out.reserve(body.size());
  if (bytes) {
    for (unsigned char c : body)
      if (c >= 0x80) fail_last("bytes can only contain ASCII literal characters");
  }
  if (raw) return std::string(body);
  auto unicode_error = [&](size_t from, size_t to, const char* what) {
    char buf[200];
    if (bytes) {
      std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", from);
    } else {
      std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                    from, to, what);
    }
    fail_last(buf);
  };
  for (size_t i = 0; i < body.size(); i++) {
    char c = body[i];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    size_t start = i;
    if (++i >= body.size()) {
      out.push_back('\\');
      break;
    }
    c = body[i];
    switch (c) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(c - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
          v = v * 8 + static_cast<uint32_t>(body[++i] - '0');
        if (bytes) {
          out.push_back(static_cast<char>(v & 0xFF));
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x': {
        int h1 = i + 1 < body.size() ? hexval(body[i + 1]) : -1;
        int h2 = i + 2 < body.size() ? hexval(body[i + 2]) : -1;
        if (h1 < 0 || h2 < 0) unicode_error(start, h1 < 0 ? i : i + 1, "truncated \\xXX escape");
        uint32_t v = static_cast<uint32_t>(hexval(body[i + 1]) * 16 + hexval(body[i + 2]));
        i += 2;
        if (bytes) {
          out.push_back(static_cast<char>(v));
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {
          out.push_back('\\');
          out.push_back(c);
          break;
        }
        int n = c == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 1; k <= n; k++) {
          if (i + static_cast<size_t>(k) >= body.size() || hexval(body[i + static_cast<size_t>(k)]) < 0) {
            unicode_error(start, i + static_cast<size_t>(k) - 1, c == 'u' ? "truncated \\uXXXX escape"
                                                                          : "truncated \\UXXXXXXXX escape");
          }
          v = v * 16 + static_cast<uint32_t>(hexval(body[i + static_cast<size_t>(k)]));
        }
        if (v > 0x10FFFF) unicode_error(start, i + static_cast<size_t>(n), "illegal Unicode character");
        i += static_cast<size_t>(n);
        append_utf8(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          out.push_back('\\');
          out.push_back('N');
          break;
        }
        size_t close = body.find('}', i);
        if (i + 1 >= body.size() || body[i + 1] != '{' || close == std::string_view::npos || close == i + 2)
          unicode_error(start, close == i + 2 ? i + 1 : close == std::string_view::npos ? body.size() - 1 : close,
                        "malformed \\N character escape");
        if (auto cp = lookup_unicode_name(body.substr(i + 2, close - i - 2))) {
          append_utf8(out, *cp);
          i = close;
          break;
        }
        unicode_error(start, close, "unknown Unicode character name");
        break;
      }
      default:
        // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
        out.push_back('\\');
        out.push_back(c);
        break;
    }
  }
  return out;
}

// ------------------------------------------------------------ strings --

Expr* Parser::strings() {
  const Token& first = peek();
  std::vector<const Token*> toks;
  while (peek().kind == TokenKind::String) toks.push_back(&next());
  const Token& last = *toks.back();
  Location whole{first.lineno, first.col, last.end_lineno, last.end_col};
  bool any_f = false;
  bool bytes = string_prefix(first.text).bytes;
  for (const Token* t : toks) {
    Prefix p = string_prefix(t->text);
    if (p.bytes != bytes) fail_last("cannot mix bytes and nonbytes literals");
    any_f |= p.f;
  }
  bool u = first.text[0] == 'u';  // CPython records kind='u' for a lowercase prefix only
  auto body_of = [](const Token& t, const Prefix& p, size_t* quote_len) {
    std::string_view s = t.text.substr(p.len);
    size_t q = s.size() >= 6 && s[0] == s[1] && s[1] == s[2] ? 3 : 1;
    *quote_len = q;
    return s.substr(q, s.size() - 2 * q);
  };
  if (!any_f) {
    std::string text;
    for (const Token* t : toks) {
      Prefix p = string_prefix(t->text);
      size_t q;
      text += decode_literal(body_of(*t, p, &q), p.bytes, p.raw);
    }
    Constant* c = make<Constant>(whole, whole);
    c->value.kind = bytes ? ConstantValue::Kind::Bytes : ConstantValue::Kind::Str;
    c->value.text = std::move(text);
    c->kind_u = u;
    return c;
  }
  std::vector<Expr*> parts;
  std::string pending;
  fstring_u_ = u;
  for (const Token* t : toks) {
    Prefix p = string_prefix(t->text);
    size_t q;
    std::string_view body = body_of(*t, p, &q);
    if (!p.f) {
      pending += decode_literal(body, false, p.raw);
      continue;
    }
    // The body's source position: the token start plus prefix and quote.
    int line = t->lineno, col = t->col + static_cast<int>(p.len + q);
    fstring_body(body, line, col, p.raw, 0, parts, pending, whole, loc(*t));
  }
  if (!pending.empty()) {
    Constant* c = make<Constant>(whole, whole);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = std::move(pending);
    c->kind_u = u;
    parts.push_back(c);
  }
  JoinedStr* j = make<JoinedStr>(whole, whole);
  j->values = std::move(parts);
  return j;
}

namespace {

// Advances (line, col) over `text` as the tokenizer counts positions.
void advance_pos(std::string_view text, int* line, int* col) {
  for (char c : text) {
    if (c == '\n') {
      (*line)++;
      *col = 0;
    } else {
      (*col)++;
    }
  }
}

}  // namespace

// Parses the body of one f-string (depth 0) or one format spec (depth > 0),
// appending literal text to `pending` and FormattedValues to `parts`.
// For a format spec, stops at the closing '}' and returns (via the parts)
// what it found; `body` must then end right before that '}'.
size_t Parser::fstring_body(std::string_view body, int line, int col, bool raw, int depth, std::vector<Expr*>& parts,
                            std::string& pending, const Location& whole, const Location& token_loc) {
  const Location& part_loc = whole;
  // Text before a replacement field spans the whole literal and takes its
  // u-prefix; a format spec's trailing text sits at its own token, without
  // (CPython 3.11's positions).
  auto flush = [&](bool spec_tail) {
    if (pending.empty()) return;
    const Location& l = spec_tail ? token_loc : part_loc;
    Constant* c = make<Constant>(l, l);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = std::move(pending);
    c->kind_u = fstring_u_ && !spec_tail;
    pending.clear();
    parts.push_back(c);
  };
  size_t i = 0;
  size_t lit_start = 0;
  auto emit_literal = [&](size_t end) {
    if (end > lit_start) pending += decode_literal(body.substr(lit_start, end - lit_start), false, raw);
  };
  while (i < body.size()) {
    char c = body[i];
    if (c == '\\' && !raw && i + 1 < body.size()) {
      if (body[i + 1] == 'N' && i + 2 < body.size() && body[i + 2] == '{') {
        size_t close = body.find('}', i);
        i = close == std::string_view::npos ? body.size() : close + 1;
      } else if (body[i + 1] == '{' || body[i + 1] == '}') {
        i += 1;  // `\{x}`: a lone backslash, then a replacement field
      } else {
        i += 2;
      }
      continue;
    }
    if (c == '{') {
      if (depth == 0 && i + 1 < body.size() && body[i + 1] == '{') {
        emit_literal(i + 1);
        i += 2;
        lit_start = i;
        continue;
      }
      emit_literal(i);
      if (depth >= 2) fail_last("f-string: expressions nested too deeply");
      // Find the end of the expression.
      size_t j = i + 1;
      std::vector<char> nest;
      char quote = 0;
      bool triple = false;
      for (;;) {
        if (j >= body.size()) {
          if (quote) fail_last("f-string: unterminated string");
          if (!nest.empty()) fail_last(std::string("f-string: unmatched '") + nest.back() + "'");
          fail_last("f-string: expecting '}'");
        }
        char d = body[j];
        if (quote) {
          if (d == quote && (!triple || (j + 2 < body.size() && body[j + 1] == quote && body[j + 2] == quote))) {
            j += triple ? 3 : 1;
            quote = 0;
            continue;
          }
          if (d == '\\') fail_last("f-string expression part cannot include a backslash");
          j++;
          continue;
        }
        if (d == '\\') fail_last("f-string expression part cannot include a backslash");
        if (d == '#') fail_last("f-string expression part cannot include '#'");
        if (d == '\'' || d == '"') {
          quote = d;
          triple = j + 2 < body.size() && body[j + 1] == d && body[j + 2] == d;
          j += triple ? 3 : 1;
          continue;
        }
        if (d == '(' || d == '[' || d == '{') {
          nest.push_back(d);
          j++;
          continue;
        }
        if (d == ')' || d == ']' || (d == '}' && !nest.empty())) {
          if (nest.empty()) fail_last(std::string("f-string: unmatched '") + d + "'");
          char open = nest.back();
          if ((open == '(' && d != ')') || (open == '[' && d != ']') || (open == '{' && d != '}'))
            fail_last(std::string("f-string: closing parenthesis '") + d + "' does not match opening parenthesis '" +
                      open + "'");
          nest.pop_back();
          j++;
          continue;
        }
        if (nest.empty()) {
          if (d == '}' || d == ':') break;
          if (d == '!' && !(j + 1 < body.size() && body[j + 1] == '=')) break;
          if (d == '=' && !(j + 1 < body.size() && body[j + 1] == '=') &&
              !(j > 0 && std::strchr("=!<>", body[j - 1]))) break;
        }
        j++;
      }
      std::string_view expr_text = body.substr(i + 1, j - i - 1);
      if (expr_text.find_first_not_of(" \t\n\f\r") == std::string_view::npos) {
        if (body[j] == '!' || body[j] == ':')
          fail_last(std::string("f-string: expression required before '") + body[j] + "'");
        fail_last("f-string: empty expression not allowed");
      }
      int el = line, ec = col;
      advance_pos(body.substr(0, i + 1), &el, &ec);
      Expr* value = fstring_expression(expr_text, el, ec);
      int conversion = -1;
      bool debug = false;
      if (body[j] == '=') {
        debug = true;
        j++;
        size_t ws = j;
        while (ws < body.size() && std::strchr(" \t\n\f\r", body[ws])) ws++;
        pending += std::string(body.substr(i + 1, ws - i - 1));
        j = ws;
      }
      if (j < body.size() && body[j] == '!') {
        if (j + 1 >= body.size()) fail_last("f-string: expecting '}'");
        char conv = body[j + 1];
        if (conv != 's' && conv != 'r' && conv != 'a')
          fail_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = conv;
        j += 2;
      }
      Expr* spec = nullptr;
      if (j < body.size() && body[j] == ':') {
        // The spec runs to the first '}' outside its replacement fields.
        int sl = line, sc = col;
        advance_pos(body.substr(0, j + 1), &sl, &sc);
        std::vector<Expr*> spec_parts;
        std::string spec_pending;
        size_t k = j + 1 + fstring_body(body.substr(j + 1), sl, sc, raw, depth + 1, spec_parts, spec_pending, whole,
                                        token_loc);
        if (k >= body.size()) fail_last("f-string: expecting '}'");
        JoinedStr* js = make<JoinedStr>(token_loc, token_loc);
        js->values = std::move(spec_parts);
        spec = js;
        j = k;
      }
      if (j >= body.size() || body[j] != '}') fail_last("f-string: expecting '}'");
      if (debug && conversion == -1 && !spec) conversion = 'r';
      flush(false);
      FormattedValue* fv = make<FormattedValue>(part_loc, part_loc);
      fv->value = value;
      fv->conversion = conversion;
      fv->format_spec = spec;
      parts.push_back(fv);
      i = j + 1;
      lit_start = i;
      continue;
    }
    if (c == '}') {
      if (depth > 0) {
        emit_literal(i);
        flush(true);
        return i;
      }
      if (i + 1 < body.size() && body[i + 1] == '}') {
        emit_literal(i + 1);
        i += 2;
        lit_start = i;
        continue;
      }
      fail_last("f-string: single '}' is not allowed");
    }
    i++;
  }
  emit_literal(body.size());
  if (depth > 0) flush(true);
  return body.size();
}

// Parses one f-string replacement field's expression, located at (line, col).
Expr* Parser::fstring_expression(std::string_view text, int line, int col) {
  std::string wrapped = "(" + std::string(text) + ")";
  std::unique_ptr<TokenStream> sub = tokenize(wrapped, filename_);
  Parser p(*sub, arena_, filename_);
  p.fstring_depth_ = fstring_depth_ + 1;
  size_t first_node = arena_.size();
  Expr* e = nullptr;
  try {
    e = p.star_expressions();
    while (p.peek().kind == TokenKind::Newline) p.next();
    if (p.peek().kind != TokenKind::EndMarker) p.fail_generic();
  } catch (ParseError& err) {
    // CPython reports the column relative to the parenthesized expression
    // text, on the expression's line of the file.
    if (!err.final) err.info.msg = "f-string: " + err.info.msg;  // tokenizer errors keep their text
    err.info.lineno += line - 1;
    err.info.end_lineno += line - 1;
    throw;
  }
  // Shift the new nodes into the enclosing file; the '(' took column 0.
  for (size_t i = first_node; i < arena_.size(); i++) {
    Node* n = arena_.at(i);
    if (n->lineno == 0) continue;  // arguments, comprehension, ...: no position
    if (n->lineno == 1) n->col_offset += col - 1;
    if (n->end_lineno == 1) n->end_col_offset += col - 1;
    n->lineno += line - 1;
    n->end_lineno += line - 1;
  }
  return e;
}

}  // namespace pystm::frontend
