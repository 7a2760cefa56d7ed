// runtime/frontend/parser_impl.h — the recursive-descent parser's internals.
// Owns: the Parser class shared by parser.cpp (statements), parser_expr.cpp
// (expressions, targets), parser_strings.cpp (literals, f-strings) and
// parser_match.cpp (patterns). Must never: be included outside
// runtime/frontend/ (the public entry point is parser.h).
//
// Syntax errors unwind with a ParseError exception: they are not a hot path,
// and unwinding keeps every rule free of error plumbing.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"
#include "runtime/frontend/token.h"
#include "runtime/frontend/tokenizer.h"

namespace pystm::frontend {

struct ParseError {
  SyntaxErrorInfo info;
  bool generic = false;  // "invalid syntax" (a speculative parse may swallow it)
  // Tokenizer errors and unexpected indent/unindent are final; any other
  // error yields to a tokenizer error later in the file (see parse()).
  bool final = false;
};

class Parser {
 public:
  Parser(TokenStream& ts, ast::Arena& arena, std::string filename)
      : ts_(ts), toks_(ts.tokens), arena_(arena), filename_(std::move(filename)) {}

  ast::Module* parse_file(ast::Module::Kind mode);

  // ---- token access (parser.cpp) ----
  const Token& peek(size_t k = 0);
  const Token& next();
  const Token& prev() const { return toks_[pos_ - 1]; }
  bool at_op(std::string_view op) { return peek().is_op(op); }
  bool at_name(std::string_view kw) { return peek().is_name(kw); }
  bool accept_op(std::string_view op);
  bool accept_name(std::string_view kw);
  const Token& expect_op(std::string_view op);
  const Token& expect_name(std::string_view kw);
  const Token& expect_identifier();
  bool at_identifier();   // a NAME that is not a keyword

  // ---- errors ----
  [[noreturn]] void fail_generic();
  SyntaxErrorInfo unclosed_bracket_error();
  void apply_late_tokenizer_errors(ParseError& e);
  [[noreturn]] void fail_range(const std::string& msg, const ast::Location& a, const ast::Location& b,
                               SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Kind::SyntaxError);
  [[noreturn]] void fail_token(const std::string& msg, const Token& t,
                               SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Kind::SyntaxError);
  [[noreturn]] void fail_last(const std::string& msg);  // at the last token fetched
  [[noreturn]] void fail_info(SyntaxErrorInfo info);
  SyntaxErrorInfo make_error(const std::string& msg, int lineno, int col, int end_lineno, int end_col,
                             SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::Kind::SyntaxError);

  // ---- node construction ----
  template <class T, class... A>
  T* make(const ast::Location& start, const ast::Location& end, A&&... a) {
    T* n = arena_.make<T>(std::forward<A>(a)...);
    n->lineno = start.lineno;
    n->col_offset = start.col_offset;
    n->end_lineno = end.end_lineno;
    n->end_col_offset = end.end_col_offset;
    return n;
  }
  static ast::Location loc(const Token& t) { return {t.lineno, t.col, t.end_lineno, t.end_col}; }
  // From the first token of a rule to the last token consumed (CPython's EXTRA).
  ast::Location span(const Token& start) const { return {start.lineno, start.col, prev().end_lineno, prev().end_col}; }
  template <class T, class... A>
  T* make_span(const Token& start, A&&... a) {
    ast::Location l = span(start);
    return make<T>(l, l, std::forward<A>(a)...);
  }
  template <class T>
  T* finish(T* n, const Token& start) {
    ast::Location l = span(start);
    n->lineno = l.lineno;
    n->col_offset = l.col_offset;
    n->end_lineno = l.end_lineno;
    n->end_col_offset = l.end_col_offset;
    return n;
  }

  // ---- statements (parser.cpp) ----
  std::vector<ast::Stmt*> statements_until_dedent();
  void statement(std::vector<ast::Stmt*>& out);
  void simple_stmts(std::vector<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* compound_stmt();
  std::vector<ast::Stmt*> block(const std::string& what, int line);
  ast::Location block_end() const;
  void expect_colon();
  void expect_forced_colon();
  ast::Stmt* expr_or_assign_stmt();
  void first_target_hint(ast::Expr* first, const Token& start, bool starts_paren, size_t first_eq);
  ast::Stmt* import_stmt();
  ast::Stmt* from_import_stmt();
  ast::Stmt* if_stmt(bool elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(const Token* async_tok);
  ast::Stmt* with_stmt(const Token* async_tok);
  ast::Stmt* try_stmt();
  ast::Stmt* funcdef(std::vector<ast::Expr*> decorators, const Token* async_tok);
  ast::Stmt* classdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* decorated();
  ast::Arguments* parameters(bool lambda, std::string_view closer);
  ast::Arg* param(bool lambda, bool star_annotation);
  ast::Stmt* match_stmt();

  // ---- expressions (parser_expr.cpp) ----
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression(bool eq_hint = true);
  ast::Expr* expression();
  ast::Expr* expressions();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* binary(int level);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* atom();
  ast::Expr* lambdef();
  ast::Expr* yield_expr();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  void check_dict_value(const Token& colon);
  ast::Expr* slices();
  ast::Expr* slice_item();
  void call_args(ast::Call* call, const Token& open, bool allow_genexp = true);
  std::vector<ast::Comprehension*> for_if_clauses();
  ast::Expr* star_targets();   // for-loop and comprehension targets
  ast::Expr* star_target_item();
  bool starts_expression(const Token& t);
  [[noreturn]] void fail_after_element(size_t first_tok, ast::Expr* first);
  [[noreturn]] void fail_unexpected();
  // Whether some expression (the longest that parses, as PEG would) starts here.
  bool probe_expression(ast::Expr** out = nullptr);
  size_t token_index_of(const ast::Location& l) const;

  // Runs `f` for its errors only: the position is always restored; returns
  // whether it parsed.
  // Like CPython's *_without_invalid rules, only tokenizer errors escape.
  template <class F>
  bool probe(F&& f) {
    if (over_budget()) return false;
    spec_work_ += 32;  // a failing probe costs an exception, not just tokens
    size_t save = pos_, save_far = furthest_;
    bool ok = true;
    Speculating scope(*this);
    try {
      f();
    } catch (ParseError& e) {
      if (e.final) throw;
      ok = false;
    }
    pos_ = save;
    furthest_ = save_far;
    return ok;
  }

  // Speculative parses nest (a probe fails inside a probe ...) and could
  // take exponential time on broken input; past a budget proportional to the
  // file they simply fail, so error hints degrade to "invalid syntax".
  class Speculating {
   public:
    explicit Speculating(Parser& p) : p_(p) { ++p_.spec_depth_; }
    ~Speculating() { --p_.spec_depth_; }

   private:
    Parser& p_;
  };
  bool over_budget() const { return spec_work_ > 64 * toks_.size() + 20000; }
  size_t spec_depth_ = 0;
  size_t spec_work_ = 0;

  // Runs `f` speculatively: on a generic failure restores the position and
  // returns false; specific errors propagate.
  // `grammar`: a choice the grammar itself needs (not an error hint), so
  // never cut off by the speculation budget.
  template <class F>
  bool attempt(F&& f, bool grammar = false) {
    if (!grammar && over_budget()) return false;
    spec_work_ += 32;
    size_t save = pos_, save_far = furthest_;
    Speculating scope(*this);
    try {
      f();
      return true;
    } catch (ParseError& e) {
      if (!e.generic) throw;
      pos_ = save;
      furthest_ = save_far;
      return false;
    }
  }

  // Sets ctx on a target; raises CPython's "cannot assign to ..." otherwise.
  void set_store(ast::Expr* e, ast::ExprContext ctx, bool top = true);
  static const char* expr_name(const ast::Expr* e);
  ast::Expr* invalid_target(ast::Expr* e, ast::ExprContext ctx);

  // ---- literals (parser_strings.cpp) ----
  ast::Expr* number(const Token& t);
  ast::Expr* strings();
  size_t fstring_body(std::string_view body, int line, int col, bool raw, int depth,
                    std::vector<ast::Expr*>& parts, std::string& pending, const ast::Location& whole,
                    const ast::Location& token_loc);
  ast::Expr* fstring_expression(std::string_view text, int line, int col);
  std::string decode_literal(std::string_view body, bool bytes, bool raw);

  // ---- patterns (parser_match.cpp) ----
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Expr* signed_number();
  ast::Expr* pattern_value_expr();
  ast::Pattern* class_pattern(ast::Expr* cls);

  // Bounds the recursion of unbracketed chains (`- - - x`, `not not x`,
  // `a if b else c if ...`, `lambda: lambda: ...`); brackets are bounded by
  // the tokenizer and blocks by the indentation limit.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxDepth) p_.fail_too_deep();
    }
    ~DepthGuard() { --p_.depth_; }

   private:
    Parser& p_;
  };
  static constexpr int kMaxDepth = 3000;
  [[noreturn]] void fail_too_deep();
  int depth_ = 0;

  TokenStream& ts_;
  std::vector<Token>& toks_;
  ast::Arena& arena_;
  std::string filename_;
  size_t pos_ = 0;
  size_t furthest_ = 0;      // furthest token looked at (restored after speculation)
  size_t max_fetched_ = 0;   // furthest token ever looked at
  int fstring_depth_ = 0;
  bool fstring_u_ = false;  // the literal being parsed started with a u prefix
  const Token* match_missing_colon_ = nullptr;
  std::optional<ParseError> match_error_;  // a specific error from a failed `match` attempt
};

// Decimal digits of an unsigned integer literal in base 2, 8 or 16 (no prefix, no underscores).
std::string digits_to_decimal(std::string_view digits, int base);

}  // namespace pystm::frontend
