// runtime/frontend/parser_expr.cpp — expression rules of the 3.11 grammar.
// Owns: operator precedence, atoms and displays, calls, subscripts,
// comprehensions, lambda, yield, and assignment-target validation
// (ExprContext and the "cannot assign to ..." errors). Must never: decode
// literals (parser_strings.cpp) or parse statements.
#include <array>

#include "runtime/frontend/parser_impl.h"

namespace pystm::frontend {

using namespace pystm::ast;

namespace {

struct BinOpSpec {
  std::string_view text;
  OperatorKind op;
  int level;  // 0 '|' ... 5 term
};
constexpr std::array<BinOpSpec, 13> kBinOps{{
    {"|", OperatorKind::BitOr, 0},      {"^", OperatorKind::BitXor, 1},  {"&", OperatorKind::BitAnd, 2},
    {"<<", OperatorKind::LShift, 3},    {">>", OperatorKind::RShift, 3}, {"+", OperatorKind::Add, 4},
    {"-", OperatorKind::Sub, 4},        {"*", OperatorKind::Mult, 5},    {"/", OperatorKind::Div, 5},
    {"//", OperatorKind::FloorDiv, 5},  {"%", OperatorKind::Mod, 5},     {"@", OperatorKind::MatMult, 5},
    {"**", OperatorKind::Pow, 6},
}};

bool is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: case ExprKind::NamedExpr: case ExprKind::Lambda: case ExprKind::IfExp:
    case ExprKind::Compare: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
    case ExprKind::Slice:
      return false;
    case ExprKind::UnaryOp:
      return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    default:
      return true;
  }
}

}  // namespace

bool Parser::starts_expression(const Token& t) {
  switch (t.kind) {
    case TokenKind::Name:
      if (!is_keyword(t.text)) return true;
      return t.text == "True" || t.text == "False" || t.text == "None" || t.text == "not" || t.text == "lambda" ||
             t.text == "await";
    case TokenKind::Number:
    case TokenKind::String:
      return true;
    case TokenKind::Op:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" ||
             t.text == "...";
    default:
      return false;
  }
}

// An element inside brackets is followed by something that is neither a
// separator nor a closer: CPython's "Perhaps you forgot a comma?" when
// another expression follows, else "invalid syntax".
void Parser::fail_after_element(size_t first_tok, Expr* first) {
  bool disjunction = first && first->kind != ExprKind::Lambda && first->kind != ExprKind::IfExp &&
                     first->kind != ExprKind::NamedExpr && first->kind != ExprKind::Starred &&
                     first->kind != ExprKind::Yield && first->kind != ExprKind::YieldFrom &&
                     first->kind != ExprKind::Slice;
  if (disjunction && starts_expression(peek())) {
    const Token& ft = toks_[first_tok];
    bool name = ft.kind == TokenKind::Name && !is_keyword(ft.text);
    bool name_string = name && first_tok + 1 < toks_.size() && toks_[first_tok + 1].kind == TokenKind::String;
    bool soft_kw = name && (ft.text == "match" || ft.text == "case" || ft.text == "_");
    bool in_brackets = toks_[pos_ - 1].level > 0;
    if (!name_string && !soft_kw) {
      Expr* second = nullptr;
      if (probe_expression(&second) && in_brackets)
        fail_range("invalid syntax. Perhaps you forgot a comma?", *first, *second);
    }
  }
  fail_unexpected();
}

bool Parser::probe_expression(Expr** out) {
  Expr* e = nullptr;
  bool ok = probe([&] { e = expression(); }) || probe([&] { e = bitwise_or(); }) || probe([&] { e = factor(); }) ||
            probe([&] { e = atom(); });
  if (out) *out = e;
  return ok;
}

size_t Parser::token_index_of(const Location& l) const {
  size_t i = pos_;
  while (i > 0) {
    const Token& t = toks_[--i];
    if (t.lineno == l.lineno && t.col == l.col_offset) return i;
  }
  return 0;
}

// Generic failure at a token that could start an expression: CPython's
// error pass parses that expression first, which may run into a tokenizer
// error (an unclosed bracket at end of file, say) that then wins.
void Parser::fail_unexpected() {
  if (starts_expression(peek())) probe_expression();
  fail_generic();
}

// ----------------------------------------------------------- top levels --

Expr* Parser::star_expression() {
  if (at_op("*")) {
    const Token& st = next();
    Expr* v = bitwise_or();
    Starred* s = make_span<Starred>(st);
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return expression();
}

Expr* Parser::star_expressions() {
  const Token& start = peek();
  Expr* first = star_expression();
  if (!at_op(",")) return first;
  Tuple* t = make<Tuple>(loc(start), loc(start));
  t->ctx = ExprContext::Load;
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (!starts_expression(peek()) && !at_op("*")) break;
    t->elts.push_back(star_expression());
  }
  t->end_lineno = prev().end_lineno;
  t->end_col_offset = prev().end_col;
  return t;
}

Expr* Parser::expressions() {
  const Token& start = peek();
  Expr* first = expression();
  if (!at_op(",")) return first;
  Tuple* t = make<Tuple>(loc(start), loc(start));
  t->ctx = ExprContext::Load;
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (!starts_expression(peek())) break;
    t->elts.push_back(expression());
  }
  t->end_lineno = prev().end_lineno;
  t->end_col_offset = prev().end_col;
  return t;
}

Expr* Parser::star_named_expression() {
  if (at_op("*")) {
    const Token& st = next();
    Expr* v = bitwise_or();
    Starred* s = make_span<Starred>(st);
    s->value = v;
    s->ctx = ExprContext::Load;
    return s;
  }
  return named_expression();
}

Expr* Parser::named_expression(bool eq_hint) {
  if (at_identifier() && peek(1).is_op(":=")) {
    const Token& n = next();
    next();
    Expr* value = expression();
    Name* target = make<Name>(loc(n), loc(n));
    target->id = std::string(n.text);
    target->ctx = ExprContext::Store;
    NamedExpr* ne = make_span<NamedExpr>(n);
    ne->target = target;
    ne->value = value;
    return ne;
  }
  size_t start_tok = pos_;
  Expr* e = expression();
  size_t far = furthest_;
  bool walrus_value = eq_hint && at_op(":=") && starts_expression(peek(1));
  furthest_ = far;
  if (walrus_value)
    fail_range(std::string("cannot use assignment expressions with ") + expr_name(e), *e, *e);
  if (eq_hint && at_op("=")) {
    // CPython's invalid_named_expression hints for `if x = 1:` and the like:
    // `NAME = bitwise_or` or `<bitwise_or not starting with a list, tuple,
    // genexp, True, None, False> = bitwise_or`, with no '=' or ':=' after.
    const Token& ft = toks_[start_tok];
    bool name_alt = e->kind == ExprKind::Name && pos_ == start_tok + 1;
    bool other_alt = !name_alt && is_bitwise_or_level(e) && !ft.is_op("[") && !ft.is_name("True") &&
                     !ft.is_name("False") && !ft.is_name("None") && e->kind != ExprKind::Tuple &&
                     e->kind != ExprKind::GeneratorExp;
    Expr* rhs = nullptr;
    if ((name_alt || other_alt) && probe([&] {
          next();
          rhs = bitwise_or();
          if (at_op("=") || at_op(":=")) fail_generic();
        })) {
      if (name_alt) fail_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", *e, *rhs);
      fail_range(std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?", *e,
                 *e);
    }
  }
  return e;
}

Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (at_name("lambda")) return lambdef();
  const Token& start = peek();
  Expr* body = disjunction();
  if (!at_name("if")) return body;
  next();
  size_t after_if = pos_;
  Expr* test = nullptr;
  try {
    test = disjunction();
  } catch (ParseError& err) {
    if (!err.generic) throw;
    // PEG would settle for a shorter condition (`x if a is not.`): if one
    // parses and no 'else' follows it, that is CPython's message.
    size_t far = furthest_;
    for (int k = 0; k < 3 && !test; k++) {
      pos_ = after_if;
      Expr* shorter = nullptr;
      try {
        shorter = k == 0 ? bitwise_or() : k == 1 ? factor() : atom();
      } catch (ParseError& e2) {
        if (e2.final) throw;
        continue;
      }
      if (!at_name("else") && !at_op(":")) fail_range("expected 'else' after 'if' expression", *body, *shorter);
      break;
    }
    furthest_ = far;
    throw;
  }
  if (!at_name("else")) {
    if (!at_op(":")) fail_range("expected 'else' after 'if' expression", *body, *test);
    fail_generic();
  }
  next();
  Expr* orelse = expression();
  IfExp* e = make_span<IfExp>(start);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

Expr* Parser::lambdef() {
  const Token& kw = next();
  Arguments* args = parameters(true, ":");
  expect_op(":");
  Expr* body = expression();
  Lambda* l = make_span<Lambda>(kw);
  l->args = args;
  l->body = body;
  return l;
}

Expr* Parser::yield_expr() {
  const Token& kw = next();
  if (accept_name("from")) {
    Expr* v = expression();
    YieldFrom* y = make_span<YieldFrom>(kw);
    y->value = v;
    return y;
  }
  Yield* y = make<Yield>(loc(kw), loc(kw));
  if (starts_expression(peek()) || at_op("*")) {
    y->value = star_expressions();
    y->end_lineno = prev().end_lineno;
    y->end_col_offset = prev().end_col;
  }
  return y;
}

Expr* Parser::disjunction() {
  const Token& start = peek();
  Expr* first = conjunction();
  if (!at_name("or")) return first;
  BoolOp* b = make<BoolOp>(loc(start), loc(start));
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept_name("or")) b->values.push_back(conjunction());
  return finish(b, start);
}

Expr* Parser::conjunction() {
  const Token& start = peek();
  Expr* first = inversion();
  if (!at_name("and")) return first;
  BoolOp* b = make<BoolOp>(loc(start), loc(start));
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept_name("and")) b->values.push_back(inversion());
  return finish(b, start);
}

Expr* Parser::inversion() {
  DepthGuard guard(*this);
  if (at_name("not")) {
    const Token& kw = next();
    Expr* operand = inversion();
    UnaryOp* u = make_span<UnaryOp>(kw);
    u->op = UnaryOpKind::Not;
    u->operand = operand;
    return u;
  }
  return comparison();
}

Expr* Parser::comparison() {
  const Token& start = peek();
  Expr* left = bitwise_or();
  Compare* c = nullptr;
  for (;;) {
    const Token& t = peek();
    CmpOpKind op;
    int width = 1;
    if (t.kind == TokenKind::Op) {
      if (t.text == "==") op = CmpOpKind::Eq;
      else if (t.text == "!=") op = CmpOpKind::NotEq;
      else if (t.text == "<") op = CmpOpKind::Lt;
      else if (t.text == "<=") op = CmpOpKind::LtE;
      else if (t.text == ">") op = CmpOpKind::Gt;
      else if (t.text == ">=") op = CmpOpKind::GtE;
      else break;
    } else if (t.is_name("in")) {
      op = CmpOpKind::In;
    } else if (t.is_name("not") && peek(1).is_name("in")) {
      op = CmpOpKind::NotIn;
      width = 2;
    } else if (t.is_name("is")) {
      if (peek(1).is_name("not")) {
        op = CmpOpKind::IsNot;
        width = 2;
      } else {
        op = CmpOpKind::Is;
      }
    } else {
      break;
    }
    for (int i = 0; i < width; i++) next();
    Expr* right = bitwise_or();
    if (!c) {
      c = make<Compare>(loc(start), loc(start));
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(right);
    finish(c, start);
  }
  return c ? c : left;
}

Expr* Parser::bitwise_or() { return binary(0); }

Expr* Parser::binary(int level) {
  if (level == 6) return factor();
  const Token& start = peek();
  Expr* left = binary(level + 1);
  for (;;) {
    const Token& t = peek();
    if (t.kind != TokenKind::Op) break;
    const BinOpSpec* spec = nullptr;
    for (const auto& s : kBinOps)
      if (s.level == level && s.text == t.text) spec = &s;
    if (!spec) break;
    next();
    Expr* right = binary(level + 1);
    BinOp* b = make_span<BinOp>(start);
    b->left = left;
    b->op = spec->op;
    b->right = right;
    left = b;
  }
  return left;
}

Expr* Parser::factor() {
  DepthGuard guard(*this);
  const Token& t = peek();
  if (t.kind == TokenKind::Op && (t.text == "+" || t.text == "-" || t.text == "~")) {
    next();
    Expr* operand = factor();
    UnaryOp* u = make_span<UnaryOp>(t);
    u->op = t.text == "+" ? UnaryOpKind::UAdd : t.text == "-" ? UnaryOpKind::USub : UnaryOpKind::Invert;
    u->operand = operand;
    return u;
  }
  return power();
}

Expr* Parser::power() {
  const Token& start = peek();
  Expr* left = await_primary();
  if (!at_op("**")) return left;
  next();
  Expr* right = factor();
  BinOp* b = make_span<BinOp>(start);
  b->left = left;
  b->op = OperatorKind::Pow;
  b->right = right;
  return b;
}

Expr* Parser::await_primary() {
  if (at_name("await")) {
    const Token& kw = next();
    Expr* v = primary();
    Await* a = make_span<Await>(kw);
    a->value = v;
    return a;
  }
  return primary();
}

Expr* Parser::primary() {
  const Token& start = peek();
  Expr* e = atom();
  for (;;) {
    if (at_op(".")) {
      next();
      const Token& n = expect_identifier();
      Attribute* a = make_span<Attribute>(start);
      a->value = e;
      a->attr = std::string(n.text);
      a->ctx = ExprContext::Load;
      e = a;
    } else if (at_op("(")) {
      const Token& open = next();
      Call* c = make<Call>(loc(start), loc(open));
      c->func = e;
      call_args(c, open);
      c->end_lineno = prev().end_lineno;
      c->end_col_offset = prev().end_col;
      e = c;
    } else if (at_op("[")) {
      // A subscript that fails to parse is, as in PEG, no subscript at all:
      // the caller then sees the '[' (`a []` is "forgot a comma?").
      size_t save = pos_;
      Expr* s = nullptr;
      try {
        next();
        s = slices();
        if (!at_op("]")) fail_generic();
      } catch (ParseError& err) {
        if (!err.generic) throw;
        pos_ = save;
        return e;
      }
      const Token& close = next();
      Subscript* sub = make_span<Subscript>(start);
      (void)close;
      sub->value = e;
      sub->slice = s;
      sub->ctx = ExprContext::Load;
      e = sub;
    } else {
      return e;
    }
  }
}

Expr* Parser::slices() {
  const Token& start = peek();
  size_t first_tok = pos_;
  Expr* first = slice_item();
  if (!at_op(",")) {
    if (!at_op("]")) fail_after_element(first_tok, first);
    if (first->kind != ExprKind::Starred) return first;
    Tuple* t = make_span<Tuple>(start);  // a[*b] subscripts with a 1-tuple
    t->ctx = ExprContext::Load;
    t->elts.push_back(first);
    return t;
  }
  Tuple* t = make<Tuple>(loc(start), loc(start));
  t->ctx = ExprContext::Load;
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    size_t tok = pos_;
    Expr* e = slice_item();
    if (!at_op(",") && !at_op("]")) fail_after_element(tok, e);
    t->elts.push_back(e);
  }
  t->end_lineno = prev().end_lineno;
  t->end_col_offset = prev().end_col;
  return t;
}

Expr* Parser::slice_item() {
  const Token& start = peek();
  if (start.is_op("*")) return star_expression();
  Expr* lower = nullptr;
  if (!at_op(":")) {
    lower = named_expression();
    if (!at_op(":")) return lower;
  }
  next();
  Slice* s = make<Slice>(loc(start), loc(start));
  s->lower = lower;
  auto bound = [&] {
    size_t tok = pos_;
    Expr* e = expression();
    if (!at_op(":") && !at_op(",") && !at_op("]")) fail_after_element(tok, e);
    return e;
  };
  if (!at_op(":") && !at_op(",") && !at_op("]")) s->upper = bound();
  if (accept_op(":")) {
    if (!at_op(",") && !at_op("]")) s->step = bound();
  }
  s->end_lineno = prev().end_lineno;
  s->end_col_offset = prev().end_col;
  return s;
}

void Parser::call_args(Call* call, const Token& open, bool allow_genexp) {
  bool seen_kw = false, seen_kw_unpack = false;
  const char* order_error = nullptr;  // reported once the whole list is read, as CPython does
  const Token& first = peek();
  while (!at_op(")")) {
    const Token& t = peek();
    size_t first_tok = pos_;
    Expr* last = nullptr;
    if (t.is_op("*")) {
      next();
      first_tok = pos_;  // a following junk token is checked against the starred value
      if (!starts_expression(peek()) && (!call->args.empty() || !call->keywords.empty())) {
        // CPython's `args ',' '*'` rule.
        Location l = loc(first);
        fail_range("iterable argument unpacking follows keyword argument unpacking", l, l);
      }
      Expr* v = expression();
      Starred* s = make_span<Starred>(t);
      s->value = v;
      s->ctx = ExprContext::Load;
      last = v;
      if (seen_kw_unpack) {
        Location l = loc(first);
        fail_range("iterable argument unpacking follows keyword argument unpacking", l, *s);
      }
      call->args.push_back(s);
    } else if (t.is_op("**")) {
      next();
      Expr* v = expression();
      Keyword* k = make_span<Keyword>(t);
      k->value = v;
      call->keywords.push_back(k);
      seen_kw_unpack = true;
      last = v;
    } else if ((t.is_name("True") || t.is_name("False") || t.is_name("None")) && peek(1).is_op("=")) {
      next();
      next();
      Expr* v = expression();
      fail_range("cannot assign to " + std::string(t.text), loc(t), *v);
    } else if (t.kind == TokenKind::Name && !is_keyword(t.text) && peek(1).is_op("=")) {
      next();
      next();
      first_tok = pos_;
      Expr* v = expression();
      if (at_name("for") || (at_name("async") && peek(1).is_name("for")))
        fail_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc(t), loc(toks_[first_tok - 1]));
      Keyword* k = make_span<Keyword>(t);
      k->arg = std::string(t.text);
      k->has_arg = true;
      k->value = v;
      call->keywords.push_back(k);
      seen_kw = true;
      last = v;
    } else {
      Expr* e = named_expression(false);
      if (at_name("for") || (at_name("async") && peek(1).is_name("for"))) {
        if (!allow_genexp) fail_generic();
        bool first_arg = call->args.empty() && call->keywords.empty();
        if (!first_arg) {
          // Only CPython's error pass parses these clauses (`args ',' expr for_if_clauses`).
          size_t save = pos_, far = furthest_;
          bool clauses = probe([&] { for_if_clauses(); });
          if (clauses) {
            for_if_clauses();
            Location end = loc(prev());
            pos_ = save;
            furthest_ = far;
            fail_range("Generator expression must be parenthesized", *e, end);
          }
          fail_generic();
        }
        auto gens = for_if_clauses();
        if (!at_op(")")) {
          if (at_op(",")) fail_range("Generator expression must be parenthesized", *e, loc(prev()));
          fail_generic();
        }
        GeneratorExp* g = make<GeneratorExp>(loc(open), loc(peek()));
        g->elt = e;
        g->generators = std::move(gens);
        call->args.push_back(g);
        break;
      }
      if (at_op("=")) {
        fail_range("expression cannot contain assignment, perhaps you meant \"==\"?", *e, loc(peek()));
      }
      if (!order_error && seen_kw_unpack) order_error = "positional argument follows keyword argument unpacking";
      if (!order_error && seen_kw) order_error = "positional argument follows keyword argument";
      call->args.push_back(e);
      last = e;
    }
    if (!accept_op(",")) {
      if (!at_op(")")) {
        if (order_error) fail_last(order_error);  // CPython's `args ',' args` rule wins
        fail_after_element(first_tok, last);
      }
      break;
    }
  }
  if (order_error && at_op(")")) fail_last(order_error);
  expect_op(")");
}

std::vector<Comprehension*> Parser::for_if_clauses() {
  std::vector<Comprehension*> gens;
  while (at_name("for") || (at_name("async") && peek(1).is_name("for"))) {
    Comprehension* c = arena_.make<Comprehension>();
    c->is_async = accept_name("async");
    next();
    size_t target_tok = pos_;
    c->target = star_targets();
    if (!at_name("in")) {
      Expr* a = c->target;
      if (a->kind == ExprKind::Tuple && !toks_[target_tok].is_op("(")) {
        a = static_cast<Tuple*>(a)->elts.back();  // CPython checks the last element
        target_tok = token_index_of(*a);
      }
      fail_after_element(target_tok, a);
    }
    next();
    c->iter = disjunction();
    while (accept_name("if")) c->ifs.push_back(disjunction());
    gens.push_back(c);
  }
  return gens;
}

Expr* Parser::star_target_item() {
  if (at_op("*")) {
    const Token& st = next();
    if (at_op("*")) fail_generic();
    Expr* v = star_target_item();
    Starred* s = make_span<Starred>(st);
    s->value = v;
    s->ctx = ExprContext::Store;
    return s;
  }
  return bitwise_or();
}

Expr* Parser::star_targets() {
  const Token& start = peek();
  Expr* first = star_target_item();
  if (!at_op(",")) {
    set_store(first, ExprContext::Store);
    return first;
  }
  Tuple* t = make<Tuple>(loc(start), loc(start));
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (!starts_expression(peek()) && !at_op("*")) break;
    t->elts.push_back(star_target_item());
  }
  t->end_lineno = prev().end_lineno;
  t->end_col_offset = prev().end_col;
  set_store(t, ExprContext::Store);
  return t;
}

// ---------------------------------------------------------------- atoms --

Expr* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Name: {
      if (is_keyword(t.text)) {
        ConstantValue::Kind k;
        if (t.text == "True") k = ConstantValue::Kind::True;
        else if (t.text == "False") k = ConstantValue::Kind::False;
        else if (t.text == "None") k = ConstantValue::Kind::None;
        else fail_generic();
        next();
        Constant* c = make<Constant>(loc(t), loc(t));
        c->value.kind = k;
        return c;
      }
      next();
      Name* n = make<Name>(loc(t), loc(t));
      n->id = std::string(t.text);
      n->ctx = ExprContext::Load;
      return n;
    }
    case TokenKind::Number:
      next();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::Op:
      if (t.text == "(") return paren_atom();
      if (t.text == "[") return list_atom();
      if (t.text == "{") return brace_atom();
      if (t.text == "...") {
        next();
        Constant* c = make<Constant>(loc(t), loc(t));
        c->value.kind = ConstantValue::Kind::Ellipsis;
        return c;
      }
      fail_generic();
    default:
      fail_generic();
  }
}

Expr* Parser::paren_atom() {
  const Token& open = next();
  if (at_op(")")) {
    const Token& close = next();
    Tuple* t = make<Tuple>(loc(open), loc(close));
    t->ctx = ExprContext::Load;
    return t;
  }
  if (at_name("yield")) {
    Expr* y = yield_expr();
    if (!at_op(")")) fail_generic();
    next();
    return y;
  }
  size_t first_tok = pos_;
  Expr* first = star_named_expression();
  if (at_name("for") || (at_name("async") && peek(1).is_name("for"))) {
    if (first->kind == ExprKind::Starred)
      fail_range("iterable unpacking cannot be used in comprehension", *first, *first);
    auto gens = for_if_clauses();
    if (!at_op(")")) fail_generic();
    const Token& close = next();
    GeneratorExp* g = make<GeneratorExp>(loc(open), loc(close));
    g->elt = first;
    g->generators = std::move(gens);
    return g;
  }
  if (at_op(",")) {
    Tuple* t = make<Tuple>(loc(open), loc(open));
    t->ctx = ExprContext::Load;
    t->elts.push_back(first);
    while (accept_op(",")) {
      if (at_op(")")) break;
      size_t tok = pos_;
      Expr* e = star_named_expression();
      if (!at_op(",") && !at_op(")")) fail_after_element(tok, e);
      t->elts.push_back(e);
    }
    const Token& close = expect_op(")");
    t->end_lineno = close.end_lineno;
    t->end_col_offset = close.end_col;
    return t;
  }
  if (!at_op(")")) fail_after_element(first_tok, first);
  next();
  if (first->kind == ExprKind::Starred) fail_range("cannot use starred expression here", *first, *first);
  return first;
}

Expr* Parser::list_atom() {
  const Token& open = next();
  if (at_op("]")) {
    const Token& close = next();
    List* l = make<List>(loc(open), loc(close));
    l->ctx = ExprContext::Load;
    return l;
  }
  size_t first_tok = pos_;
  Expr* first = star_named_expression();
  if (at_name("for") || (at_name("async") && peek(1).is_name("for"))) {
    if (first->kind == ExprKind::Starred)
      fail_range("iterable unpacking cannot be used in comprehension", *first, *first);
    auto gens = for_if_clauses();
    if (!at_op("]")) fail_generic();
    const Token& close = next();
    ListComp* c = make<ListComp>(loc(open), loc(close));
    c->elt = first;
    c->generators = std::move(gens);
    return c;
  }
  List* l = make<List>(loc(open), loc(open));
  l->ctx = ExprContext::Load;
  l->elts.push_back(first);
  if (!at_op(",") && !at_op("]")) fail_after_element(first_tok, first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    size_t tok = pos_;
    Expr* e = star_named_expression();
    if (!at_op(",") && !at_op("]")) fail_after_element(tok, e);
    l->elts.push_back(e);
  }
  const Token& close = expect_op("]");
  l->end_lineno = close.end_lineno;
  l->end_col_offset = close.end_col;
  return l;
}

// After `key:` in a dict display: CPython's messages for a missing or starred value.
void Parser::check_dict_value(const Token& colon) {
  if (at_op("*")) {
    const Token& st = next();
    Expr* v = bitwise_or();
    fail_range("cannot use a starred expression in a dictionary value", loc(st), *v);
  }
  if (at_op("}") || at_op(",")) fail_token("expression expected after dictionary key and ':'", colon);
}

Expr* Parser::brace_atom() {
  const Token& open = next();
  if (at_op("}")) {
    const Token& close = next();
    return make<Dict>(loc(open), loc(close));
  }
  // Dict display, dict comprehension, set display or set comprehension.
  Expr* first_key = nullptr;
  Expr* first_value = nullptr;
  size_t first_tok = pos_;
  if (at_op("**")) {
    const Token& stars = next();
    first_value = bitwise_or();
    if (at_name("for") || (at_name("async") && peek(1).is_name("for")))
      fail_range("dict unpacking cannot be used in dict comprehension", loc(stars), *first_value);
  } else {
    Expr* e = star_named_expression();
    if (e->kind != ExprKind::Starred && at_op(":")) {
      check_dict_value(next());
      first_key = e;
      first_value = expression();
    } else {
      // A set.
      if (at_name("for") || (at_name("async") && peek(1).is_name("for"))) {
        if (e->kind == ExprKind::Starred)
          fail_range("iterable unpacking cannot be used in comprehension", *e, *e);
        auto gens = for_if_clauses();
        if (!at_op("}")) fail_generic();
        const Token& close = next();
        SetComp* c = make<SetComp>(loc(open), loc(close));
        c->elt = e;
        c->generators = std::move(gens);
        return c;
      }
      Set* s = make<Set>(loc(open), loc(open));
      s->elts.push_back(e);
      if (!at_op(",") && !at_op("}")) fail_after_element(first_tok, e);
      while (accept_op(",")) {
        if (at_op("}")) break;
        size_t tok = pos_;
        Expr* x = star_named_expression();
        if (!at_op(",") && !at_op("}")) fail_after_element(tok, x);
        s->elts.push_back(x);
      }
      const Token& close = expect_op("}");
      s->end_lineno = close.end_lineno;
      s->end_col_offset = close.end_col;
      return s;
    }
  }
  if (first_key && (at_name("for") || (at_name("async") && peek(1).is_name("for")))) {
    auto gens = for_if_clauses();
    if (!at_op("}")) fail_generic();
    const Token& close = next();
    DictComp* c = make<DictComp>(loc(open), loc(close));
    c->key = first_key;
    c->value = first_value;
    c->generators = std::move(gens);
    return c;
  }
  Dict* d = make<Dict>(loc(open), loc(open));
  d->keys.push_back(first_key);
  d->values.push_back(first_value);
  if (!at_op(",") && !at_op("}")) fail_after_element(first_tok, first_value);
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (accept_op("**")) {
      d->keys.push_back(nullptr);
      d->values.push_back(bitwise_or());
    } else {
      Expr* k = expression();
      if (!at_op(":")) {
        // CPython points at the key's last character.
        Location l{k->end_lineno, k->end_col_offset - 1, k->end_lineno, k->end_col_offset};
        fail_range("':' expected after dictionary key", l, l);
      }
      const Token& colon = next();
      d->keys.push_back(k);
      check_dict_value(colon);
      d->values.push_back(expression());
    }
    if (!at_op(",") && !at_op("}")) fail_generic();
  }
  const Token& close = expect_op("}");
  d->end_lineno = close.end_lineno;
  d->end_col_offset = close.end_col;
  return d;
}

// ---------------------------------------------------------------- targets --

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (static_cast<const Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

void Parser::set_store(Expr* e, ExprContext ctx, bool top) {
  const char* verb = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
  switch (e->kind) {
    case ExprKind::Name: {
      Name* n = static_cast<Name*>(e);
      if (n->id == "__debug__") fail_range(std::string(verb) + "__debug__", *e, *e);
      n->ctx = ctx;
      return;
    }
    case ExprKind::Attribute:
      static_cast<Attribute*>(e)->ctx = ctx;
      return;
    case ExprKind::Subscript:
      static_cast<Subscript*>(e)->ctx = ctx;
      return;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) fail_range(std::string(verb) + "starred", *e, *e);
      static_cast<Starred*>(e)->ctx = ctx;
      set_store(static_cast<Starred*>(e)->value, ctx, false);
      return;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ctx;
      for (Expr* x : static_cast<Tuple*>(e)->elts) set_store(x, ctx, false);
      return;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = ctx;
      for (Expr* x : static_cast<List*>(e)->elts) set_store(x, ctx, false);
      return;
    default:
      fail_range(std::string(verb) + expr_name(e), *e, *e);
  }
}

}  // namespace pystm::frontend
