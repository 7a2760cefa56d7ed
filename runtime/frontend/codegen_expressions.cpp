// runtime/frontend/codegen_expressions.cpp — code generation for
// expressions: operators, comparisons, boolean short-circuits and
// conditional jumps, displays with unpacking, calls, f-strings, yield/await,
// and constant folding.
// Must never: leave a different number of values on the stack than one.
#include <cmath>

#include "runtime/frontend/codegen.h"

namespace pystm::frontend {

using ast::ExprContext;
using ast::ExprKind;
using CK = ast::ConstantValue::Kind;

// --- constant folding -------------------------------------------------------------

namespace {

constexpr int64_t kExactDouble = int64_t{1} << 53;
constexpr size_t kMaxFoldedString = 4096;  // longer results stay run-time work

bool as_double(const ast::ConstantValue& v, double* out) {
  if (v.kind == CK::Float) {
    *out = v.float_value;
    return true;
  }
  if (v.kind == CK::Int && v.int_value <= kExactDouble && v.int_value >= -kExactDouble) {
    *out = static_cast<double>(v.int_value);
    return true;
  }
  return false;
}

std::optional<ast::ConstantValue> int_result(int64_t r) {
  ast::ConstantValue v;
  v.kind = CK::Int;
  v.int_value = r;
  return v;
}

// Python semantics for int64 operands; nullopt when the result does not fit
// or the operation raises (then it happens at run time, as in CPython).
std::optional<ast::ConstantValue> fold_int(ast::OperatorKind op, int64_t x, int64_t y) {
  using O = ast::OperatorKind;
  int64_t r = 0;
  switch (op) {
    case O::Add: if (__builtin_add_overflow(x, y, &r)) return std::nullopt; return int_result(r);
    case O::Sub: if (__builtin_sub_overflow(x, y, &r)) return std::nullopt; return int_result(r);
    case O::Mult: if (__builtin_mul_overflow(x, y, &r)) return std::nullopt; return int_result(r);
    case O::FloorDiv: {
      if (y == 0 || (x == INT64_MIN && y == -1)) return std::nullopt;
      int64_t q = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) --q;
      return int_result(q);
    }
    case O::Mod: {
      if (y == 0) return std::nullopt;
      if (y == -1) return int_result(0);
      r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return int_result(r);
    }
    case O::LShift: {
      if (y < 0) return std::nullopt;
      if (x == 0) return int_result(0);
      if (y >= 63) return std::nullopt;
      __int128 wide = static_cast<__int128>(x) << y;
      if (wide > INT64_MAX || wide < INT64_MIN) return std::nullopt;
      return int_result(static_cast<int64_t>(wide));
    }
    case O::RShift:
      if (y < 0) return std::nullopt;
      if (y >= 63) return int_result(x < 0 ? -1 : 0);
      return int_result(x >> y);
    case O::BitAnd: return int_result(x & y);
    case O::BitOr: return int_result(x | y);
    case O::BitXor: return int_result(x ^ y);
    case O::Pow: {
      if (y < 0) return std::nullopt;  // a float result: left to run time
      int64_t acc = 1;
      for (int64_t i = 0; i < y; ++i) {
        if (__builtin_mul_overflow(acc, x, &acc)) return std::nullopt;
        if (acc == 0 || acc == 1) break;  // 0 ** n, 1 ** n
        if (acc == -1 && x == -1) {
          acc = ((y - i - 1) % 2 == 0) ? -1 : 1;
          break;
        }
      }
      return int_result(acc);
    }
    case O::Div: {
      if (y == 0 || x > kExactDouble || x < -kExactDouble || y > kExactDouble || y < -kExactDouble) return std::nullopt;
      ast::ConstantValue v;
      v.kind = CK::Float;
      v.float_value = static_cast<double>(x) / static_cast<double>(y);
      return v;
    }
    case O::MatMult: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<ast::ConstantValue> fold_binop(ast::OperatorKind op, const ast::ConstantValue& a,
                                             const ast::ConstantValue& b) {
  using O = ast::OperatorKind;
  if (a.kind == CK::Int && b.kind == CK::Int) return fold_int(op, a.int_value, b.int_value);
  double x, y;
  if ((a.kind == CK::Float || b.kind == CK::Float) && as_double(a, &x) && as_double(b, &y)) {
    // IEEE double arithmetic is Python's float arithmetic for these.
    ast::ConstantValue v;
    v.kind = CK::Float;
    switch (op) {
      case O::Add: v.float_value = x + y; return v;
      case O::Sub: v.float_value = x - y; return v;
      case O::Mult: v.float_value = x * y; return v;
      case O::Div:
        if (y == 0) return std::nullopt;
        v.float_value = x / y;
        return v;
      default: return std::nullopt;
    }
  }
  bool a_seq = a.kind == CK::Str || a.kind == CK::Bytes;
  bool b_seq = b.kind == CK::Str || b.kind == CK::Bytes;
  if (op == O::Add && a_seq && a.kind == b.kind && a.text.size() + b.text.size() <= kMaxFoldedString) {
    ast::ConstantValue v = a;
    v.text += b.text;
    return v;
  }
  if (op == O::Mult && (a_seq != b_seq) && (a.kind == CK::Int || b.kind == CK::Int)) {
    const ast::ConstantValue& seq = a_seq ? a : b;
    int64_t n = a_seq ? b.int_value : a.int_value;
    if (n < 0) n = 0;
    if (!seq.text.empty() && static_cast<uint64_t>(n) > kMaxFoldedString / seq.text.size()) return std::nullopt;
    ast::ConstantValue v = seq;
    v.text.clear();
    for (int64_t i = 0; i < n; ++i) v.text += seq.text;
    return v;
  }
  return std::nullopt;
}

}  // namespace

// Whether `e` is a tree of constants and operators shallow enough to fold,
// checked without recursion (fold() itself recurses only into such trees, so
// long non-constant operator chains cost neither stack nor quadratic time).
static bool may_fold(const ast::Expr* root) {
  constexpr int kMaxFoldDepth = 100;
  std::vector<std::pair<const ast::Expr*, int>> work{{root, 0}};
  while (!work.empty()) {
    auto [e, depth] = work.back();
    work.pop_back();
    if (depth > kMaxFoldDepth) return false;
    switch (e->kind) {
      case ExprKind::Constant: break;
      case ExprKind::Name:
        if (static_cast<const ast::Name*>(e)->id != "__debug__") return false;
        break;
      case ExprKind::UnaryOp: work.push_back({static_cast<const ast::UnaryOp*>(e)->operand, depth + 1}); break;
      case ExprKind::BinOp:
        work.push_back({static_cast<const ast::BinOp*>(e)->left, depth + 1});
        work.push_back({static_cast<const ast::BinOp*>(e)->right, depth + 1});
        break;
      case ExprKind::Tuple:
        for (auto* x : static_cast<const ast::Tuple*>(e)->elts) work.push_back({x, depth + 1});
        break;
      default: return false;
    }
  }
  return true;
}

std::optional<bytecode::Constant> Codegen::fold(const ast::Expr* e) {
  if (e->kind != ExprKind::Constant && !may_fold(e)) return std::nullopt;
  switch (e->kind) {
    case ExprKind::Constant:
      return literal_constant(static_cast<const ast::Constant*>(e)->value);
    case ExprKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      if (n->id == "__debug__" && n->ctx == ExprContext::Load) {
        ast::ConstantValue v;
        v.kind = optimize_ > 0 ? CK::False : CK::True;
        return literal_constant(v);
      }
      return std::nullopt;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op == ast::UnaryOpKind::Not) return std::nullopt;
      auto operand = fold(u->operand);
      if (!operand || operand->kind != bytecode::Constant::Kind::Literal) return std::nullopt;
      const ast::ConstantValue& v = operand->literal;
      ast::ConstantValue r = v;
      if (v.kind == CK::Int) {
        if (u->op == ast::UnaryOpKind::USub) {
          if (v.int_value == INT64_MIN) return std::nullopt;
          r.int_value = -v.int_value;
        } else if (u->op == ast::UnaryOpKind::Invert) {
          r.int_value = ~v.int_value;
        }
      } else if (v.kind == CK::Float && u->op != ast::UnaryOpKind::Invert) {
        if (u->op == ast::UnaryOpKind::USub) r.float_value = -v.float_value;
      } else {
        return std::nullopt;  // big ints, complex, bools keep the run-time operation
      }
      return literal_constant(r);
    }
    case ExprKind::BinOp: {
      auto* bo = static_cast<const ast::BinOp*>(e);
      auto l = fold(bo->left);
      if (!l || l->kind != bytecode::Constant::Kind::Literal) return std::nullopt;
      auto r = fold(bo->right);
      if (!r || r->kind != bytecode::Constant::Kind::Literal) return std::nullopt;
      auto v = fold_binop(bo->op, l->literal, r->literal);
      if (!v) return std::nullopt;
      return literal_constant(*v);
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ExprContext::Load) return std::nullopt;
      bytecode::Constant c;
      c.kind = bytecode::Constant::Kind::Tuple;
      for (auto* x : t->elts) {
        if (x->kind == ExprKind::Starred) return std::nullopt;
        auto item = fold(x);
        if (!item) return std::nullopt;
        c.items.push_back(std::move(*item));
      }
      return c;
    }
    default:
      return std::nullopt;
  }
}

std::optional<bool> Codegen::const_truth(const ast::Expr* e) {
  auto c = fold(e);
  if (!c || c->kind != bytecode::Constant::Kind::Literal) {
    if (c && c->kind == bytecode::Constant::Kind::Tuple) return !c->items.empty();
    return std::nullopt;
  }
  const auto& v = c->literal;
  switch (v.kind) {
    case CK::None:
    case CK::False: return false;
    case CK::True:
    case CK::Ellipsis: return true;
    case CK::Int: return v.int_value != 0;
    case CK::BigInt: return true;
    case CK::Float: return v.float_value != 0.0;
    case CK::Complex: return v.float_value != 0.0;
    case CK::Str:
    case CK::Bytes: return !v.text.empty();
  }
  return std::nullopt;
}

// --- dispatch ---------------------------------------------------------------------

void Codegen::expr(const ast::Expr* e) {
  if (failed_) return;
  // CPython's limit (3 x the default recursion limit) keeps the C++ stack
  // bounded for pathological nesting.
  DepthGuard guard(&depth_);
  if (depth_ > kMaxNestingDepth) {
    error("maximum recursion depth exceeded during compilation", *e);
    return;
  }
  bytecode::Position saved = b().position();
  set_loc(*e);
  expr_inner(e);
  b().set_position(saved);
}

void Codegen::await_check(const ast::Expr* e) {
  Scope* s = u_->scope;
  if (!s->is_function_like()) {
    error("'await' outside function", *e);
    return;
  }
  if (!u_->is_async_function && s->type != ScopeType::Comprehension) {
    error("'await' outside async function", *e);
  }
}

void Codegen::add_yield_from(bool await) {
  Label start = b().new_label(), exit = b().new_label();
  b().bind(start);
  b().emit_jump(Opcode::SEND, exit);
  b().emit(Opcode::YIELD_VALUE, 1);
  b().emit_jump(Opcode::JUMP, start);
  b().bind(exit);
}

void Codegen::expr_inner(const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: boolop(static_cast<const ast::BoolOp*>(e)); break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      expr(n->value);
      b().emit(Opcode::COPY, 1);
      assign_target(n->target);
      break;
    }
    case ExprKind::BinOp: {
      if (auto c = fold(e)) {
        b().emit(Opcode::LOAD_CONST, add_const(*c));
        break;
      }
      auto* bo = static_cast<const ast::BinOp*>(e);
      expr(bo->left);
      expr(bo->right);
      b().emit(Opcode::BINARY_OP, static_cast<uint32_t>(bo->op));
      break;
    }
    case ExprKind::UnaryOp: {
      if (auto c = fold(e)) {
        b().emit(Opcode::LOAD_CONST, add_const(*c));
        break;
      }
      auto* u = static_cast<const ast::UnaryOp*>(e);
      expr(u->operand);
      b().emit(Opcode::UNARY_OP, static_cast<uint32_t>(u->op));
      break;
    }
    case ExprKind::Lambda: lambda(static_cast<const ast::Lambda*>(e)); break;
    case ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      Label orelse = b().new_label(), end = b().new_label();
      jump_if(i->test, orelse, false);
      expr(i->body);
      b().emit_jump(Opcode::JUMP, end);
      b().bind(orelse);
      expr(i->orelse);
      b().bind(end);
      break;
    }
    case ExprKind::Dict: dict_display(static_cast<const ast::Dict*>(e)); break;
    case ExprKind::Set: display(static_cast<const ast::Set*>(e)->elts, ExprKind::Set); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      comprehension(e);
      break;
    case ExprKind::Await: {
      await_check(e);
      if (failed_) return;
      expr(static_cast<const ast::Await*>(e)->value);
      b().emit(Opcode::GET_AWAITABLE, 0);
      load_none();
      add_yield_from(true);
      break;
    }
    case ExprKind::Yield: {
      if (!u_->scope->is_function_like()) {
        error("'yield' outside function", *e);
        return;
      }
      auto* y = static_cast<const ast::Yield*>(e);
      if (y->value) expr(y->value);
      else load_none();
      b().emit(Opcode::YIELD_VALUE);
      break;
    }
    case ExprKind::YieldFrom: {
      if (!u_->scope->is_function_like()) {
        error("'yield' outside function", *e);
        return;
      }
      if (u_->is_async_function) {
        error("'yield from' inside async function", *e);
        return;
      }
      expr(static_cast<const ast::YieldFrom*>(e)->value);
      b().emit(Opcode::GET_YIELD_FROM_ITER);
      load_none();
      add_yield_from(false);
      break;
    }
    case ExprKind::Compare: compare(static_cast<const ast::Compare*>(e)); break;
    case ExprKind::Call: call(static_cast<const ast::Call*>(e)); break;
    case ExprKind::FormattedValue: formatted_value(static_cast<const ast::FormattedValue*>(e)); break;
    case ExprKind::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e)); break;
    case ExprKind::Constant: load_const(static_cast<const ast::Constant*>(e)->value); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      if (a->ctx != ExprContext::Load) {
        if (a->ctx == ExprContext::Store) assign_target(e);
        else delete_target(e);
        break;
      }
      expr(a->value);
      b().emit(Opcode::LOAD_ATTR, add_name(mangle(a->attr)));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      if (s->ctx != ExprContext::Load) {
        if (s->ctx == ExprContext::Store) assign_target(e);
        else delete_target(e);
        break;
      }
      warn(*s, subscript_warning(s));
      expr(s->value);
      expr(s->slice);
      b().emit(Opcode::BINARY_SUBSCR);
      break;
    }
    case ExprKind::Starred:
      if (static_cast<const ast::Starred*>(e)->ctx == ExprContext::Store) {
        error("starred assignment target must be in a list or tuple", *e);
      } else {
        error("can't use starred expression here", *e);
      }
      break;
    case ExprKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      name_op(n->id, n->ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<const ast::List*>(e);
      if (l->ctx == ExprContext::Store) { assign_target(e); break; }
      display(l->elts, ExprKind::List);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx == ExprContext::Store) { assign_target(e); break; }
      if (auto c = fold(e)) {
        b().emit(Opcode::LOAD_CONST, add_const(*c));
        break;
      }
      display(t->elts, ExprKind::Tuple);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower) expr(s->lower); else load_none();
      if (s->upper) expr(s->upper); else load_none();
      uint32_t n = 2;
      if (s->step) {
        expr(s->step);
        n = 3;
      }
      b().emit(Opcode::BUILD_SLICE, n);
      break;
    }
  }
}

// --- operators ----------------------------------------------------------------------

void Codegen::compare_op(ast::CmpOpKind op) {
  using C = ast::CmpOpKind;
  using bytecode::CompareOp;
  switch (op) {
    case C::Eq: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); break;
    case C::NotEq: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne)); break;
    case C::Lt: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); break;
    case C::LtE: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); break;
    case C::Gt: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); break;
    case C::GtE: b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); break;
    case C::Is: b().emit(Opcode::IS_OP, 0); break;
    case C::IsNot: b().emit(Opcode::IS_OP, 1); break;
    case C::In: b().emit(Opcode::CONTAINS_OP, 0); break;
    case C::NotIn: b().emit(Opcode::CONTAINS_OP, 1); break;
  }
}

void Codegen::compare(const ast::Compare* c) {
  warn(*c, compare_warning(c));
  expr(c->left);
  size_t n = c->ops.size();
  if (n == 1) {
    bool search = c->ops[0] == ast::CmpOpKind::In || c->ops[0] == ast::CmpOpKind::NotIn;
    if (!search || !constant_container(c->comparators[0])) expr(c->comparators[0]);
    set_loc(*c);
    compare_op(c->ops[0]);
    return;
  }
  Label cleanup = b().new_label(), end = b().new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    expr(c->comparators[i]);
    set_loc(*c);
    b().emit(Opcode::SWAP, 2);
    b().emit(Opcode::COPY, 2);
    compare_op(c->ops[i]);
    b().emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(c->comparators[n - 1]);
  set_loc(*c);
  compare_op(c->ops[n - 1]);
  b().emit_jump(Opcode::JUMP, end);
  b().bind(cleanup);
  b().emit(Opcode::SWAP, 2);
  b().emit(Opcode::POP_TOP);
  b().bind(end);
}

void Codegen::boolop(const ast::BoolOp* bo) {
  Opcode jump = bo->op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  Label end = b().new_label();
  for (size_t i = 0; i + 1 < bo->values.size(); ++i) {
    expr(bo->values[i]);
    set_loc(*bo);
    b().emit_jump(jump, end);
  }
  expr(bo->values.back());
  b().bind(end);
}

void Codegen::jump_if(const ast::Expr* e, Label target, bool cond) {
  if (failed_) return;
  if (auto truth = const_truth(e)) {
    if (*truth == cond) b().emit_jump(Opcode::JUMP, target);
    return;
  }
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op == ast::UnaryOpKind::Not) {
        jump_if(u->operand, target, !cond);
        return;
      }
      break;
    }
    case ExprKind::BoolOp: {
      auto* bo = static_cast<const ast::BoolOp*>(e);
      bool is_or = bo->op == ast::BoolOpKind::Or;
      Label next2 = target;
      if (cond != is_or) next2 = b().new_label();
      for (size_t i = 0; i + 1 < bo->values.size(); ++i) jump_if(bo->values[i], next2, is_or);
      jump_if(bo->values.back(), target, cond);
      if (next2.id != target.id) b().bind(next2);
      return;
    }
    case ExprKind::Compare: {
      // `x is None` / `x is not None` test and jump in one instruction.
      auto* c = static_cast<const ast::Compare*>(e);
      if (c->ops.size() != 1 || (c->ops[0] != ast::CmpOpKind::Is && c->ops[0] != ast::CmpOpKind::IsNot)) break;
      auto is_none = [](const ast::Expr* x) {
        return x->kind == ExprKind::Constant &&
               static_cast<const ast::Constant*>(x)->value.kind == CK::None;
      };
      const ast::Expr* other = nullptr;
      if (is_none(c->comparators[0])) other = c->left;
      else if (is_none(c->left)) other = c->comparators[0];
      if (!other) break;
      expr(other);
      bool jump_on_none = (c->ops[0] == ast::CmpOpKind::Is) == cond;
      bytecode::Position saved = b().position();
      set_loc(*e);
      b().emit_jump(jump_on_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE, target);
      b().set_position(saved);
      return;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      Label end = b().new_label(), next2 = b().new_label();
      jump_if(i->test, next2, false);
      jump_if(i->body, target, cond);
      b().emit_jump(Opcode::JUMP, end);
      b().bind(next2);
      jump_if(i->orelse, target, cond);
      b().bind(end);
      return;
    }
    default:
      break;
  }
  expr(e);
  bytecode::Position saved = b().position();
  set_loc(*e);
  b().emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
  b().set_position(saved);
}

// --- displays ---------------------------------------------------------------------------

// Pushes a list/set/tuple built from `elts` (which may contain *starred).
// `pushed` items already on the stack become its first elements.
void Codegen::starred_sequence(const std::vector<ast::Expr*>& elts, Opcode build, Opcode add, Opcode extend,
                               int pushed) {
  bool has_star = false;
  for (auto* x : elts) if (x->kind == ExprKind::Starred) has_star = true;
  constexpr size_t kStackUse = 30;
  if (!has_star && elts.size() + pushed <= kStackUse) {
    for (auto* x : elts) expr(x);
    b().emit(build, static_cast<uint32_t>(elts.size() + pushed));
    return;
  }
  // Build incrementally: a leading run of plain items, then one at a time.
  size_t i = 0;
  int n = pushed;
  while (i < elts.size() && elts[i]->kind != ExprKind::Starred && n < static_cast<int>(kStackUse)) {
    expr(elts[i++]);
    ++n;
  }
  b().emit(build, n);
  for (; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) {
      expr(static_cast<const ast::Starred*>(elts[i])->value);
      b().emit(extend, 1);
    } else {
      expr(elts[i]);
      b().emit(add, 1);
    }
  }
}

// A tuple or frozenset constant of `elts` when every item is a constant.
std::optional<bytecode::Constant> Codegen::fold_sequence(const std::vector<ast::Expr*>& elts, bool as_set) {
  bytecode::Constant c;
  c.kind = as_set ? bytecode::Constant::Kind::FrozenSet : bytecode::Constant::Kind::Tuple;
  for (auto* x : elts) {
    if (x->kind == ExprKind::Starred) return std::nullopt;
    auto item = fold(x);
    if (!item) return std::nullopt;
    c.items.push_back(std::move(*item));
  }
  return c;
}

// `x in [1, 2]` / `for x in {1, 2}`: a display of constants that is only
// iterated or searched becomes a tuple / frozenset constant.
bool Codegen::constant_container(const ast::Expr* e) {
  const std::vector<ast::Expr*>* elts = nullptr;
  bool as_set = false;
  if (e->kind == ExprKind::List) elts = &static_cast<const ast::List*>(e)->elts;
  else if (e->kind == ExprKind::Set) elts = &static_cast<const ast::Set*>(e)->elts, as_set = true;
  if (!elts) return false;
  auto c = fold_sequence(*elts, as_set);
  if (!c) return false;
  bytecode::Position saved = b().position();
  set_loc(*e);
  b().emit(Opcode::LOAD_CONST, add_const(*c));
  b().set_position(saved);
  return true;
}

void Codegen::display(const std::vector<ast::Expr*>& elts, ExprKind kind) {
  if (kind != ExprKind::Tuple && elts.size() > 2) {
    // [1, 2, 3] builds an empty list and extends it from a constant tuple.
    if (auto c = fold_sequence(elts, kind == ExprKind::Set)) {
      b().emit(kind == ExprKind::List ? Opcode::BUILD_LIST : Opcode::BUILD_SET, 0);
      b().emit(Opcode::LOAD_CONST, add_const(*c));
      b().emit(kind == ExprKind::List ? Opcode::LIST_EXTEND : Opcode::SET_UPDATE, 1);
      return;
    }
  }
  switch (kind) {
    case ExprKind::List:
      starred_sequence(elts, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, 0);
      break;
    case ExprKind::Set:
      starred_sequence(elts, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, 0);
      break;
    default: {
      bool has_star = false;
      for (auto* x : elts) if (x->kind == ExprKind::Starred) has_star = true;
      if (!has_star && elts.size() <= 30) {
        for (auto* x : elts) expr(x);
        b().emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(elts.size()));
      } else {
        starred_sequence(elts, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, 0);
        b().emit(Opcode::LIST_TO_TUPLE);
      }
      break;
    }
  }
}

void Codegen::dict_display(const ast::Dict* d) {
  constexpr int kChunk = 16;
  bool have_dict = false;
  int pending = 0;
  auto flush = [&] {
    if (pending == 0 && have_dict) return;
    b().emit(Opcode::BUILD_MAP, pending);
    if (have_dict) b().emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (size_t i = 0; i < d->values.size(); ++i) {
    if (!d->keys[i]) {
      flush();
      expr(d->values[i]);
      set_loc(*d);
      b().emit(Opcode::DICT_UPDATE, 1);
      continue;
    }
    expr(d->keys[i]);
    expr(d->values[i]);
    if (++pending == kChunk) flush();
  }
  if (pending || !have_dict) flush();
}

// --- calls ----------------------------------------------------------------------------------

bool Codegen::validate_keywords(const std::vector<ast::Keyword*>& keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (!keywords[i]->has_arg) continue;
    if (keywords[i]->arg == "__debug__") return error("cannot assign to __debug__", here());
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      if (keywords[j]->has_arg && keywords[j]->arg == keywords[i]->arg) {
        return error("keyword argument repeated: " + keywords[i]->arg, *keywords[j]);
      }
    }
  }
  return true;
}

void Codegen::call(const ast::Call* c) {
  if (!validate_keywords(c->keywords)) return;
  warn(*c, call_warning(c));
  bool simple = true;
  for (auto* a : c->args) if (a->kind == ExprKind::Starred) simple = false;
  for (auto* k : c->keywords) if (!k->has_arg) simple = false;
  if (simple && c->func->kind == ExprKind::Attribute) {
    auto* a = static_cast<const ast::Attribute*>(c->func);
    if (a->ctx == ExprContext::Load) {
      expr(a->value);
      set_loc(*a);
      b().emit(Opcode::LOAD_METHOD, add_name(mangle(a->attr)));
      call_helper(0, c->args, c->keywords, c);
      return;
    }
  }
  expr(c->func);
  b().emit(Opcode::PUSH_NULL);
  call_helper(0, c->args, c->keywords, c);
}

void Codegen::call_helper(int n, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& keywords,
                          const ast::Node* node) {
  if (!validate_keywords(keywords)) return;
  bool simple = true;
  for (auto* a : args) if (a->kind == ExprKind::Starred) simple = false;
  for (auto* k : keywords) if (!k->has_arg) simple = false;
  if (simple) {
    for (auto* a : args) expr(a);
    for (auto* k : keywords) expr(k->value);
    set_loc(*node);
    uint32_t total = static_cast<uint32_t>(n + args.size() + keywords.size());
    if (keywords.empty()) {
      b().emit(Opcode::CALL, total);
    } else {
      bytecode::Constant names;
      names.kind = bytecode::Constant::Kind::Tuple;
      for (auto* k : keywords) {
        ast::ConstantValue v;
        v.kind = CK::Str;
        v.text = k->arg;
        names.items.push_back(literal_constant(v));
      }
      b().emit(Opcode::LOAD_CONST, add_const(names));
      b().emit(Opcode::CALL_KW, total);
    }
    return;
  }
  // The general form: positional arguments as one tuple, keywords as one dict.
  // A lone `*x` goes to CALL_FUNCTION_EX as it is (as in CPython), which then
  // checks it and names the function in its error.
  if (n == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    starred_sequence(args, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, n);
    b().emit(Opcode::LIST_TO_TUPLE);
  }
  uint32_t has_kw = 0;
  if (!keywords.empty()) {
    has_kw = 1;
    bool have_dict = false;
    int pending = 0;
    auto flush = [&] {
      if (pending == 0) return;
      b().emit(Opcode::BUILD_MAP, pending);
      if (have_dict) b().emit(Opcode::DICT_MERGE, 1);
      have_dict = true;
      pending = 0;
    };
    for (auto* k : keywords) {
      if (k->has_arg) {
        load_str(k->arg);
        expr(k->value);
        ++pending;
      } else {
        flush();
        if (!have_dict) {
          b().emit(Opcode::BUILD_MAP, 0);
          have_dict = true;
        }
        expr(k->value);
        set_loc(*k);
        b().emit(Opcode::DICT_MERGE, 1);
      }
    }
    flush();
  }
  set_loc(*node);
  b().emit(Opcode::CALL_FUNCTION_EX, has_kw);
}

// --- f-strings --------------------------------------------------------------------------------

void Codegen::formatted_value(const ast::FormattedValue* f) {
  expr(f->value);
  uint32_t arg = 0;
  switch (f->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
  }
  if (f->format_spec) {
    expr(f->format_spec);
    arg |= 4;
  }
  set_loc(*f);
  b().emit(Opcode::FORMAT_VALUE, arg);
}

void Codegen::joined_str(const ast::JoinedStr* j) {
  if (j->values.empty()) {
    load_str("");
    return;
  }
  if (j->values.size() == 1 && j->values[0]->kind == ExprKind::FormattedValue) {
    expr(j->values[0]);
    return;
  }
  for (auto* v : j->values) expr(v);
  set_loc(*j);
  b().emit(Opcode::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
}

}  // namespace pystm::frontend
