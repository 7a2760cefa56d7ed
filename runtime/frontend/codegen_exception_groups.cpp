// runtime/frontend/codegen_exception_groups.cpp — code generation for
// try/except* (exception groups): CHECK_EG_MATCH splits the group per
// handler, the exceptions raised by handlers are collected in a list and
// PREP_RERAISE_STAR combines them with the unhandled rest.
// Must never: let break/continue/return leave an except* block (a
// SyntaxError, reported by the unwinder).
#include "runtime/frontend/codegen.h"

namespace pystm::frontend {

using ast::ExprContext;

void Codegen::try_star(const ast::Try* t) {
  if (!t->finalbody.empty()) try_finally(t);
  else try_star_except(t);
}

void Codegen::try_star_except(const ast::Try* t) {
  Label except = b().new_label(), end = b().new_label(), cleanup = b().new_label();
  Label reraise_star = b().new_label();
  set_loc(*t);
  int h = b().new_handler(except, false);
  b().mark_depth(h);
  b().push_handler(h);
  push_fblock(FBlock(FBlockKind::TryExcept));
  b().emit(Opcode::NOP);
  stmts(t->body);
  pop_fblock();
  b().pop_handler();
  stmts(t->orelse);
  b().emit_jump(Opcode::JUMP, end);

  // Stack at `except`: exc. After PUSH_EXC_INFO: prev exc; the handlers then
  // work on [prev, orig, raised_list, rest].
  b().bind(except);
  int hc = b().new_handler(cleanup, true);
  b().mark_depth(hc);
  b().push_handler(hc);
  b().emit(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlock(FBlockKind::ExceptionGroupHandler));
  std::vector<int> saved = b().handler_stack();
  for (size_t i = 0; i < t->handlers.size(); ++i) {
    const ast::ExceptHandler* handler = t->handlers[i];
    set_loc(*handler);
    Label no_match = b().new_label(), cleanup_end = b().new_label(), except_with_error = b().new_label();
    if (i == 0) {
      b().emit(Opcode::COPY, 1);
      b().emit(Opcode::BUILD_LIST, 0);
      b().emit(Opcode::SWAP, 2);
    }
    if (handler->type) {
      expr(handler->type);
      set_loc(*handler);
      b().emit(Opcode::CHECK_EG_MATCH);
      b().emit(Opcode::COPY, 1);
      b().emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
    }
    if (handler->has_name) name_op(handler->name, ExprContext::Store);
    else b().emit(Opcode::POP_TOP);
    int hn = b().new_handler(cleanup_end, true);
    b().mark_depth(hn);
    b().push_handler(hn);
    FBlock fb(FBlockKind::HandlerCleanup);
    fb.name = handler->name;
    fb.has_name = handler->has_name;
    push_fblock(fb);
    stmts(handler->body);
    pop_fblock();
    b().pop_handler();
    set_loc(*handler);
    if (handler->has_name) {
      load_none();
      name_op(handler->name, ExprContext::Store);
      name_op(handler->name, ExprContext::Del);
    }
    b().emit_jump(Opcode::JUMP, except_with_error);
    // The handler body raised: record that exception in the list.
    b().bind(cleanup_end);
    if (handler->has_name) {
      load_none();
      name_op(handler->name, ExprContext::Store);
      name_op(handler->name, ExprContext::Del);
    }
    b().emit(Opcode::LIST_APPEND, 3);
    b().emit(Opcode::POP_TOP);  // lasti
    b().emit_jump(Opcode::JUMP, except_with_error);
    b().bind(no_match);
    b().emit(Opcode::POP_TOP);  // the None match
    b().bind(except_with_error);
    if (i + 1 == t->handlers.size()) {
      // The unhandled rest (or None) joins the list.
      b().emit(Opcode::LIST_APPEND, 1);
      b().emit_jump(Opcode::JUMP, reraise_star);
    }
    b().set_handler_stack(saved);
  }
  pop_fblock();
  Label reraise = b().new_label();
  b().bind(reraise_star);
  set_loc(*t);
  b().emit(Opcode::PREP_RERAISE_STAR);
  b().emit(Opcode::COPY, 1);
  b().emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
  b().emit(Opcode::POP_TOP);
  b().pop_handler();
  b().emit(Opcode::POP_EXCEPT);
  b().emit_jump(Opcode::JUMP, end);
  b().bind(reraise);
  b().emit(Opcode::SWAP, 2);
  b().emit(Opcode::POP_EXCEPT);
  b().emit(Opcode::RERAISE, 0);
  b().bind(cleanup);
  pop_except_and_reraise();
  b().bind(end);
}

}  // namespace pystm::frontend
