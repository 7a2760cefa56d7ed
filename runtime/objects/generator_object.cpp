// runtime/objects/generator_object.cpp — generators and coroutines
// (language reference §6.2.9 "Yield expressions", §3.4 "Coroutines",
// PEP 342, PEP 380, PEP 479, PEP 492).
// Owns: resuming a suspended frame, throw()/close() with delegation to the
// sub-iterator of a `yield from`/`await`, and the gi_*/cr_* attributes.
// Invariant: a GeneratorObject's frame is null once the frame returned or
// raised; its code stays.
#include "runtime/objects/generator_object.h"

#include "runtime/bytecode/opcodes.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

bool is_generator_like(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Generator; }

Value generator_new(FrameObject* frame, TypeObject* type) {
  GeneratorObject* g = allocate_object<GeneratorObject>(type);
  stm::view(g)->frame = frame;
  stm::view(g)->code = stm::read(frame)->code;
  stm::write(frame)->flags |= kFrameGenerator;
  // A generator suspended inside try/with is closed once unreachable, so
  // its finally blocks and __exit__ calls run (runtime/vm/finalizers.h).
  if ((type == g_generator_type || type == g_coroutine_type) && stm::view(stm::view(g)->code)->nexception_entries > 0)
    stm::make_finalizable(reinterpret_cast<gc::ObjectHeader*>(g));
  return Value::from_object(g);
}

namespace {

// What CPython calls the object in messages: "generator", "coroutine", "async generator".
const char* kind_word(Value gen) {
  TypeObject* t = type_of(gen);
  if (t == g_coroutine_type) return "coroutine";
  if (t == g_async_generator_type) return "async generator";
  return "generator";
}

const uint32_t* frame_code(const FrameObject* f) { return stm::view(f->code)->code(); }

// After the generator's frame yielded, returned or raised: the generator is
// no longer running, keeps the exception its frame was handling (when it
// yielded), the caller's handled exceptions come back, and a StopIteration
// escaping the frame becomes RuntimeError (PEP 479).
void after_run(ThreadState& ts, Value gen, bool yielded, bool raised, Value caller_exc, Value saved_outer) {
  GeneratorObject* gw = stm::write(gen.as<GeneratorObject>());
  gw->running = false;
  gw->exc_state = yielded ? ts.handled_exception : Value();
  ts.handled_exception = caller_exc;
  ts.outer_handled_exception = saved_outer;
  if (!yielded) gw->frame = nullptr;
  if (!raised) return;
  bool async_gen = type_of(gen) == g_async_generator_type;
  bool stop = pending_exception_matches(ts, g_exc_StopIteration);
  bool stop_async = async_gen && pending_exception_matches(ts, g_exc_StopAsyncIteration);
  if (stop || stop_async) {
    Value cause = ts.pending_exception;
    raise(ts, g_exc_RuntimeError, "%s raised %s", kind_word(gen), stop ? "StopIteration" : "StopAsyncIteration");
    ExceptionObject* e = stm::write(ts.pending_exception.as<ExceptionObject>());
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
  }
}

enum class ResumeMode { Send, Throw, Close, ThrowPending, Continue };

// Runs the generator's frame: Send pushes `value` (unless just started),
// Throw raises `value` at the suspension point (Close too, for close():
// silent on an exhausted coroutine), ThrowPending raises the pending
// exception there, Continue runs on with the stack as it is.
Result<Value> resume(ThreadState& ts, Value gen, ResumeMode mode, Value value, bool* returned) {
  GeneratorObject* g = gen.as<GeneratorObject>();
  const GeneratorObject* gv = stm::read(g);
  *returned = false;
  if (gv->running) return raise_value_error(ts, "%s already executing", kind_word(gen));
  FrameObject* frame = gv->frame;
  if (!frame) {
    if (type_of(gen) == g_coroutine_type && mode != ResumeMode::Close && mode != ResumeMode::ThrowPending)
      return raise(ts, g_exc_RuntimeError, "cannot reuse already awaited coroutine");
    if (mode == ResumeMode::Throw || mode == ResumeMode::Close) return raise_value(ts, value);
    if (mode == ResumeMode::ThrowPending) return kError;
    *returned = true;
    return g_none;
  }
  FrameObject* f = stm::write(frame);
  bool started = f->pc > 0;
  if (mode == ResumeMode::Send && !started && !value.is(g_none))
    return raise_type_error(ts, "can't send non-None value to a just-started %s", kind_word(gen));
  // The generator's own handled exception replaces the caller's, which
  // stays visible to sys.exc_info() through outer_handled_exception.
  Value caller_exc = ts.handled_exception;
  Value saved_outer = ts.outer_handled_exception;
  ts.outer_handled_exception = current_handled_exception(ts);
  ts.handled_exception = gv->exc_state;
  stm::write(g)->running = true;
  Result<Value> r = kError;
  switch (mode) {
    case ResumeMode::Send:
      if (started) f->slots[f->sp++] = value;
      r = run_frame(ts, frame);
      break;
    case ResumeMode::Continue:
      r = run_frame(ts, frame);
      break;
    case ResumeMode::Throw:
    case ResumeMode::Close:
      raise_value(ts, value);
      r = resume_frame_with_exception(ts, frame);
      break;
    case ResumeMode::ThrowPending:
      r = resume_frame_with_exception(ts, frame);
      break;
  }
  bool yielded = frame_yielded_and_reset();
  after_run(ts, gen, yielded, r.is_error(), caller_exc, saved_outer);
  if (r.is_error()) return kError;
  if (!yielded) *returned = true;
  return r;
}

// Closes a sub-iterator: gen.close() for generators and coroutines, else
// its close() method when it has one.
Status close_subiterator(ThreadState& ts, Value sub) {
  if (is_generator_like(sub) && type_of(sub) != g_async_generator_type) {
    PY_TRY(generator_close(ts, sub));
    return ok_status();
  }
  Result<Value> method = get_attr_optional(ts, sub, g_name_close);
  if (method.is_error()) {
    clear_pending_exception(ts);  // CPython reports it as unraisable
    return ok_status();
  }
  if (method.value().is_absent()) return ok_status();
  PY_TRY(call(ts, method.value(), {}));
  return ok_status();
}

void set_running(Value gen, bool running) { stm::write(gen.as<GeneratorObject>())->running = running; }

}  // namespace

Result<Value> generator_resume(ThreadState& ts, Value gen, Value sent, Value exc, bool* returned) {
  if (!exc.is_null()) return resume(ts, gen, ResumeMode::Throw, exc, returned);
  return resume(ts, gen, ResumeMode::Send, sent, returned);
}

bool generator_enter_inline(ThreadState& ts, Value gen, FrameObject** frame) {
  if (type_of(gen) != g_generator_type) return false;
  GeneratorObject* g = gen.as<GeneratorObject>();
  const GeneratorObject* gv = stm::read(g);
  if (gv->running || !gv->frame) return false;
  FrameObject* f = stm::write(gv->frame);
  if (f->pc > 0) f->slots[f->sp++] = g_none;  // next() sends None into a started frame
  GeneratorObject* gw = stm::write(g);
  gw->saved_handled = ts.handled_exception;
  gw->saved_outer = ts.outer_handled_exception;
  ts.outer_handled_exception = current_handled_exception(ts);
  ts.handled_exception = gw->exc_state;
  gw->running = true;
  f->flags |= kFrameGenInline;
  *frame = gw->frame;
  return true;
}

void generator_leave_inline(ThreadState& ts, Value gen, bool yielded, bool raised) {
  const GeneratorObject* gv = stm::read(gen.as<GeneratorObject>());
  Value caller_exc = gv->saved_handled, saved_outer = gv->saved_outer;
  GeneratorObject* gw = stm::write(gen.as<GeneratorObject>());
  gw->saved_handled = Value();
  gw->saved_outer = Value();
  after_run(ts, gen, yielded, raised, caller_exc, saved_outer);
}

Value generator_yieldfrom(Value gen) {
  const GeneratorObject* g = stm::read(gen.as<GeneratorObject>());
  if (!g->frame || g->running) return Value();
  const FrameObject* f = stm::read(g->frame);
  if (f->pc < 2) return Value();
  uint32_t word = frame_code(f)[f->pc - 1];
  if (bytecode::opcode_of(word) != bytecode::Opcode::YIELD_VALUE || bytecode::arg_of(word) != 1) return Value();
  return f->slots[f->sp - 1];
}

bool generator_at_plain_yield(Value gen) {
  const GeneratorObject* g = stm::read(gen.as<GeneratorObject>());
  if (!g->frame) return false;
  const FrameObject* f = stm::read(g->frame);
  if (f->pc < 1) return false;
  uint32_t word = frame_code(f)[f->pc - 1];
  return bytecode::opcode_of(word) == bytecode::Opcode::YIELD_VALUE && bytecode::arg_of(word) == 0;
}

Result<Value> generator_throw(ThreadState& ts, Value gen, Value exc, bool close_subiterator_on_exit, bool* returned) {
  *returned = false;
  Value sub = generator_yieldfrom(gen);
  if (!sub.is_null()) {
    if (close_subiterator_on_exit && is_instance_of(exc, g_exc_GeneratorExit)) {
      set_running(gen, true);
      Status closed = close_subiterator(ts, sub);
      set_running(gen, false);
      if (closed.is_error()) return resume(ts, gen, ResumeMode::ThrowPending, Value(), returned);
      return resume(ts, gen, ResumeMode::Throw, exc, returned);
    }
    Result<Value> r = kError;
    bool sub_returned = false;
    set_running(gen, true);
    if (is_generator_like(sub) && type_of(sub) != g_async_generator_type) {
      r = generator_throw(ts, sub, exc, close_subiterator_on_exit, &sub_returned);
    } else {
      Result<Value> method = get_attr_optional(ts, sub, g_name_throw);
      if (method.is_error()) {
        set_running(gen, false);
        return kError;
      }
      if (method.value().is_absent()) {
        set_running(gen, false);
        return resume(ts, gen, ResumeMode::Throw, exc, returned);
      }
      r = call(ts, method.value(), {exc});
    }
    set_running(gen, false);
    if (r.ok() && !sub_returned) return r;
    // The sub-iterator finished: the `yield from` ends here, with its
    // return value (StopIteration) or by raising its exception.
    FrameObject* f = stm::write(stm::read(gen.as<GeneratorObject>())->frame);
    f->sp -= 1;  // the sub-iterator
    Value value;
    if (sub_returned) {
      value = r.value();
    } else if (pending_exception_matches(ts, g_exc_StopIteration)) {
      value = g_none;
      Value args = exception_args(ts.pending_exception);
      if (tuple_size(args) > 0) value = tuple_item(args, 0);
      clear_pending_exception(ts);
    } else {
      return resume(ts, gen, ResumeMode::ThrowPending, Value(), returned);
    }
    // Continue after the SEND loop (SEND's jump target) with the value.
    uint32_t send = frame_code(f)[f->pc - 2];
    if (bytecode::opcode_of(send) != bytecode::Opcode::SEND)  // codegen emits SEND; YIELD_VALUE 1
      return raise(ts, g_exc_SystemError, "yield from without a SEND loop");
    f->slots[f->sp++] = value;
    f->pc = static_cast<int32_t>(bytecode::arg_of(send));
    return resume(ts, gen, ResumeMode::Continue, Value(), returned);
  }
  return resume(ts, gen, ResumeMode::Throw, exc, returned);
}

Result<Value> generator_close(ThreadState& ts, Value gen) {
  Value sub = generator_yieldfrom(gen);
  bool close_failed = false;
  if (!sub.is_null()) {
    set_running(gen, true);
    close_failed = close_subiterator(ts, sub).is_error();
    set_running(gen, false);
  }
  bool returned;
  Result<Value> r = close_failed ? resume(ts, gen, ResumeMode::ThrowPending, Value(), &returned)
                                 : resume(ts, gen, ResumeMode::Close, Value::from_object(g_exc_GeneratorExit), &returned);
  if (r.is_error()) {
    if (pending_exception_matches(ts, g_exc_GeneratorExit) || pending_exception_matches(ts, g_exc_StopIteration)) {
      clear_pending_exception(ts);
      return g_none;
    }
    return kError;
  }
  if (returned) return g_none;
  return raise(ts, g_exc_RuntimeError, "%s ignored GeneratorExit", kind_word(gen));
}

Result<Value> throw_arguments_to_exception(ThreadState& ts, CallArgs args) {
  Value type = args[0];
  Value value = args.nargs > 1 ? args[1] : Value();
  Value tb = args.nargs > 2 ? args[2] : Value();
  if (!tb.is_null() && !tb.is(g_none) && type_of(tb) != g_traceback_type)
    return raise_type_error(ts, "throw() third argument must be a traceback object");
  Value exc;
  if (is_exception_class(type)) {
    if (!value.is_null() && is_instance_of(value, type.as<TypeObject>())) {
      exc = value;
    } else if (value.is_null() || value.is(g_none)) {
      exc = PY_TRY(call(ts, type, {}));
    } else if (type_of(value) == g_tuple_type) {
      exc = PY_TRY(call(ts, type, CallArgs{tuple_items(value), static_cast<size_t>(tuple_size(value)), nullptr}));
    } else {
      exc = PY_TRY(call(ts, type, {value}));
    }
    if (!is_exception_instance(exc))
      return raise_type_error(ts, "calling %s should have returned an instance of BaseException, not %s",
                              type_name_of(type).c_str(), type_name_of(exc).c_str());
  } else if (is_exception_instance(type)) {
    if (!value.is_null() && !value.is(g_none))
      return raise_type_error(ts, "instance exception may not have a separate value");
    exc = type;
  } else {
    return raise_type_error(ts, "exceptions must be classes or instances deriving from BaseException, not %s",
                            type_name_of(type).c_str());
  }
  if (!tb.is_null() && !tb.is(g_none)) stm::write(exc.as<ExceptionObject>())->traceback = tb;
  return exc;
}

namespace {

Result<Value> gen_iter(ThreadState&, Value self, CallArgs) { return self; }

Result<Value> stop_iteration_with(ThreadState& ts, Value value) {
  if (value.is(g_none)) return raise_empty(ts, g_exc_StopIteration);
  return raise_with_args(ts, g_exc_StopIteration, value);
}

Result<Value> gen_next(ThreadState& ts, Value self, CallArgs) {
  bool returned;
  Value v = PY_TRY(generator_resume(ts, self, g_none, Value(), &returned));
  if (returned) return stop_iteration_with(ts, v);
  return v;
}

Result<Value> gen_send(ThreadState& ts, Value self, CallArgs args) {
  bool returned;
  Value v = PY_TRY(generator_resume(ts, self, args[0], Value(), &returned));
  if (returned) return stop_iteration_with(ts, v);
  return v;
}

Result<Value> gen_throw(ThreadState& ts, Value self, CallArgs args) {
  Value exc = PY_TRY(throw_arguments_to_exception(ts, args));
  bool returned;
  Value v = PY_TRY(generator_throw(ts, self, exc, true, &returned));
  if (returned) return stop_iteration_with(ts, v);
  return v;
}

Result<Value> gen_close(ThreadState& ts, Value self, CallArgs) { return generator_close(ts, self); }

Result<Value> gen_repr(ThreadState&, Value self, CallArgs) {
  char buf[48];
  std::snprintf(buf, sizeof buf, " at 0x%llx>", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<" + std::string(type_name(type_of(self))) + " object " +
                       str_to_utf8(stm::read(self.as<GeneratorObject>())->qualname) + buf);
}

// --- attributes (gi_*, cr_*, ag_*) --------------------------------------------

const GeneratorObject* gen_of(Value self) { return stm::read(self.as<GeneratorObject>()); }
Value or_none(Value v) { return v.is_null() ? g_none : v; }

Result<Value> get_frame(ThreadState&, Value self, CallArgs) {
  FrameObject* f = gen_of(self)->frame;
  return f ? Value::from_object(f) : g_none;
}
Result<Value> get_code(ThreadState&, Value self, CallArgs) { return Value::from_object(gen_of(self)->code); }
Result<Value> get_running(ThreadState&, Value self, CallArgs) { return bool_value(gen_of(self)->running); }
Result<Value> get_running_async(ThreadState&, Value self, CallArgs) {
  return bool_value(gen_of(self)->running_async);
}
Result<Value> get_suspended(ThreadState&, Value self, CallArgs) {
  const GeneratorObject* g = gen_of(self);
  return bool_value(g->frame && !g->running && stm::read(g->frame)->pc > 0);
}
Result<Value> get_yieldfrom(ThreadState&, Value self, CallArgs) { return or_none(generator_yieldfrom(self)); }
Result<Value> get_name(ThreadState&, Value self, CallArgs) { return gen_of(self)->name; }
Result<Value> get_qualname(ThreadState&, Value self, CallArgs) { return gen_of(self)->qualname; }
Result<Value> set_name(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type)) return raise_type_error(ts, "__name__ must be set to a string object");
  stm::write(self.as<GeneratorObject>())->name = args[0];
  return g_none;
}
Result<Value> set_qualname(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "__qualname__ must be set to a string object");
  stm::write(self.as<GeneratorObject>())->qualname = args[0];
  return g_none;
}
Result<Value> get_none(ThreadState&, Value, CallArgs) { return g_none; }

const NativeMethod kGeneratorMethods[] = {
    {"__iter__", gen_iter, 0, 0, 0, nullptr},
    {"__next__", gen_next, 0, 0, 0, nullptr},
    {"send", gen_send, 1, 1, 0, nullptr},
    {"throw", gen_throw, 1, 3, 0, nullptr},
    {"close", gen_close, 0, 0, 0, nullptr},
    {"__repr__", gen_repr, 0, 0, 0, nullptr},
};

// Coroutines share the generator machinery; they are awaitable, not
// iterable: __await__ returns a coroutine_wrapper, the iterator over them.
Result<Value> coro_await(ThreadState&, Value self, CallArgs) {
  CoroutineWrapperObject* w = allocate_object<CoroutineWrapperObject>(g_coroutine_wrapper_type);
  stm::view(w)->coroutine = self;
  return Value::from_object(w);
}
Value wrapped(Value wrapper) { return stm::read(wrapper.as<CoroutineWrapperObject>())->coroutine; }
Result<Value> wrapper_next(ThreadState& ts, Value self, CallArgs args) { return gen_next(ts, wrapped(self), args); }
Result<Value> wrapper_send(ThreadState& ts, Value self, CallArgs args) { return gen_send(ts, wrapped(self), args); }
Result<Value> wrapper_throw(ThreadState& ts, Value self, CallArgs args) { return gen_throw(ts, wrapped(self), args); }
Result<Value> wrapper_close(ThreadState& ts, Value self, CallArgs args) { return gen_close(ts, wrapped(self), args); }
const NativeMethod kCoroutineWrapperMethods[] = {
    {"__iter__", gen_iter, 0, 0, 0, nullptr},
    {"__next__", wrapper_next, 0, 0, 0, nullptr},
    {"send", wrapper_send, 1, 1, 0, nullptr},
    {"throw", wrapper_throw, 1, 3, 0, nullptr},
    {"close", wrapper_close, 0, 0, 0, nullptr},
};
const NativeMethod kCoroutineMethods[] = {
    {"send", gen_send, 1, 1, 0, nullptr},
    {"throw", gen_throw, 1, 3, 0, nullptr},
    {"close", gen_close, 0, 0, 0, nullptr},
    {"__repr__", gen_repr, 0, 0, 0, nullptr},
    {"__await__", coro_await, 0, 0, 0, nullptr},
};

const NativeMethod kNameGetters[] = {
    {"__name__", get_name, 0, 0, 0, nullptr},
    {"__qualname__", get_qualname, 0, 0, 0, nullptr},
};
const NativeMethod kNameSetters[] = {
    {"__name__", set_name, 1, 1, 0, nullptr},
    {"__qualname__", set_qualname, 1, 1, 0, nullptr},
};
const NativeMethod kGeneratorGetters[] = {
    {"gi_frame", get_frame, 0, 0, 0, nullptr},       {"gi_code", get_code, 0, 0, 0, nullptr},
    {"gi_running", get_running, 0, 0, 0, nullptr},   {"gi_yieldfrom", get_yieldfrom, 0, 0, 0, nullptr},
    {"gi_suspended", get_suspended, 0, 0, 0, nullptr},
};
const NativeMethod kCoroutineGetters[] = {
    {"cr_frame", get_frame, 0, 0, 0, nullptr},       {"cr_code", get_code, 0, 0, 0, nullptr},
    {"cr_running", get_running, 0, 0, 0, nullptr},   {"cr_await", get_yieldfrom, 0, 0, 0, nullptr},
    {"cr_suspended", get_suspended, 0, 0, 0, nullptr}, {"cr_origin", get_none, 0, 0, 0, nullptr},
};
const NativeMethod kAsyncGeneratorGetters[] = {
    {"ag_frame", get_frame, 0, 0, 0, nullptr},       {"ag_code", get_code, 0, 0, 0, nullptr},
    {"ag_running", get_running_async, 0, 0, 0, nullptr}, {"ag_await", get_yieldfrom, 0, 0, 0, nullptr},
    {"ag_suspended", get_suspended, 0, 0, 0, nullptr},
};

}  // namespace

void init_generator_type() {
  add_native_methods(g_generator_type, kGeneratorMethods);
  add_native_methods(g_coroutine_type, kCoroutineMethods);
  add_native_methods(g_coroutine_wrapper_type, kCoroutineWrapperMethods);
  for (TypeObject* t : {g_generator_type, g_coroutine_type, g_async_generator_type})
    for (int i = 0; i < 2; ++i) add_native_property(t, &kNameGetters[i], &kNameSetters[i]);
  for (const NativeMethod& m : kGeneratorGetters) add_native_property(g_generator_type, &m, nullptr);
  for (const NativeMethod& m : kCoroutineGetters) add_native_property(g_coroutine_type, &m, nullptr);
  for (const NativeMethod& m : kAsyncGeneratorGetters) add_native_property(g_async_generator_type, &m, nullptr);
  add_native_methods(g_async_generator_type, {&kGeneratorMethods[5], 1});  // __repr__
}

}  // namespace pystm
