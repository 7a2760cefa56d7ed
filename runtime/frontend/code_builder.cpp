// runtime/frontend/code_builder.cpp — see code_builder.h.
// Must never: emit an instruction the interpreter has no stack picture for.
#include "runtime/frontend/code_builder.h"

#include <algorithm>

namespace pystm::frontend {

using bytecode::Opcode;

int jump_stack_effect(Opcode op, uint32_t arg) {
  switch (op) {
    case Opcode::FOR_ITER: return -1;               // (it --) on exhaustion
    case Opcode::SEND: return -1;                   // (sub v -- value)
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return 0;     // keeps v
    default: return bytecode::stack_pushes(op, arg) - bytecode::stack_pops(op, arg);
  }
}

bool is_terminator(Opcode op) {
  return op == Opcode::JUMP || op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS ||
         op == Opcode::RERAISE;
}

void CodeBuilder::emit(Opcode op, uint32_t arg) {
  int h = handler_stack_.empty() ? -1 : handler_stack_.back();
  instrs_.push_back(Instr{static_cast<uint8_t>(op), arg, -1, h, pos_});
}

void CodeBuilder::emit_jump(Opcode op, Label target) {
  int h = handler_stack_.empty() ? -1 : handler_stack_.back();
  instrs_.push_back(Instr{static_cast<uint8_t>(op), 0, target.id, h, pos_});
}

Label CodeBuilder::new_label() {
  label_pos_.push_back(-1);
  return Label{static_cast<int>(label_pos_.size()) - 1};
}

void CodeBuilder::bind(Label l) { label_pos_[l.id] = static_cast<int>(instrs_.size()); }

int CodeBuilder::new_handler(Label target, bool push_lasti) {
  handlers_.push_back(Handler{target, push_lasti});
  return static_cast<int>(handlers_.size()) - 1;
}

void CodeBuilder::mark_depth(int handler, int adjust) {
  handlers_[handler].adjust = adjust;
  instrs_.push_back(Instr{kMarkOp, static_cast<uint32_t>(handler), -1, -1, pos_});
}

bool CodeBuilder::assemble(bytecode::CodeUnit* out, std::string* error) {
  const int n = static_cast<int>(instrs_.size());
  std::vector<int> depth(n + 1, -1);
  std::vector<int> work;
  int max_depth = 0;
  bool ok = true;
  auto reach = [&](int i, int d, const char* why) {
    if (i < 0 || i > n) {
      *error = std::string("jump to an unbound label (") + why + ")";
      ok = false;
      return;
    }
    if (d < 0) {
      *error = std::string("negative stack depth (") + why + ") at " + std::to_string(i);
      ok = false;
      return;
    }
    max_depth = std::max(max_depth, d);
    if (depth[i] == -1) {
      depth[i] = d;
      work.push_back(i);
    } else if (depth[i] != d) {
      *error = "inconsistent stack depth at instruction " + std::to_string(i) + ": " +
               std::to_string(depth[i]) + " vs " + std::to_string(d) + " (" + why + ")";
      ok = false;
    }
  };
  auto label_index = [&](int label) { return label >= 0 ? label_pos_[label] : -1; };
  reach(0, 0, "entry");
  while (!work.empty() && ok) {
    int i = work.back();
    work.pop_back();
    int d = depth[i];
    // Straight-line walk until a terminator or an already visited instruction.
    while (ok && i < n) {
      const Instr& in = instrs_[i];
      if (in.op == kMarkOp) {
        Handler& h = handlers_[in.arg];
        h.depth = d + h.adjust;
        reach(label_index(h.target.id), h.depth + (h.push_lasti ? 1 : 0) + 1, "handler");
      } else {
        Opcode op = static_cast<Opcode>(in.op);
        int pops = bytecode::stack_pops(op, in.arg);
        if (d < pops) {
          *error = std::string("stack underflow at ") + std::string(bytecode::kOpcodeNames[in.op]) +
                   " (instruction " + std::to_string(i) + ")";
          return false;
        }
        if (in.label >= 0) reach(label_index(in.label), d + jump_stack_effect(op, in.arg), "jump");
        if (is_terminator(op)) break;
        d = d - pops + bytecode::stack_pushes(op, in.arg);
        max_depth = std::max(max_depth, d);
      }
      ++i;
      if (i < n && depth[i] != -1) {
        if (depth[i] != d) reach(i, d, "fall-through");
        break;
      }
      if (i < n) depth[i] = d;
    }
    if (ok && i == n) {
      *error = "control falls off the end of the code";
      return false;
    }
  }
  if (!ok) return false;

  // Keep reachable real instructions; map old indexes to new ones.
  std::vector<int> new_index(n + 1, 0);
  int kept = 0;
  for (int i = 0; i < n; ++i) {
    new_index[i] = kept;
    if (depth[i] != -1 && instrs_[i].op != kMarkOp) ++kept;
  }
  new_index[n] = kept;
  out->code.clear();
  out->positions.clear();
  out->exception_table.clear();
  std::vector<int> handler_of;
  for (int i = 0; i < n; ++i) {
    const Instr& in = instrs_[i];
    if (depth[i] == -1 || in.op == kMarkOp) continue;
    uint32_t arg = in.arg;
    if (in.label >= 0) arg = static_cast<uint32_t>(new_index[label_index(in.label)]);
    if (arg > bytecode::kMaxArg) {
      *error = "instruction argument too large";
      return false;
    }
    out->code.push_back(bytecode::encode(static_cast<Opcode>(in.op), arg));
    out->positions.push_back(in.pos);
    handler_of.push_back(in.handler);
  }
  for (size_t i = 0; i < handler_of.size();) {
    int h = handler_of[i];
    size_t j = i + 1;
    while (j < handler_of.size() && handler_of[j] == h) ++j;
    if (h >= 0) {
      const Handler& hd = handlers_[h];
      if (hd.depth < 0) {
        *error = "exception handler without a reachable setup";
        return false;
      }
      bytecode::ExceptionTableEntry e;
      e.start = static_cast<uint32_t>(i);
      e.end = static_cast<uint32_t>(j);
      e.target = static_cast<uint32_t>(new_index[label_index(hd.target.id)]);
      e.depth = static_cast<uint32_t>(hd.depth);
      e.push_lasti = hd.push_lasti;
      out->exception_table.push_back(e);
    }
    i = j;
  }
  out->stacksize = max_depth;
  return true;
}

}  // namespace pystm::frontend
