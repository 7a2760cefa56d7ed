// stdlib/ast_to_python.cpp — the front end's tree as `_ast` node objects:
// compile(source, filename, mode, PyCF_ONLY_AST) and so ast.parse().
// Owns: the mapping of every ast:: struct to its class and field values
// (optional children are None, sequences are lists, identifiers str, the
// expression contexts and operators shared instances per tree) and the
// positions (lineno, col_offset, end_lineno, end_col_offset as CPython's).
// Must never: keep a pointer into the arena after it returns (the tree is
// freed with the ParseResult).
#include <string>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/frontend/ast.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/ast_bridge.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/ast_node_classes.h"

namespace pystm {

namespace {

using namespace pystm::ast;
using C = AstClass;

class ToPython {
 public:
  explicit ToPython(ThreadState& ts) : ts_(ts) {
    for (int i = 0; i < 4; i++) position_names_.push_back(str_intern(kPositionNames[i]));
  }

  Result<Value> module(const Module& m) {
    switch (m.kind) {
      case Module::Kind::Module: return node(C::kModule, nullptr, {PY_TRY(stmts(m.body)), list_new()});
      case Module::Kind::Interactive: return node(C::kInteractive, nullptr, {PY_TRY(stmts(m.body))});
      case Module::Kind::Expression: return node(C::kExpression, nullptr, {PY_TRY(expr(m.expression))});
    }
    return g_none;
  }

 private:
  static constexpr const char* kPositionNames[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

  // A new instance of class c with its _fields set to `values` in order and,
  // when loc is given, the four positions.
  Result<Value> node(C c, const Location* loc, std::initializer_list<Value> values) {
    Value obj = PY_TRY(object_allocate(ts_, ast_class(c)));
    Value fields = ast_class_fields(c);
    int64_t i = 0;
    for (Value v : values) PY_TRY(generic_set_attr(ts_, obj, tuple_item(fields, i++), v));
    if (loc) {
      int pos[4] = {loc->lineno, loc->col_offset, loc->end_lineno, loc->end_col_offset};
      for (int k = 0; k < 4; k++) PY_TRY(generic_set_attr(ts_, obj, position_names_[k], Value::small_int(pos[k])));
    }
    return obj;
  }

  // The shared instance of a field-less class (Load, Add, Eq, ...).
  Result<Value> singleton(C c) {
    int i = static_cast<int>(c);
    if (singletons_.size() <= static_cast<size_t>(i)) singletons_.resize(i + 1);
    if (singletons_[i].is_null()) singletons_[i] = PY_TRY(object_allocate(ts_, ast_class(c)));
    return singletons_[i];
  }

  static Value str(const std::string& s) { return str_from_utf8(s); }
  static Value opt_str(bool has, const std::string& s) { return has ? str_from_utf8(s) : g_none; }

  template <class T, class F>
  Result<Value> list(const std::vector<T*>& items, F convert) {
    Value out = list_new(static_cast<int64_t>(items.size()));
    for (T* item : items) list_append(out, PY_TRY(convert(item)));
    return out;
  }
  Result<Value> exprs(const std::vector<Expr*>& v) { return list(v, [&](Expr* e) { return expr(e); }); }
  Result<Value> stmts(const std::vector<Stmt*>& v) { return list(v, [&](Stmt* s) { return stmt(s); }); }
  Result<Value> patterns(const std::vector<Pattern*>& v) { return list(v, [&](Pattern* p) { return pattern(p); }); }
  Result<Value> keywords(const std::vector<Keyword*>& v) {
    return list(v, [&](Keyword* k) -> Result<Value> {
      return node(C::kkeyword, k, {opt_str(k->has_arg, k->arg), PY_TRY(expr(k->value))});
    });
  }
  Result<Value> names(const std::vector<std::string>& v) {
    Value out = list_new(static_cast<int64_t>(v.size()));
    for (const std::string& s : v) list_append(out, str(s));
    return out;
  }
  Result<Value> aliases(const std::vector<Alias*>& v) {
    return list(v, [&](Alias* a) { return node(C::kalias, a, {str(a->name), opt_str(a->has_asname, a->asname)}); });
  }
  Result<Value> comprehensions(const std::vector<Comprehension*>& v) {
    return list(v, [&](Comprehension* c) -> Result<Value> {
      return node(C::kcomprehension, nullptr,
                  {PY_TRY(expr(c->target)), PY_TRY(expr(c->iter)), PY_TRY(exprs(c->ifs)),
                   Value::small_int(c->is_async ? 1 : 0)});
    });
  }
  Result<Value> arg(Arg* a) {
    if (!a) return g_none;
    return node(C::karg, a, {str(a->arg), PY_TRY(expr(a->annotation)), g_none});
  }
  Result<Value> args(const std::vector<Arg*>& v) { return list(v, [&](Arg* a) { return arg(a); }); }
  Result<Value> arguments(Arguments* a) {
    return node(C::karguments, nullptr,
                {PY_TRY(args(a->posonlyargs)), PY_TRY(args(a->args)), PY_TRY(arg(a->vararg)),
                 PY_TRY(args(a->kwonlyargs)), PY_TRY(exprs(a->kw_defaults)), PY_TRY(arg(a->kwarg)),
                 PY_TRY(exprs(a->defaults))});
  }

  Result<Value> ctx(ExprContext c) {
    return singleton(c == ExprContext::Load ? C::kLoad : c == ExprContext::Store ? C::kStore : C::kDel);
  }
  Result<Value> op(OperatorKind k) { return singleton(static_cast<C>(static_cast<int>(C::kAdd) + static_cast<int>(k))); }
  Result<Value> unary(UnaryOpKind k) {
    return singleton(static_cast<C>(static_cast<int>(C::kInvert) + static_cast<int>(k)));
  }
  Result<Value> cmp(CmpOpKind k) { return singleton(static_cast<C>(static_cast<int>(C::kEq) + static_cast<int>(k))); }

  Result<Value> expr(const Expr* e) {
    if (!e) return g_none;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* x = static_cast<const BoolOp*>(e);
        return node(C::kBoolOp, e, {PY_TRY(singleton(x->op == BoolOpKind::And ? C::kAnd : C::kOr)), PY_TRY(exprs(x->values))});
      }
      case ExprKind::NamedExpr: {
        auto* x = static_cast<const NamedExpr*>(e);
        return node(C::kNamedExpr, e, {PY_TRY(expr(x->target)), PY_TRY(expr(x->value))});
      }
      case ExprKind::BinOp: {
        auto* x = static_cast<const BinOp*>(e);
        return node(C::kBinOp, e, {PY_TRY(expr(x->left)), PY_TRY(op(x->op)), PY_TRY(expr(x->right))});
      }
      case ExprKind::UnaryOp: {
        auto* x = static_cast<const UnaryOp*>(e);
        return node(C::kUnaryOp, e, {PY_TRY(unary(x->op)), PY_TRY(expr(x->operand))});
      }
      case ExprKind::Lambda: {
        auto* x = static_cast<const Lambda*>(e);
        return node(C::kLambda, e, {PY_TRY(arguments(x->args)), PY_TRY(expr(x->body))});
      }
      case ExprKind::IfExp: {
        auto* x = static_cast<const IfExp*>(e);
        return node(C::kIfExp, e, {PY_TRY(expr(x->test)), PY_TRY(expr(x->body)), PY_TRY(expr(x->orelse))});
      }
      case ExprKind::Dict: {
        auto* x = static_cast<const Dict*>(e);
        return node(C::kDict, e, {PY_TRY(exprs(x->keys)), PY_TRY(exprs(x->values))});
      }
      case ExprKind::Set: return node(C::kSet, e, {PY_TRY(exprs(static_cast<const Set*>(e)->elts))});
      case ExprKind::ListComp: {
        auto* x = static_cast<const ListComp*>(e);
        return node(C::kListComp, e, {PY_TRY(expr(x->elt)), PY_TRY(comprehensions(x->generators))});
      }
      case ExprKind::SetComp: {
        auto* x = static_cast<const SetComp*>(e);
        return node(C::kSetComp, e, {PY_TRY(expr(x->elt)), PY_TRY(comprehensions(x->generators))});
      }
      case ExprKind::DictComp: {
        auto* x = static_cast<const DictComp*>(e);
        return node(C::kDictComp, e, {PY_TRY(expr(x->key)), PY_TRY(expr(x->value)), PY_TRY(comprehensions(x->generators))});
      }
      case ExprKind::GeneratorExp: {
        auto* x = static_cast<const GeneratorExp*>(e);
        return node(C::kGeneratorExp, e, {PY_TRY(expr(x->elt)), PY_TRY(comprehensions(x->generators))});
      }
      case ExprKind::Await: return node(C::kAwait, e, {PY_TRY(expr(static_cast<const Await*>(e)->value))});
      case ExprKind::Yield: return node(C::kYield, e, {PY_TRY(expr(static_cast<const Yield*>(e)->value))});
      case ExprKind::YieldFrom: return node(C::kYieldFrom, e, {PY_TRY(expr(static_cast<const YieldFrom*>(e)->value))});
      case ExprKind::Compare: {
        auto* x = static_cast<const Compare*>(e);
        Value ops = list_new(static_cast<int64_t>(x->ops.size()));
        for (CmpOpKind k : x->ops) list_append(ops, PY_TRY(cmp(k)));
        return node(C::kCompare, e, {PY_TRY(expr(x->left)), ops, PY_TRY(exprs(x->comparators))});
      }
      case ExprKind::Call: {
        auto* x = static_cast<const Call*>(e);
        return node(C::kCall, e, {PY_TRY(expr(x->func)), PY_TRY(exprs(x->args)), PY_TRY(keywords(x->keywords))});
      }
      case ExprKind::FormattedValue: {
        auto* x = static_cast<const FormattedValue*>(e);
        return node(C::kFormattedValue, e,
                    {PY_TRY(expr(x->value)), Value::small_int(x->conversion), PY_TRY(expr(x->format_spec))});
      }
      case ExprKind::JoinedStr: return node(C::kJoinedStr, e, {PY_TRY(exprs(static_cast<const JoinedStr*>(e)->values))});
      case ExprKind::Constant: {
        auto* x = static_cast<const Constant*>(e);
        return node(C::kConstant, e, {PY_TRY(literal_value(ts_, x->value)), x->kind_u ? str_intern("u") : g_none});
      }
      case ExprKind::Attribute: {
        auto* x = static_cast<const Attribute*>(e);
        return node(C::kAttribute, e, {PY_TRY(expr(x->value)), str(x->attr), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::Subscript: {
        auto* x = static_cast<const Subscript*>(e);
        return node(C::kSubscript, e, {PY_TRY(expr(x->value)), PY_TRY(expr(x->slice)), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::Starred: {
        auto* x = static_cast<const Starred*>(e);
        return node(C::kStarred, e, {PY_TRY(expr(x->value)), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::Name: {
        auto* x = static_cast<const Name*>(e);
        return node(C::kName, e, {str(x->id), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::List: {
        auto* x = static_cast<const List*>(e);
        return node(C::kList, e, {PY_TRY(exprs(x->elts)), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::Tuple: {
        auto* x = static_cast<const Tuple*>(e);
        return node(C::kTuple, e, {PY_TRY(exprs(x->elts)), PY_TRY(ctx(x->ctx))});
      }
      case ExprKind::Slice: {
        auto* x = static_cast<const Slice*>(e);
        return node(C::kSlice, e, {PY_TRY(expr(x->lower)), PY_TRY(expr(x->upper)), PY_TRY(expr(x->step))});
      }
    }
    return g_none;
  }

  Result<Value> pattern(const Pattern* p) {
    if (!p) return g_none;
    switch (p->kind) {
      case PatternKind::MatchValue: return node(C::kMatchValue, p, {PY_TRY(expr(static_cast<const MatchValue*>(p)->value))});
      case PatternKind::MatchSingleton:
        return node(C::kMatchSingleton, p, {PY_TRY(literal_value(ts_, static_cast<const MatchSingleton*>(p)->value))});
      case PatternKind::MatchSequence:
        return node(C::kMatchSequence, p, {PY_TRY(patterns(static_cast<const MatchSequence*>(p)->patterns))});
      case PatternKind::MatchMapping: {
        auto* x = static_cast<const MatchMapping*>(p);
        return node(C::kMatchMapping, p, {PY_TRY(exprs(x->keys)), PY_TRY(patterns(x->patterns)), opt_str(x->has_rest, x->rest)});
      }
      case PatternKind::MatchClass: {
        auto* x = static_cast<const MatchClass*>(p);
        return node(C::kMatchClass, p, {PY_TRY(expr(x->cls)), PY_TRY(patterns(x->patterns)), PY_TRY(names(x->kwd_attrs)),
                                       PY_TRY(patterns(x->kwd_patterns))});
      }
      case PatternKind::MatchStar: {
        auto* x = static_cast<const MatchStar*>(p);
        return node(C::kMatchStar, p, {opt_str(x->has_name, x->name)});
      }
      case PatternKind::MatchAs: {
        auto* x = static_cast<const MatchAs*>(p);
        return node(C::kMatchAs, p, {PY_TRY(pattern(x->pattern)), opt_str(x->has_name, x->name)});
      }
      case PatternKind::MatchOr: return node(C::kMatchOr, p, {PY_TRY(patterns(static_cast<const MatchOr*>(p)->patterns))});
    }
    return g_none;
  }

  Result<Value> stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* x = static_cast<const FunctionDef*>(s);
        return node(s->kind == StmtKind::FunctionDef ? C::kFunctionDef : C::kAsyncFunctionDef, s,
                    {str(x->name), PY_TRY(arguments(x->args)), PY_TRY(stmts(x->body)), PY_TRY(exprs(x->decorator_list)),
                     PY_TRY(expr(x->returns)), g_none});
      }
      case StmtKind::ClassDef: {
        auto* x = static_cast<const ClassDef*>(s);
        return node(C::kClassDef, s, {str(x->name), PY_TRY(exprs(x->bases)), PY_TRY(keywords(x->keywords)),
                                     PY_TRY(stmts(x->body)), PY_TRY(exprs(x->decorator_list))});
      }
      case StmtKind::Return: return node(C::kReturn, s, {PY_TRY(expr(static_cast<const Return*>(s)->value))});
      case StmtKind::Delete: return node(C::kDelete, s, {PY_TRY(exprs(static_cast<const Delete*>(s)->targets))});
      case StmtKind::Assign: {
        auto* x = static_cast<const Assign*>(s);
        return node(C::kAssign, s, {PY_TRY(exprs(x->targets)), PY_TRY(expr(x->value)), g_none});
      }
      case StmtKind::AugAssign: {
        auto* x = static_cast<const AugAssign*>(s);
        return node(C::kAugAssign, s, {PY_TRY(expr(x->target)), PY_TRY(op(x->op)), PY_TRY(expr(x->value))});
      }
      case StmtKind::AnnAssign: {
        auto* x = static_cast<const AnnAssign*>(s);
        return node(C::kAnnAssign, s, {PY_TRY(expr(x->target)), PY_TRY(expr(x->annotation)), PY_TRY(expr(x->value)),
                                      Value::small_int(x->simple ? 1 : 0)});
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* x = static_cast<const For*>(s);
        return node(s->kind == StmtKind::For ? C::kFor : C::kAsyncFor, s,
                    {PY_TRY(expr(x->target)), PY_TRY(expr(x->iter)), PY_TRY(stmts(x->body)), PY_TRY(stmts(x->orelse)),
                     g_none});
      }
      case StmtKind::While: {
        auto* x = static_cast<const While*>(s);
        return node(C::kWhile, s, {PY_TRY(expr(x->test)), PY_TRY(stmts(x->body)), PY_TRY(stmts(x->orelse))});
      }
      case StmtKind::If: {
        auto* x = static_cast<const If*>(s);
        return node(C::kIf, s, {PY_TRY(expr(x->test)), PY_TRY(stmts(x->body)), PY_TRY(stmts(x->orelse))});
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* x = static_cast<const With*>(s);
        Value items = PY_TRY(list(x->items, [&](WithItem* w) -> Result<Value> {
          return node(C::kwithitem, nullptr, {PY_TRY(expr(w->context_expr)), PY_TRY(expr(w->optional_vars))});
        }));
        return node(s->kind == StmtKind::With ? C::kWith : C::kAsyncWith, s, {items, PY_TRY(stmts(x->body)), g_none});
      }
      case StmtKind::Match: {
        auto* x = static_cast<const Match*>(s);
        Value cases = PY_TRY(list(x->cases, [&](MatchCase* m) -> Result<Value> {
          return node(C::kmatch_case, nullptr, {PY_TRY(pattern(m->pattern)), PY_TRY(expr(m->guard)), PY_TRY(stmts(m->body))});
        }));
        return node(C::kMatch, s, {PY_TRY(expr(x->subject)), cases});
      }
      case StmtKind::Raise: {
        auto* x = static_cast<const Raise*>(s);
        return node(C::kRaise, s, {PY_TRY(expr(x->exc)), PY_TRY(expr(x->cause))});
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* x = static_cast<const Try*>(s);
        Value handlers = PY_TRY(list(x->handlers, [&](ExceptHandler* h) -> Result<Value> {
          return node(C::kExceptHandler, h, {PY_TRY(expr(h->type)), opt_str(h->has_name, h->name), PY_TRY(stmts(h->body))});
        }));
        return node(s->kind == StmtKind::Try ? C::kTry : C::kTryStar, s,
                    {PY_TRY(stmts(x->body)), handlers, PY_TRY(stmts(x->orelse)), PY_TRY(stmts(x->finalbody))});
      }
      case StmtKind::Assert: {
        auto* x = static_cast<const Assert*>(s);
        return node(C::kAssert, s, {PY_TRY(expr(x->test)), PY_TRY(expr(x->msg))});
      }
      case StmtKind::Import: return node(C::kImport, s, {PY_TRY(aliases(static_cast<const Import*>(s)->names))});
      case StmtKind::ImportFrom: {
        auto* x = static_cast<const ImportFrom*>(s);
        return node(C::kImportFrom, s,
                    {opt_str(x->has_module, x->module), PY_TRY(aliases(x->names)), Value::small_int(x->level)});
      }
      case StmtKind::Global: return node(C::kGlobal, s, {PY_TRY(names(static_cast<const Global*>(s)->names))});
      case StmtKind::Nonlocal: return node(C::kNonlocal, s, {PY_TRY(names(static_cast<const Nonlocal*>(s)->names))});
      case StmtKind::Expr: return node(C::kExpr, s, {PY_TRY(expr(static_cast<const ExprStmt*>(s)->value))});
      case StmtKind::Pass: return node(C::kPass, s, {});
      case StmtKind::Break: return node(C::kBreak, s, {});
      case StmtKind::Continue: return node(C::kContinue, s, {});
    }
    return g_none;
  }

  ThreadState& ts_;
  ValueVector position_names_;
  ValueVector singletons_;
};

static_assert(static_cast<int>(C::kFloorDiv) - static_cast<int>(C::kAdd) == static_cast<int>(OperatorKind::FloorDiv));
static_assert(static_cast<int>(C::kUSub) - static_cast<int>(C::kInvert) == static_cast<int>(UnaryOpKind::USub));
static_assert(static_cast<int>(C::kNotIn) - static_cast<int>(C::kEq) == static_cast<int>(CmpOpKind::NotIn));

}  // namespace

Result<Value> ast_object_from_source(ThreadState& ts, std::string_view source, const std::string& filename,
                                     CompileMode mode) {
  PY_TRY(ensure_ast_classes(ts));
  ast::Module::Kind kind = mode == CompileMode::Eval     ? ast::Module::Kind::Expression
                           : mode == CompileMode::Single ? ast::Module::Kind::Interactive
                                                         : ast::Module::Kind::Module;
  frontend::ParseResult parsed = frontend::parse(source, filename, kind);
  if (parsed.error) return raise_syntax_error(ts, *parsed.error);
  return ToPython(ts).module(*parsed.module);
}

}  // namespace pystm
