// runtime/objects/frame_attributes.cpp — a minimal Python view of frames and
// tracebacks (data model §3.2 "Frame objects", "Traceback objects"):
// f_back, f_code, f_globals, f_builtins, f_locals, f_lineno; tb_frame,
// tb_next, tb_lineno, tb_lasti. Enough for the standard library's
// sys._getframe(n).f_globals idiom and types.FrameType; the full frame
// object (f_trace, clear(), live f_locals) belongs to the frames work.
// Must never: hand out a frame that frame_release may reuse — every frame
// reached from Python is marked escaped first.
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Value frame_escape(FrameObject* frame) {
  if (!frame) return g_none;
  if (!(stm::read(frame)->flags & kFrameEscaped)) stm::write(frame)->flags |= kFrameEscaped;
  return Value::from_object(frame);
}

namespace {

FrameObject* fr(Value v) { return v.as<FrameObject>(); }

Result<Value> f_back(ThreadState&, Value self, CallArgs) { return frame_escape(stm::read(fr(self))->back); }
Result<Value> f_code(ThreadState&, Value self, CallArgs) { return Value::from_object(stm::read(fr(self))->code); }
Result<Value> f_globals(ThreadState&, Value self, CallArgs) {
  return Value::from_object(stm::read(fr(self))->globals);
}
Result<Value> f_builtins(ThreadState&, Value self, CallArgs) {
  DictObject* b = stm::read(fr(self))->builtins;
  return b ? Value::from_object(b) : dict_new();
}
Result<Value> f_lineno(ThreadState&, Value self, CallArgs) {
  return int_from_int64(frame_current_line(fr(self)));
}
// Module and class bodies: their namespace. Function frames: a snapshot of
// the bound local variables (CPython's f_locals is a synced dict).
Result<Value> f_locals(ThreadState&, Value self, CallArgs) {
  const FrameObject* f = stm::read(fr(self));
  if (!f->locals.is_null()) return f->locals;
  Value dict = dict_new();
  const CodeObject* c = stm::view(f->code);
  Value varnames = Value::from_object(c->varnames);
  for (int64_t i = 0; i < tuple_size(varnames) && i < f->nslots; ++i)
    if (!f->slots[i].is_null()) dict_set_str(dict, tuple_item(varnames, i), f->slots[i]);
  return dict;
}

TracebackObject* tb(Value v) { return v.as<TracebackObject>(); }
Result<Value> tb_frame(ThreadState&, Value self, CallArgs) { return frame_escape(stm::read(tb(self))->frame); }
Result<Value> tb_next(ThreadState&, Value self, CallArgs) {
  Value next = stm::read(tb(self))->next;
  return next.is_null() ? g_none : next;
}
Result<Value> tb_lineno(ThreadState&, Value self, CallArgs) { return int_from_int64(stm::read(tb(self))->lineno); }
Result<Value> tb_lasti(ThreadState&, Value self, CallArgs) { return int_from_int64(stm::read(tb(self))->lasti * 2); }

const NativeMethod kFrameGetters[] = {
    {"f_back", f_back, 0, 0, 0, nullptr},         {"f_code", f_code, 0, 0, 0, nullptr},
    {"f_globals", f_globals, 0, 0, 0, nullptr},   {"f_builtins", f_builtins, 0, 0, 0, nullptr},
    {"f_lineno", f_lineno, 0, 0, 0, nullptr},     {"f_locals", f_locals, 0, 0, 0, nullptr},
};
const NativeMethod kTracebackGetters[] = {
    {"tb_frame", tb_frame, 0, 0, 0, nullptr},
    {"tb_next", tb_next, 0, 0, 0, nullptr},
    {"tb_lineno", tb_lineno, 0, 0, 0, nullptr},
    {"tb_lasti", tb_lasti, 0, 0, 0, nullptr},
};

}  // namespace

// sys._getframe([depth]): the caller's frame, or the one `depth` calls out.
Result<Value> sys_getframe(ThreadState& ts, Value, CallArgs args) {
  int64_t depth = 0;
  if (args.nargs && !int_to_int64(args[0], &depth))
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(args[0]).c_str());
  FrameObject* f = ts.frame;
  for (; f && depth > 0; --depth) f = stm::read(f)->back;
  if (!f) return raise_value_error(ts, "call stack is not deep enough");
  return frame_escape(f);
}

void init_frame_attributes() {
  for (const NativeMethod& g : kFrameGetters) add_native_property(g_frame_type, &g, nullptr);
  for (const NativeMethod& g : kTracebackGetters) add_native_property(g_traceback_type, &g, nullptr);
}

}  // namespace pystm
