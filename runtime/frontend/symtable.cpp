// runtime/frontend/symtable.cpp — builds the scope tree in two passes: a walk
// that records how each name is mentioned in each scope, then an analysis
// from the module down that resolves every name and propagates free names up
// (turning the binding local of an enclosing function into a cell).
// Must never: emit code. Errors carry CPython 3.11's messages and locations.
#include "runtime/frontend/symtable.h"

#include <algorithm>
#include <unordered_set>

#include "runtime/frontend/name_mangling.h"

namespace pystm::frontend {

// --- Scope ---------------------------------------------------------------------

NameScope Scope::lookup(const std::string& name) const {
  auto it = symbols.find(name);
  if (it == symbols.end()) return NameScope::GlobalImplicit;
  return it->second.scope;
}

uint32_t Scope::flags_of(const std::string& name) const {
  auto it = symbols.find(name);
  return it == symbols.end() ? 0 : it->second.flags;
}

std::vector<std::string> Scope::names_with(NameScope s) const {
  std::vector<std::string> out;
  for (const auto& [name, sym] : symbols) {
    if (sym.scope == s) out.push_back(name);
    // A class-local name that nested scopes need is also a free variable of
    // the class body (it passes the enclosing cell through).
    else if (s == NameScope::Free && (sym.flags & DEF_FREE_CLASS)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Scope* SymbolTable::scope_of(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

// --- errors ---------------------------------------------------------------------

namespace {

std::string_view line_of(std::string_view source, int lineno, bool* has_line) {
  *has_line = false;
  if (lineno <= 0) return {};
  size_t pos = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  if (pos > source.size()) return {};
  size_t nl = source.find('\n', pos);
  *has_line = true;
  return source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos + 1);
}

int chars_before(std::string_view line, int byte_col) {
  int n = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
  }
  if (byte_col > static_cast<int>(line.size())) n += byte_col - static_cast<int>(line.size());
  return n;
}

}  // namespace

SyntaxErrorInfo make_syntax_error(const std::string& msg, const ast::Location& loc,
                                  const std::string& filename, std::string_view source) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.filename = filename;
  e.lineno = loc.lineno;
  e.end_lineno = loc.end_lineno;
  bool has = false;
  std::string_view line = line_of(source, loc.lineno, &has);
  e.text = std::string(line);
  e.offset = chars_before(line, loc.col_offset) + 1;
  bool has_end = false;
  std::string_view end_line = line_of(source, loc.end_lineno, &has_end);
  e.end_offset = chars_before(end_line, loc.end_col_offset) + 1;
  if (!has) e.offset = loc.col_offset + 1;
  if (!has_end) e.end_offset = loc.end_col_offset + 1;
  return e;
}

// --- pass 1: the walk -------------------------------------------------------------

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable* table, const std::string& filename, std::string_view source)
      : t_(table), filename_(filename), source_(source) {}

  bool run(const ast::Module& module, SyntaxErrorInfo* error);

 private:
  // Scope management.
  Scope* enter(ScopeType type, const std::string& name, const ast::Node* node) {
    auto s = std::make_unique<Scope>();
    s->type = type;
    s->name = name;
    s->node = node;
    s->parent = cur_;
    if (cur_) {
      cur_->children.push_back(s.get());
      s->is_nested = cur_->is_function_like() || cur_->is_nested;
    }
    Scope* raw = s.get();
    t_->scopes_.push_back(std::move(s));
    if (node) t_->by_node_[node] = raw;
    cur_ = raw;
    return raw;
  }
  void leave() { cur_ = cur_->parent; }

  bool fail(const std::string& msg, const ast::Location& loc) {
    if (!failed_) {
      failed_ = true;
      error_ = make_syntax_error(msg, loc, filename_, source_);
    }
    return false;
  }

  std::string mangle(const std::string& name) const { return mangle_private_name(private_, name); }

  bool add_def(const std::string& raw_name, uint32_t flag, const ast::Location& loc, Scope* s = nullptr) {
    if (!s) s = cur_;
    std::string name = mangle(raw_name);
    auto [it, inserted] = s->symbols.try_emplace(name);
    if (inserted) s->order.push_back(name);
    Symbol& sym = it->second;
    if ((flag & DEF_PARAM) && (sym.flags & DEF_PARAM)) {
      return fail("duplicate argument '" + name + "' in function definition", loc);
    }
    sym.flags |= flag;
    return true;
  }

  void walk_body(const std::vector<ast::Stmt*>& body) {
    for (auto* s : body) walk_stmt(s);
  }
  void walk_exprs(const std::vector<ast::Expr*>& v) {
    for (auto* e : v) if (e) walk_expr(e);
  }
  void walk_stmt(const ast::Stmt* s);
  void walk_expr(const ast::Expr* e);
  void walk_pattern(const ast::Pattern* p);
  void walk_arguments_defaults(const ast::Arguments* a);
  void walk_annotations(const ast::Arguments* a, const ast::Expr* returns);
  void walk_annotation(const ast::Expr* e);
  void walk_params(const ast::Arguments* a);
  void walk_comprehension(const ast::Expr* e, const char* scope_name,
                          const std::vector<ast::Comprehension*>& gens,
                          const ast::Expr* elt, const ast::Expr* value, bool is_generator);
  void walk_named_expr(const ast::NamedExpr* e);
  void record_directive(const std::string& name, const ast::Location& loc) {
    directives_[cur_].try_emplace(name, loc);
  }

 public:
  SymbolTable* t_;
  std::string filename_;
  std::string_view source_;
  Scope* cur_ = nullptr;
  std::string private_;          // innermost enclosing class name, for mangling
  bool future_annotations_ = false;
  bool failed_ = false;
  SyntaxErrorInfo error_;
  std::unordered_map<const Scope*, int> comp_iter_expr_;
  // Nesting limit (CPython: 3 x the recursion limit), so pathological
  // sources fail cleanly instead of exhausting the C++ stack.
  static constexpr int kMaxWalkDepth = 3000;
  struct Depth {
    explicit Depth(int* d) : d_(d) { ++*d_; }
    ~Depth() { --*d_; }
    int* d_;
  };
  int depth_ = 0;
  std::unordered_map<const Scope*, std::unordered_map<std::string, ast::Location>> directives_;
};

bool has_future_annotations(const ast::Module& m) {
  for (auto* s : m.body) {
    if (s->kind == ast::StmtKind::Expr) {
      auto* e = static_cast<const ast::ExprStmt*>(s)->value;
      if (e->kind == ast::ExprKind::Constant) continue;  // docstring
      return false;
    }
    if (s->kind != ast::StmtKind::ImportFrom) return false;
    auto* imp = static_cast<const ast::ImportFrom*>(s);
    if (imp->module != "__future__") return false;
    for (auto* a : imp->names) if (a->name == "annotations") return true;
  }
  return false;
}

void SymtableBuilder::walk_stmt(const ast::Stmt* s) {
  if (failed_) return;
  Depth guard(&depth_);
  if (depth_ > kMaxWalkDepth) {
    fail("maximum recursion depth exceeded during compilation", *s);
    return;
  }
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: {
      auto* f = static_cast<const ast::FunctionDef*>(s);
      add_def(f->name, DEF_LOCAL, *f);
      walk_arguments_defaults(f->args);
      walk_annotations(f->args, f->returns);
      walk_exprs(f->decorator_list);
      Scope* fs = enter(ScopeType::Function, f->name, f);
      fs->is_async_def = fs->is_coroutine = (s->kind == K::AsyncFunctionDef);
      walk_params(f->args);
      walk_body(f->body);
      leave();
      break;
    }
    case K::ClassDef: {
      auto* c = static_cast<const ast::ClassDef*>(s);
      add_def(c->name, DEF_LOCAL, *c);
      walk_exprs(c->bases);
      for (auto* k : c->keywords) walk_expr(k->value);
      walk_exprs(c->decorator_list);
      std::string saved = private_;
      enter(ScopeType::Class, c->name, c);
      private_ = c->name;
      walk_body(c->body);
      leave();
      private_ = saved;
      break;
    }
    case K::Return: {
      auto* r = static_cast<const ast::Return*>(s);
      if (r->value) walk_expr(r->value);
      break;
    }
    case K::Delete: walk_exprs(static_cast<const ast::Delete*>(s)->targets); break;
    case K::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      walk_exprs(a->targets);
      walk_expr(a->value);
      break;
    }
    case K::AugAssign: {
      auto* a = static_cast<const ast::AugAssign*>(s);
      walk_expr(a->target);
      walk_expr(a->value);
      break;
    }
    case K::AnnAssign: {
      auto* a = static_cast<const ast::AnnAssign*>(s);
      if (a->target->kind == ast::ExprKind::Name) {
        auto* n = static_cast<const ast::Name*>(a->target);
        uint32_t cur = cur_->flags_of(mangle(n->id));
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && a->simple) {
          fail("annotated name '" + n->id + "' can't be " +
                   ((cur & DEF_GLOBAL) ? "global" : "nonlocal"), *s);
          return;
        }
        if (a->simple) {
          add_def(n->id, DEF_ANNOT | DEF_LOCAL, *n);
        } else if (a->value) {
          add_def(n->id, DEF_LOCAL, *n);
        }
      } else {
        walk_expr(a->target);
      }
      walk_annotation(a->annotation);
      if (a->value) walk_expr(a->value);
      break;
    }
    case K::For:
    case K::AsyncFor: {
      auto* f = static_cast<const ast::For*>(s);
      walk_expr(f->target);
      walk_expr(f->iter);
      walk_body(f->body);
      walk_body(f->orelse);
      break;
    }
    case K::While: {
      auto* w = static_cast<const ast::While*>(s);
      walk_expr(w->test);
      walk_body(w->body);
      walk_body(w->orelse);
      break;
    }
    case K::If: {
      auto* i = static_cast<const ast::If*>(s);
      walk_expr(i->test);
      walk_body(i->body);
      walk_body(i->orelse);
      break;
    }
    case K::With:
    case K::AsyncWith: {
      auto* w = static_cast<const ast::With*>(s);
      for (auto* item : w->items) {
        walk_expr(item->context_expr);
        if (item->optional_vars) walk_expr(item->optional_vars);
      }
      walk_body(w->body);
      break;
    }
    case K::Match: {
      auto* m = static_cast<const ast::Match*>(s);
      walk_expr(m->subject);
      for (auto* c : m->cases) {
        walk_pattern(c->pattern);
        if (c->guard) walk_expr(c->guard);
        walk_body(c->body);
      }
      break;
    }
    case K::Raise: {
      auto* r = static_cast<const ast::Raise*>(s);
      if (r->exc) walk_expr(r->exc);
      if (r->cause) walk_expr(r->cause);
      break;
    }
    case K::Try:
    case K::TryStar: {
      auto* t = static_cast<const ast::Try*>(s);
      walk_body(t->body);
      walk_body(t->orelse);
      for (auto* h : t->handlers) {
        if (h->type) walk_expr(h->type);
        if (h->has_name) add_def(h->name, DEF_LOCAL, *h);
        walk_body(h->body);
      }
      walk_body(t->finalbody);
      break;
    }
    case K::Assert: {
      auto* a = static_cast<const ast::Assert*>(s);
      walk_expr(a->test);
      if (a->msg) walk_expr(a->msg);
      break;
    }
    case K::Import:
    case K::ImportFrom: {
      const std::vector<ast::Alias*>& names = s->kind == K::Import
                                                  ? static_cast<const ast::Import*>(s)->names
                                                  : static_cast<const ast::ImportFrom*>(s)->names;
      for (auto* a : names) {
        if (a->name == "*") {
          if (cur_->type != ScopeType::Module) {
            fail("import * only allowed at module level", *a);
            return;
          }
          continue;
        }
        std::string stored = a->has_asname ? a->asname : a->name.substr(0, a->name.find('.'));
        add_def(stored, DEF_IMPORT, *a);
      }
      break;
    }
    case K::Global:
    case K::Nonlocal: {
      bool global = s->kind == K::Global;
      const auto& names = global ? static_cast<const ast::Global*>(s)->names
                                 : static_cast<const ast::Nonlocal*>(s)->names;
      if (!global && cur_->type == ScopeType::Module) {
        fail("nonlocal declaration not allowed at module level", *s);
        return;
      }
      const char* what = global ? "global" : "nonlocal";
      for (const auto& raw : names) {
        std::string name = mangle(raw);
        uint32_t cur = cur_->flags_of(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          std::string msg;
          if (cur & DEF_PARAM) msg = "name '" + raw + "' is parameter and " + what;
          else if (cur & USE) msg = "name '" + raw + "' is used prior to " + what + " declaration";
          else if (cur & DEF_ANNOT) msg = "annotated name '" + raw + "' can't be " + what;
          else msg = "name '" + raw + "' is assigned to before " + what + " declaration";
          fail(msg, *s);
          return;
        }
        add_def(raw, global ? DEF_GLOBAL : DEF_NONLOCAL, *s);
        // The module's table records every name declared global anywhere
        // (CPython does the same; module code then uses *_GLOBAL for it).
        if (global && cur_ != t_->top_) add_def(raw, DEF_GLOBAL, *s, t_->top_);
        record_directive(name, *s);
      }
      break;
    }
    case K::Expr: walk_expr(static_cast<const ast::ExprStmt*>(s)->value); break;
    case K::Pass:
    case K::Break:
    case K::Continue:
      break;
  }
}

void SymtableBuilder::walk_annotation(const ast::Expr* e) {
  if (!e || future_annotations_) return;  // stringized: names are not used
  walk_expr(e);
}

void SymtableBuilder::walk_arguments_defaults(const ast::Arguments* a) {
  if (!a) return;
  walk_exprs(a->defaults);
  walk_exprs(a->kw_defaults);
}

void SymtableBuilder::walk_annotations(const ast::Arguments* a, const ast::Expr* returns) {
  if (a) {
    for (auto* x : a->posonlyargs) walk_annotation(x->annotation);
    for (auto* x : a->args) walk_annotation(x->annotation);
    if (a->vararg) walk_annotation(a->vararg->annotation);
    for (auto* x : a->kwonlyargs) walk_annotation(x->annotation);
    if (a->kwarg) walk_annotation(a->kwarg->annotation);
  }
  walk_annotation(returns);
}

void SymtableBuilder::walk_params(const ast::Arguments* a) {
  if (!a) return;
  auto param = [&](const ast::Arg* x) {
    add_def(x->arg, DEF_PARAM, *x);
    cur_->params.push_back(mangle(x->arg));
  };
  for (auto* x : a->posonlyargs) param(x);
  for (auto* x : a->args) param(x);
  for (auto* x : a->kwonlyargs) param(x);
  if (a->vararg) { param(a->vararg); cur_->has_varargs = true; }
  if (a->kwarg) { param(a->kwarg); cur_->has_varkeywords = true; }
}

// Marks every Name bound by a comprehension target as an iteration variable.
static void mark_comp_iter(Scope* s, const ast::Expr* target, const std::string& priv) {
  switch (target->kind) {
    case ast::ExprKind::Name: {
      auto it = s->symbols.find(mangle_private_name(priv, static_cast<const ast::Name*>(target)->id));
      if (it != s->symbols.end()) it->second.flags |= DEF_COMP_ITER;
      break;
    }
    case ast::ExprKind::Tuple:
      for (auto* x : static_cast<const ast::Tuple*>(target)->elts) mark_comp_iter(s, x, priv);
      break;
    case ast::ExprKind::List:
      for (auto* x : static_cast<const ast::List*>(target)->elts) mark_comp_iter(s, x, priv);
      break;
    case ast::ExprKind::Starred:
      mark_comp_iter(s, static_cast<const ast::Starred*>(target)->value, priv);
      break;
    default:
      break;
  }
}

void SymtableBuilder::walk_comprehension(const ast::Expr* e, const char* scope_name,
                                         const std::vector<ast::Comprehension*>& gens,
                                         const ast::Expr* elt, const ast::Expr* value,
                                         bool is_generator) {
  // The outermost iterable is evaluated in the enclosing scope.
  ++comp_iter_expr_[cur_];
  walk_expr(gens[0]->iter);
  --comp_iter_expr_[cur_];
  if (failed_) return;
  Scope* cs = enter(ScopeType::Comprehension, scope_name, e);
  cs->is_generator = is_generator;
  if (gens[0]->is_async) cs->is_coroutine = true;
  add_def(".0", DEF_PARAM, *e);
  cs->params.push_back(".0");
  for (size_t i = 0; i < gens.size(); ++i) {
    auto* g = gens[i];
    if (i > 0) {
      ++comp_iter_expr_[cur_];
      walk_expr(g->iter);
      --comp_iter_expr_[cur_];
      if (g->is_async) cs->is_coroutine = true;
    }
    walk_expr(g->target);
    mark_comp_iter(cs, g->target, private_);
    walk_exprs(g->ifs);
  }
  if (value) walk_expr(value);
  if (elt) walk_expr(elt);
  leave();
  // An enclosing comprehension awaits an async list/set/dict comprehension,
  // so it is a coroutine too (an async genexpr is not awaited).
  if (cs->is_coroutine && !is_generator && cur_->type == ScopeType::Comprehension) cur_->is_coroutine = true;
}

void SymtableBuilder::walk_named_expr(const ast::NamedExpr* e) {
  if (comp_iter_expr_[cur_] > 0) {
    fail("assignment expression cannot be used in a comprehension iterable expression", *e);
    return;
  }
  auto* target = static_cast<const ast::Name*>(e->target);
  if (cur_->type == ScopeType::Comprehension) {
    const std::string& name = target->id;
    walk_expr(e->value);
    if (failed_) return;
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->type == ScopeType::Comprehension) {
        if (s->flags_of(name) & DEF_COMP_ITER) {
          fail("assignment expression cannot rebind comprehension iteration variable '" + name + "'", *target);
          return;
        }
        continue;
      }
      if (s->type == ScopeType::Function || s->type == ScopeType::Lambda) {
        add_def(name, DEF_NONLOCAL, *target);
        add_def(name, DEF_LOCAL, *target, s);
        return;
      }
      if (s->type == ScopeType::Module) {
        add_def(name, DEF_GLOBAL, *target);
        add_def(name, DEF_GLOBAL, *target, s);
        return;
      }
      fail("assignment expression within a comprehension cannot be used in a class body", *target);
      return;
    }
    return;
  }
  walk_expr(e->value);
  walk_expr(e->target);
}

void SymtableBuilder::walk_expr(const ast::Expr* e) {
  if (failed_ || !e) return;
  Depth guard(&depth_);
  if (depth_ > kMaxWalkDepth) {
    fail("maximum recursion depth exceeded during compilation", *e);
    return;
  }
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::BoolOp: walk_exprs(static_cast<const ast::BoolOp*>(e)->values); break;
    case K::NamedExpr: walk_named_expr(static_cast<const ast::NamedExpr*>(e)); break;
    case K::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      walk_expr(b->left);
      walk_expr(b->right);
      break;
    }
    case K::UnaryOp: walk_expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
    case K::Lambda: {
      auto* l = static_cast<const ast::Lambda*>(e);
      walk_arguments_defaults(l->args);
      enter(ScopeType::Lambda, "lambda", l);
      walk_params(l->args);
      walk_expr(l->body);
      leave();
      break;
    }
    case K::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      walk_expr(i->test);
      walk_expr(i->body);
      walk_expr(i->orelse);
      break;
    }
    case K::Dict: {
      auto* d = static_cast<const ast::Dict*>(e);
      walk_exprs(d->keys);
      walk_exprs(d->values);
      break;
    }
    case K::Set: walk_exprs(static_cast<const ast::Set*>(e)->elts); break;
    case K::ListComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      walk_comprehension(e, "listcomp", c->generators, c->elt, nullptr, false);
      break;
    }
    case K::SetComp: {
      auto* c = static_cast<const ast::SetComp*>(e);
      walk_comprehension(e, "setcomp", c->generators, c->elt, nullptr, false);
      break;
    }
    case K::DictComp: {
      auto* c = static_cast<const ast::DictComp*>(e);
      walk_comprehension(e, "dictcomp", c->generators, c->key, c->value, false);
      break;
    }
    case K::GeneratorExp: {
      auto* c = static_cast<const ast::GeneratorExp*>(e);
      walk_comprehension(e, "genexpr", c->generators, c->elt, nullptr, true);
      break;
    }
    case K::Await: {
      walk_expr(static_cast<const ast::Await*>(e)->value);
      if (cur_->type == ScopeType::Comprehension) cur_->is_coroutine = true;
      break;
    }
    case K::Yield:
    case K::YieldFrom: {
      const ast::Expr* v = e->kind == K::Yield ? static_cast<const ast::Yield*>(e)->value
                                                : static_cast<const ast::YieldFrom*>(e)->value;
      if (v) walk_expr(v);
      if (failed_) return;
      if (cur_->type == ScopeType::Comprehension) {
        const std::string& n = cur_->name;
        std::string what = n == "listcomp" ? "list comprehension"
                           : n == "setcomp" ? "set comprehension"
                           : n == "dictcomp" ? "dict comprehension"
                                             : "generator expression";
        fail("'yield' inside " + what, *e);
        return;
      }
      if (cur_->is_function_like()) cur_->is_generator = true;
      break;
    }
    case K::Compare: {
      auto* c = static_cast<const ast::Compare*>(e);
      walk_expr(c->left);
      walk_exprs(c->comparators);
      break;
    }
    case K::Call: {
      auto* c = static_cast<const ast::Call*>(e);
      walk_expr(c->func);
      walk_exprs(c->args);
      for (auto* k : c->keywords) walk_expr(k->value);
      break;
    }
    case K::FormattedValue: {
      auto* f = static_cast<const ast::FormattedValue*>(e);
      walk_expr(f->value);
      if (f->format_spec) walk_expr(f->format_spec);
      break;
    }
    case K::JoinedStr: walk_exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
    case K::Constant: break;
    case K::Attribute: walk_expr(static_cast<const ast::Attribute*>(e)->value); break;
    case K::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      walk_expr(s->value);
      walk_expr(s->slice);
      break;
    }
    case K::Starred: walk_expr(static_cast<const ast::Starred*>(e)->value); break;
    case K::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      if (n->ctx == ast::ExprContext::Load) {
        add_def(n->id, USE, *n);
        // Zero-argument super() needs the class cell.
        if (cur_->is_function_like() && n->id == "super") add_def("__class__", USE, *n);
      } else {
        add_def(n->id, DEF_LOCAL, *n);
      }
      break;
    }
    case K::List: walk_exprs(static_cast<const ast::List*>(e)->elts); break;
    case K::Tuple: walk_exprs(static_cast<const ast::Tuple*>(e)->elts); break;
    case K::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower) walk_expr(s->lower);
      if (s->upper) walk_expr(s->upper);
      if (s->step) walk_expr(s->step);
      break;
    }
  }
}

void SymtableBuilder::walk_pattern(const ast::Pattern* p) {
  if (failed_ || !p) return;
  using K = ast::PatternKind;
  switch (p->kind) {
    case K::MatchValue: walk_expr(static_cast<const ast::MatchValue*>(p)->value); break;
    case K::MatchSingleton: break;
    case K::MatchSequence:
      for (auto* x : static_cast<const ast::MatchSequence*>(p)->patterns) walk_pattern(x);
      break;
    case K::MatchMapping: {
      auto* m = static_cast<const ast::MatchMapping*>(p);
      walk_exprs(m->keys);
      for (auto* x : m->patterns) walk_pattern(x);
      if (m->has_rest) add_def(m->rest, DEF_LOCAL, *m);
      break;
    }
    case K::MatchClass: {
      auto* m = static_cast<const ast::MatchClass*>(p);
      walk_expr(m->cls);
      for (auto* x : m->patterns) walk_pattern(x);
      for (auto* x : m->kwd_patterns) walk_pattern(x);
      break;
    }
    case K::MatchStar: {
      auto* m = static_cast<const ast::MatchStar*>(p);
      if (m->has_name) add_def(m->name, DEF_LOCAL, *m);
      break;
    }
    case K::MatchAs: {
      auto* m = static_cast<const ast::MatchAs*>(p);
      if (m->pattern) walk_pattern(m->pattern);
      if (m->has_name) add_def(m->name, DEF_LOCAL, *m);
      break;
    }
    case K::MatchOr:
      for (auto* x : static_cast<const ast::MatchOr*>(p)->patterns) walk_pattern(x);
      break;
  }
}

// --- pass 2: the analysis -------------------------------------------------------------

namespace {

using NameSet = std::unordered_set<std::string>;

struct Analyzer {
  SymtableBuilder* b;

  bool fail_at_directive(Scope* s, const std::string& name, const std::string& msg) {
    auto& d = b->directives_[s];
    auto it = d.find(name);
    ast::Location loc = it != d.end() ? it->second : ast::Location{};
    if (!b->failed_) {
      b->failed_ = true;
      b->error_ = make_syntax_error(msg, loc, b->filename_, b->source_);
    }
    return false;
  }

  // Resolves s and its children; returns in *free the names s needs from
  // enclosing scopes.
  bool analyze(Scope* s, const NameSet& bound, const NameSet& globals, NameSet* free) {
    for (const std::string& name : s->order) {
      Symbol& sym = s->symbols[name];
      uint32_t f = sym.flags;
      if (f & DEF_GLOBAL) {
        if (f & DEF_NONLOCAL) return fail_at_directive(s, name, "name '" + name + "' is nonlocal and global");
        sym.scope = NameScope::GlobalExplicit;
      } else if (f & DEF_NONLOCAL) {
        if (!bound.count(name)) return fail_at_directive(s, name, "no binding for nonlocal '" + name + "' found");
        sym.scope = NameScope::Free;
      } else if (f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) {
        sym.scope = NameScope::Local;
      } else if (bound.count(name)) {
        sym.scope = NameScope::Free;
      } else {
        sym.scope = NameScope::GlobalImplicit;
      }
    }

    NameSet new_bound, new_globals;
    if (s->type != ScopeType::Module) {
      new_bound = bound;
      new_globals = globals;
    }
    for (const auto& [name, sym] : s->symbols) {
      if (sym.scope == NameScope::GlobalExplicit) {
        new_globals.insert(name);
        new_bound.erase(name);
      } else if (s->is_function_like() && sym.scope == NameScope::Local) {
        new_bound.insert(name);
        new_globals.erase(name);
      }
    }
    if (s->type == ScopeType::Class) new_bound.insert("__class__");

    NameSet child_free;
    for (Scope* c : s->children) {
      NameSet cf;
      if (!analyze(c, new_bound, new_globals, &cf)) return false;
      child_free.insert(cf.begin(), cf.end());
    }
    if (!child_free.empty()) s->child_free = true;

    for (const std::string& name : child_free) {
      auto it = s->symbols.find(name);
      if (s->type == ScopeType::Class) {
        if (name == "__class__") {
          s->needs_class_closure = true;
          continue;
        }
        if (it != s->symbols.end() && it->second.scope == NameScope::Local) {
          it->second.flags |= DEF_FREE_CLASS;
          continue;
        }
      } else if (s->is_function_like() && it != s->symbols.end() && it->second.scope == NameScope::Local) {
        it->second.scope = NameScope::Cell;
        continue;
      }
      if (it == s->symbols.end()) {
        s->order.push_back(name);
        it = s->symbols.emplace(name, Symbol{}).first;
        it->second.scope = NameScope::Free;
      } else if (it->second.scope != NameScope::Free) {
        // An implicit global here that a nested scope resolves to an
        // enclosing binding cannot happen: both consult the same bound set.
        it->second.scope = NameScope::Free;
      }
    }
    for (const auto& [name, sym] : s->symbols) {
      if (sym.scope == NameScope::Free || (sym.flags & DEF_FREE_CLASS)) free->insert(name);
    }
    return true;
  }
};

}  // namespace

bool SymtableBuilder::run(const ast::Module& module, SyntaxErrorInfo* error) {
  future_annotations_ = has_future_annotations(module);
  Scope* top = enter(ScopeType::Module, "top", nullptr);
  t_->top_ = top;
  if (module.kind == ast::Module::Kind::Expression) {
    walk_expr(module.expression);
  } else {
    walk_body(module.body);
  }
  if (!failed_) {
    NameSet free;
    Analyzer a{this};
    a.analyze(top, {}, {}, &free);
  }
  if (failed_) {
    *error = error_;
    return false;
  }
  return true;
}

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Module& module, const std::string& filename,
                                                std::string_view source, SyntaxErrorInfo* error) {
  auto t = std::make_unique<SymbolTable>();
  SymtableBuilder b(t.get(), filename, source);
  if (!b.run(module, error)) return nullptr;
  return t;
}

}  // namespace pystm::frontend
