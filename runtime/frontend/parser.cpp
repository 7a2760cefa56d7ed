// runtime/frontend/parser.cpp — the parser entry point and statements.
// Owns: parse(), token access, error construction, and every statement rule
// of the Python 3.11 grammar except `match` (parser_match.cpp). Must never:
// touch the heap, or accept a program CPython 3.11 rejects at parse time.
//
// Error strategy. CPython parses twice: a fast pass, and on failure an error
// pass that also tries its invalid_* rules, whose first match names the
// mistake; otherwise "invalid syntax" at the furthest token the fast pass
// looked at. This parser runs once: where a rule fails it checks, on the
// spot, the invalid_* rules CPython would try there (speculatively, with
// probe()/attempt(), restoring the position), else fails generically at
// furthest_. Tokenizer errors are raised when their token is looked at, and
// after any other error a tokenizer error later in the file wins, as in
// CPython's full-source re-tokenization (apply_late_tokenizer_errors).
#include "runtime/frontend/parser.h"

#include <algorithm>

#include "runtime/frontend/parser_impl.h"

namespace pystm::frontend {

using namespace pystm::ast;

// ---------------------------------------------------------------- tokens --

const Token& Parser::peek(size_t k) {
  size_t i = std::min(pos_ + k, toks_.size() - 1);
  if (i > furthest_) furthest_ = i;
  if (i > max_fetched_) max_fetched_ = i;
  const Token& t = toks_[i];
  if (t.kind == TokenKind::Error) {
    // Like CPython, a tokenizer error is raised as soon as its token is fetched.
    throw ParseError{ts_.error ? *ts_.error : unclosed_bracket_error(), false, true};
  }
  return t;
}

const Token& Parser::next() {
  if (spec_depth_) ++spec_work_;
  const Token& t = peek();
  if (pos_ < toks_.size() - 1) pos_++;
  return t;
}

bool Parser::accept_op(std::string_view op) {
  if (!peek().is_op(op)) return false;
  next();
  return true;
}

bool Parser::accept_name(std::string_view kw) {
  if (!peek().is_name(kw)) return false;
  next();
  return true;
}

const Token& Parser::expect_op(std::string_view op) {
  if (!peek().is_op(op)) fail_generic();
  return next();
}

const Token& Parser::expect_name(std::string_view kw) {
  if (!peek().is_name(kw)) fail_generic();
  return next();
}

bool Parser::at_identifier() {
  const Token& t = peek();
  return t.kind == TokenKind::Name && !is_keyword(t.text);
}

const Token& Parser::expect_identifier() {
  if (!at_identifier()) fail_generic();
  return next();
}

// ---------------------------------------------------------------- errors --

SyntaxErrorInfo Parser::make_error(const std::string& msg, int lineno, int col, int end_lineno, int end_col,
                                   SyntaxErrorInfo::Kind kind) {
  SyntaxErrorInfo e;
  e.kind = kind;
  e.msg = msg;
  e.filename = filename_;
  e.lineno = lineno;
  e.offset = ts_.char_offset(lineno, col);
  e.end_lineno = end_lineno;
  e.end_offset = ts_.char_offset(end_lineno, end_col);
  e.text = std::string(ts_.line_text(lineno));
  return e;
}

void Parser::fail_info(SyntaxErrorInfo info) { throw ParseError{std::move(info)}; }

void Parser::fail_range(const std::string& msg, const Location& a, const Location& b, SyntaxErrorInfo::Kind kind) {
  fail_info(make_error(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, kind));
}

void Parser::fail_token(const std::string& msg, const Token& t, SyntaxErrorInfo::Kind kind) {
  // CPython's NEWLINE token leaves the '\n' out: it has no width.
  int end_col = t.kind == TokenKind::Newline ? t.col : t.end_col;
  SyntaxErrorInfo e = make_error(msg, t.lineno, t.col, t.end_lineno, end_col, kind);
  if (t.col < 0) {
    // DEDENT/ENDMARKER: CPython uses its cursor column as the offset.
    e.offset = t.end_col;
    e.end_offset = -1;
  }
  fail_info(e);
}

void Parser::fail_last(const std::string& msg) { fail_token(msg, toks_[furthest_]); }

// CPython raises MemoryError here; the front end reports a SyntaxError.
void Parser::fail_too_deep() {
  const Token& t = toks_[pos_];
  throw ParseError{make_error("too many nested expressions: Python source too complex to parse", t.lineno,
                              t.col < 0 ? 0 : t.col, t.end_lineno, t.end_col < 0 ? 0 : t.end_col),
                   false, true};
}

SyntaxErrorInfo Parser::unclosed_bracket_error() {
  SyntaxErrorInfo e = make_error(std::string("'") + ts_.open_bracket + "' was never closed", ts_.open_bracket_line,
                                 ts_.open_bracket_col, ts_.open_bracket_line, ts_.open_bracket_col + 1);
  e.end_offset = 0;  // CPython raises it from its tokenizer without an end
  return e;
}

void Parser::fail_generic() {
  const Token& t = toks_[furthest_];
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    SyntaxErrorInfo info = make_error(t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent",
                                      t.lineno, t.col, t.end_lineno, t.end_col, SyntaxErrorInfo::Kind::IndentationError);
    if (t.kind == TokenKind::Dedent) info.offset = t.end_col;
    else info.end_offset = -1;  // CPython's "unexpected indent" has no end
    throw ParseError{std::move(info), true, true};
  }
  SyntaxErrorInfo info = make_error("invalid syntax", t.lineno, t.col, t.end_lineno,
                                    t.kind == TokenKind::Newline ? t.col : t.end_col);
  if (ts_.empty_source) info.lineno = info.end_lineno = 0;  // CPython: no line at all
  throw ParseError{std::move(info), true, false};
}

// CPython tokenizes the rest of the file after a parser error: a tokenizer
// error found there replaces it, and so does an unclosed bracket when the
// parser had already read past the bracket's line.
void Parser::apply_late_tokenizer_errors(ParseError& e) {
  if (e.final) return;
  if (ts_.error && ts_.error_raised_by_tokenizer) {
    e.info = *ts_.error;
  } else if (ts_.open_bracket && toks_[max_fetched_].lineno > ts_.open_bracket_line) {
    e.info = unclosed_bracket_error();
    // CPython takes a line the tokenizer has left from its buffers, without
    // the newline.
    if (!e.info.text.empty() && e.info.text.back() == '\n') e.info.text.pop_back();
  }
}

// ---------------------------------------------------------------- module --

Module* Parser::parse_file(Module::Kind mode) {
  Module* m = arena_.make<Module>();
  m->kind = mode;
  if (mode == Module::Kind::Expression) {
    m->expression = expressions();
    while (peek().kind == TokenKind::Newline) next();
    if (peek().kind != TokenKind::EndMarker) fail_generic();
    return m;
  }
  if (mode == Module::Kind::Interactive) {
    // statement_newline: compound_stmt NEWLINE | simple_stmts; the rest of
    // the source must be blank.
    if (peek().kind == TokenKind::Newline || peek().kind == TokenKind::EndMarker) fail_generic();
    if (Stmt* s = compound_stmt()) {
      m->body.push_back(s);
      if (peek().kind != TokenKind::Newline && peek().kind != TokenKind::EndMarker) fail_generic();
    } else {
      simple_stmts(m->body);
    }
    const Token& end = prev();
    while (peek().kind == TokenKind::Newline) next();
    if (peek().kind != TokenKind::EndMarker)
      fail_token("multiple statements found while compiling a single statement", end);
    return m;
  }
  while (peek().kind != TokenKind::EndMarker) statement(m->body);
  return m;
}

std::vector<Stmt*> Parser::statements_until_dedent() {
  std::vector<Stmt*> out;
  while (peek().kind != TokenKind::Dedent && peek().kind != TokenKind::EndMarker) statement(out);
  if (peek().kind == TokenKind::Dedent) next();
  return out;
}

void Parser::statement(std::vector<Stmt*>& out) {
  const Token& t = peek();
  if (t.kind == TokenKind::Indent) fail_generic();
  match_missing_colon_ = nullptr;
  match_error_.reset();
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  if (!match_missing_colon_ && !match_error_) {
    simple_stmts(out);
    return;
  }
  const Token* colon_at = match_missing_colon_;
  std::optional<ParseError> match_error = std::move(match_error_);
  try {
    simple_stmts(out);
  } catch (ParseError& e) {
    if (e.generic && match_error) throw *match_error;
    if (e.generic && colon_at) fail_token("expected ':'", *colon_at);
    throw;
  }
}

void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (accept_op(";")) {
      if (peek().kind == TokenKind::Newline) break;
      continue;
    }
    break;
  }
  if (peek().kind != TokenKind::Newline) {
    switch (out.back()->kind) {
      case StmtKind::Import: case StmtKind::ImportFrom: case StmtKind::Pass: case StmtKind::Break:
      case StmtKind::Continue: case StmtKind::Global: case StmtKind::Nonlocal:
        fail_generic();  // no expression rule runs after these
      default:
        fail_unexpected();
    }
  }
  next();
}

void Parser::expect_colon() {
  if (at_op(":")) {
    next();
    return;
  }
  if (peek().kind == TokenKind::Newline) fail_last("expected ':'");
  fail_unexpected();
}

// A ':' the 3.11 grammar marks as forced (&&':'): anything else is "expected ':'".
void Parser::expect_forced_colon() {
  if (at_op(":")) {
    next();
    return;
  }
  fail_token("expected ':'", peek());
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
std::vector<Stmt*> Parser::block(const std::string& what, int line) {
  std::vector<Stmt*> out;
  if (peek().kind == TokenKind::Newline) {
    next();
    if (peek().kind != TokenKind::Indent) {
      fail_token("expected an indented block after " + what + " on line " + std::to_string(line), peek(),
                 SyntaxErrorInfo::Kind::IndentationError);
    }
    next();
    out = statements_until_dedent();
    return out;
  }
  simple_stmts(out);
  return out;
}

// A compound statement ends at the last token of its last block that is not
// NEWLINE/INDENT/DEDENT (a trailing ';' included), as CPython's does.
Location Parser::block_end() const {
  size_t i = pos_;
  while (i > 0) {
    const Token& t = toks_[--i];
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent) return loc(t);
  }
  return {};
}

// ------------------------------------------------------------ compound --

Stmt* Parser::compound_stmt() {
  const Token& t = peek();
  if (t.kind == TokenKind::Op && t.text == "@") return decorated();
  if (t.kind != TokenKind::Name) return nullptr;
  std::string_view k = t.text;
  if (k == "if") return if_stmt(false);
  if (k == "while") return while_stmt();
  if (k == "for") return for_stmt(nullptr);
  if (k == "with") return with_stmt(nullptr);
  if (k == "try") return try_stmt();
  if (k == "def") return funcdef({}, nullptr);
  if (k == "class") return classdef({});
  if (k == "async") {
    const Token& a = next();
    if (at_name("def")) return funcdef({}, &a);
    if (at_name("for")) return for_stmt(&a);
    if (at_name("with")) return with_stmt(&a);
    fail_generic();
  }
  if (k == "match") return match_stmt();
  return nullptr;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (accept_op("@")) {
    decorators.push_back(named_expression());
    if (peek().kind != TokenKind::Newline) fail_unexpected();
    next();
  }
  if (at_name("def")) return funcdef(std::move(decorators), nullptr);
  if (at_name("class")) return classdef(std::move(decorators));
  if (at_name("async")) {
    const Token& a = next();
    if (at_name("def")) return funcdef(std::move(decorators), &a);
  }
  fail_generic();
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = next();
  Expr* test = named_expression();
  expect_colon();
  std::vector<Stmt*> body = block(elif ? "'elif' statement" : "'if' statement", kw.lineno);
  std::vector<Stmt*> orelse;
  if (at_name("elif")) {
    orelse.push_back(if_stmt(true));
  } else if (at_name("else")) {
    const Token& e = next();
    expect_forced_colon();
    orelse = block("'else' statement", e.lineno);
  }
  If* s = make<If>(loc(kw), block_end());
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

Stmt* Parser::while_stmt() {
  const Token& kw = next();
  Expr* test = named_expression();
  expect_colon();
  std::vector<Stmt*> body = block("'while' statement", kw.lineno);
  std::vector<Stmt*> orelse;
  if (at_name("else")) {
    const Token& e = next();
    expect_forced_colon();
    orelse = block("'else' statement", e.lineno);
  }
  While* s = make<While>(loc(kw), block_end());
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& kw = next();
  Expr* target = star_targets();
  if (!at_name("in")) fail_generic();
  next();
  Expr* iter = star_expressions();
  expect_colon();
  std::vector<Stmt*> body = block(async_tok ? "'async for' statement" : "'for' statement", kw.lineno);
  std::vector<Stmt*> orelse;
  if (at_name("else")) {
    const Token& e = next();
    expect_forced_colon();
    orelse = block("'else' statement", e.lineno);
  }
  For* s = make<For>(loc(async_tok ? *async_tok : kw), block_end(),
                     async_tok != nullptr);
  s->target = target;
  s->iter = iter;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& kw = next();
  std::vector<WithItem*> items;
  auto item = [&](bool in_parens) {
    WithItem* w = arena_.make<WithItem>();
    w->context_expr = expression();
    if (accept_name("as")) {
      w->optional_vars = star_target_item();
      const Token& n = peek();
      if (!(n.is_op(",") || n.is_op(":") || n.kind == TokenKind::Newline || (in_parens && n.is_op(")"))))
        fail_generic();
      set_store(w->optional_vars, ExprContext::Store);
    }
    items.push_back(w);
  };
  bool done = false;
  if (at_op("(")) {
    // `with (a as b, c):` — or an ordinary parenthesized expression.
    done = attempt([&] {
      next();
      for (;;) {
        item(true);
        if (!accept_op(",")) break;
        if (at_op(")")) break;
      }
      expect_op(")");
      if (!at_op(":")) fail_generic();
    }, /*grammar=*/true);
    if (!done) items.clear();
  }
  if (!done) {
    for (;;) {
      item(false);
      if (!accept_op(",")) break;
    }
  }
  expect_colon();
  std::vector<Stmt*> body = block(async_tok ? "'async with' statement" : "'with' statement", kw.lineno);
  With* s = make<With>(loc(async_tok ? *async_tok : kw), block_end(), async_tok != nullptr);
  s->items = std::move(items);
  s->body = std::move(body);
  return s;
}

Stmt* Parser::try_stmt() {
  const Token& kw = next();
  expect_forced_colon();
  std::vector<Stmt*> body = block("'try' statement", kw.lineno);
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse, finalbody;
  int star = -1;  // -1 unknown, 0 except, 1 except*
  while (at_name("except")) {
    const Token& ex = next();
    bool is_star = accept_op("*");
    if (star >= 0 && star != static_cast<int>(is_star))
      fail_token("cannot have both 'except' and 'except*' on the same 'try'", ex);
    star = is_star;
    ExceptHandler* h = arena_.make<ExceptHandler>();
    if (!at_op(":")) {
      if (is_star && peek().kind == TokenKind::Newline) fail_last("expected ':'");
      h->type = expression();
      if (at_op(",")) {
        // `except A, B:` — Python 2 syntax.
        Expr* first = h->type;
        next();
        Expr* last = expression();
        while (accept_op(",")) last = expression();
        if (at_op(":") || at_name("as")) fail_range("multiple exception types must be parenthesized", *first, *last);
        fail_generic();
      }
      if (accept_name("as")) {
        const Token& n = expect_identifier();
        h->name = std::string(n.text);
        h->has_name = true;
      }
    } else if (is_star) {
      fail_token("expected one or more exception types", peek());
    }
    expect_colon();
    h->body = block(is_star ? "'except*' statement" : "'except' statement", ex.lineno);
    h->lineno = ex.lineno;
    h->col_offset = ex.col;
    h->end_lineno = block_end().end_lineno;
    h->end_col_offset = block_end().end_col_offset;
    handlers.push_back(h);
  }
  if (at_name("else")) {
    if (handlers.empty()) fail_last("expected 'except' or 'finally' block");
    const Token& e = next();
    expect_forced_colon();
    orelse = block("'else' statement", e.lineno);
  }
  if (at_name("finally")) {
    const Token& f = next();
    expect_forced_colon();
    finalbody = block("'finally' statement", f.lineno);
  }
  if (handlers.empty() && finalbody.empty()) fail_last("expected 'except' or 'finally' block");
  Location end = block_end();
  Try* s = make<Try>(loc(kw), end, star == 1);
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  return s;
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators, const Token* async_tok) {
  const Token& kw = next();
  const Token& name = expect_identifier();
  if (!at_op("(")) fail_token("expected '('", peek());
  next();
  Arguments* args = parameters(false, ")");
  expect_op(")");
  Expr* returns = nullptr;
  if (at_op("->")) {
    const Token& arrow = peek();
    size_t far = furthest_;
    if (!starts_expression(peek(1))) fail_token("expected ':'", arrow);
    furthest_ = far;
    next();
    returns = expression();
  }
  expect_forced_colon();
  std::vector<Stmt*> body = block("function definition", kw.lineno);
  FunctionDef* s = make<FunctionDef>(loc(async_tok ? *async_tok : kw), block_end(), async_tok != nullptr);
  s->name = std::string(name.text);
  s->args = args;
  s->body = std::move(body);
  s->decorator_list = std::move(decorators);
  s->returns = returns;
  return s;
}

Stmt* Parser::classdef(std::vector<Expr*> decorators) {
  const Token& kw = next();
  const Token& name = expect_identifier();
  ClassDef* s = make<ClassDef>(loc(kw), loc(kw));
  if (at_op("(")) {
    const Token& open = next();
    Call tmp;
    call_args(&tmp, open, /*allow_genexp=*/false);
    s->bases = std::move(tmp.args);
    s->keywords = std::move(tmp.keywords);
  }
  expect_colon();
  s->body = block("class definition", kw.lineno);
  s->name = std::string(name.text);
  s->decorator_list = std::move(decorators);
  s->end_lineno = block_end().end_lineno;
  s->end_col_offset = block_end().end_col_offset;
  return s;
}

Arg* Parser::param(bool lambda, bool star_annotation) {
  const Token& n = expect_identifier();
  Arg* a = make<Arg>(loc(n), loc(n));
  a->arg = std::string(n.text);
  if (!lambda && accept_op(":")) {
    if (star_annotation && at_op("*")) {
      const Token& st = next();
      Expr* v = bitwise_or();
      Starred* s = make_span<Starred>(st);
      s->value = v;
      s->ctx = ExprContext::Load;
      a->annotation = s;
    } else {
      a->annotation = expression();
    }
    a->end_lineno = prev().end_lineno;
    a->end_col_offset = prev().end_col;
  }
  return a;
}

// The parameter list of a def (closer ")") or lambda (closer ":").
Arguments* Parser::parameters(bool lambda, std::string_view closer) {
  Arguments* args = arena_.make<Arguments>();
  bool seen_star = false, seen_slash = false, seen_default = false;
  while (!at_op(closer)) {
    const Token& t = peek();
    if (t.is_op("/")) {
      if (seen_slash) fail_token("/ may appear only once", t);
      if (seen_star) fail_token("/ must be ahead of *", t);
      if (args->args.empty()) {
        if (peek(1).is_op(",")) fail_token("at least one argument must precede /", t);
        fail_token("invalid syntax", t);
      }
      next();
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (t.is_op("*")) {
      if (seen_star) fail_token("* argument may appear only once", t);
      next();
      seen_star = true;
      if (at_op(",") || at_op(closer)) {
        // Bare `*`: keyword-only parameters must follow.
        if (at_op(closer) || peek(1).is_op(closer) || peek(1).is_op("**")) {
          // def: at the '*'; lambda: at the token after it (CPython's two rules differ).
          if (lambda) fail_last("named arguments must follow bare *");
          fail_token("named arguments must follow bare *", t);
        }
      } else {
        args->vararg = param(lambda, true);
        if (at_op("=")) fail_token("var-positional argument cannot have default value", peek());
      }
    } else if (t.is_op("**")) {
      next();
      args->kwarg = param(lambda, false);
      if (at_op("=")) fail_token("var-keyword argument cannot have default value", peek());
      if (accept_op(",")) {
        if (!at_op(closer)) fail_token("arguments cannot follow var-keyword argument", peek());
      }
      if (!at_op(closer)) fail_generic();
      break;
    } else {
      if (t.is_op("(")) {
        // `def f((a, b)):` — Python 2 tuple parameters.
        size_t far = furthest_;
        size_t k = 1;
        while (peek(k).kind == TokenKind::Name && !is_keyword(peek(k).text)) {
          k++;
          if (!peek(k).is_op(",")) break;
          k++;
        }
        if (k > 1 && peek(k).is_op(")"))
          fail_range(lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized",
                     loc(t), loc(peek(k)));
        furthest_ = far;
        fail_generic();
      }
      Arg* a = param(lambda, false);
      Expr* def = nullptr;
      size_t def_tok = 0;
      if (at_op("=")) {
        const Token& eq = next();
        if (at_op(",") || at_op(closer)) fail_token("expected default value expression", eq);
        def_tok = pos_;
        def = expression();
        if (!at_op(",") && !at_op(closer)) fail_after_element(def_tok, def);
      }
      if (seen_star) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(def);
        } else if (seen_default && (at_op(",") || at_op(closer))) {
          fail_range("non-default argument follows default argument", *a, *a);
        }
        args->args.push_back(a);
      }
    }
    if (!accept_op(",")) break;
  }
  if (!at_op(closer)) fail_generic();
  return args;
}

// ------------------------------------------------------------- simple --

Stmt* Parser::simple_stmt() {
  const Token& t = peek();
  if (t.kind == TokenKind::Name) {
    std::string_view k = t.text;
    if (k == "pass") {
      next();
      return make<Pass>(loc(t), loc(t));
    }
    if (k == "break") {
      next();
      return make<Break>(loc(t), loc(t));
    }
    if (k == "continue") {
      next();
      return make<Continue>(loc(t), loc(t));
    }
    if (k == "return") {
      next();
      Return* s = make<Return>(loc(t), loc(t));
      if (peek().kind != TokenKind::Newline && !at_op(";")) {
        s->value = star_expressions();
        s->end_lineno = prev().end_lineno;
        s->end_col_offset = prev().end_col;
      }
      return s;
    }
    if (k == "raise") {
      next();
      Raise* s = make<Raise>(loc(t), loc(t));
      if (peek().kind != TokenKind::Newline && !at_op(";")) {
        s->exc = expression();
        if (accept_name("from")) s->cause = expression();
        s->end_lineno = prev().end_lineno;
        s->end_col_offset = prev().end_col;
      }
      return s;
    }
    if (k == "global" || k == "nonlocal") {
      next();
      std::vector<std::string> names;
      for (;;) {
        names.push_back(std::string(expect_identifier().text));
        if (!accept_op(",")) break;
      }
      if (k == "global") {
        Global* s = make<Global>(loc(t), loc(prev()));
        s->names = std::move(names);
        return s;
      }
      Nonlocal* s = make<Nonlocal>(loc(t), loc(prev()));
      s->names = std::move(names);
      return s;
    }
    if (k == "del") {
      next();
      Delete* s = make<Delete>(loc(t), loc(t));
      for (;;) {
        // Invalid targets are reported whatever follows (CPython's invalid_del_stmt).
        Expr* e = at_op("*") ? star_target_item() : expression();
        set_store(e, ExprContext::Del);
        if (!(at_op(",") || at_op(";") || peek().kind == TokenKind::Newline)) fail_generic();
        s->targets.push_back(e);
        if (!accept_op(",")) break;
        if (at_op(";") || peek().kind == TokenKind::Newline) break;
      }
      s->end_lineno = prev().end_lineno;
      s->end_col_offset = prev().end_col;
      return s;
    }
    if (k == "assert") {
      next();
      Assert* s = make<Assert>(loc(t), loc(t));
      s->test = expression();
      if (accept_op(",")) s->msg = expression();
      s->end_lineno = prev().end_lineno;
      s->end_col_offset = prev().end_col;
      return s;
    }
    if (k == "import") return import_stmt();
    if (k == "from") return from_import_stmt();
  }
  return expr_or_assign_stmt();
}

Stmt* Parser::import_stmt() {
  const Token& kw = next();
  Import* s = make<Import>(loc(kw), loc(kw));
  for (;;) {
    const Token& first = expect_identifier();
    std::string name(first.text);
    while (accept_op(".")) name += "." + std::string(expect_identifier().text);
    Alias* a = make<Alias>(loc(first), loc(prev()));
    a->name = std::move(name);
    if (accept_name("as")) {
      a->asname = std::string(expect_identifier().text);
      a->has_asname = true;
      a->end_lineno = prev().end_lineno;
      a->end_col_offset = prev().end_col;
    }
    s->names.push_back(a);
    if (!accept_op(",")) break;
  }
  s->end_lineno = prev().end_lineno;
  s->end_col_offset = prev().end_col;
  return s;
}

Stmt* Parser::from_import_stmt() {
  const Token& kw = next();
  ImportFrom* s = make<ImportFrom>(loc(kw), loc(kw));
  for (;;) {
    if (accept_op(".")) {
      s->level += 1;
    } else if (accept_op("...")) {
      s->level += 3;
    } else {
      break;
    }
  }
  if (!at_name("import") || s->level == 0) {
    std::string name(expect_identifier().text);
    while (accept_op(".")) name += "." + std::string(expect_identifier().text);
    s->module = std::move(name);
    s->has_module = true;
  }
  expect_name("import");
  if (at_op("*")) {
    const Token& st = next();
    Alias* a = make<Alias>(loc(st), loc(st));
    a->name = "*";
    s->names.push_back(a);
  } else {
    bool paren = accept_op("(");
    for (;;) {
      const Token& n = expect_identifier();
      Alias* a = make<Alias>(loc(n), loc(n));
      a->name = std::string(n.text);
      if (accept_name("as")) {
        a->asname = std::string(expect_identifier().text);
        a->has_asname = true;
        a->end_lineno = prev().end_lineno;
        a->end_col_offset = prev().end_col;
      }
      s->names.push_back(a);
      if (!accept_op(",")) break;
      if (paren && at_op(")")) break;
      if (!paren && peek().kind == TokenKind::Newline)
        fail_last("trailing comma not allowed without surrounding parentheses");
    }
    if (paren) expect_op(")");
  }
  s->end_lineno = prev().end_lineno;
  s->end_col_offset = prev().end_col;
  return s;
}

// Augmented-assignment operators.
static bool aug_op(std::string_view t, OperatorKind* op) {
  static const std::pair<std::string_view, OperatorKind> ops[] = {
      {"+=", OperatorKind::Add},     {"-=", OperatorKind::Sub},       {"*=", OperatorKind::Mult},
      {"@=", OperatorKind::MatMult}, {"/=", OperatorKind::Div},       {"%=", OperatorKind::Mod},
      {"&=", OperatorKind::BitAnd},  {"|=", OperatorKind::BitOr},     {"^=", OperatorKind::BitXor},
      {"<<=", OperatorKind::LShift}, {">>=", OperatorKind::RShift},   {"**=", OperatorKind::Pow},
      {"//=", OperatorKind::FloorDiv}};
  for (auto& [s, k] : ops)
    if (s == t) {
      *op = k;
      return true;
    }
  return false;
}

static bool is_const_kind(const Expr* e, ConstantValue::Kind k) {
  return e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->value.kind == k;
}

// Expressions the `bitwise_or` rule can produce (CPython's "here. Maybe you
// meant '=='" hint applies only to those).
static bool bitwise_or_level(const Expr* e) {
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

static bool valid_target(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
      return true;
    case ExprKind::Starred:
      return valid_target(static_cast<const Starred*>(e)->value);
    case ExprKind::Tuple:
      for (auto* x : static_cast<const Tuple*>(e)->elts)
        if (!valid_target(x)) return false;
      return true;
    case ExprKind::List:
      for (auto* x : static_cast<const List*>(e)->elts)
        if (!valid_target(x)) return false;
      return true;
    default:
      return false;
  }
}

// CPython's hint for `1 = x` / `f() = 1` / `a, 1 = x` / `(yield) = 1`: the
// (last element of the) first target, when `= <bitwise_or>` follows without
// a further '=' or ':='. Raises the hint or returns.
void Parser::first_target_hint(Expr* first, const Token& start, bool starts_paren, size_t first_eq) {
  bool bare_tuple = first->kind == ExprKind::Tuple && !starts_paren;
  Expr* last_elt = bare_tuple ? static_cast<Tuple*>(first)->elts.back() : first;
  if (last_elt->kind == ExprKind::Name) {
    // `NAME = bitwise_or` with no '=' / ':=' after (the NAME alternative).
    size_t idx = token_index_of(*last_elt);
    if (!toks_[idx].is_op("(") && idx + 1 < toks_.size() && toks_[idx + 1].is_op("=")) {
      size_t save = pos_, save_far = furthest_;
      pos_ = idx + 1;
      Expr* rhs = nullptr;
      bool hint = probe([&] {
        next();
        rhs = bitwise_or();
        if (at_op("=") || at_op(":=")) fail_generic();
      });
      pos_ = save;
      furthest_ = save_far;
      if (hint) fail_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", *last_elt, *rhs);
    }
    return;
  }

  bool grouped = starts_paren && last_elt == first && (first->lineno != start.lineno || first->col_offset != start.col);
  // The shape is all that matters here, not whether it is a valid target.
  if (!(grouped || bitwise_or_level(last_elt))) return;
  if (!grouped && (last_elt->kind == ExprKind::List || last_elt->kind == ExprKind::Tuple ||
                   last_elt->kind == ExprKind::GeneratorExp || is_const_kind(last_elt, ConstantValue::Kind::True) ||
                   is_const_kind(last_elt, ConstantValue::Kind::False) ||
                   is_const_kind(last_elt, ConstantValue::Kind::None)))
    return;
  size_t save = pos_, save_far = furthest_;
  pos_ = first_eq;
  bool hint = probe([&] {
    next();
    bitwise_or();
    if (at_op("=") || at_op(":=")) fail_generic();
  });
  pos_ = save;
  furthest_ = save_far;
  if (hint)
    fail_range(std::string("cannot assign to ") + expr_name(last_elt) + " here. Maybe you meant '==' instead of '='?",
               *last_elt, *last_elt);
}

Stmt* Parser::expr_or_assign_stmt() {
  const Token& start = peek();
  size_t start_index = pos_;
  bool starts_paren = start.is_op("(");
  Expr* first = at_name("yield") ? yield_expr() : star_expressions();

  if (at_op(":=") && first->kind != ExprKind::Name && first->kind != ExprKind::Tuple) {
    size_t far = furthest_;
    bool value_follows = starts_expression(peek(1));
    furthest_ = far;
    if (value_follows)
      fail_range(std::string("cannot use assignment expressions with ") + expr_name(first), *first, *first);
  }

  if (at_op(":")) {
    // Annotated assignment. CPython reports a bad target only when a valid
    // annotation follows.
    bool target_ok =
        first->kind == ExprKind::Name || first->kind == ExprKind::Attribute || first->kind == ExprKind::Subscript;
    if (!target_ok) {
      if (first->kind == ExprKind::Starred) fail_generic();
      size_t save = pos_;
      next();
      bool annotated = probe_expression();
      pos_ = save;
      if (!annotated) fail_generic();
      if (first->kind == ExprKind::Tuple) fail_range("only single target (not tuple) can be annotated", *first, *first);
      if (first->kind == ExprKind::List) fail_range("only single target (not list) can be annotated", *first, *first);
      fail_range("illegal target for annotation", *first, *first);
    }
    next();
    AnnAssign* s = make<AnnAssign>(loc(start), loc(start));
    s->lineno = start.lineno;
    s->col_offset = start.col;
    s->target = first;
    set_store(first, ExprContext::Store);
    s->annotation = expression();
    s->simple = first->kind == ExprKind::Name && !starts_paren;
    if (accept_op("=")) s->value = at_name("yield") ? yield_expr() : star_expressions();
    s->end_lineno = prev().end_lineno;
    s->end_col_offset = prev().end_col;
    return s;
  }

  OperatorKind op;
  if (peek().kind == TokenKind::Op && aug_op(peek().text, &op)) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
      fail_range(std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment", *first,
                 *first);
    next();
    set_store(first, ExprContext::Store);
    AugAssign* s = make<AugAssign>(loc(start), loc(start));
    s->target = first;
    s->op = op;
    s->value = at_name("yield") ? yield_expr() : star_expressions();
    s->end_lineno = prev().end_lineno;
    s->end_col_offset = prev().end_col;
    return s;
  }

  if (at_op("=")) {
    size_t first_eq = pos_;
    std::vector<Expr*> exprs{first};
    while (at_op("=")) {
      Expr* target = exprs.back();
      bool is_yield = target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom;
      if (!valid_target(target)) {
        first_target_hint(first, start, starts_paren, first_eq);
        if (is_yield) fail_range("assignment to yield expression not possible", *target, *target);
        set_store(target, ExprContext::Store);  // raises "cannot assign to ..."
      }
      next();
      exprs.push_back(at_name("yield") ? yield_expr() : star_expressions());
    }
    for (size_t i = 0; i + 1 < exprs.size(); i++) set_store(exprs[i], ExprContext::Store);
    Assign* s = make_span<Assign>(start);
    s->value = exprs.back();
    exprs.pop_back();
    s->targets = std::move(exprs);
    return s;
  }

  // `NAME <expression>`: CPython's invalid_legacy_expression parses the rest
  // (with its own hints) and names Python 2's `print x` / `exec x`.
  // The rule nests along a run of names (`Without arguments print x`).
  if (first->kind == ExprKind::Name && pos_ == start_index + 1 && starts_expression(peek()) && !at_op("(")) {
    size_t save = pos_, save_far = furthest_;
    for (size_t i = start_index; i + 1 < toks_.size(); i++) {
      const Token& name = toks_[i];
      const Token& after = toks_[i + 1];
      if (name.kind != TokenKind::Name || is_keyword(name.text)) break;
      if (!starts_expression(after) || after.is_op("(")) break;
      if (name.text == "print" || name.text == "exec") {
        pos_ = i + 1;
        Expr* rest = nullptr;
        if (probe([&] { rest = star_expressions(); })) {
          std::string id(name.text);
          fail_range("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", loc(name), *rest);
        }
      }
    }
    pos_ = save;
    furthest_ = save_far;
  }
  ExprStmt* s = make_span<ExprStmt>(start);
  s->value = first;
  return s;
}

// --------------------------------------------------------------- entry --

ParseResult parse(std::string_view source, const std::string& filename, ast::Module::Kind mode) {
  ParseResult r;
  r.arena = std::make_unique<ast::Arena>();
  std::unique_ptr<TokenStream> ts = tokenize(source, filename);
  Parser p(*ts, *r.arena, filename);
  try {
    r.module = p.parse_file(mode);
  } catch (ParseError& e) {
    p.apply_late_tokenizer_errors(e);
    r.module = nullptr;
    r.error = std::move(e.info);
  }
  return r;
}

}  // namespace pystm::frontend
