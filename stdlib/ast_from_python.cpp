// stdlib/ast_from_python.cpp — `_ast` node objects back to the front end's
// tree: compile(tree, filename, mode). Owns: reading each node's fields and
// positions with CPython's errors ("required field \"lineno\" missing from
// stmt", "expected some sort of expr, but got ...", "invalid integer
// value", ...) and the checks of CPython's AST validator the code generator
// relies on (expression contexts, empty bodies and targets, constant types).
// Must never: hand the code generator a tree it could not compile from
// source (a wrong context or a missing child is a Python error here).
#include <string>
#include <vector>

#include "runtime/frontend/ast.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
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

const char* context_name(ExprContext c) {
  return c == ExprContext::Load ? "Load" : c == ExprContext::Store ? "Store" : "Del";
}

class FromPython {
 public:
  FromPython(ThreadState& ts, Arena& arena) : ts_(ts), arena_(arena) {}

  bool isa(Value v, C c) { return is_instance_of(v, ast_class(c)); }

  Result<Module*> module(Value obj, CompileMode mode) {
    Module* m = arena_.make<Module>();
    if (isa(obj, C::kModule)) {
      m->kind = Module::Kind::Module;
      m->body = PY_TRY(stmts(obj, "body", "Module"));
      PY_TRY(field(obj, "type_ignores", "Module", true));
    } else if (isa(obj, C::kInteractive)) {
      m->kind = Module::Kind::Interactive;
      m->body = PY_TRY(stmts(obj, "body", "Interactive"));
    } else if (isa(obj, C::kExpression)) {
      m->kind = Module::Kind::Expression;
      m->expression = PY_TRY(expr(PY_TRY(field(obj, "body", "Expression", true)), ExprContext::Load, "Expression", "body"));
    } else {
      return raise_type_error(ts_, "expected some sort of mod, but got %s", PY_TRY(repr_utf8(ts_, obj)).c_str());
    }
    (void)mode;
    return m;
  }

 private:
  // getattr(obj, name); absent when missing and not required.
  Result<Value> field(Value obj, const char* name, const char* owner, bool required) {
    Value v = PY_TRY(get_attr_optional(ts_, obj, str_intern(name)));
    if (v.is_absent() && required)
      return raise_type_error(ts_, "required field \"%s\" missing from %s", name, owner);
    return v;
  }
  // A required child: present and not None.
  Result<Value> child(Value obj, const char* name, const char* owner) {
    Value v = PY_TRY(field(obj, name, owner, true));
    if (v.is(g_none)) return raise_value_error(ts_, "field '%s' is required for %s", name, owner);
    return v;
  }
  Result<int> integer(Value v) {
    if (!is_int(v)) return raise_value_error(ts_, "invalid integer value: %s", PY_TRY(repr_utf8(ts_, v)).c_str());
    int64_t i = 0;
    if (!int_to_int64(v, &i) || i < INT32_MIN || i > INT32_MAX)
      return raise_overflow(ts_, "Python int too large to convert to C int");
    return static_cast<int>(i);
  }
  Result<std::string> identifier(Value v) {
    if (!is_str(v)) return raise_type_error(ts_, "AST identifier must be of type str");
    return str_to_utf8(v);
  }
  Result<int> int_field(Value obj, const char* name, const char* owner, bool optional = false) {
    Value v = PY_TRY(field(obj, name, owner, !optional));
    if (v.is_absent() || v.is(g_none)) {
      if (optional) return 0;
      return raise_value_error(ts_, "field '%s' is required for %s", name, owner);
    }
    return integer(v);
  }
  // An identifier? field: *has set when present.
  Result<std::string> opt_identifier(Value obj, const char* name, const char* owner, bool* has) {
    Value v = PY_TRY(field(obj, name, owner, false));
    *has = !(v.is_absent() || v.is(g_none));
    if (!*has) return std::string();
    return identifier(v);
  }
  Result<Value> list_field(Value obj, const char* name, const char* owner) {
    Value v = PY_TRY(field(obj, name, owner, true));
    if (!is_list(v))
      return raise_type_error(ts_, "%s field \"%s\" must be a list, not a %s", owner, name, type_name_of(v).c_str());
    return v;
  }

  Status positions(Value obj, Location* loc, const char* owner) {
    loc->lineno = PY_TRY(int_field(obj, "lineno", owner));
    loc->col_offset = PY_TRY(int_field(obj, "col_offset", owner));
    Value end_line = PY_TRY(field(obj, "end_lineno", owner, false));
    Value end_col = PY_TRY(field(obj, "end_col_offset", owner, false));
    loc->end_lineno = end_line.is_absent() || end_line.is(g_none) ? loc->lineno : PY_TRY(integer(end_line));
    loc->end_col_offset = end_col.is_absent() || end_col.is(g_none) ? loc->col_offset : PY_TRY(integer(end_col));
    return ok_status();
  }

  Error expected(const char* what, Value v) {
    Result<std::string> r = repr_utf8(ts_, v);
    if (r.is_error()) return kError;
    return raise_type_error(ts_, "expected some sort of %s, but got %s", what, r.value().c_str());
  }

  template <class T, class F>
  Result<std::vector<T>> sequence(Value obj, const char* name, const char* owner, F convert) {
    Value list = PY_TRY(list_field(obj, name, owner));
    std::vector<T> out;
    for (int64_t i = 0; i < list_size(list); i++) {
      out.push_back(PY_TRY(convert(list_get(list, i))));
      if (list_size(list) != static_cast<int64_t>(i + 1) && i + 1 > list_size(list))
        return raise(ts_, g_exc_RuntimeError, "%s field \"%s\" changed size during iteration", owner, name);
    }
    return out;
  }
  Result<std::vector<Stmt*>> stmts(Value obj, const char* name, const char* owner) {
    return sequence<Stmt*>(obj, name, owner, [&](Value v) { return stmt(v); });
  }
  Result<std::vector<Stmt*>> body(Value obj, const char* name, const char* owner) {
    std::vector<Stmt*> b = PY_TRY(stmts(obj, name, owner));
    if (b.empty()) return raise_value_error(ts_, "empty %s on %s", name, owner);
    return b;
  }
  Result<std::vector<Expr*>> exprs(Value obj, const char* name, const char* owner, ExprContext ctx = ExprContext::Load,
                                   bool allow_none = false) {
    return sequence<Expr*>(obj, name, owner, [&](Value v) -> Result<Expr*> {
      if (v.is(g_none)) {
        if (allow_none) return static_cast<Expr*>(nullptr);
        return raise_value_error(ts_, "None disallowed in expression list");
      }
      return expr(v, ctx, owner, name);
    });
  }
  Result<std::vector<std::string>> identifiers(Value obj, const char* name, const char* owner) {
    return sequence<std::string>(obj, name, owner, [&](Value v) { return identifier(v); });
  }
  // An expr child; null when optional and None/absent.
  Result<Expr*> opt_expr(Value obj, const char* name, const char* owner, ExprContext ctx = ExprContext::Load) {
    Value v = PY_TRY(field(obj, name, owner, false));
    if (v.is_absent() || v.is(g_none)) return static_cast<Expr*>(nullptr);
    return expr(v, ctx, owner, name);
  }
  Result<Expr*> req_expr(Value obj, const char* name, const char* owner, ExprContext ctx = ExprContext::Load) {
    return expr(PY_TRY(child(obj, name, owner)), ctx, owner, name);
  }

  Result<ExprContext> context(Value obj, const char* owner) {
    Value v = PY_TRY(field(obj, "ctx", owner, true));
    if (isa(v, C::kLoad)) return ExprContext::Load;
    if (isa(v, C::kStore)) return ExprContext::Store;
    if (isa(v, C::kDel)) return ExprContext::Del;
    return expected("expr_context", v);
  }
  template <class K>
  Result<K> enum_value(Value v, C first, int count, const char* what) {
    for (int i = 0; i < count; i++)
      if (isa(v, static_cast<C>(static_cast<int>(first) + i))) return static_cast<K>(i);
    return expected(what, v);
  }

  Status check_context(ExprContext actual, ExprContext want) {
    if (actual != want)
      return raise_value_error(ts_, "expression must have %s context but has %s instead", context_name(want),
                               context_name(actual));
    return ok_status();
  }

  Status constant(Value v, ConstantValue* out) {
    using K = ConstantValue::Kind;
    if (v.is(g_none)) out->kind = K::None;
    else if (v.is(g_true)) out->kind = K::True;
    else if (v.is(g_false)) out->kind = K::False;
    else if (v.is(g_ellipsis)) out->kind = K::Ellipsis;
    else if (is_int(v)) {
      int64_t i;
      if (int_to_int64(v, &i)) {
        out->kind = K::Int;
        out->int_value = i;
      } else {
        if (int_sign(v) < 0) return raise_value_error(ts_, "negative big int constants are not supported");
        out->kind = K::BigInt;
        out->text = int_to_string_base(v, 10);
      }
    } else if (is_float(v)) {
      out->kind = K::Float;
      out->float_value = float_value(v);
    } else if (is_str(v)) {
      out->kind = K::Str;
      out->text = str_to_utf8(v);
    } else if (is_instance_of(v, g_bytes_type)) {
      out->kind = K::Bytes;
      out->text.assign(reinterpret_cast<const char*>(bytes_data(v)), static_cast<size_t>(bytes_size(v)));
    } else {
      return raise_type_error(ts_, "got an invalid type in Constant: %s", type_name_of(v).c_str());
    }
    return ok_status();
  }

  template <class T>
  Result<T*> located(Value obj, const char* owner) {
    T* n = arena_.make<T>();
    PY_TRY(positions(obj, n, owner));
    return n;
  }

  Result<Comprehension*> comprehension(Value v) {
    if (!isa(v, C::kcomprehension)) return expected("comprehension", v);
    Comprehension* c = arena_.make<Comprehension>();
    c->target = PY_TRY(req_expr(v, "target", "comprehension", ExprContext::Store));
    c->iter = PY_TRY(req_expr(v, "iter", "comprehension"));
    c->ifs = PY_TRY(exprs(v, "ifs", "comprehension"));
    c->is_async = PY_TRY(int_field(v, "is_async", "comprehension")) != 0;
    return c;
  }
  Result<std::vector<Comprehension*>> generators(Value obj, const char* owner) {
    auto g = PY_TRY(sequence<Comprehension*>(obj, "generators", owner, [&](Value v) { return comprehension(v); }));
    if (g.empty()) return raise_value_error(ts_, "comprehension with no generators");
    return g;
  }
  Result<Keyword*> keyword(Value v) {
    if (!isa(v, C::kkeyword)) return expected("keyword", v);
    Keyword* k = PY_TRY(located<Keyword>(v, "keyword"));
    k->arg = PY_TRY(opt_identifier(v, "arg", "keyword", &k->has_arg));
    k->value = PY_TRY(req_expr(v, "value", "keyword"));
    return k;
  }
  Result<std::vector<Keyword*>> keywords(Value obj, const char* owner) {
    return sequence<Keyword*>(obj, "keywords", owner, [&](Value v) { return keyword(v); });
  }
  Result<Arg*> arg(Value v) {
    if (!isa(v, C::karg)) return expected("arg", v);
    Arg* a = PY_TRY(located<Arg>(v, "arg"));
    a->arg = PY_TRY(identifier(PY_TRY(child(v, "arg", "arg"))));
    a->annotation = PY_TRY(opt_expr(v, "annotation", "arg"));
    return a;
  }
  Result<Arg*> opt_arg(Value obj, const char* name) {
    Value v = PY_TRY(field(obj, name, "arguments", false));
    if (v.is_absent() || v.is(g_none)) return static_cast<Arg*>(nullptr);
    return arg(v);
  }
  Result<std::vector<Arg*>> args(Value obj, const char* name) {
    return sequence<Arg*>(obj, name, "arguments", [&](Value v) { return arg(v); });
  }
  Result<Arguments*> arguments(Value v) {
    if (!isa(v, C::karguments)) return expected("arguments", v);
    Arguments* a = arena_.make<Arguments>();
    a->posonlyargs = PY_TRY(args(v, "posonlyargs"));
    a->args = PY_TRY(args(v, "args"));
    a->vararg = PY_TRY(opt_arg(v, "vararg"));
    a->kwonlyargs = PY_TRY(args(v, "kwonlyargs"));
    a->kw_defaults = PY_TRY(exprs(v, "kw_defaults", "arguments", ExprContext::Load, true));
    a->kwarg = PY_TRY(opt_arg(v, "kwarg"));
    a->defaults = PY_TRY(exprs(v, "defaults", "arguments"));
    if (a->defaults.size() > a->posonlyargs.size() + a->args.size())
      return raise_value_error(ts_, "more positional defaults than args on arguments");
    if (a->kw_defaults.size() != a->kwonlyargs.size())
      return raise_value_error(ts_, "length of kwonlyargs is not the same as kw_defaults on arguments");
    return a;
  }
  Result<Arguments*> req_arguments(Value obj, const char* owner) { return arguments(PY_TRY(child(obj, "args", owner))); }

  // Expression `v` in a position that needs context `want`.
  Result<Expr*> expr(Value v, ExprContext want, const char* owner = "", const char* name = "") {
    (void)owner;
    (void)name;
    if (v.is(g_none)) return raise_value_error(ts_, "field '%s' is required for %s", name, owner);
    Location loc;
    PY_TRY(positions(v, &loc, "expr"));
    Expr* e = PY_TRY(expr_node(v, want));
    static_cast<Location&>(*e) = loc;
    return e;
  }

  Result<Expr*> expr_node(Value v, ExprContext want) {
    const ExprContext L = ExprContext::Load;
    bool has_context = isa(v, C::kName) || isa(v, C::kAttribute) || isa(v, C::kSubscript) || isa(v, C::kStarred) ||
                       isa(v, C::kList) || isa(v, C::kTuple);
    if (!has_context && want != L && isa(v, C::kexpr)) {
      return raise_value_error(ts_, "expression which can't be assigned to in %s context", context_name(want));
    }
    if (isa(v, C::kBoolOp)) {
      auto* x = arena_.make<BoolOp>();
      x->op = PY_TRY(enum_value<BoolOpKind>(PY_TRY(field(v, "op", "BoolOp", true)), C::kAnd, 2, "boolop"));
      x->values = PY_TRY(exprs(v, "values", "BoolOp"));
      if (x->values.size() < 2) return raise_value_error(ts_, "BoolOp with less than 2 values");
      return x;
    }
    if (isa(v, C::kNamedExpr)) {
      auto* x = arena_.make<NamedExpr>();
      x->target = PY_TRY(req_expr(v, "target", "NamedExpr", ExprContext::Store));
      if (x->target->kind != ExprKind::Name) return raise_type_error(ts_, "NamedExpr target must be a Name");
      x->value = PY_TRY(req_expr(v, "value", "NamedExpr"));
      return x;
    }
    if (isa(v, C::kBinOp)) {
      auto* x = arena_.make<BinOp>();
      x->left = PY_TRY(req_expr(v, "left", "BinOp"));
      x->op = PY_TRY(enum_value<OperatorKind>(PY_TRY(field(v, "op", "BinOp", true)), C::kAdd, 13, "operator"));
      x->right = PY_TRY(req_expr(v, "right", "BinOp"));
      return x;
    }
    if (isa(v, C::kUnaryOp)) {
      auto* x = arena_.make<UnaryOp>();
      x->op = PY_TRY(enum_value<UnaryOpKind>(PY_TRY(field(v, "op", "UnaryOp", true)), C::kInvert, 4, "unaryop"));
      x->operand = PY_TRY(req_expr(v, "operand", "UnaryOp"));
      return x;
    }
    if (isa(v, C::kLambda)) {
      auto* x = arena_.make<Lambda>();
      x->args = PY_TRY(req_arguments(v, "Lambda"));
      x->body = PY_TRY(req_expr(v, "body", "Lambda"));
      return x;
    }
    if (isa(v, C::kIfExp)) {
      auto* x = arena_.make<IfExp>();
      x->test = PY_TRY(req_expr(v, "test", "IfExp"));
      x->body = PY_TRY(req_expr(v, "body", "IfExp"));
      x->orelse = PY_TRY(req_expr(v, "orelse", "IfExp"));
      return x;
    }
    if (isa(v, C::kDict)) {
      auto* x = arena_.make<Dict>();
      x->keys = PY_TRY(exprs(v, "keys", "Dict", L, true));
      x->values = PY_TRY(exprs(v, "values", "Dict"));
      if (x->keys.size() != x->values.size())
        return raise_value_error(ts_, "Dict doesn't have the same number of keys as values");
      return x;
    }
    if (isa(v, C::kSet)) {
      auto* x = arena_.make<Set>();
      x->elts = PY_TRY(exprs(v, "elts", "Set"));
      return x;
    }
    if (isa(v, C::kListComp)) {
      auto* x = arena_.make<ListComp>();
      x->elt = PY_TRY(req_expr(v, "elt", "ListComp"));
      x->generators = PY_TRY(generators(v, "ListComp"));
      return x;
    }
    if (isa(v, C::kSetComp)) {
      auto* x = arena_.make<SetComp>();
      x->elt = PY_TRY(req_expr(v, "elt", "SetComp"));
      x->generators = PY_TRY(generators(v, "SetComp"));
      return x;
    }
    if (isa(v, C::kDictComp)) {
      auto* x = arena_.make<DictComp>();
      x->key = PY_TRY(req_expr(v, "key", "DictComp"));
      x->value = PY_TRY(req_expr(v, "value", "DictComp"));
      x->generators = PY_TRY(generators(v, "DictComp"));
      return x;
    }
    if (isa(v, C::kGeneratorExp)) {
      auto* x = arena_.make<GeneratorExp>();
      x->elt = PY_TRY(req_expr(v, "elt", "GeneratorExp"));
      x->generators = PY_TRY(generators(v, "GeneratorExp"));
      return x;
    }
    if (isa(v, C::kAwait)) {
      auto* x = arena_.make<Await>();
      x->value = PY_TRY(req_expr(v, "value", "Await"));
      return x;
    }
    if (isa(v, C::kYield)) {
      auto* x = arena_.make<Yield>();
      x->value = PY_TRY(opt_expr(v, "value", "Yield"));
      return x;
    }
    if (isa(v, C::kYieldFrom)) {
      auto* x = arena_.make<YieldFrom>();
      x->value = PY_TRY(req_expr(v, "value", "YieldFrom"));
      return x;
    }
    if (isa(v, C::kCompare)) {
      auto* x = arena_.make<Compare>();
      x->left = PY_TRY(req_expr(v, "left", "Compare"));
      x->ops = PY_TRY(sequence<CmpOpKind>(v, "ops", "Compare",
                                          [&](Value o) { return enum_value<CmpOpKind>(o, C::kEq, 10, "cmpop"); }));
      x->comparators = PY_TRY(exprs(v, "comparators", "Compare"));
      if (x->ops.empty()) return raise_value_error(ts_, "Compare with no comparators");
      if (x->ops.size() != x->comparators.size())
        return raise_value_error(ts_, "Compare has a different number of comparators and operands");
      return x;
    }
    if (isa(v, C::kCall)) {
      auto* x = arena_.make<Call>();
      x->func = PY_TRY(req_expr(v, "func", "Call"));
      x->args = PY_TRY(exprs(v, "args", "Call"));
      x->keywords = PY_TRY(keywords(v, "Call"));
      return x;
    }
    if (isa(v, C::kFormattedValue)) {
      auto* x = arena_.make<FormattedValue>();
      x->value = PY_TRY(req_expr(v, "value", "FormattedValue"));
      x->conversion = PY_TRY(int_field(v, "conversion", "FormattedValue"));
      x->format_spec = PY_TRY(opt_expr(v, "format_spec", "FormattedValue"));
      return x;
    }
    if (isa(v, C::kJoinedStr)) {
      auto* x = arena_.make<JoinedStr>();
      x->values = PY_TRY(exprs(v, "values", "JoinedStr"));
      return x;
    }
    if (isa(v, C::kConstant)) {
      auto* x = arena_.make<Constant>();
      PY_TRY(constant(PY_TRY(field(v, "value", "Constant", true)), &x->value));
      Value kind = PY_TRY(field(v, "kind", "Constant", false));
      if (!kind.is_absent() && !kind.is(g_none)) {
        if (!is_str(kind)) return raise_type_error(ts_, "AST string must be of type str");
        x->kind_u = str_to_utf8(kind) == "u";
      }
      return x;
    }
    if (isa(v, C::kAttribute)) {
      auto* x = arena_.make<Attribute>();
      x->value = PY_TRY(req_expr(v, "value", "Attribute"));
      x->attr = PY_TRY(identifier(PY_TRY(child(v, "attr", "Attribute"))));
      x->ctx = PY_TRY(context(v, "Attribute"));
      PY_TRY(check_context(x->ctx, want));
      return x;
    }
    if (isa(v, C::kSubscript)) {
      auto* x = arena_.make<Subscript>();
      x->value = PY_TRY(req_expr(v, "value", "Subscript"));
      x->slice = PY_TRY(req_expr(v, "slice", "Subscript"));
      x->ctx = PY_TRY(context(v, "Subscript"));
      PY_TRY(check_context(x->ctx, want));
      return x;
    }
    if (isa(v, C::kStarred)) {
      auto* x = arena_.make<Starred>();
      x->ctx = PY_TRY(context(v, "Starred"));
      PY_TRY(check_context(x->ctx, want));
      x->value = PY_TRY(req_expr(v, "value", "Starred", want));
      return x;
    }
    if (isa(v, C::kName)) {
      auto* x = arena_.make<Name>();
      x->id = PY_TRY(identifier(PY_TRY(child(v, "id", "Name"))));
      x->ctx = PY_TRY(context(v, "Name"));
      if (x->id == "None" || x->id == "True" || x->id == "False")
        return raise_value_error(ts_, "identifier field can't represent '%s' constant", x->id.c_str());
      PY_TRY(check_context(x->ctx, want));
      return x;
    }
    if (isa(v, C::kList)) {
      auto* x = arena_.make<List>();
      x->ctx = PY_TRY(context(v, "List"));
      PY_TRY(check_context(x->ctx, want));
      x->elts = PY_TRY(exprs(v, "elts", "List", want));
      return x;
    }
    if (isa(v, C::kTuple)) {
      auto* x = arena_.make<Tuple>();
      x->ctx = PY_TRY(context(v, "Tuple"));
      PY_TRY(check_context(x->ctx, want));
      x->elts = PY_TRY(exprs(v, "elts", "Tuple", want));
      return x;
    }
    if (isa(v, C::kSlice)) {
      auto* x = arena_.make<Slice>();
      x->lower = PY_TRY(opt_expr(v, "lower", "Slice"));
      x->upper = PY_TRY(opt_expr(v, "upper", "Slice"));
      x->step = PY_TRY(opt_expr(v, "step", "Slice"));
      return x;
    }
    return expected("expr", v);
  }

  Result<Pattern*> pattern(Value v) {
    if (v.is(g_none)) return raise_value_error(ts_, "field 'pattern' is required for match_case");
    Location loc;
    PY_TRY(positions(v, &loc, "pattern"));
    Pattern* p = PY_TRY(pattern_node(v));
    static_cast<Location&>(*p) = loc;
    return p;
  }
  Result<std::vector<Pattern*>> patterns(Value obj, const char* name, const char* owner) {
    return sequence<Pattern*>(obj, name, owner, [&](Value v) { return pattern(v); });
  }
  Result<Pattern*> pattern_node(Value v) {
    if (isa(v, C::kMatchValue)) {
      auto* x = arena_.make<MatchValue>();
      x->value = PY_TRY(req_expr(v, "value", "MatchValue"));
      return x;
    }
    if (isa(v, C::kMatchSingleton)) {
      auto* x = arena_.make<MatchSingleton>();
      Value c = PY_TRY(field(v, "value", "MatchSingleton", true));
      if (!c.is(g_none) && !c.is(g_true) && !c.is(g_false))
        return raise_value_error(ts_, "MatchSingleton can only contain True, False and None");
      PY_TRY(constant(c, &x->value));
      return x;
    }
    if (isa(v, C::kMatchSequence)) {
      auto* x = arena_.make<MatchSequence>();
      x->patterns = PY_TRY(patterns(v, "patterns", "MatchSequence"));
      return x;
    }
    if (isa(v, C::kMatchMapping)) {
      auto* x = arena_.make<MatchMapping>();
      x->keys = PY_TRY(exprs(v, "keys", "MatchMapping"));
      x->patterns = PY_TRY(patterns(v, "patterns", "MatchMapping"));
      x->rest = PY_TRY(opt_identifier(v, "rest", "MatchMapping", &x->has_rest));
      if (x->keys.size() != x->patterns.size())
        return raise_value_error(ts_, "MatchMapping doesn't have the same number of keys as patterns");
      return x;
    }
    if (isa(v, C::kMatchClass)) {
      auto* x = arena_.make<MatchClass>();
      x->cls = PY_TRY(req_expr(v, "cls", "MatchClass"));
      x->patterns = PY_TRY(patterns(v, "patterns", "MatchClass"));
      x->kwd_attrs = PY_TRY(identifiers(v, "kwd_attrs", "MatchClass"));
      x->kwd_patterns = PY_TRY(patterns(v, "kwd_patterns", "MatchClass"));
      if (x->kwd_attrs.size() != x->kwd_patterns.size())
        return raise_value_error(ts_, "MatchClass doesn't have the same number of keyword attributes as patterns");
      return x;
    }
    if (isa(v, C::kMatchStar)) {
      auto* x = arena_.make<MatchStar>();
      x->name = PY_TRY(opt_identifier(v, "name", "MatchStar", &x->has_name));
      return x;
    }
    if (isa(v, C::kMatchAs)) {
      auto* x = arena_.make<MatchAs>();
      Value p = PY_TRY(field(v, "pattern", "MatchAs", false));
      if (!p.is_absent() && !p.is(g_none)) x->pattern = PY_TRY(pattern(p));
      x->name = PY_TRY(opt_identifier(v, "name", "MatchAs", &x->has_name));
      if (x->pattern && !x->has_name)
        return raise_value_error(ts_, "MatchAs must specify a target name if a pattern is given");
      return x;
    }
    if (isa(v, C::kMatchOr)) {
      auto* x = arena_.make<MatchOr>();
      x->patterns = PY_TRY(patterns(v, "patterns", "MatchOr"));
      if (x->patterns.size() < 2) return raise_value_error(ts_, "MatchOr requires at least 2 patterns");
      return x;
    }
    return expected("pattern", v);
  }

  Result<std::vector<Alias*>> aliases(Value obj, const char* owner) {
    return sequence<Alias*>(obj, "names", owner, [&](Value v) -> Result<Alias*> {
      if (!isa(v, C::kalias)) return expected("alias", v);
      Alias* a = PY_TRY(located<Alias>(v, "alias"));
      a->name = PY_TRY(identifier(PY_TRY(child(v, "name", "alias"))));
      a->asname = PY_TRY(opt_identifier(v, "asname", "alias", &a->has_asname));
      return a;
    });
  }

  Result<Stmt*> stmt(Value v) {
    Location loc;
    PY_TRY(positions(v, &loc, "stmt"));
    Stmt* s = PY_TRY(stmt_node(v));
    static_cast<Location&>(*s) = loc;
    return s;
  }

  Result<Stmt*> stmt_node(Value v) {
    const ExprContext S = ExprContext::Store;
    bool async_def = isa(v, C::kAsyncFunctionDef);
    if (async_def || isa(v, C::kFunctionDef)) {
      const char* owner = async_def ? "AsyncFunctionDef" : "FunctionDef";
      auto* x = arena_.make<FunctionDef>(async_def);
      x->name = PY_TRY(identifier(PY_TRY(child(v, "name", owner))));
      x->args = PY_TRY(req_arguments(v, owner));
      x->body = PY_TRY(body(v, "body", owner));
      x->decorator_list = PY_TRY(exprs(v, "decorator_list", owner));
      x->returns = PY_TRY(opt_expr(v, "returns", owner));
      return x;
    }
    if (isa(v, C::kClassDef)) {
      auto* x = arena_.make<ClassDef>();
      x->name = PY_TRY(identifier(PY_TRY(child(v, "name", "ClassDef"))));
      x->bases = PY_TRY(exprs(v, "bases", "ClassDef"));
      x->keywords = PY_TRY(keywords(v, "ClassDef"));
      x->body = PY_TRY(body(v, "body", "ClassDef"));
      x->decorator_list = PY_TRY(exprs(v, "decorator_list", "ClassDef"));
      return x;
    }
    if (isa(v, C::kReturn)) {
      auto* x = arena_.make<Return>();
      x->value = PY_TRY(opt_expr(v, "value", "Return"));
      return x;
    }
    if (isa(v, C::kDelete)) {
      auto* x = arena_.make<Delete>();
      x->targets = PY_TRY(exprs(v, "targets", "Delete", ExprContext::Del));
      if (x->targets.empty()) return raise_value_error(ts_, "empty targets on Delete");
      return x;
    }
    if (isa(v, C::kAssign)) {
      auto* x = arena_.make<Assign>();
      x->targets = PY_TRY(exprs(v, "targets", "Assign", S));
      if (x->targets.empty()) return raise_value_error(ts_, "empty targets on Assign");
      x->value = PY_TRY(req_expr(v, "value", "Assign"));
      return x;
    }
    if (isa(v, C::kAugAssign)) {
      auto* x = arena_.make<AugAssign>();
      x->target = PY_TRY(req_expr(v, "target", "AugAssign", S));
      x->op = PY_TRY(enum_value<OperatorKind>(PY_TRY(field(v, "op", "AugAssign", true)), C::kAdd, 13, "operator"));
      x->value = PY_TRY(req_expr(v, "value", "AugAssign"));
      return x;
    }
    if (isa(v, C::kAnnAssign)) {
      auto* x = arena_.make<AnnAssign>();
      x->target = PY_TRY(req_expr(v, "target", "AnnAssign", S));
      x->annotation = PY_TRY(req_expr(v, "annotation", "AnnAssign"));
      x->value = PY_TRY(opt_expr(v, "value", "AnnAssign"));
      x->simple = PY_TRY(int_field(v, "simple", "AnnAssign")) != 0;
      if (x->simple && x->target->kind != ExprKind::Name)
        return raise_type_error(ts_, "AnnAssign with simple non-Name target");
      return x;
    }
    bool async_for = isa(v, C::kAsyncFor);
    if (async_for || isa(v, C::kFor)) {
      const char* owner = async_for ? "AsyncFor" : "For";
      auto* x = arena_.make<For>(async_for);
      x->target = PY_TRY(req_expr(v, "target", owner, S));
      x->iter = PY_TRY(req_expr(v, "iter", owner));
      x->body = PY_TRY(body(v, "body", owner));
      x->orelse = PY_TRY(stmts(v, "orelse", owner));
      return x;
    }
    if (isa(v, C::kWhile)) {
      auto* x = arena_.make<While>();
      x->test = PY_TRY(req_expr(v, "test", "While"));
      x->body = PY_TRY(body(v, "body", "While"));
      x->orelse = PY_TRY(stmts(v, "orelse", "While"));
      return x;
    }
    if (isa(v, C::kIf)) {
      auto* x = arena_.make<If>();
      x->test = PY_TRY(req_expr(v, "test", "If"));
      x->body = PY_TRY(body(v, "body", "If"));
      x->orelse = PY_TRY(stmts(v, "orelse", "If"));
      return x;
    }
    bool async_with = isa(v, C::kAsyncWith);
    if (async_with || isa(v, C::kWith)) {
      const char* owner = async_with ? "AsyncWith" : "With";
      auto* x = arena_.make<With>(async_with);
      x->items = PY_TRY(sequence<WithItem*>(v, "items", owner, [&](Value w) -> Result<WithItem*> {
        if (!isa(w, C::kwithitem)) return expected("withitem", w);
        auto* item = arena_.make<WithItem>();
        item->context_expr = PY_TRY(req_expr(w, "context_expr", "withitem"));
        item->optional_vars = PY_TRY(opt_expr(w, "optional_vars", "withitem", S));
        return item;
      }));
      if (x->items.empty()) return raise_value_error(ts_, "empty items on %s", owner);
      x->body = PY_TRY(body(v, "body", owner));
      return x;
    }
    if (isa(v, C::kMatch)) {
      auto* x = arena_.make<Match>();
      x->subject = PY_TRY(req_expr(v, "subject", "Match"));
      x->cases = PY_TRY(sequence<MatchCase*>(v, "cases", "Match", [&](Value c) -> Result<MatchCase*> {
        if (!isa(c, C::kmatch_case)) return expected("match_case", c);
        auto* m = arena_.make<MatchCase>();
        m->pattern = PY_TRY(pattern(PY_TRY(child(c, "pattern", "match_case"))));
        m->guard = PY_TRY(opt_expr(c, "guard", "match_case"));
        m->body = PY_TRY(body(c, "body", "match_case"));
        return m;
      }));
      if (x->cases.empty()) return raise_value_error(ts_, "empty cases on Match");
      return x;
    }
    if (isa(v, C::kRaise)) {
      auto* x = arena_.make<Raise>();
      x->exc = PY_TRY(opt_expr(v, "exc", "Raise"));
      x->cause = PY_TRY(opt_expr(v, "cause", "Raise"));
      if (x->cause && !x->exc) return raise_value_error(ts_, "Raise with cause but no exception");
      return x;
    }
    bool star = isa(v, C::kTryStar);
    if (star || isa(v, C::kTry)) {
      const char* owner = star ? "TryStar" : "Try";
      auto* x = arena_.make<Try>(star);
      x->body = PY_TRY(body(v, "body", owner));
      x->handlers = PY_TRY(sequence<ExceptHandler*>(v, "handlers", owner, [&](Value h) -> Result<ExceptHandler*> {
        Location loc;
        PY_TRY(positions(h, &loc, "excepthandler"));
        if (!isa(h, C::kExceptHandler)) return expected("excepthandler", h);
        auto* e = arena_.make<ExceptHandler>();
        static_cast<Location&>(*e) = loc;
        e->type = PY_TRY(opt_expr(h, "type", "ExceptHandler"));
        e->name = PY_TRY(opt_identifier(h, "name", "ExceptHandler", &e->has_name));
        e->body = PY_TRY(body(h, "body", "ExceptHandler"));
        return e;
      }));
      x->orelse = PY_TRY(stmts(v, "orelse", owner));
      x->finalbody = PY_TRY(stmts(v, "finalbody", owner));
      if (x->handlers.empty() && x->finalbody.empty())
        return raise_value_error(ts_, "%s has neither except handlers nor finalbody", owner);
      if (x->handlers.empty() && !x->orelse.empty())
        return raise_value_error(ts_, "%s has orelse but no except handlers", owner);
      return x;
    }
    if (isa(v, C::kAssert)) {
      auto* x = arena_.make<Assert>();
      x->test = PY_TRY(req_expr(v, "test", "Assert"));
      x->msg = PY_TRY(opt_expr(v, "msg", "Assert"));
      return x;
    }
    if (isa(v, C::kImport)) {
      auto* x = arena_.make<Import>();
      x->names = PY_TRY(aliases(v, "Import"));
      if (x->names.empty()) return raise_value_error(ts_, "empty names on Import");
      return x;
    }
    if (isa(v, C::kImportFrom)) {
      auto* x = arena_.make<ImportFrom>();
      x->module = PY_TRY(opt_identifier(v, "module", "ImportFrom", &x->has_module));
      x->names = PY_TRY(aliases(v, "ImportFrom"));
      x->level = PY_TRY(int_field(v, "level", "ImportFrom", true));
      if (x->level < 0) return raise_value_error(ts_, "Negative ImportFrom level");
      if (x->names.empty()) return raise_value_error(ts_, "empty names on ImportFrom");
      return x;
    }
    if (isa(v, C::kGlobal)) {
      auto* x = arena_.make<Global>();
      x->names = PY_TRY(identifiers(v, "names", "Global"));
      if (x->names.empty()) return raise_value_error(ts_, "empty names on Global");
      return x;
    }
    if (isa(v, C::kNonlocal)) {
      auto* x = arena_.make<Nonlocal>();
      x->names = PY_TRY(identifiers(v, "names", "Nonlocal"));
      if (x->names.empty()) return raise_value_error(ts_, "empty names on Nonlocal");
      return x;
    }
    if (isa(v, C::kExpr)) {
      auto* x = arena_.make<ExprStmt>();
      x->value = PY_TRY(req_expr(v, "value", "Expr"));
      return x;
    }
    if (isa(v, C::kPass)) return arena_.make<Pass>();
    if (isa(v, C::kBreak)) return arena_.make<Break>();
    if (isa(v, C::kContinue)) return arena_.make<Continue>();
    return expected("stmt", v);
  }

  ThreadState& ts_;
  Arena& arena_;
};

const char* mode_node(CompileMode mode) {
  return mode == CompileMode::Eval ? "Expression" : mode == CompileMode::Single ? "Interactive" : "Module";
}

}  // namespace

bool is_ast_object(Value v) {
  Value base = ast_class_value(AstClass::kAST);
  return !base.is_null() && is_instance_of(v, base.as<TypeObject>());
}

Result<Value> code_from_ast_object(ThreadState& ts, Value tree, const std::string& filename, CompileMode mode,
                                   bool only_ast) {
  PY_TRY(ensure_ast_classes(ts));
  AstClass want = mode == CompileMode::Eval     ? AstClass::kExpression
                  : mode == CompileMode::Single ? AstClass::kInteractive
                                                : AstClass::kModule;
  if (!is_instance_of(tree, ast_class(want)))
    return raise_type_error(ts, "expected %s node, got %s", mode_node(mode), type_name_of(tree).c_str());
  if (only_ast) return tree;
  Arena arena;
  Module* m = PY_TRY(FromPython(ts, arena).module(tree, mode));
  return compile_ast(ts, *m, filename);
}

}  // namespace pystm
