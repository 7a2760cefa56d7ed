// runtime/frontend/code_builder.h — instruction emission for one code unit:
// labels, jumps, exception-handler regions, source positions, and assembly
// into a bytecode::CodeUnit (jump resolution, dead-code removal, stack-depth
// computation over the control-flow graph, exception table).
// Must never: know about the AST beyond source locations, or about names.
// Invariant: every reachable instruction has one stack depth on all paths;
// the depth never goes negative (assemble() fails otherwise).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/bytecode/code_unit.h"
#include "runtime/bytecode/opcodes.h"

namespace pystm::frontend {

struct Label {
  int id = -1;
  bool valid() const { return id >= 0; }
};

class CodeBuilder {
 public:
  void set_position(const bytecode::Position& p) { pos_ = p; }
  bytecode::Position position() const { return pos_; }

  void emit(bytecode::Opcode op, uint32_t arg = 0);
  void emit_jump(bytecode::Opcode op, Label target);

  Label new_label();
  void bind(Label l);

  // --- exception handlers ---------------------------------------------------
  // A handler catches exceptions raised by the instructions emitted while it
  // is the innermost pushed handler. Its depth (items kept on the value
  // stack) is the stack depth at its mark_depth() point plus `adjust`.
  int new_handler(Label target, bool push_lasti);
  void mark_depth(int handler, int adjust = 0);
  void push_handler(int handler) { handler_stack_.push_back(handler); }
  void pop_handler() { handler_stack_.pop_back(); }
  const std::vector<int>& handler_stack() const { return handler_stack_; }
  void set_handler_stack(std::vector<int> s) { handler_stack_ = std::move(s); }

  size_t instruction_count() const { return instrs_.size(); }

  // Resolves jumps, drops unreachable instructions, computes stacksize and
  // the exception table into `out`. Returns false with *error set on an
  // internal inconsistency (a compiler bug, never a user error).
  bool assemble(bytecode::CodeUnit* out, std::string* error);

 private:
  static constexpr uint8_t kMarkOp = 0xff;  // pseudo-instruction: handler depth marker
  struct Instr {
    uint8_t op;
    uint32_t arg;
    int label;     // jump target label, or -1
    int handler;   // innermost handler at emission, or -1
    bytecode::Position pos;
  };
  struct Handler {
    Label target;
    bool push_lasti;
    int adjust = 0;
    int depth = -1;
  };
  std::vector<Instr> instrs_;
  std::vector<int> label_pos_;
  std::vector<Handler> handlers_;
  std::vector<int> handler_stack_;
  bytecode::Position pos_;
};

// The stack effect of taking the jump of a jump instruction (the table in
// opcodes.def gives the fall-through effect).
int jump_stack_effect(bytecode::Opcode op, uint32_t arg);
// Whether control never falls through to the next instruction.
bool is_terminator(bytecode::Opcode op);

}  // namespace pystm::frontend
