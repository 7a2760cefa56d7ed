// runtime/objects/frame_attributes.cpp — frames as Python objects (data
// model §3.2 "Frame objects"): f_back, f_code, f_lineno, f_lasti, f_locals,
// f_globals, f_builtins, f_trace, repr, and sys._getframe's walk.
// Owns: the Python view of the interpreter's heap frames; the frames are
// exposed, never copied. Must never: write a frame's slots (f_locals of a
// function frame is a snapshot dict).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

FrameObject* frame_of(Value v) { return v.as<FrameObject>(); }

// A generator's frame links to its caller only while it runs.
bool is_active(ThreadState& ts, FrameObject* frame) {
  for (FrameObject* f = ts.frame; f; f = stm::read(f)->back)
    if (f == frame) return true;
  return false;
}

Result<Value> f_back(ThreadState& ts, Value self, CallArgs) {
  FrameObject* frame = frame_of(self);
  const FrameObject* f = stm::read(frame);
  if (!f->back) return g_none;
  if ((f->flags & kFrameGenerator) && !is_active(ts, frame)) return g_none;
  frame_mark_escaped(f->back);
  return Value::from_object(f->back);
}
Result<Value> f_code(ThreadState&, Value self, CallArgs) { return Value::from_object(stm::read(frame_of(self))->code); }
Result<Value> f_lineno(ThreadState&, Value self, CallArgs) {
  const FrameObject* f = stm::read(frame_of(self));
  if (f->pc == 0) return Value::small_int(stm::view(f->code)->firstlineno);  // a generator not started yet
  return Value::small_int(frame_current_line(frame_of(self)));
}
// CPython counts in 2-byte code units.
Result<Value> f_lasti(ThreadState&, Value self, CallArgs) {
  return Value::small_int(2 * static_cast<int64_t>(stm::read(frame_of(self))->lasti));
}
Result<Value> f_globals(ThreadState&, Value self, CallArgs) {
  return Value::from_object(stm::read(frame_of(self))->globals);
}
Result<Value> f_builtins(ThreadState&, Value self, CallArgs) {
  DictObject* b = stm::read(frame_of(self))->builtins;
  return b ? Value::from_object(b) : Value(dict_new());
}
Result<Value> f_trace(ThreadState&, Value, CallArgs) { return g_none; }

bool tuple_contains_str(TupleObject* t, Value name) {
  Value tv = Value::from_object(t);
  for (int64_t i = 0; i < tuple_size(tv); ++i)
    if (str_equal(tuple_item(tv, i), name)) return true;
  return false;
}

// Module and class frames: their namespace. Function frames: one dict per
// frame, refreshed from the bound locals, cells and free variables on each
// access (like PyFrame_FastToLocals; unbound names are removed).
Value frame_locals_of(FrameObject* frame) {
  Value self = Value::from_object(frame);
  const FrameObject* f = stm::read(frame_of(self));
  if (!f->locals.is_null()) return f->locals;
  const CodeObject* c = stm::view(f->code);
  Value d = f->locals_snapshot;
  if (d.is_null()) {
    d = dict_new();
    stm::write(frame_of(self))->locals_snapshot = d;
    f = stm::read(frame_of(self));
  }
  auto set = [&](Value name, Value v) {
    if (!v.is_null()) dict_set_str(d, name, v);
    else dict_del_str(d, name);
  };
  Value varnames = Value::from_object(c->varnames);
  Value cellvars = Value::from_object(c->cellvars);
  Value freevars = Value::from_object(c->freevars);
  auto cell_contents = [&](int64_t index) { return stm::read(f->slots[c->nlocals + index].as<CellObject>())->contents; };
  auto cell_index = [&](Value name) -> int64_t {
    for (int64_t i = 0; i < tuple_size(cellvars); ++i)
      if (str_equal(tuple_item(cellvars, i), name)) return i;
    return -1;
  };
  bool started = f->pc > 0;
  for (int64_t i = 0; i < c->nlocals; ++i) {
    Value name = tuple_item(varnames, i);
    int64_t cell = cell_index(name);
    Value v;
    if (cell >= 0 && started && f->slots[c->nlocals + cell].is_object()) v = cell_contents(cell);
    else v = f->slots[i];
    set(name, v);
  }
  for (int64_t i = 0; i < c->ncells; ++i) {
    Value name = tuple_item(cellvars, i);
    if (tuple_contains_str(c->varnames, name)) continue;
    if (!f->slots[c->nlocals + i].is_object()) continue;
    set(name, cell_contents(i));
  }
  if (c->flags & 0x1) {  // CO_OPTIMIZED: free variables too
    for (int64_t i = 0; i < c->nfrees; ++i) {
      Value cell = f->slots[c->nlocals + c->ncells + i];
      if (!cell.is_object()) continue;
      Value v = stm::read(cell.as<CellObject>())->contents;
      set(tuple_item(freevars, i), v);
    }
  }
  return d;
}

Result<Value> frame_repr(ThreadState&, Value self, CallArgs) {
  FrameObject* frame = frame_of(self);
  const CodeObject* c = stm::view(stm::read(frame)->code);
  char buf[48];
  std::snprintf(buf, sizeof buf, "<frame at 0x%llx, file '", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8(buf + str_to_utf8(c->filename) + "', line " + std::to_string(frame_current_line(frame)) +
                       ", code " + str_to_utf8(c->name) + ">");
}

Result<Value> f_locals(ThreadState&, Value self, CallArgs) { return frame_locals_of(frame_of(self)); }

// frame.clear(): drops the locals of a frame that finished (traceback
// frames keep them alive otherwise). An executing frame refuses; a
// generator's frame is left alone (it may be resumed).
Result<Value> frame_clear(ThreadState& ts, Value self, CallArgs) {
  FrameObject* frame = frame_of(self);
  for (FrameObject* running = ts.frame; running != nullptr; running = stm::read(running)->back)
    if (running == frame) return raise(ts, g_exc_RuntimeError, "cannot clear an executing frame");
  if (stm::read(frame)->flags & kFrameGenerator) return g_none;
  FrameObject* f = stm::write(frame);
  for (int32_t i = 0; i < f->nslots; ++i) f->slots[i] = Value();
  return g_none;
}

const NativeMethod kFrameGetters[] = {
    {"f_back", f_back, 0, 0, 0, nullptr},         {"f_code", f_code, 0, 0, 0, nullptr},
    {"f_lineno", f_lineno, 0, 0, 0, nullptr},     {"f_lasti", f_lasti, 0, 0, 0, nullptr},
    {"f_locals", f_locals, 0, 0, 0, nullptr},     {"f_globals", f_globals, 0, 0, 0, nullptr},
    {"f_builtins", f_builtins, 0, 0, 0, nullptr}, {"f_trace", f_trace, 0, 0, 0, nullptr},
};
const NativeMethod kFrameMethods[] = {
    {"__repr__", frame_repr, 0, 0, 0, nullptr},
    {"clear", frame_clear, 0, 0, 0, nullptr},
};

}  // namespace

Value frame_locals(FrameObject* frame) { return frame_locals_of(frame); }

void init_frame_type() {
  for (const NativeMethod& m : kFrameGetters) add_native_property(g_frame_type, &m, nullptr);
  add_native_methods(g_frame_type, kFrameMethods);
}

}  // namespace pystm
