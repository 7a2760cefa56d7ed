// runtime/frontend/ast.h — the abstract syntax tree of Python 3.11.
// Owns: one C++ struct per node of CPython 3.11's Parser/Python.asdl, with the
// same names and fields, and the arena that owns them. Must never: touch the
// heap (nodes live in malloc memory owned by an Arena; the compiler turns them
// into heap objects) or depend on the interpreter.
//
// Every node carries lineno/col_offset/end_lineno/end_col_offset (1-based
// lines, 0-based UTF-8 byte columns, as in CPython). Optional children are
// null pointers; sequences are std::vector. Identifiers are UTF-8 std::string.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pystm::ast {

struct Location {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct Node : Location {
  virtual ~Node() = default;
};

// Owns every node of one parse; nodes are freed with the arena.
class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  // Nodes in creation order (the parser re-positions f-string sub-trees).
  size_t size() const { return nodes_.size(); }
  Node* at(size_t i) const { return nodes_[i].get(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr;
struct Stmt;
struct Pattern;

// The value of a Constant node. Integers keep their decimal digits when they
// do not fit in int64 (the compiler makes a big int of them).
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  int64_t int_value = 0;
  double float_value = 0;   // Float, and the imaginary part of Complex
  std::string text;         // Str (UTF-8), Bytes (raw bytes), BigInt (decimal digits, no sign)
};

// --- expressions ------------------------------------------------------------
enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  const ExprKind kind;
};

struct Keyword : Node {       // keyword(identifier? arg, expr value); arg empty for **kwargs
  std::string arg;
  bool has_arg = false;
  Expr* value = nullptr;
};

struct Arg : Node {           // arg(identifier arg, expr? annotation, string? type_comment)
  std::string arg;
  Expr* annotation = nullptr;
};

struct Arguments : Node {     // arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; null where no default
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;     // defaults of the last positional parameters
};

struct Comprehension : Node { // comprehension(expr target, expr iter, expr* ifs, int is_async)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op{}; std::vector<Expr*> values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left = nullptr; OperatorKind op{}; Expr* right = nullptr; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op{}; Expr* operand = nullptr; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args = nullptr; Expr* body = nullptr; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
// Dict: a null key means `**value` unpacking.
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} std::vector<Expr*> keys; std::vector<Expr*> values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} std::vector<Expr*> elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value = nullptr; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value = nullptr; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left = nullptr; std::vector<CmpOpKind> ops; std::vector<Expr*> comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func = nullptr; std::vector<Expr*> args; std::vector<Keyword*> keywords; };
// conversion: -1 none, 's', 'r', 'a'
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} std::vector<Expr*> values; };
// kind_u: the string literal had a 'u' prefix (ast's Constant.kind == "u").
struct Constant : Expr { Constant() : Expr(ExprKind::Constant) {} ConstantValue value; bool kind_u = false; };
struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value = nullptr; std::string attr; ExprContext ctx{}; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx{}; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value = nullptr; ExprContext ctx{}; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx{}; };
struct List : Expr { List() : Expr(ExprKind::List) {} std::vector<Expr*> elts; ExprContext ctx{}; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} std::vector<Expr*> elts; ExprContext ctx{}; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// --- patterns (match statement) ---------------------------------------------
enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};
struct Pattern : Node { explicit Pattern(PatternKind k) : kind(k) {} const PatternKind kind; };
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value = nullptr; };
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstantValue value; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} std::vector<Pattern*> patterns; };
struct MatchMapping : Pattern {
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
  std::vector<Expr*> keys; std::vector<Pattern*> patterns; std::string rest; bool has_rest = false;
};
struct MatchClass : Pattern {
  MatchClass() : Pattern(PatternKind::MatchClass) {}
  Expr* cls = nullptr; std::vector<Pattern*> patterns; std::vector<std::string> kwd_attrs; std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} std::string name; bool has_name = false; };
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; std::string name; bool has_name = false; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} std::vector<Pattern*> patterns; };

struct MatchCase : Node { Pattern* pattern = nullptr; Expr* guard = nullptr; std::vector<Stmt*> body; };

// --- statements ---------------------------------------------------------------
enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};
struct Stmt : Node { explicit Stmt(StmtKind k) : kind(k) {} const StmtKind kind; };

struct Alias : Node { std::string name; std::string asname; bool has_asname = false; };
struct WithItem : Node { Expr* context_expr = nullptr; Expr* optional_vars = nullptr; };
struct ExceptHandler : Node { Expr* type = nullptr; std::string name; bool has_name = false; std::vector<Stmt*> body; };

// FunctionDef and AsyncFunctionDef share one struct; kind tells them apart.
struct FunctionDef : Stmt {
  explicit FunctionDef(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  std::string name; Arguments* args = nullptr; std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list; Expr* returns = nullptr;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name; std::vector<Expr*> bases; std::vector<Keyword*> keywords;
  std::vector<Stmt*> body; std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} std::vector<Expr*> targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} std::vector<Expr*> targets; Expr* value = nullptr; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target = nullptr; OperatorKind op{}; Expr* value = nullptr; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target = nullptr; Expr* annotation = nullptr; Expr* value = nullptr; bool simple = false; };
// For and AsyncFor share one struct.
struct For : Stmt {
  explicit For(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncFor : StmtKind::For) {}
  Expr* target = nullptr; Expr* iter = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse;
};
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; };
// With and AsyncWith share one struct.
struct With : Stmt {
  explicit With(bool is_async = false) : Stmt(is_async ? StmtKind::AsyncWith : StmtKind::With) {}
  std::vector<WithItem*> items; std::vector<Stmt*> body;
};
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject = nullptr; std::vector<MatchCase*> cases; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
// Try and TryStar share one struct.
struct Try : Stmt {
  explicit Try(bool star = false) : Stmt(star ? StmtKind::TryStar : StmtKind::Try) {}
  std::vector<Stmt*> body; std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse; std::vector<Stmt*> finalbody;
};
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::string module; bool has_module = false; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {} Expr* value = nullptr; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// --- modules --------------------------------------------------------------------
// mod = Module(stmt* body) | Interactive(stmt* body) | Expression(expr body)
struct Module : Node {
  enum class Kind : uint8_t { Module, Interactive, Expression };
  Kind kind = Kind::Module;
  std::vector<Stmt*> body;     // Module, Interactive
  Expr* expression = nullptr;  // Expression
};

}  // namespace pystm::ast
