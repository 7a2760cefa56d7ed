// runtime/frontend/codegen_patterns.cpp — code generation for the match
// statement (structural pattern matching) with the MATCH_* instructions.
// Must never: bind a capture name before the whole pattern matched.
#include <algorithm>

#include "runtime/bytecode/disassembler.h"
#include "runtime/frontend/codegen.h"

namespace pystm::frontend {

using ast::ExprContext;

// --- match --------------------------------------------------------------------

namespace {

bool is_wildcard(const ast::Pattern* p) {
  if (p->kind != ast::PatternKind::MatchAs) return false;
  auto* a = static_cast<const ast::MatchAs*>(p);
  return !a->pattern && !a->has_name;
}

bool is_star_wildcard(const ast::Pattern* p) {
  return p->kind == ast::PatternKind::MatchStar && !static_cast<const ast::MatchStar*>(p)->has_name;
}

ast::ConstantValue int_constant(int64_t v) {
  ast::ConstantValue c;
  c.kind = ast::ConstantValue::Kind::Int;
  c.int_value = v;
  return c;
}

}  // namespace

void Codegen::pattern_rotate(int count) {
  // Moves TOS down to depth `count`, shifting the others up.
  while (count > 1) b().emit(Opcode::SWAP, count--);
}

void Codegen::swap_depths(int a, int c) {
  if (a == c) return;
  if (a > c) std::swap(a, c);
  if (a == 1) {
    b().emit(Opcode::SWAP, c);
    return;
  }
  b().emit(Opcode::SWAP, a);
  b().emit(Opcode::SWAP, c);
  b().emit(Opcode::SWAP, a);
}

void Codegen::ensure_fail_pop(PatternContext* pc, size_t n) {
  while (pc->fail_pop.size() <= n) pc->fail_pop.push_back(b().new_label());
}

void Codegen::jump_to_fail_pop(PatternContext* pc, Opcode op) {
  size_t pops = static_cast<size_t>(pc->on_top) + pc->stores.size();
  ensure_fail_pop(pc, pops);
  b().emit_jump(op, pc->fail_pop[pops]);
}

void Codegen::emit_and_reset_fail_pop(PatternContext* pc) {
  if (pc->fail_pop.empty()) return;
  for (size_t n = pc->fail_pop.size() - 1; n > 0; --n) {
    b().bind(pc->fail_pop[n]);
    b().emit(Opcode::POP_TOP);
  }
  b().bind(pc->fail_pop[0]);
  pc->fail_pop.clear();
}

void Codegen::pattern_store_name(const std::string* name, const ast::Node* where, PatternContext* pc) {
  if (!name) {
    b().emit(Opcode::POP_TOP);
    return;
  }
  if (*name == "__debug__") {
    error("cannot assign to __debug__", *where);
    return;
  }
  for (const auto& s : pc->stores) {
    if (s == *name) {
      error("multiple assignments to name '" + *name + "' in pattern", *where);
      return;
    }
  }
  pattern_rotate(pc->on_top + static_cast<int>(pc->stores.size()) + 1);
  pc->stores.push_back(*name);
}

void Codegen::pattern_subpattern(const ast::Pattern* p, PatternContext* pc) {
  bool saved = pc->allow_irrefutable;
  pc->allow_irrefutable = true;
  pattern(p, pc);
  pc->allow_irrefutable = saved;
}

void Codegen::pattern(const ast::Pattern* p, PatternContext* pc) {
  if (failed_) return;
  set_loc(*p);
  using K = ast::PatternKind;
  switch (p->kind) {
    case K::MatchValue: {
      expr(static_cast<const ast::MatchValue*>(p)->value);
      set_loc(*p);
      b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(bytecode::CompareOp::Eq));
      jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
      break;
    }
    case K::MatchSingleton: {
      load_const(static_cast<const ast::MatchSingleton*>(p)->value);
      b().emit(Opcode::IS_OP, 0);
      jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
      break;
    }
    case K::MatchSequence: pattern_sequence(static_cast<const ast::MatchSequence*>(p), pc); break;
    case K::MatchMapping: pattern_mapping(static_cast<const ast::MatchMapping*>(p), pc); break;
    case K::MatchClass: pattern_class(static_cast<const ast::MatchClass*>(p), pc); break;
    case K::MatchStar: {
      auto* m = static_cast<const ast::MatchStar*>(p);
      pattern_store_name(m->has_name ? &m->name : nullptr, p, pc);
      break;
    }
    case K::MatchAs: {
      auto* m = static_cast<const ast::MatchAs*>(p);
      const std::string* name = m->has_name ? &m->name : nullptr;
      if (!m->pattern) {
        if (!pc->allow_irrefutable) {
          if (name) error("name capture '" + *name + "' makes remaining patterns unreachable", *p);
          else error("wildcard makes remaining patterns unreachable", *p);
          return;
        }
        pattern_store_name(name, p, pc);
        break;
      }
      // Match the sub-pattern against a copy, then capture the subject.
      ++pc->on_top;
      b().emit(Opcode::COPY, 1);
      pattern(m->pattern, pc);  // inherits allow_irrefutable
      --pc->on_top;
      set_loc(*p);
      pattern_store_name(name, p, pc);
      break;
    }
    case K::MatchOr: pattern_or(static_cast<const ast::MatchOr*>(p), pc); break;
  }
}

void Codegen::pattern_sequence(const ast::MatchSequence* p, PatternContext* pc) {
  const auto& pats = p->patterns;
  int size = static_cast<int>(pats.size());
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; ++i) {
    if (pats[i]->kind == ast::PatternKind::MatchStar) {
      if (star >= 0) {
        error("multiple starred names in sequence pattern", *p);
        return;
      }
      star_wildcard = is_star_wildcard(pats[i]);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(pats[i]);
  }
  // The subject stays on top during the type and length checks.
  ++pc->on_top;
  b().emit(Opcode::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (star < 0) {
    b().emit(Opcode::GET_LEN);
    load_const(int_constant(size));
    b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(bytecode::CompareOp::Eq));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    b().emit(Opcode::GET_LEN);
    load_const(int_constant(size - 1));
    b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(bytecode::CompareOp::Ge));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  --pc->on_top;
  if (only_wildcard) {
    b().emit(Opcode::POP_TOP);
  } else if (star_wildcard) {
    // Index instead of unpacking (the star part may be huge).
    ++pc->on_top;
    for (int i = 0; i < size; ++i) {
      const ast::Pattern* sub = pats[i];
      if (is_wildcard(sub) || i == star) continue;
      b().emit(Opcode::COPY, 1);
      if (i < star) {
        load_const(int_constant(i));
      } else {
        // Negative indexes may be unsupported: compute len - k.
        b().emit(Opcode::GET_LEN);
        load_const(int_constant(size - i));
        b().emit(Opcode::BINARY_OP, static_cast<uint32_t>(bytecode::BinaryOp::Sub));
      }
      b().emit(Opcode::BINARY_SUBSCR);
      pattern_subpattern(sub, pc);
      set_loc(*p);
    }
    --pc->on_top;
    b().emit(Opcode::POP_TOP);
  } else {
    if (star < 0) {
      b().emit(Opcode::UNPACK_SEQUENCE, size);
    } else {
      b().emit(Opcode::UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(size - star - 1) << 8));
    }
    pc->on_top += size;
    for (int i = 0; i < size; ++i) {
      --pc->on_top;
      pattern_subpattern(pats[i], pc);
    }
  }
}

void Codegen::pattern_mapping(const ast::MatchMapping* p, PatternContext* pc) {
  int size = static_cast<int>(p->keys.size());
  if (p->patterns.size() != p->keys.size()) {
    error("keys (" + std::to_string(size) + ") / patterns (" + std::to_string(p->patterns.size()) +
              ") length mismatch in mapping pattern", *p);
    return;
  }
  ++pc->on_top;
  b().emit(Opcode::MATCH_MAPPING);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (size == 0 && !p->has_rest) {
    --pc->on_top;
    b().emit(Opcode::POP_TOP);
    return;
  }
  if (size) {
    b().emit(Opcode::GET_LEN);
    load_const(int_constant(size));
    b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(bytecode::CompareOp::Ge));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  std::vector<std::string> seen;
  for (const ast::Expr* key : p->keys) {
    if (key->kind == ast::ExprKind::Constant) {
      std::string k = constant_key(literal_constant(static_cast<const ast::Constant*>(key)->value));
      // Equal numbers are equal keys (1 == 1.0 == True); only exact
      // duplicates are reported here, like CPython's set of constants does
      // for the common cases.
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) {
        error("mapping pattern checks duplicate key (" +
                  bytecode::constant_repr(literal_constant(static_cast<const ast::Constant*>(key)->value)) + ")",
              *p);
        return;
      }
      seen.push_back(k);
    } else if (key->kind != ast::ExprKind::Attribute) {
      error("mapping pattern keys may only match literals and attribute lookups", *key);
      return;
    }
    expr(key);
  }
  set_loc(*p);
  b().emit(Opcode::BUILD_TUPLE, size);
  b().emit(Opcode::MATCH_KEYS);
  // keys and values (or None) now sit on the subject.
  pc->on_top += 2;
  b().emit(Opcode::COPY, 1);
  load_none();
  b().emit(Opcode::IS_OP, 1);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  b().emit(Opcode::UNPACK_SEQUENCE, size);
  pc->on_top += size - 1;
  for (int i = 0; i < size; ++i) {
    --pc->on_top;
    pattern_subpattern(p->patterns[i], pc);
  }
  set_loc(*p);
  pc->on_top -= 2;
  if (p->has_rest) {
    // rest = dict(subject) without the matched keys.
    b().emit(Opcode::BUILD_MAP, 0);      // subject keys {}
    b().emit(Opcode::SWAP, 3);           // {} keys subject
    b().emit(Opcode::DICT_UPDATE, 2);    // rest keys
    b().emit(Opcode::UNPACK_SEQUENCE, size);  // rest k_n .. k_1
    for (int n = size; n > 0; --n) {
      b().emit(Opcode::COPY, 1 + n);     // rest k.. rest
      b().emit(Opcode::SWAP, 2);         // rest k.. rest k_i
      b().emit(Opcode::DELETE_SUBSCR);
    }
    pattern_store_name(&p->rest, p, pc);
  } else {
    b().emit(Opcode::POP_TOP);  // keys
    b().emit(Opcode::POP_TOP);  // subject
  }
}

void Codegen::pattern_class(const ast::MatchClass* p, PatternContext* pc) {
  int nargs = static_cast<int>(p->patterns.size());
  int nattrs = static_cast<int>(p->kwd_attrs.size());
  if (static_cast<size_t>(nattrs) != p->kwd_patterns.size()) {
    error("kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns (" + std::to_string(p->kwd_patterns.size()) +
              ") length mismatch in class pattern", *p);
    return;
  }
  for (int i = 0; i < nattrs; ++i) {
    for (int j = i + 1; j < nattrs; ++j) {
      if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
        error("attribute name repeated in class pattern: " + p->kwd_attrs[i], *p->kwd_patterns[j]);
        return;
      }
    }
  }
  expr(p->cls);
  set_loc(*p);
  bytecode::Constant names;
  names.kind = bytecode::Constant::Kind::Tuple;
  for (const auto& a : p->kwd_attrs) {
    ast::ConstantValue v;
    v.kind = ast::ConstantValue::Kind::Str;
    v.text = a;
    names.items.push_back(literal_constant(v));
  }
  b().emit(Opcode::LOAD_CONST, add_const(names));
  b().emit(Opcode::MATCH_CLASS, nargs);
  b().emit(Opcode::COPY, 1);
  load_none();
  b().emit(Opcode::IS_OP, 1);
  ++pc->on_top;  // the attributes tuple (or None)
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  b().emit(Opcode::UNPACK_SEQUENCE, nargs + nattrs);
  pc->on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; ++i) {
    --pc->on_top;
    const ast::Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      b().emit(Opcode::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
    set_loc(*p);
  }
}

void Codegen::pattern_or(const ast::MatchOr* p, PatternContext* pc) {
  Label end = b().new_label();
  size_t size = p->patterns.size();
  PatternContext old = *pc;
  std::vector<std::string> control;
  for (size_t i = 0; i < size; ++i) {
    const ast::Pattern* alt = p->patterns[i];
    set_loc(*alt);
    pc->stores.clear();
    pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
    pc->fail_pop.clear();
    pc->on_top = 0;
    b().emit(Opcode::COPY, 1);
    pattern(alt, pc);
    if (failed_) return;
    // Success: the captures of this alternative are on the stack, first
    // capture on top; make the order that of the first alternative.
    if (i == 0) {
      control = pc->stores;
    } else if (pc->stores.size() != control.size()) {
      error("alternative patterns bind different names", here());
      return;
    } else {
      std::vector<std::string> cur = pc->stores;  // cur[j] at depth j + 1
      for (size_t t = 0; t < control.size(); ++t) {
        auto it = std::find(cur.begin(), cur.end(), control[t]);
        if (it == cur.end()) {
          error("alternative patterns bind different names", here());
          return;
        }
        size_t j = static_cast<size_t>(it - cur.begin());
        if (j != t) {
          swap_depths(static_cast<int>(t) + 1, static_cast<int>(j) + 1);
          std::swap(cur[t], cur[j]);
        }
      }
    }
    b().emit_jump(Opcode::JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  // No alternative matched: drop the subject and fail outwards.
  *pc = old;
  set_loc(*p);
  b().emit(Opcode::POP_TOP);
  jump_to_fail_pop(pc, Opcode::JUMP);
  b().bind(end);
  // Move the captures below the items the enclosing pattern keeps.
  int nstores = static_cast<int>(control.size());
  int nrots = nstores + 1 + pc->on_top + static_cast<int>(pc->stores.size());
  for (int i = 0; i < nstores; ++i) {
    pattern_rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc->stores.begin(), pc->stores.end(), name) != pc->stores.end()) {
      error("multiple assignments to name '" + name + "' in pattern", *p);
      return;
    }
    pc->stores.push_back(name);
  }
  b().emit(Opcode::POP_TOP);  // the subject
}

void Codegen::match_stmt(const ast::Match* m) {
  expr(m->subject);
  Label end = b().new_label();
  size_t cases = m->cases.size();
  bool has_default = cases > 1 && is_wildcard(m->cases.back()->pattern);
  for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    const ast::MatchCase* c = m->cases[i];
    set_loc(*c->pattern);
    PatternContext pc;
    // Only the last case (or a guarded one) may be irrefutable.
    pc.allow_irrefutable = c->guard != nullptr || i == cases - 1;
    bool keep_subject = i != cases - (has_default ? 1 : 0) - 1;
    if (keep_subject) b().emit(Opcode::COPY, 1);
    pattern(c->pattern, &pc);
    if (failed_) return;
    // Matched: bind the captures (first capture on top).
    for (const auto& name : pc.stores) name_op(name, ExprContext::Store);
    if (c->guard) {
      ensure_fail_pop(&pc, 0);
      jump_if(c->guard, pc.fail_pop[0], false);
    }
    if (keep_subject) b().emit(Opcode::POP_TOP);
    stmts(c->body);
    b().emit_jump(Opcode::JUMP, end);
    emit_and_reset_fail_pop(&pc);
  }
  if (has_default) {
    const ast::MatchCase* c = m->cases.back();
    set_loc(*c->pattern);
    if (cases == 1) b().emit(Opcode::POP_TOP);
    else b().emit(Opcode::NOP);
    if (c->guard) jump_if(c->guard, end, false);
    stmts(c->body);
  }
  b().bind(end);
}

}  // namespace pystm::frontend
