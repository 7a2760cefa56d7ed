// runtime/frontend/parser_match.cpp — the match statement and its patterns.
// Owns: match_stmt, case blocks and every pattern form of PEP 634 (literal,
// capture, wildcard, value, group, sequence, mapping, class, or, as). Must
// never: treat `match`/`case`/`_` as reserved words outside this statement.
#include "runtime/frontend/parser_impl.h"

namespace pystm::frontend {

using namespace pystm::ast;

// `match` is a soft keyword: the statement is tried first and, when the line
// does not have its shape, the caller parses it as an ordinary statement.
Stmt* Parser::match_stmt() {
  const Token& kw = peek();
  const Token& after = peek(1);
  if (after.kind == TokenKind::Newline || after.is_op("=") || after.is_op(".") || after.is_op(":") ||
      after.is_op(",") || after.is_op(")") || after.kind == TokenKind::EndMarker)
    return nullptr;
  Expr* subject = nullptr;
  bool ok = attempt([&] {
    next();
    const Token& start = peek();
    Expr* first = star_named_expression();
    if (at_op(",")) {
      Tuple* t = make<Tuple>(loc(start), loc(start));
      t->ctx = ExprContext::Load;
      t->elts.push_back(first);
      while (accept_op(",")) {
        if (at_op(":")) break;
        t->elts.push_back(star_named_expression());
      }
      subject = finish(t, start);
    } else {
      subject = first;
    }
    if (peek().kind == TokenKind::Newline) {
      // `match x` + NEWLINE: "expected ':'" unless the line is a valid statement.
      match_missing_colon_ = &peek();
      fail_generic();
    }
    if (!at_op(":")) fail_generic();
    next();
    if (peek().kind != TokenKind::Newline) fail_generic();
  });
  if (!ok) return nullptr;
  next();  // NEWLINE
  if (peek().kind != TokenKind::Indent)
    fail_token("expected an indented block after 'match' statement on line " + std::to_string(kw.lineno), peek(),
               SyntaxErrorInfo::Kind::IndentationError);
  next();
  Match* m = make<Match>(loc(kw), loc(kw));
  m->subject = subject;
  while (at_name("case")) {
    const Token& ck = next();
    MatchCase* c = arena_.make<MatchCase>();
    c->pattern = patterns();
    if (accept_name("if")) c->guard = named_expression();
    expect_colon();
    c->body = block("'case' statement", ck.lineno);
    m->cases.push_back(c);
  }
  if (m->cases.empty()) fail_generic();
  if (peek().kind != TokenKind::Dedent) fail_generic();
  next();
  Location last = block_end();
  m->end_lineno = last.end_lineno;
  m->end_col_offset = last.end_col_offset;
  return m;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  const Token& start = peek();
  Pattern* first = at_op("*") ? nullptr : pattern();
  if (first && !at_op(",")) return first;
  // An open sequence: `case a, *b:`.
  MatchSequence* seq = make<MatchSequence>(loc(start), loc(start));
  if (!first) {
    const Token& st = next();
    const Token& n = expect_identifier();
    MatchStar* s = make_span<MatchStar>(st);
    if (n.text != "_") {
      s->name = std::string(n.text);
      s->has_name = true;
    }
    first = s;
  }
  seq->patterns.push_back(first);
  while (accept_op(",")) {
    if (at_op(":") || at_name("if")) break;
    if (at_op("*")) {
      const Token& st = next();
      const Token& n = expect_identifier();
      MatchStar* s = make_span<MatchStar>(st);
      if (n.text != "_") {
        s->name = std::string(n.text);
        s->has_name = true;
      }
      seq->patterns.push_back(s);
    } else {
      seq->patterns.push_back(pattern());
    }
  }
  return finish(seq, start);
}

// pattern: or_pattern ['as' NAME]
Pattern* Parser::pattern() {
  const Token& start = peek();
  Pattern* p = or_pattern();
  if (!at_name("as")) return p;
  next();
  const Token& n = peek();
  if (n.is_name("_")) fail_token("cannot use '_' as a target", n);
  if (!at_identifier()) fail_generic();
  next();
  if (at_op(".") || at_op("(") || at_op("=")) fail_generic();
  MatchAs* as = make_span<MatchAs>(start);
  as->pattern = p;
  as->name = std::string(n.text);
  as->has_name = true;
  return as;
}

Pattern* Parser::or_pattern() {
  const Token& start = peek();
  Pattern* first = closed_pattern();
  if (!at_op("|")) return first;
  MatchOr* o = make<MatchOr>(loc(start), loc(start));
  o->patterns.push_back(first);
  while (accept_op("|")) o->patterns.push_back(closed_pattern());
  return finish(o, start);
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signed_number() {
  const Token& start = peek();
  if (at_op("-")) {
    next();
    if (peek().kind != TokenKind::Number) fail_generic();
    Expr* n = number(next());
    UnaryOp* u = make_span<UnaryOp>(start);
    u->op = UnaryOpKind::USub;
    u->operand = n;
    return u;
  }
  if (peek().kind != TokenKind::Number) fail_generic();
  return number(next());
}

static bool is_imaginary(const Expr* e) {
  return e->kind == ExprKind::Constant &&
         static_cast<const Constant*>(e)->value.kind == ConstantValue::Kind::Complex;
}

// A literal usable as a pattern value or mapping key: numbers (incl.
// complex `a+bj`), strings, None/True/False (as Constant), or a dotted name.
Expr* Parser::pattern_value_expr() {
  const Token& start = peek();
  if (start.kind == TokenKind::Number || start.is_op("-")) {
    Expr* real = signed_number();
    if (at_op("+") || at_op("-")) {
      const Token& op = next();
      if (peek().kind != TokenKind::Number) fail_generic();
      Expr* imag = number(next());
      Expr* real_part = real->kind == ExprKind::UnaryOp ? static_cast<UnaryOp*>(real)->operand : real;
      if (is_imaginary(real_part)) fail_range("real number required in complex literal", *real, *real);
      if (!is_imaginary(imag)) fail_range("imaginary number required in complex literal", *imag, *imag);
      BinOp* b = make_span<BinOp>(start);
      b->left = real;
      b->op = op.text == "+" ? OperatorKind::Add : OperatorKind::Sub;
      b->right = imag;
      return b;
    }
    return real;
  }
  if (start.kind == TokenKind::String) {
    Expr* s = strings();
    if (s->kind == ExprKind::JoinedStr) fail_range("patterns may only match literals and attribute lookups", *s, *s);
    return s;
  }
  if (start.kind == TokenKind::Name) {
    if (start.text == "None" || start.text == "True" || start.text == "False") return atom();
    if (!at_identifier()) fail_generic();
    next();
    Name* n = make_span<Name>(start);
    n->id = std::string(start.text);
    n->ctx = ExprContext::Load;
    Expr* e = n;
    while (at_op(".")) {
      next();
      const Token& a = expect_identifier();
      Attribute* at = make_span<Attribute>(start);
      at->value = e;
      at->attr = std::string(a.text);
      at->ctx = ExprContext::Load;
      e = at;
    }
    return e;
  }
  fail_generic();
}

Pattern* Parser::closed_pattern() {
  const Token& start = peek();
  // Literals.
  if (start.kind == TokenKind::Number || start.is_op("-") || start.kind == TokenKind::String) {
    Expr* v = pattern_value_expr();
    MatchValue* mv = make_span<MatchValue>(start);
    mv->value = v;
    return mv;
  }
  if (start.is_name("None") || start.is_name("True") || start.is_name("False")) {
    next();
    MatchSingleton* s = make_span<MatchSingleton>(start);
    s->value.kind = start.text == "None"   ? ConstantValue::Kind::None
                    : start.text == "True" ? ConstantValue::Kind::True
                                           : ConstantValue::Kind::False;
    return s;
  }
  if (start.kind == TokenKind::Name) {
    if (is_keyword(start.text)) fail_generic();
    const Token& after = peek(1);
    if (!after.is_op(".") && !after.is_op("(")) {
      next();
      MatchAs* as = make_span<MatchAs>(start);
      if (start.text != "_") {
        as->name = std::string(start.text);
        as->has_name = true;
      }
      return as;
    }
    Expr* e = pattern_value_expr();
    if (at_op("(")) return class_pattern(e);
    MatchValue* mv = make_span<MatchValue>(start);
    mv->value = e;
    return mv;
  }
  if (start.is_op("(") || start.is_op("[")) {
    bool paren = start.is_op("(");
    const char* close = paren ? ")" : "]";
    next();
    if (at_op(close)) {
      next();
      return make_span<MatchSequence>(start);
    }
    std::vector<Pattern*> items;
    bool comma = false;
    for (;;) {
      if (at_op("*")) {
        const Token& st = next();
        const Token& n = expect_identifier();
        MatchStar* s = make_span<MatchStar>(st);
        if (n.text != "_") {
          s->name = std::string(n.text);
          s->has_name = true;
        }
        items.push_back(s);
      } else {
        items.push_back(pattern());
      }
      if (!accept_op(",")) break;
      comma = true;
      if (at_op(close)) break;
    }
    if (!at_op(close)) fail_generic();
    next();
    if (paren && !comma && items[0]->kind != PatternKind::MatchStar) return items[0];  // a group
    MatchSequence* seq = make_span<MatchSequence>(start);
    seq->patterns = std::move(items);
    return seq;
  }
  if (start.is_op("{")) {
    next();
    MatchMapping* m = make<MatchMapping>(loc(start), loc(start));
    while (!at_op("}")) {
      if (at_op("**")) {
        next();
        const Token& n = expect_identifier();
        m->rest = std::string(n.text);
        m->has_rest = true;
        accept_op(",");
        break;
      }
      Expr* key = pattern_value_expr();
      if (key->kind == ExprKind::Name) fail_generic();
      expect_op(":");
      m->keys.push_back(key);
      m->patterns.push_back(pattern());
      if (!accept_op(",")) break;
    }
    expect_op("}");
    return finish(m, start);
  }
  fail_generic();
}

Pattern* Parser::class_pattern(Expr* cls) {
  const Token& start = toks_[pos_];
  (void)start;
  next();  // '('
  MatchClass* c = arena_.make<MatchClass>();
  c->cls = cls;
  bool keywords = false;
  while (!at_op(")")) {
    if (at_identifier() && peek(1).is_op("=")) {
      const Token& n = next();
      next();
      c->kwd_attrs.push_back(std::string(n.text));
      c->kwd_patterns.push_back(pattern());
      keywords = true;
    } else {
      Pattern* p = pattern();
      if (keywords) fail_range("positional patterns follow keyword patterns", *p, *p);
      c->patterns.push_back(p);
    }
    if (!accept_op(",")) break;
  }
  expect_op(")");
  c->lineno = cls->lineno;
  c->col_offset = cls->col_offset;
  c->end_lineno = prev().end_lineno;
  c->end_col_offset = prev().end_col;
  return c;
}

}  // namespace pystm::frontend
