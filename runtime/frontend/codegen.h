// runtime/frontend/codegen.h — the code generator's internal interface: one
// Codegen walks the AST with the symbol table and fills a CodeUnit per scope.
// Split by concern: codegen.cpp (units, names, constants, functions, classes,
// comprehensions), codegen_statements.cpp, codegen_expressions.cpp,
// codegen_patterns.cpp (match), codegen_exception_groups.cpp (except*).
// Must never: be included outside runtime/frontend, or
// touch the heap. Shapes follow CPython 3.11 (see opcodes.def for semantics).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/bytecode/binary_op.h"
#include "runtime/bytecode/code_unit.h"
#include "runtime/bytecode/opcodes.h"
#include "runtime/frontend/code_builder.h"
#include "runtime/frontend/compile_warnings.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/symtable.h"

namespace pystm::frontend {

using bytecode::Opcode;

// Nesting deeper than this is rejected like CPython's "maximum recursion
// depth exceeded during compilation" (a RecursionError there).
inline constexpr int kMaxNestingDepth = 3000;

struct DepthGuard {
  explicit DepthGuard(int* d) : d_(d) { ++*d_; }
  ~DepthGuard() { --*d_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  int* d_;
};

// A block of the statement nesting that `return`, `break` and `continue` must
// unwind (CPython's "frame blocks").
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
  HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
  FBlock() = default;
  explicit FBlock(FBlockKind k, Label b = {}, Label e = {}) : kind(k), block(b), exit(e) {}
  FBlockKind kind = FBlockKind::WhileLoop;
  Label block;                                     // loop: continue target
  Label exit;                                      // loop: break target
  const std::vector<ast::Stmt*>* finalbody = nullptr;  // FinallyTry / FinallyEnd
  const ast::Node* node = nullptr;                 // With: for positions
  std::string name;                                // HandlerCleanup: bound name
  bool has_name = false;
};

struct CodegenUnit {
  Scope* scope = nullptr;
  std::shared_ptr<bytecode::CodeUnit> code;
  CodeBuilder b;
  std::map<std::string, int> const_index;
  std::unordered_map<std::string, int> name_index, varname_index, cell_index;
  std::vector<FBlock> fblocks;
  std::string private_name;   // class name for mangling ("" outside classes)
  bool is_async_function = false;
};

class Codegen {
 public:
  Codegen(const SymbolTable& st, const std::string& filename, std::string_view source, int optimize)
      : st_(st), filename_(filename), source_(source), optimize_(optimize) {}

  CompileResult run(const ast::Module& module);

  // --- units (codegen.cpp) ---
  void enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstlineno);
  std::shared_ptr<bytecode::CodeUnit> leave_unit();
  std::string qualname_for(const std::string& name, bool is_def_or_class) const;
  CodeBuilder& b() { return u_->b; }

  // --- errors ---
  bool error(const std::string& msg, const ast::Location& loc);
  bool failed() const { return failed_; }
  // The location of the instruction being emitted (for errors CPython
  // reports wherever its compiler currently is).
  ast::Location here() {
    bytecode::Position p = b().position();
    return ast::Location{p.lineno, p.col_offset, p.end_lineno, p.end_col_offset};
  }

  // --- operands ---
  int add_const(const bytecode::Constant& c);
  int add_literal(const ast::ConstantValue& v);
  int add_name(const std::string& name);
  int add_varname(const std::string& name);
  int cell_index(const std::string& name);
  void load_const(const ast::ConstantValue& v) { b().emit(Opcode::LOAD_CONST, add_literal(v)); }
  void load_none();
  void load_str(const std::string& s);
  std::string mangle(const std::string& name) const;

  // --- positions ---
  void set_loc(const ast::Location& l);

  // --- names ---
  void name_op(const std::string& name, ast::ExprContext ctx);

  // --- definitions (codegen.cpp) ---
  void function_def(const ast::FunctionDef* f);
  void class_def(const ast::ClassDef* c);
  void lambda(const ast::Lambda* l);
  void comprehension(const ast::Expr* e);
  void make_closure(const std::shared_ptr<bytecode::CodeUnit>& code, uint32_t flags);
  bool defaults(const ast::Arguments* a, uint32_t* flags);
  bool annotations(const ast::Arguments* a, const ast::Expr* returns, uint32_t* flags);
  void annotation_value(const ast::Expr* e);
  void body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_class, bool is_module);
  bool check_debug_args(const ast::Arguments* a);
  void apply_decorators(const std::vector<ast::Expr*>& decorators);

  // --- statements (codegen_statements.cpp) ---
  void stmt(const ast::Stmt* s);
  void stmts(const std::vector<ast::Stmt*>& body);
  void assign_target(const ast::Expr* target);
  void unpack_into(const std::vector<ast::Expr*>& elts, const ast::Expr* node);
  void return_stmt(const ast::Return* r);
  void break_continue(const ast::Stmt* s, bool is_break);
  void for_stmt(const ast::For* f);
  void async_for_stmt(const ast::For* f);
  void while_stmt(const ast::While* w);
  void if_stmt(const ast::If* i);
  void with_stmt(const ast::With* w, size_t item);
  void try_stmt(const ast::Try* t);
  void try_except(const ast::Try* t);
  void try_finally(const ast::Try* t);
  void try_star(const ast::Try* t);
  void try_star_except(const ast::Try* t);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void raise_stmt(const ast::Raise* r);
  void assert_stmt(const ast::Assert* a);
  void aug_assign(const ast::AugAssign* a);
  void ann_assign(const ast::AnnAssign* a);
  void delete_target(const ast::Expr* e);
  void match_stmt(const ast::Match* m);
  void push_fblock(FBlock f) {
    // CPython's static limit on nesting (CO_MAXBLOCKS).
    if (u_->fblocks.size() >= 20) error("too many statically nested blocks", stmt_loc_);
    u_->fblocks.push_back(std::move(f));
  }
  void pop_fblock() { u_->fblocks.pop_back(); }
  // Emits the cleanup of fblocks from the innermost outwards; stops at (and
  // leaves) the innermost loop when `loop` is set.
  bool unwind_fblock_stack(bool preserve_tos, FBlock* loop);
  void unwind_fblock(const FBlock& f, bool preserve_tos);
  void call_exit_with_nones();
  void with_except_finish(Label cleanup, bool is_async);
  void pop_except_and_reraise();

  // --- expressions (codegen_expressions.cpp) ---
  void expr(const ast::Expr* e);
  void expr_inner(const ast::Expr* e);
  void jump_if(const ast::Expr* e, Label target, bool cond);
  void call(const ast::Call* c);
  // Calls the callable already on the stack (with self_or_NULL) plus `n`
  // positional items already pushed.
  void call_helper(int n, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& keywords,
                   const ast::Node* node);
  void starred_sequence(const std::vector<ast::Expr*>& elts, Opcode build, Opcode add, Opcode extend,
                        int pushed);
  void display(const std::vector<ast::Expr*>& elts, ast::ExprKind kind);
  void dict_display(const ast::Dict* d);
  void compare(const ast::Compare* c);
  void compare_op(ast::CmpOpKind op);
  void boolop(const ast::BoolOp* b);
  void add_yield_from(bool await);
  void await_check(const ast::Expr* e);
  void joined_str(const ast::JoinedStr* j);
  void formatted_value(const ast::FormattedValue* f);
  void comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t index, int depth,
                               const ast::Expr* elt, const ast::Expr* val, ast::ExprKind kind);
  bool validate_keywords(const std::vector<ast::Keyword*>& keywords);

  // Constant folding: the value of `e` when it is a compile-time constant.
  std::optional<bytecode::Constant> fold(const ast::Expr* e);
  std::optional<bool> const_truth(const ast::Expr* e);
  std::optional<bytecode::Constant> fold_sequence(const std::vector<ast::Expr*>& elts, bool as_set);
  bool constant_container(const ast::Expr* e);

  // --- patterns (codegen_patterns.cpp) ---
  // While a pattern is matched, captured values wait on the stack (newest
  // deepest) until the whole pattern succeeded; `on_top` items sit above
  // them; failing with n items to drop jumps to fail_pop[n].
  struct PatternContext {
    std::vector<std::string> stores;
    bool allow_irrefutable = false;
    std::vector<Label> fail_pop;
    int on_top = 0;
  };
  void pattern(const ast::Pattern* p, PatternContext* pc);
  void pattern_subpattern(const ast::Pattern* p, PatternContext* pc);
  void pattern_store_name(const std::string* name, const ast::Node* where, PatternContext* pc);
  void pattern_rotate(int count);
  void jump_to_fail_pop(PatternContext* pc, Opcode op);
  void ensure_fail_pop(PatternContext* pc, size_t n);
  void emit_and_reset_fail_pop(PatternContext* pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext* pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext* pc);
  void pattern_class(const ast::MatchClass* p, PatternContext* pc);
  void pattern_or(const ast::MatchOr* p, PatternContext* pc);
  void swap_depths(int a, int b);

  const SymbolTable& st_;
  std::string filename_;
  std::string_view source_;
  int optimize_;
  bool future_annotations_ = false;
  bool interactive_ = false;
  std::vector<std::unique_ptr<CodegenUnit>> units_;
  CodegenUnit* u_ = nullptr;
  bool failed_ = false;
  SyntaxErrorInfo error_;
  std::vector<CompileWarning> warnings_;  // compile-time SyntaxWarnings, in order
  void warn(const ast::Location& at, std::optional<std::string> message) {
    if (message) warnings_.push_back({at, std::move(*message)});
  }
  std::string internal_error_;
  ast::Location stmt_loc_;   // the statement being compiled
  int depth_ = 0;            // expression / statement nesting
};

std::string constant_key(const bytecode::Constant& c);
bytecode::Constant literal_constant(const ast::ConstantValue& v);

}  // namespace pystm::frontend
