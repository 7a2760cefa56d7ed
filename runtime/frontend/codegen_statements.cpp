// runtime/frontend/codegen_statements.cpp — code generation for statements:
// assignments, control flow, loops, try/except/finally, with, imports, and
// the unwinding that return/break/continue do through enclosing blocks.
// Must never: leave the handler stack of the CodeBuilder different from how
// it found it (every push has its pop on every emitted path).
#include "runtime/frontend/codegen.h"

namespace pystm::frontend {

using ast::ExprContext;

void Codegen::stmts(const std::vector<ast::Stmt*>& body) {
  for (auto* s : body) {
    if (failed_) return;
    stmt(s);
  }
}

void Codegen::stmt(const ast::Stmt* s) {
  if (failed_) return;
  DepthGuard guard(&depth_);
  if (depth_ > kMaxNestingDepth) {
    error("maximum recursion depth exceeded during compilation", *s);
    return;
  }
  set_loc(*s);
  stmt_loc_ = *s;
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
      function_def(static_cast<const ast::FunctionDef*>(s));
      break;
    case K::ClassDef: class_def(static_cast<const ast::ClassDef*>(s)); break;
    case K::Return: return_stmt(static_cast<const ast::Return*>(s)); break;
    case K::Delete:
      for (auto* t : static_cast<const ast::Delete*>(s)->targets) delete_target(t);
      break;
    case K::Assign: {
      auto* a = static_cast<const ast::Assign*>(s);
      expr(a->value);
      for (size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) {
          set_loc(*s);
          b().emit(Opcode::COPY, 1);
        }
        assign_target(a->targets[i]);
      }
      break;
    }
    case K::AugAssign: aug_assign(static_cast<const ast::AugAssign*>(s)); break;
    case K::AnnAssign: ann_assign(static_cast<const ast::AnnAssign*>(s)); break;
    case K::For: for_stmt(static_cast<const ast::For*>(s)); break;
    case K::AsyncFor: async_for_stmt(static_cast<const ast::For*>(s)); break;
    case K::While: while_stmt(static_cast<const ast::While*>(s)); break;
    case K::If: if_stmt(static_cast<const ast::If*>(s)); break;
    case K::With:
    case K::AsyncWith: {
      auto* w = static_cast<const ast::With*>(s);
      if (s->kind == K::AsyncWith && !u_->is_async_function) {
        error("'async with' outside async function", *s);
        return;
      }
      with_stmt(w, 0);
      break;
    }
    case K::Match: match_stmt(static_cast<const ast::Match*>(s)); break;
    case K::Raise: raise_stmt(static_cast<const ast::Raise*>(s)); break;
    case K::Try: try_stmt(static_cast<const ast::Try*>(s)); break;
    case K::TryStar: try_star(static_cast<const ast::Try*>(s)); break;
    case K::Assert: assert_stmt(static_cast<const ast::Assert*>(s)); break;
    case K::Import: import_stmt(static_cast<const ast::Import*>(s)); break;
    case K::ImportFrom: import_from(static_cast<const ast::ImportFrom*>(s)); break;
    case K::Global:
    case K::Nonlocal:
      break;
    case K::Expr: {
      const ast::Expr* e = static_cast<const ast::ExprStmt*>(s)->value;
      if (interactive_ && units_.size() == 1) {
        expr(e);
        set_loc(*s);
        b().emit(Opcode::PRINT_EXPR);
        break;
      }
      if (e->kind == ast::ExprKind::Constant) {
        b().emit(Opcode::NOP);  // keeps the line for tracing; no value needed
        break;
      }
      expr(e);
      set_loc(*s);
      b().emit(Opcode::POP_TOP);
      break;
    }
    case K::Pass:
      b().emit(Opcode::NOP);
      break;
    case K::Break: break_continue(s, true); break;
    case K::Continue: break_continue(s, false); break;
  }
}

// --- assignment ------------------------------------------------------------------

void Codegen::assign_target(const ast::Expr* t) {
  if (failed_) return;
  using K = ast::ExprKind;
  set_loc(*t);
  switch (t->kind) {
    case K::Name: name_op(static_cast<const ast::Name*>(t)->id, ExprContext::Store); break;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(t);
      if (a->attr == "__debug__") {
        error("cannot assign to __debug__", *t);
        return;
      }
      expr(a->value);
      set_loc(*t);
      b().emit(Opcode::STORE_ATTR, add_name(mangle(a->attr)));
      break;
    }
    case K::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      set_loc(*t);
      b().emit(Opcode::STORE_SUBSCR);
      break;
    }
    case K::Tuple: unpack_into(static_cast<const ast::Tuple*>(t)->elts, t); break;
    case K::List: unpack_into(static_cast<const ast::List*>(t)->elts, t); break;
    case K::Starred:
      error("starred assignment target must be in a list or tuple", *t);
      break;
    default:
      error("cannot assign to expression", *t);
      break;
  }
}

void Codegen::unpack_into(const std::vector<ast::Expr*>& elts, const ast::Expr* node) {
  int star = -1;
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ast::ExprKind::Starred) {
      if (star >= 0) {
        error("multiple starred expressions in assignment", *node);
        return;
      }
      star = static_cast<int>(i);
    }
  }
  set_loc(*node);
  if (star < 0) {
    b().emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
  } else {
    uint32_t before = static_cast<uint32_t>(star);
    uint32_t after = static_cast<uint32_t>(elts.size() - star - 1);
    if (before >= 256 || after >= (1u << 16)) {
      error("too many expressions in star-unpacking assignment", *node);
      return;
    }
    b().emit(Opcode::UNPACK_EX, before | (after << 8));
  }
  for (auto* e : elts) {
    if (e->kind == ast::ExprKind::Starred) assign_target(static_cast<const ast::Starred*>(e)->value);
    else assign_target(e);
  }
}

void Codegen::delete_target(const ast::Expr* t) {
  using K = ast::ExprKind;
  set_loc(*t);
  switch (t->kind) {
    case K::Name: name_op(static_cast<const ast::Name*>(t)->id, ExprContext::Del); break;
    case K::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(t);
      expr(a->value);
      set_loc(*t);
      b().emit(Opcode::DELETE_ATTR, add_name(mangle(a->attr)));
      break;
    }
    case K::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      set_loc(*t);
      b().emit(Opcode::DELETE_SUBSCR);
      break;
    }
    case K::Tuple:
      for (auto* e : static_cast<const ast::Tuple*>(t)->elts) delete_target(e);
      break;
    case K::List:
      for (auto* e : static_cast<const ast::List*>(t)->elts) delete_target(e);
      break;
    default:
      error("cannot delete expression", *t);
      break;
  }
}

void Codegen::aug_assign(const ast::AugAssign* a) {
  using K = ast::ExprKind;
  uint32_t op = static_cast<uint32_t>(a->op) + bytecode::kInplaceOffset;
  const ast::Expr* t = a->target;
  switch (t->kind) {
    case K::Name:
      name_op(static_cast<const ast::Name*>(t)->id, ExprContext::Load);
      expr(a->value);
      set_loc(*a);
      b().emit(Opcode::BINARY_OP, op);
      set_loc(*t);
      name_op(static_cast<const ast::Name*>(t)->id, ExprContext::Store);
      break;
    case K::Attribute: {
      auto* at = static_cast<const ast::Attribute*>(t);
      int name = add_name(mangle(at->attr));
      expr(at->value);
      set_loc(*t);
      b().emit(Opcode::COPY, 1);
      b().emit(Opcode::LOAD_ATTR, name);
      expr(a->value);
      set_loc(*a);
      b().emit(Opcode::BINARY_OP, op);
      set_loc(*t);
      b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::STORE_ATTR, name);
      break;
    }
    case K::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      set_loc(*t);
      b().emit(Opcode::COPY, 2);
      b().emit(Opcode::COPY, 2);
      b().emit(Opcode::BINARY_SUBSCR);
      expr(a->value);
      set_loc(*a);
      b().emit(Opcode::BINARY_OP, op);
      set_loc(*t);
      b().emit(Opcode::SWAP, 3);
      b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::STORE_SUBSCR);
      break;
    }
    default:
      error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", *t);
      break;
  }
}

void Codegen::ann_assign(const ast::AnnAssign* a) {
  using K = ast::ExprKind;
  if (a->value) {
    expr(a->value);
    assign_target(a->target);
  }
  bool module_or_class = u_->scope->type == ScopeType::Module || u_->scope->type == ScopeType::Class;
  if (a->target->kind == K::Name) {
    if (a->simple && module_or_class) {
      set_loc(*a);
      annotation_value(a->annotation);
      set_loc(*a);
      name_op("__annotations__", ExprContext::Load);
      load_str(mangle(static_cast<const ast::Name*>(a->target)->id));
      b().emit(Opcode::STORE_SUBSCR);
    }
    return;
  }
  // Complex targets: evaluate the target's parts when there is no value.
  if (!a->value) {
    if (a->target->kind == K::Attribute) {
      expr(static_cast<const ast::Attribute*>(a->target)->value);
      b().emit(Opcode::POP_TOP);
    } else if (a->target->kind == K::Subscript) {
      auto* s = static_cast<const ast::Subscript*>(a->target);
      expr(s->value);
      b().emit(Opcode::POP_TOP);
      expr(s->slice);
      b().emit(Opcode::POP_TOP);
    }
  }
  if (module_or_class && !future_annotations_) {
    expr(a->annotation);
    b().emit(Opcode::POP_TOP);
  }
}

// --- simple statements ------------------------------------------------------------

void Codegen::raise_stmt(const ast::Raise* r) {
  uint32_t n = 0;
  if (r->exc) {
    expr(r->exc);
    ++n;
    if (r->cause) {
      expr(r->cause);
      ++n;
    }
  }
  set_loc(*r);
  b().emit(Opcode::RAISE_VARARGS, n);
}

void Codegen::assert_stmt(const ast::Assert* a) {
  warn(*a, assert_warning(a));  // even under -O, as CPython
  if (optimize_ > 0) return;
  Label end = b().new_label();
  jump_if(a->test, end, true);
  // CPython 3.11's jump for a comparison leaves its location set: the
  // AssertionError is then raised at the comparison, not the statement.
  const ast::Location& at = a->test->kind == ast::ExprKind::Compare ? static_cast<const ast::Location&>(*a->test)
                                                                      : static_cast<const ast::Location&>(*a);
  set_loc(at);
  b().emit(Opcode::LOAD_ASSERTION_ERROR);
  if (a->msg) {
    b().emit(Opcode::PUSH_NULL);
    expr(a->msg);
    set_loc(at);
    b().emit(Opcode::CALL, 1);
  }
  b().emit(Opcode::RAISE_VARARGS, 1);
  b().bind(end);
}

void Codegen::import_stmt(const ast::Import* s) {
  for (auto* alias : s->names) {
    set_loc(*s);
    ast::ConstantValue zero;
    zero.kind = ast::ConstantValue::Kind::Int;
    zero.int_value = 0;
    load_const(zero);
    load_none();
    b().emit(Opcode::IMPORT_NAME, add_name(alias->name));
    if (alias->has_asname) {
      // `import a.b.c as d` binds d to a.b.c: walk the attributes.
      const std::string& n = alias->name;
      size_t dot = n.find('.');
      if (dot != std::string::npos) {
        size_t pos = dot + 1;
        while (true) {
          size_t next = n.find('.', pos);
          std::string part = n.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          b().emit(Opcode::IMPORT_FROM, add_name(part));
          if (next == std::string::npos) break;
          b().emit(Opcode::SWAP, 2);
          b().emit(Opcode::POP_TOP);
          pos = next + 1;
        }
        name_op(alias->asname, ExprContext::Store);
        b().emit(Opcode::POP_TOP);
      } else {
        name_op(alias->asname, ExprContext::Store);
      }
    } else {
      name_op(alias->name.substr(0, alias->name.find('.')), ExprContext::Store);
    }
  }
}

void Codegen::import_from(const ast::ImportFrom* s) {
  ast::ConstantValue level;
  level.kind = ast::ConstantValue::Kind::Int;
  level.int_value = s->level;
  load_const(level);
  bytecode::Constant names;
  names.kind = bytecode::Constant::Kind::Tuple;
  for (auto* a : s->names) {
    ast::ConstantValue v;
    v.kind = ast::ConstantValue::Kind::Str;
    v.text = a->name;
    names.items.push_back(literal_constant(v));
  }
  b().emit(Opcode::LOAD_CONST, add_const(names));
  b().emit(Opcode::IMPORT_NAME, add_name(s->has_module ? s->module : ""));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    b().emit(Opcode::IMPORT_STAR);
    return;
  }
  for (auto* a : s->names) {
    b().emit(Opcode::IMPORT_FROM, add_name(a->name));
    name_op(a->has_asname ? a->asname : a->name, ExprContext::Store);
  }
  b().emit(Opcode::POP_TOP);
}

// --- control flow -------------------------------------------------------------------

void Codegen::if_stmt(const ast::If* i) {
  Label end = b().new_label();
  // A constant test compiles to a plain jump; the dead branch is still
  // compiled (for its errors) and then dropped as unreachable.
  Label next = i->orelse.empty() ? end : b().new_label();
  jump_if(i->test, next, false);
  stmts(i->body);
  if (!i->orelse.empty()) {
    b().emit_jump(Opcode::JUMP, end);
    b().bind(next);
    stmts(i->orelse);
  }
  b().bind(end);
}

void Codegen::while_stmt(const ast::While* w) {
  Label loop = b().new_label(), anchor = b().new_label(), end = b().new_label();
  b().bind(loop);
  push_fblock(FBlock{FBlockKind::WhileLoop, loop, end});
  jump_if(w->test, anchor, false);
  stmts(w->body);
  set_loc(*w);
  b().emit_jump(Opcode::JUMP, loop);
  pop_fblock();
  b().bind(anchor);
  stmts(w->orelse);
  b().bind(end);
}

void Codegen::for_stmt(const ast::For* f) {
  Label start = b().new_label(), cleanup = b().new_label(), end = b().new_label();
  if (!constant_container(f->iter)) expr(f->iter);
  set_loc(*f->iter);
  b().emit(Opcode::GET_ITER);
  b().bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  set_loc(*f);
  b().emit_jump(Opcode::FOR_ITER, cleanup);
  assign_target(f->target);
  stmts(f->body);
  set_loc(*f);
  b().emit_jump(Opcode::JUMP, start);
  pop_fblock();
  b().bind(cleanup);
  stmts(f->orelse);
  b().bind(end);
}

void Codegen::async_for_stmt(const ast::For* f) {
  if (!u_->is_async_function) {
    error("'async for' outside async function", *f);
    return;
  }
  Label start = b().new_label(), except = b().new_label(), end = b().new_label();
  expr(f->iter);
  set_loc(*f->iter);
  b().emit(Opcode::GET_AITER);
  b().bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  set_loc(*f);
  int h = b().new_handler(except, false);
  b().mark_depth(h);
  b().push_handler(h);
  b().emit(Opcode::GET_ANEXT);
  load_none();
  add_yield_from(true);
  b().pop_handler();
  assign_target(f->target);
  stmts(f->body);
  set_loc(*f);
  b().emit_jump(Opcode::JUMP, start);
  pop_fblock();
  b().bind(except);
  b().emit(Opcode::END_ASYNC_FOR);
  stmts(f->orelse);
  b().bind(end);
}

void Codegen::return_stmt(const ast::Return* r) {
  if (!u_->scope->is_function_like()) {
    error("'return' outside function", *r);
    return;
  }
  if (r->value && u_->is_async_function && u_->scope->is_generator) {
    error("'return' with value in async generator", *r);
    return;
  }
  bool preserve = r->value && r->value->kind != ast::ExprKind::Constant;
  if (preserve) expr(r->value);
  // The cleanup runs at the value's position when it is on the return line.
  if (r->value && r->value->lineno == r->lineno) set_loc(*r->value);
  else set_loc(*r);
  std::vector<int> saved = b().handler_stack();
  unwind_fblock_stack(preserve, nullptr);
  set_loc(*r);
  if (!r->value) load_none();
  else if (!preserve) expr(r->value);
  set_loc(*r);
  b().emit(Opcode::RETURN_VALUE);
  b().set_handler_stack(std::move(saved));
}

void Codegen::break_continue(const ast::Stmt* s, bool is_break) {
  FBlock loop;
  std::vector<int> saved = b().handler_stack();
  if (!unwind_fblock_stack(false, &loop)) {
    // The blocks unwound on the way out popped their handlers: the code
    // around goes on being compiled (and popping them) after the error.
    b().set_handler_stack(std::move(saved));
    error(is_break ? "'break' outside loop" : "'continue' not properly in loop", *s);
    return;
  }
  set_loc(*s);
  if (is_break) {
    unwind_fblock(loop, false);
    b().emit_jump(Opcode::JUMP, loop.exit);
  } else {
    b().emit_jump(Opcode::JUMP, loop.block);
  }
  b().set_handler_stack(std::move(saved));
}

// --- unwinding ------------------------------------------------------------------------

void Codegen::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  b().emit(Opcode::CALL, 2);
}

void Codegen::unwind_fblock(const FBlock& f, bool preserve_tos) {
  switch (f.kind) {
    case FBlockKind::ExceptionGroupHandler:
      return;  // rejected by unwind_fblock_stack
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::AsyncComprehensionGenerator:
      return;
    case FBlockKind::ForLoop:
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);
      return;
    case FBlockKind::TryExcept:
      b().pop_handler();
      return;
    case FBlockKind::FinallyTry: {
      b().pop_handler();
      if (preserve_tos) push_fblock(FBlock{FBlockKind::PopValue});
      bytecode::Position saved = b().position();
      stmts(*f.finalbody);
      b().set_position(saved);
      if (preserve_tos) pop_fblock();
      return;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);  // the exception
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      b().pop_handler();
      b().emit(Opcode::POP_EXCEPT);
      return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith: {
      bytecode::Position saved = b().position();
      set_loc(*f.node);
      b().pop_handler();
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      call_exit_with_nones();
      if (f.kind == FBlockKind::AsyncWith) {
        b().emit(Opcode::GET_AWAITABLE, 2);
        load_none();
        add_yield_from(true);
      }
      b().emit(Opcode::POP_TOP);
      b().set_position(saved);
      return;
    }
    case FBlockKind::HandlerCleanup:
      if (f.has_name) b().pop_handler();
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      b().pop_handler();
      b().emit(Opcode::POP_EXCEPT);
      if (f.has_name) {
        load_none();
        name_op(f.name, ExprContext::Store);
        name_op(f.name, ExprContext::Del);
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) b().emit(Opcode::SWAP, 2);
      b().emit(Opcode::POP_TOP);
      return;
  }
}

bool Codegen::unwind_fblock_stack(bool preserve_tos, FBlock* loop) {
  // Walks the blocks innermost first. The block being unwound is removed
  // while its cleanup is emitted (a return inside a finally body must not
  // run that finally again); the block stack is restored afterwards. The
  // handler stack is left unwound: the caller restores it after its jump.
  std::vector<FBlock> saved_blocks = u_->fblocks;
  bool found = false;
  while (!u_->fblocks.empty() && !failed_) {
    FBlock top = u_->fblocks.back();
    if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
      *loop = top;
      found = true;
      break;
    }
    if (top.kind == FBlockKind::ExceptionGroupHandler) {
      error("'break', 'continue' and 'return' cannot appear in an except* block", here());
      break;
    }
    u_->fblocks.pop_back();
    unwind_fblock(top, preserve_tos);
  }
  u_->fblocks = std::move(saved_blocks);
  return !loop || found;
}

// --- with ---------------------------------------------------------------------------

void Codegen::pop_except_and_reraise() {
  b().emit(Opcode::COPY, 3);
  b().emit(Opcode::POP_EXCEPT);
  b().emit(Opcode::RERAISE, 1);
}

void Codegen::with_except_finish(Label cleanup, bool is_async) {
  Label suppress = b().new_label();
  // Stack: exit lasti prev exc res
  b().emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
  // Re-raise with the lasti of the original raise directly below exc.
  b().emit(Opcode::COPY, 3);
  b().emit(Opcode::SWAP, 2);
  b().emit(Opcode::RERAISE, 1);
  b().bind(cleanup);
  b().pop_handler();
  pop_except_and_reraise();
  b().bind(suppress);
  b().emit(Opcode::POP_TOP);     // exc
  b().emit(Opcode::POP_EXCEPT);  // prev
  b().emit(Opcode::POP_TOP);     // lasti
  b().emit(Opcode::POP_TOP);     // exit
}

void Codegen::with_stmt(const ast::With* w, size_t pos) {
  bool is_async = w->kind == ast::StmtKind::AsyncWith;
  const ast::WithItem* item = w->items[pos];
  Label final_ = b().new_label(), exit = b().new_label(), cleanup = b().new_label();
  expr(item->context_expr);
  set_loc(*w);
  if (is_async) {
    b().emit(Opcode::BEFORE_ASYNC_WITH);
    b().emit(Opcode::GET_AWAITABLE, 1);
    load_none();
    add_yield_from(true);
  } else {
    b().emit(Opcode::BEFORE_WITH);
  }
  // Handler keeps `exit` only (the __enter__ result is consumed by the body).
  int h = b().new_handler(final_, true);
  b().mark_depth(h, -1);
  b().push_handler(h);
  FBlock fb{is_async ? FBlockKind::AsyncWith : FBlockKind::With, Label{}, Label{}};
  fb.node = w;
  push_fblock(fb);
  if (item->optional_vars) {
    assign_target(item->optional_vars);
  } else {
    b().emit(Opcode::POP_TOP);
  }
  if (pos + 1 < w->items.size()) with_stmt(w, pos + 1);
  else stmts(w->body);
  pop_fblock();
  b().pop_handler();
  set_loc(*w);
  call_exit_with_nones();
  if (is_async) {
    b().emit(Opcode::GET_AWAITABLE, 2);
    load_none();
    add_yield_from(true);
  }
  b().emit(Opcode::POP_TOP);
  b().emit_jump(Opcode::JUMP, exit);

  b().bind(final_);
  int hc = b().new_handler(cleanup, true);
  b().mark_depth(hc);
  b().push_handler(hc);
  b().emit(Opcode::PUSH_EXC_INFO);
  b().emit(Opcode::WITH_EXCEPT_START);
  if (is_async) {
    b().emit(Opcode::GET_AWAITABLE, 2);
    load_none();
    add_yield_from(true);
  }
  with_except_finish(cleanup, is_async);
  b().bind(exit);
}

// --- try ----------------------------------------------------------------------------

void Codegen::try_stmt(const ast::Try* t) {
  if (!t->finalbody.empty()) try_finally(t);
  else try_except(t);
}

void Codegen::try_finally(const ast::Try* t) {
  Label end = b().new_label(), exit = b().new_label(), cleanup = b().new_label();
  set_loc(*t);
  int h = b().new_handler(end, false);
  b().mark_depth(h);
  b().push_handler(h);
  FBlock fb{FBlockKind::FinallyTry, Label{}, Label{}};
  fb.finalbody = &t->finalbody;
  push_fblock(fb);
  if (!t->handlers.empty()) {
    if (t->kind == ast::StmtKind::TryStar) try_star_except(t);
    else try_except(t);
  } else {
    b().emit(Opcode::NOP);
    stmts(t->body);
  }
  pop_fblock();
  b().pop_handler();
  stmts(t->finalbody);
  b().emit_jump(Opcode::JUMP, exit);

  // The exceptional path: run the finally body, then re-raise.
  b().bind(end);
  set_loc(*t);
  int hc = b().new_handler(cleanup, true);
  b().mark_depth(hc);
  b().push_handler(hc);
  b().emit(Opcode::PUSH_EXC_INFO);
  FBlock fe{FBlockKind::FinallyEnd, Label{}, Label{}};
  fe.finalbody = &t->finalbody;
  push_fblock(fe);
  stmts(t->finalbody);
  pop_fblock();
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  b().pop_handler();
  pop_except_and_reraise();
  b().bind(exit);
}

void Codegen::try_except(const ast::Try* t) {
  Label except = b().new_label(), end = b().new_label(), cleanup = b().new_label();
  set_loc(*t);
  int h = b().new_handler(except, false);
  b().mark_depth(h);
  b().push_handler(h);
  push_fblock(FBlock{FBlockKind::TryExcept});
  b().emit(Opcode::NOP);
  stmts(t->body);
  pop_fblock();
  b().pop_handler();
  stmts(t->orelse);
  b().emit_jump(Opcode::JUMP, end);

  b().bind(except);
  int hc = b().new_handler(cleanup, true);
  b().mark_depth(hc);
  b().push_handler(hc);
  b().emit(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockKind::ExceptionHandler});
  for (size_t i = 0; i < t->handlers.size(); ++i) {
    const ast::ExceptHandler* handler = t->handlers[i];
    set_loc(*handler);
    if (!handler->type && i + 1 < t->handlers.size()) {
      error("default 'except:' must be last", *handler);
      return;
    }
    Label next = b().new_label();
    std::vector<int> saved = b().handler_stack();
    if (handler->type) {
      expr(handler->type);
      set_loc(*handler);
      b().emit(Opcode::CHECK_EXC_MATCH);
      b().emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
    }
    if (handler->has_name) {
      Label cleanup_end = b().new_label();
      name_op(handler->name, ExprContext::Store);
      int hn = b().new_handler(cleanup_end, true);
      b().mark_depth(hn);
      b().push_handler(hn);
      FBlock fb{FBlockKind::HandlerCleanup};
      fb.name = handler->name;
      fb.has_name = true;
      push_fblock(fb);
      stmts(handler->body);
      pop_fblock();
      b().pop_handler();  // hn
      b().pop_handler();  // hc
      set_loc(*handler);
      b().emit(Opcode::POP_EXCEPT);
      load_none();
      name_op(handler->name, ExprContext::Store);
      name_op(handler->name, ExprContext::Del);
      b().emit_jump(Opcode::JUMP, end);
      // The handler body raised: unbind the name, re-raise.
      b().set_handler_stack(saved);
      b().bind(cleanup_end);
      load_none();
      name_op(handler->name, ExprContext::Store);
      name_op(handler->name, ExprContext::Del);
      b().emit(Opcode::RERAISE, 1);
    } else {
      b().emit(Opcode::POP_TOP);
      FBlock fb{FBlockKind::HandlerCleanup};
      push_fblock(fb);
      stmts(handler->body);
      pop_fblock();
      b().pop_handler();  // hc
      set_loc(*handler);
      b().emit(Opcode::POP_EXCEPT);
      b().emit_jump(Opcode::JUMP, end);
    }
    b().set_handler_stack(saved);
    b().bind(next);
  }
  pop_fblock();
  set_loc(*t);
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  b().pop_handler();
  pop_except_and_reraise();
  b().bind(end);
}

}  // namespace pystm::frontend
