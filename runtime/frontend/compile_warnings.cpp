// runtime/frontend/compile_warnings.cpp — see compile_warnings.h. The rules
// follow CPython 3.11's compiler (its check_compare, check_caller,
// check_subscripter/check_index and assert check); a constant it would have
// folded first (a negated number, a tuple of constants) counts as a literal.
#include "runtime/frontend/compile_warnings.h"

namespace pystm::frontend {

namespace {

using ast::ExprKind;
using K = ast::ConstantValue::Kind;

// Whether `e` is a constant after CPython's AST folding (then *type_name is
// its type's name). Tuples of constants fold to a tuple.
bool folded_constant(const ast::Expr* e, const char** type_name) {
  switch (e->kind) {
    case ExprKind::Constant: {
      switch (static_cast<const ast::Constant*>(e)->value.kind) {
        case K::None: *type_name = "NoneType"; break;
        case K::True: case K::False: *type_name = "bool"; break;
        case K::Ellipsis: *type_name = "ellipsis"; break;
        case K::Int: case K::BigInt: *type_name = "int"; break;
        case K::Float: *type_name = "float"; break;
        case K::Complex: *type_name = "complex"; break;
        case K::Str: *type_name = "str"; break;
        case K::Bytes: *type_name = "bytes"; break;
      }
      return true;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      const char* inner = nullptr;
      if (u->op == ast::UnaryOpKind::Not || !folded_constant(u->operand, &inner)) return false;
      std::string t = inner;
      if (t != "int" && t != "float" && t != "complex" && t != "bool") return false;
      *type_name = t == "bool" ? "int" : inner;
      return true;
    }
    case ExprKind::Tuple: {
      const char* ignored = nullptr;
      for (const ast::Expr* x : static_cast<const ast::Tuple*>(e)->elts)
        if (!folded_constant(x, &ignored)) return false;
      *type_name = "tuple";
      return true;
    }
    default:
      return false;
  }
}

// The type a literal expression certainly has (CPython's infer_type), or null.
const char* literal_type(const ast::Expr* e) {
  const char* name = nullptr;
  if (folded_constant(e, &name)) return name;
  switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: case ExprKind::ListComp: return "list";
    case ExprKind::Dict: case ExprKind::DictComp: return "dict";
    case ExprKind::Set: case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
    default: return nullptr;
  }
}

// "is" may compare with None, True, False and Ellipsis only.
bool fine_for_is(const ast::Expr* e) {
  const char* name = nullptr;
  if (!folded_constant(e, &name)) return true;
  std::string t = name;
  return e->kind == ExprKind::Constant && (t == "NoneType" || t == "bool" || t == "ellipsis");
}

}  // namespace

std::optional<std::string> compare_warning(const ast::Compare* c) {
  bool left = fine_for_is(c->left);
  for (size_t i = 0; i < c->ops.size(); ++i) {
    bool right = fine_for_is(c->comparators[i]);
    if ((c->ops[i] == ast::CmpOpKind::Is || c->ops[i] == ast::CmpOpKind::IsNot) && (!left || !right))
      return std::string(c->ops[i] == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
    left = right;
  }
  return std::nullopt;
}

std::optional<std::string> call_warning(const ast::Call* c) {
  switch (c->func->kind) {
    case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
    case ExprKind::Dict: case ExprKind::DictComp: case ExprKind::Set: case ExprKind::SetComp:
    case ExprKind::GeneratorExp: case ExprKind::JoinedStr: case ExprKind::FormattedValue:
      return "'" + std::string(literal_type(c->func)) + "' object is not callable; perhaps you missed a comma?";
    default:
      return std::nullopt;
  }
}

std::optional<std::string> subscript_warning(const ast::Subscript* s) {
  const ast::Expr* v = s->value;
  const char* vt = literal_type(v);
  std::string value_type = vt ? vt : "";
  bool constant = v->kind == ExprKind::Constant;
  // check_subscripter: numbers, None, Ellipsis (and sets, generators, lambdas) take no [].
  bool unsubscriptable = (constant && (value_type == "NoneType" || value_type == "ellipsis" || value_type == "int" ||
                                       value_type == "float" || value_type == "complex" || value_type == "bool")) ||
                         v->kind == ExprKind::Set || v->kind == ExprKind::SetComp ||
                         v->kind == ExprKind::GeneratorExp || v->kind == ExprKind::Lambda;
  if (unsubscriptable)
    return "'" + value_type + "' object is not subscriptable; perhaps you missed a comma?";
  // check_index: a sequence literal indexed by a literal that is no int.
  const char* it = s->slice->kind == ExprKind::Slice ? nullptr : literal_type(s->slice);
  if (it == nullptr) return std::nullopt;
  std::string index_type = it;
  if (index_type == "int" || index_type == "bool") return std::nullopt;
  bool sequence = (constant && (value_type == "str" || value_type == "bytes")) ||
                  (v->kind == ExprKind::Tuple && value_type == "tuple") || v->kind == ExprKind::List ||
                  v->kind == ExprKind::ListComp || v->kind == ExprKind::JoinedStr ||
                  v->kind == ExprKind::FormattedValue;
  if (!sequence) return std::nullopt;
  return value_type + " indices must be integers or slices, not " + index_type + "; perhaps you missed a comma?";
}

std::optional<std::string> assert_warning(const ast::Assert* a) {
  if (a->test->kind == ExprKind::Tuple && !static_cast<const ast::Tuple*>(a->test)->elts.empty())
    return std::string("assertion is always true, perhaps remove parentheses?");
  return std::nullopt;
}

}  // namespace pystm::frontend
