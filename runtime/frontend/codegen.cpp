// runtime/frontend/codegen.cpp — code generation for code units: the module,
// function and class bodies, lambdas and comprehensions; operand tables
// (constants, names, locals, cells); name resolution into *_FAST / *_DEREF /
// *_GLOBAL / *_NAME instructions.
// Must never: decide a name's scope itself (the symbol table does).
#include <algorithm>
#include <cstring>

#include "runtime/bytecode/disassembler.h"
#include "runtime/frontend/codegen.h"
#include "runtime/frontend/name_mangling.h"

namespace pystm::frontend {

// --- constants ---------------------------------------------------------------

bytecode::Constant literal_constant(const ast::ConstantValue& v) {
  bytecode::Constant c;
  c.kind = bytecode::Constant::Kind::Literal;
  c.literal = v;
  return c;
}

static std::string bits_of(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return std::to_string(u);
}

std::string constant_key(const bytecode::Constant& c) {
  using K = ast::ConstantValue::Kind;
  switch (c.kind) {
    case bytecode::Constant::Kind::Code: {
      // Structural: a function defined in a finally body is compiled twice
      // (normal and exceptional path); both copies share one constant.
      const bytecode::CodeUnit& u = *c.code;
      std::string k = "code:" + u.name + "\x1f" + u.qualname + "\x1f" + std::to_string(u.flags) + "," +
                      std::to_string(u.argcount) + "," + std::to_string(u.posonlyargcount) + "," +
                      std::to_string(u.kwonlyargcount) + "," + std::to_string(u.firstlineno) + ",";
      for (uint32_t w : u.code) k += std::to_string(w) + ",";
      for (const auto& p : u.positions) {
        k += std::to_string(p.lineno) + ":" + std::to_string(p.col_offset) + ":" + std::to_string(p.end_lineno) +
             ":" + std::to_string(p.end_col_offset) + ",";
      }
      for (const auto& e : u.exception_table) {
        k += std::to_string(e.start) + "-" + std::to_string(e.end) + "-" + std::to_string(e.target) + "-" +
             std::to_string(e.depth) + (e.push_lasti ? "L," : ",");
      }
      for (const auto* v : {&u.names, &u.varnames, &u.cellvars, &u.freevars}) {
        k += "[";
        for (const auto& n : *v) k += n + "\x1f";
        k += "]";
      }
      for (const auto& sub : u.consts) k += "(" + constant_key(sub) + ")";
      return k + (u.has_docstring ? "D" : "");
    }
    case bytecode::Constant::Kind::Tuple:
    case bytecode::Constant::Kind::FrozenSet: {
      std::string k = c.kind == bytecode::Constant::Kind::Tuple ? "(" : "{";
      for (const auto& item : c.items) k += constant_key(item) + ",";
      return k + ")";
    }
    case bytecode::Constant::Kind::Literal:
      break;
  }
  const auto& v = c.literal;
  switch (v.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "...";
    case K::Int: return "i" + std::to_string(v.int_value);
    case K::BigInt: return "I" + v.text;
    case K::Float: return "f" + bits_of(v.float_value);
    case K::Complex: return "j" + bits_of(v.float_value);
    case K::Str: return "s" + v.text;
    case K::Bytes: return "b" + v.text;
  }
  return "?";
}

int Codegen::add_const(const bytecode::Constant& c) {
  std::string key = constant_key(c);
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  int i = static_cast<int>(u_->code->consts.size());
  u_->code->consts.push_back(c);
  u_->const_index.emplace(std::move(key), i);
  return i;
}

int Codegen::add_literal(const ast::ConstantValue& v) { return add_const(literal_constant(v)); }

void Codegen::load_none() {
  ast::ConstantValue v;
  v.kind = ast::ConstantValue::Kind::None;
  load_const(v);
}

void Codegen::load_str(const std::string& s) {
  ast::ConstantValue v;
  v.kind = ast::ConstantValue::Kind::Str;
  v.text = s;
  load_const(v);
}

int Codegen::add_name(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  int i = static_cast<int>(u_->code->names.size());
  u_->code->names.push_back(name);
  u_->name_index.emplace(name, i);
  return i;
}

int Codegen::add_varname(const std::string& name) {
  auto it = u_->varname_index.find(name);
  if (it != u_->varname_index.end()) return it->second;
  int i = static_cast<int>(u_->code->varnames.size());
  u_->code->varnames.push_back(name);
  u_->varname_index.emplace(name, i);
  return i;
}

int Codegen::cell_index(const std::string& name) {
  auto it = u_->cell_index.find(name);
  if (it != u_->cell_index.end()) return it->second;
  internal_error_ = "no cell for '" + name + "' in " + u_->code->qualname;
  return 0;
}

std::string Codegen::mangle(const std::string& name) const { return mangle_private_name(u_->private_name, name); }

void Codegen::set_loc(const ast::Location& l) {
  b().set_position(bytecode::Position{l.lineno, l.end_lineno, l.col_offset, l.end_col_offset});
}

bool Codegen::error(const std::string& msg, const ast::Location& loc) {
  if (!failed_) {
    failed_ = true;
    error_ = make_syntax_error(msg, loc, filename_, source_);
  }
  return false;
}

// --- names -------------------------------------------------------------------

void Codegen::name_op(const std::string& raw, ast::ExprContext ctx) {
  std::string name = mangle(raw);
  using C = ast::ExprContext;
  if (ctx != C::Load && raw == "__debug__") {
    error(ctx == C::Store ? "cannot assign to __debug__" : "cannot delete __debug__", here());
    return;
  }
  if (ctx == C::Load && name == "__debug__") {
    ast::ConstantValue v;
    v.kind = optimize_ > 0 ? ast::ConstantValue::Kind::False : ast::ConstantValue::Kind::True;
    load_const(v);
    return;
  }
  Scope* s = u_->scope;
  NameScope ns = s->lookup(name);
  bool optimized = s->is_function_like();
  switch (ns) {
    case NameScope::Free:
    case NameScope::Cell: {
      int idx = cell_index(name);
      if (ctx == C::Load) {
        b().emit(s->type == ScopeType::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF, idx);
      } else {
        b().emit(ctx == C::Store ? Opcode::STORE_DEREF : Opcode::DELETE_DEREF, idx);
      }
      return;
    }
    case NameScope::Local:
      if (optimized) {
        int idx = add_varname(name);
        b().emit(ctx == C::Load ? Opcode::LOAD_FAST : ctx == C::Store ? Opcode::STORE_FAST : Opcode::DELETE_FAST, idx);
        return;
      }
      break;
    case NameScope::GlobalImplicit:
      if (!optimized) break;
      [[fallthrough]];
    case NameScope::GlobalExplicit: {
      int idx = add_name(name);
      b().emit(ctx == C::Load ? Opcode::LOAD_GLOBAL : ctx == C::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL, idx);
      return;
    }
  }
  int idx = add_name(name);
  b().emit(ctx == C::Load ? Opcode::LOAD_NAME : ctx == C::Store ? Opcode::STORE_NAME : Opcode::DELETE_NAME, idx);
}

// --- units ---------------------------------------------------------------------

void Codegen::enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstlineno) {
  auto unit = std::make_unique<CodegenUnit>();
  unit->scope = scope;
  unit->code = std::make_shared<bytecode::CodeUnit>();
  unit->code->name = name;
  unit->code->qualname = qualname;
  unit->code->filename = filename_;
  unit->code->firstlineno = firstlineno;
  if (scope->type == ScopeType::Class) {
    unit->private_name = scope->name;
  } else if (u_) {
    unit->private_name = u_->private_name;
  }
  unit->is_async_function = scope->is_async_def;
  // Parameters come first in varnames, in order.
  for (const auto& p : scope->params) {
    int i = static_cast<int>(unit->code->varnames.size());
    unit->code->varnames.push_back(p);
    unit->varname_index.emplace(p, i);
  }
  // Cells then frees share one index space.
  // Cells: captured parameters first in parameter order, then the others
  // sorted (CPython 3.11's co_cellvars order).
  std::vector<std::string> cells;
  std::vector<std::string> sorted_cells = scope->names_with(NameScope::Cell);
  for (const auto& p : scope->params) {
    if (scope->lookup(p) == NameScope::Cell) cells.push_back(p);
  }
  for (const auto& c : sorted_cells) {
    if (std::find(cells.begin(), cells.end(), c) == cells.end()) cells.push_back(c);
  }
  if (scope->type == ScopeType::Class && scope->needs_class_closure) cells = {"__class__"};
  std::vector<std::string> frees = scope->names_with(NameScope::Free);
  for (const auto& c : cells) {
    unit->cell_index.emplace(c, static_cast<int>(unit->code->cellvars.size()));
    unit->code->cellvars.push_back(c);
    auto it = unit->varname_index.find(c);
    unit->code->cell_from_arg.push_back(it != unit->varname_index.end() ? it->second : -1);
  }
  for (const auto& f : frees) {
    unit->cell_index.emplace(f, static_cast<int>(unit->code->cellvars.size() + unit->code->freevars.size()));
    unit->code->freevars.push_back(f);
  }
  units_.push_back(std::move(unit));
  u_ = units_.back().get();
  set_loc(ast::Location{firstlineno, 0, firstlineno, 0});
}

std::shared_ptr<bytecode::CodeUnit> Codegen::leave_unit() {
  CodegenUnit* unit = u_;
  std::string err;
  if (!failed_ && internal_error_.empty() && !unit->b.assemble(unit->code.get(), &err)) {
    internal_error_ = "internal compiler error in " + unit->code->qualname + ": " + err;
  }
  Scope* s = unit->scope;
  uint32_t flags = 0;
  if (s->is_function_like()) {
    flags |= bytecode::CO_OPTIMIZED | bytecode::CO_NEWLOCALS;
    if (s->has_varargs) flags |= bytecode::CO_VARARGS;
    if (s->has_varkeywords) flags |= bytecode::CO_VARKEYWORDS;
    if (s->is_nested) flags |= bytecode::CO_NESTED;
    if (s->is_generator && s->is_coroutine) flags |= bytecode::CO_ASYNC_GENERATOR;
    else if (s->is_generator) flags |= bytecode::CO_GENERATOR;
    else if (s->is_coroutine) flags |= bytecode::CO_COROUTINE;
  }
  if (unit->code->cellvars.empty() && unit->code->freevars.empty()) flags |= bytecode::CO_NOFREE;
  unit->code->flags = flags;
  auto code = unit->code;
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

std::string Codegen::qualname_for(const std::string& name, bool is_def_or_class) const {
  if (!u_ || u_->scope->type == ScopeType::Module) return name;
  if (is_def_or_class && u_->scope->lookup(mangle(name)) == NameScope::GlobalExplicit) return name;
  const std::string& parent = u_->code->qualname;
  ScopeType t = u_->scope->type;
  if (t == ScopeType::Function || t == ScopeType::Lambda) return parent + ".<locals>." + name;
  return parent + "." + name;
}

// --- the module ----------------------------------------------------------------

// Whether a module or class body contains annotated simple names (so it
// needs SETUP_ANNOTATIONS). Nested function and class bodies do not count.
static bool find_annotations(const std::vector<ast::Stmt*>& body) {
  using K = ast::StmtKind;
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case K::AnnAssign: return true;
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (find_annotations(f->body) || find_annotations(f->orelse)) return true;
        break;
      }
      case K::While: {
        auto* w = static_cast<const ast::While*>(s);
        if (find_annotations(w->body) || find_annotations(w->orelse)) return true;
        break;
      }
      case K::If: {
        auto* i = static_cast<const ast::If*>(s);
        if (find_annotations(i->body) || find_annotations(i->orelse)) return true;
        break;
      }
      case K::With:
      case K::AsyncWith:
        if (find_annotations(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (find_annotations(t->body) || find_annotations(t->orelse) || find_annotations(t->finalbody)) return true;
        for (auto* h : t->handlers) if (find_annotations(h->body)) return true;
        break;
      }
      case K::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases) if (find_annotations(c->body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

static const ast::Constant* docstring_of(const std::vector<ast::Stmt*>& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
  auto* e = static_cast<const ast::ExprStmt*>(body[0])->value;
  if (e->kind != ast::ExprKind::Constant) return nullptr;
  auto* c = static_cast<const ast::Constant*>(e);
  return c->value.kind == ast::ConstantValue::Kind::Str ? c : nullptr;
}

void Codegen::body_with_docstring(const std::vector<ast::Stmt*>& body, bool is_class, bool is_module) {
  size_t start = 0;
  const ast::Constant* doc = optimize_ >= 2 ? nullptr : docstring_of(body);
  if ((is_class || is_module) && find_annotations(body)) {
    if (!body.empty()) set_loc(*body[0]);
    b().emit(Opcode::SETUP_ANNOTATIONS);
  }
  if (docstring_of(body)) start = 1;
  if (doc) {
    int i = add_literal(doc->value);
    u_->code->has_docstring = (i == 0);
    if (is_class || is_module) {
      set_loc(*body[0]);
      b().emit(Opcode::LOAD_CONST, i);
      name_op("__doc__", ast::ExprContext::Store);
    }
  } else if (!is_class && !is_module) {
    add_literal(ast::ConstantValue{});  // consts[0] is None when there is no docstring
  }
  for (size_t i = start; i < body.size(); ++i) stmt(body[i]);
}

CompileResult Codegen::run(const ast::Module& module) {
  future_annotations_ = has_future_annotations(module);
  interactive_ = module.kind == ast::Module::Kind::Interactive;
  enter_unit(st_.top(), "<module>", "<module>", 1);
  if (module.kind == ast::Module::Kind::Expression) {
    expr(module.expression);
    b().emit(Opcode::RETURN_VALUE);
  } else {
    if (!module.body.empty()) set_loc(*module.body[0]);
    if (interactive_) {
      if (find_annotations(module.body)) b().emit(Opcode::SETUP_ANNOTATIONS);
      stmts(module.body);
    } else {
      body_with_docstring(module.body, false, true);
    }
    load_none();
    b().emit(Opcode::RETURN_VALUE);
  }
  auto code = leave_unit();
  CompileResult r;
  if (failed_) {
    r.error = error_;
    return r;
  }
  if (!internal_error_.empty()) {
    SyntaxErrorInfo e;
    e.msg = internal_error_;
    e.filename = filename_;
    r.error = e;
    return r;
  }
  r.code = code;
  r.warnings = std::move(warnings_);
  return r;
}

// --- functions, classes, lambdas ------------------------------------------------------

void Codegen::make_closure(const std::shared_ptr<bytecode::CodeUnit>& code, uint32_t flags) {
  if (!code->freevars.empty()) {
    for (const auto& name : code->freevars) {
      // In a class body, `__class__` is the class cell; everything else is
      // found among the enclosing unit's cells and frees.
      b().emit(Opcode::LOAD_CLOSURE, cell_index(name));
    }
    b().emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
    flags |= 8;
  }
  bytecode::Constant c;
  c.kind = bytecode::Constant::Kind::Code;
  c.code = code;
  b().emit(Opcode::LOAD_CONST, add_const(c));
  b().emit(Opcode::MAKE_FUNCTION, flags);
}

bool Codegen::defaults(const ast::Arguments* a, uint32_t* flags) {
  if (!a) return true;
  if (!a->defaults.empty()) {
    for (auto* d : a->defaults) expr(d);
    b().emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(a->defaults.size()));
    *flags |= 1;
  }
  int n = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
    const ast::Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    load_str(mangle(a->kwonlyargs[i]->arg));
    expr(d);
    ++n;
  }
  if (n) {
    b().emit(Opcode::BUILD_MAP, n);
    *flags |= 2;
  }
  return true;
}

// CPython's unparse of the annotation forms that occur in practice (names,
// dotted names, subscripts, tuples/lists inside them, constants, `|`);
// false for anything else (the caller then uses the source text).
static bool unparse_annotation(const ast::Expr* e, std::string* out, bool in_subscript = false) {
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Name: *out += static_cast<const ast::Name*>(e)->id; return true;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      if (a->value->kind != K::Name && a->value->kind != K::Attribute) return false;
      if (!unparse_annotation(a->value, out)) return false;
      *out += "." + a->attr;
      return true;
    }
    case K::Constant: {
      const auto& v = static_cast<const ast::Constant*>(e)->value;
      if (v.kind == ast::ConstantValue::Kind::Ellipsis) *out += "...";
      else if (v.kind == ast::ConstantValue::Kind::Str || v.kind == ast::ConstantValue::Kind::None ||
               v.kind == ast::ConstantValue::Kind::True || v.kind == ast::ConstantValue::Kind::False ||
               v.kind == ast::ConstantValue::Kind::Int)
        *out += bytecode::constant_repr(literal_constant(v));
      else return false;
      return true;
    }
    case K::Subscript: {
      auto* sub = static_cast<const ast::Subscript*>(e);
      if (sub->value->kind != K::Name && sub->value->kind != K::Attribute) return false;
      if (!unparse_annotation(sub->value, out)) return false;
      *out += "[";
      if (!unparse_annotation(sub->slice, out, true)) return false;
      *out += "]";
      return true;
    }
    case K::Tuple:
    case K::List: {
      const auto& elts = e->kind == K::Tuple ? static_cast<const ast::Tuple*>(e)->elts
                                             : static_cast<const ast::List*>(e)->elts;
      bool bare = e->kind == K::Tuple && in_subscript && elts.size() > 1;
      if (e->kind == K::Tuple && elts.size() < 2 && !elts.empty()) return false;
      *out += bare ? "" : (e->kind == K::Tuple ? "(" : "[");
      for (size_t i = 0; i < elts.size(); ++i) {
        if (i) *out += ", ";
        if (elts[i]->kind == K::Starred || !unparse_annotation(elts[i], out)) return false;
      }
      *out += bare ? "" : (e->kind == K::Tuple ? ")" : "]");
      return true;
    }
    case K::BinOp: {
      auto* bo = static_cast<const ast::BinOp*>(e);
      if (bo->op != ast::OperatorKind::BitOr) return false;
      if (!unparse_annotation(bo->left, out)) return false;
      *out += " | ";
      if (bo->right->kind == K::BinOp) return false;  // would need parentheses
      return unparse_annotation(bo->right, out);
    }
    default:
      return false;
  }
}

void Codegen::annotation_value(const ast::Expr* e) {
  std::string text;
  if (future_annotations_ && unparse_annotation(e, &text)) {
    load_str(text);
    return;
  }
  if (future_annotations_) {
    // Stringized annotations: the source text of the expression (CPython
    // unparses the AST; the two differ only in spacing and quotes inside).
    std::string text;
    size_t pos = 0;
    int line = 1;
    while (line < e->lineno && pos < source_.size()) {
      size_t nl = source_.find('\n', pos);
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
      ++line;
    }
    size_t start = pos + e->col_offset;
    size_t endpos = pos;
    while (line < e->end_lineno && endpos < source_.size()) {
      size_t nl = source_.find('\n', endpos);
      if (nl == std::string_view::npos) break;
      endpos = nl + 1;
      ++line;
    }
    size_t end = endpos + e->end_col_offset;
    if (start <= end && end <= source_.size()) text = std::string(source_.substr(start, end - start));
    load_str(text);
  } else {
    expr(e);
  }
}

bool Codegen::annotations(const ast::Arguments* a, const ast::Expr* returns, uint32_t* flags) {
  int n = 0;
  auto one = [&](const ast::Arg* x) {
    if (!x || !x->annotation) return;
    load_str(mangle(x->arg));
    annotation_value(x->annotation);
    ++n;
  };
  if (a) {
    for (auto* x : a->posonlyargs) one(x);
    for (auto* x : a->args) one(x);
    one(a->vararg);
    for (auto* x : a->kwonlyargs) one(x);
    one(a->kwarg);
  }
  if (returns) {
    load_str("return");
    annotation_value(returns);
    ++n;
  }
  if (n) {
    b().emit(Opcode::BUILD_MAP, n);
    *flags |= 4;
  }
  return true;
}

void Codegen::apply_decorators(const std::vector<ast::Expr*>& decorators) {
  for (size_t i = decorators.size(); i-- > 0;) {
    set_loc(*decorators[i]);
    b().emit(Opcode::CALL, 1);
  }
}

bool Codegen::check_debug_args(const ast::Arguments* a) {
  if (!a) return true;
  auto bad = [](const ast::Arg* x) { return x && x->arg == "__debug__"; };
  bool found = bad(a->vararg) || bad(a->kwarg);
  for (auto* x : a->posonlyargs) found = found || bad(x);
  for (auto* x : a->args) found = found || bad(x);
  for (auto* x : a->kwonlyargs) found = found || bad(x);
  if (found) return error("cannot assign to __debug__", here());
  return true;
}

void Codegen::function_def(const ast::FunctionDef* f) {
  set_loc(*f);
  if (!check_debug_args(f->args)) return;
  for (auto* d : f->decorator_list) {
    expr(d);
    b().emit(Opcode::PUSH_NULL);
  }
  set_loc(*f);
  int firstlineno = f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno;
  uint32_t flags = 0;
  defaults(f->args, &flags);
  annotations(f->args, f->returns, &flags);
  if (failed_) return;
  Scope* scope = st_.scope_of(f);
  std::string qualname = qualname_for(f->name, true);
  enter_unit(scope, f->name, qualname, firstlineno);
  u_->code->argcount = static_cast<int>(f->args->posonlyargs.size() + f->args->args.size());
  u_->code->posonlyargcount = static_cast<int>(f->args->posonlyargs.size());
  u_->code->kwonlyargcount = static_cast<int>(f->args->kwonlyargs.size());
  body_with_docstring(f->body, false, false);
  load_none();
  b().emit(Opcode::RETURN_VALUE);
  auto code = leave_unit();
  set_loc(*f);
  make_closure(code, flags);
  apply_decorators(f->decorator_list);
  set_loc(*f);
  name_op(f->name, ast::ExprContext::Store);
}

void Codegen::lambda(const ast::Lambda* l) {
  if (!check_debug_args(l->args)) return;
  uint32_t flags = 0;
  defaults(l->args, &flags);
  Scope* scope = st_.scope_of(l);
  enter_unit(scope, "<lambda>", qualname_for("<lambda>", false), l->lineno);
  u_->code->argcount = static_cast<int>(l->args->posonlyargs.size() + l->args->args.size());
  u_->code->posonlyargcount = static_cast<int>(l->args->posonlyargs.size());
  u_->code->kwonlyargcount = static_cast<int>(l->args->kwonlyargs.size());
  add_literal(ast::ConstantValue{});  // no docstring: consts[0] is None
  expr(l->body);
  set_loc(*l->body);
  b().emit(Opcode::RETURN_VALUE);
  auto code = leave_unit();
  set_loc(*l);
  make_closure(code, flags);
}

void Codegen::class_def(const ast::ClassDef* c) {
  for (auto* d : c->decorator_list) {
    expr(d);
    b().emit(Opcode::PUSH_NULL);
  }
  int firstlineno = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
  Scope* scope = st_.scope_of(c);
  std::string qualname = qualname_for(c->name, true);
  enter_unit(scope, c->name, qualname, firstlineno);
  // The docstring is consts[0], before the prologue's constants.
  if (const ast::Constant* doc = optimize_ >= 2 ? nullptr : docstring_of(c->body)) add_literal(doc->value);
  set_loc(*c);
  name_op("__name__", ast::ExprContext::Load);
  name_op("__module__", ast::ExprContext::Store);
  load_str(qualname);
  name_op("__qualname__", ast::ExprContext::Store);
  body_with_docstring(c->body, true, false);
  if (scope->needs_class_closure) {
    b().emit(Opcode::LOAD_CLOSURE, cell_index("__class__"));
    b().emit(Opcode::STORE_NAME, add_name("__classcell__"));
  }
  load_none();
  b().emit(Opcode::RETURN_VALUE);
  auto code = leave_unit();
  set_loc(*c);
  b().emit(Opcode::LOAD_BUILD_CLASS);
  b().emit(Opcode::PUSH_NULL);
  make_closure(code, 0);
  load_str(c->name);
  call_helper(2, c->bases, c->keywords, c);
  apply_decorators(c->decorator_list);
  set_loc(*c);
  name_op(c->name, ast::ExprContext::Store);
}

// --- comprehensions ---------------------------------------------------------------

void Codegen::comprehension(const ast::Expr* e) {
  using K = ast::ExprKind;
  const std::vector<ast::Comprehension*>* gens = nullptr;
  const ast::Expr* elt = nullptr;
  const ast::Expr* val = nullptr;
  std::string name;
  switch (e->kind) {
    case K::ListComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      gens = &c->generators; elt = c->elt; name = "<listcomp>";
      break;
    }
    case K::SetComp: {
      auto* c = static_cast<const ast::SetComp*>(e);
      gens = &c->generators; elt = c->elt; name = "<setcomp>";
      break;
    }
    case K::DictComp: {
      auto* c = static_cast<const ast::DictComp*>(e);
      gens = &c->generators; elt = c->key; val = c->value; name = "<dictcomp>";
      break;
    }
    default: {
      auto* c = static_cast<const ast::GeneratorExp*>(e);
      gens = &c->generators; elt = c->elt; name = "<genexpr>";
      break;
    }
  }
  Scope* scope = st_.scope_of(e);
  bool is_async_gen = scope->is_coroutine;
  bool outer_async = u_->is_async_function || u_->scope->type == ScopeType::Comprehension;
  if (is_async_gen && e->kind != K::GeneratorExp && !outer_async) {
    error("asynchronous comprehension outside of an asynchronous function", *e);
    return;
  }
  const ast::Comprehension* outermost = (*gens)[0];
  enter_unit(scope, name, qualname_for(name, false), e->lineno);
  u_->code->argcount = 1;
  set_loc(*e);
  if (e->kind == K::ListComp) b().emit(Opcode::BUILD_LIST, 0);
  else if (e->kind == K::SetComp) b().emit(Opcode::BUILD_SET, 0);
  else if (e->kind == K::DictComp) b().emit(Opcode::BUILD_MAP, 0);
  comprehension_generator(*gens, 0, 0, elt, val, e->kind);
  set_loc(*e);
  if (e->kind == K::GeneratorExp) load_none();
  b().emit(Opcode::RETURN_VALUE);
  auto code = leave_unit();
  set_loc(*e);
  make_closure(code, 0);
  b().emit(Opcode::PUSH_NULL);
  expr(outermost->iter);
  set_loc(*e);
  b().emit(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  b().emit(Opcode::CALL, 1);
  if (is_async_gen && e->kind != K::GeneratorExp) {
    b().emit(Opcode::GET_AWAITABLE, 0);
    load_none();
    add_yield_from(true);
  }
}

void Codegen::comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t index, int depth,
                                      const ast::Expr* elt, const ast::Expr* val, ast::ExprKind kind) {
  using K = ast::ExprKind;
  const ast::Comprehension* gen = gens[index];
  Label start = b().new_label(), if_cleanup = b().new_label(), anchor = b().new_label();
  if (index == 0) {
    b().emit(Opcode::LOAD_FAST, add_varname(".0"));
  } else {
    expr(gen->iter);
    set_loc(*gen->iter);
    b().emit(gen->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  }
  b().bind(start);
  int h = -1;
  if (gen->is_async) {
    Label except = anchor;
    h = b().new_handler(except, false);
    b().mark_depth(h);
    b().push_handler(h);
    push_fblock(FBlock{FBlockKind::AsyncComprehensionGenerator, start, Label{}});
    b().emit(Opcode::GET_ANEXT);
    load_none();
    add_yield_from(true);
    b().pop_handler();
  } else {
    b().emit_jump(Opcode::FOR_ITER, anchor);
  }
  assign_target(gen->target);
  for (auto* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, depth, elt, val, kind);
  } else {
    switch (kind) {
      case K::GeneratorExp:
        expr(elt);
        b().emit(Opcode::YIELD_VALUE);
        b().emit(Opcode::POP_TOP);
        break;
      case K::ListComp:
        expr(elt);
        b().emit(Opcode::LIST_APPEND, depth + 1);
        break;
      case K::SetComp:
        expr(elt);
        b().emit(Opcode::SET_ADD, depth + 1);
        break;
      default:
        expr(elt);
        expr(val);
        b().emit(Opcode::MAP_ADD, depth + 1);
        break;
    }
  }
  b().bind(if_cleanup);
  b().emit_jump(Opcode::JUMP, start);
  b().bind(anchor);
  if (gen->is_async) {
    pop_fblock();
    b().emit(Opcode::END_ASYNC_FOR);
  }
}

}  // namespace pystm::frontend
