// runtime/objects/generator_object.cpp — generators (language reference
// §6.2.9 "Yield expressions", PEP 479).
#include "runtime/objects/generator_object.h"

#include "runtime/objects/builtin_function.h"
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

Value generator_new(FrameObject* frame, TypeObject* type) {
  GeneratorObject* g = allocate_object<GeneratorObject>(type);
  stm::view(g)->frame = frame;
  stm::write(frame)->flags |= kFrameGenerator;
  return Value::from_object(g);
}

Result<Value> generator_resume(ThreadState& ts, Value gen, Value sent, Value exc, bool* returned) {
  GeneratorObject* g = gen.as<GeneratorObject>();
  const GeneratorObject* gv = stm::read(g);
  *returned = false;
  if (gv->running) return raise_value_error(ts, "generator already executing");
  FrameObject* frame = gv->frame;
  if (!frame) {
    if (!exc.is_null()) return raise_value(ts, exc);
    *returned = true;
    return g_none;
  }
  FrameObject* f = stm::write(frame);
  bool started = f->pc > 0;
  if (!started && !sent.is(g_none) && exc.is_null())
    return raise_type_error(ts, "can't send non-None value to a just-started generator");
  stm::write(g)->running = true;
  Result<Value> r = kError;
  if (!exc.is_null()) {
    // Raise inside the generator at its suspension point.
    raise_value(ts, exc);
    r = resume_frame_with_exception(ts, frame);
  } else {
    if (started) f->slots[f->sp++] = sent;
    r = run_frame(ts, frame);
  }
  stm::write(g)->running = false;
  bool yielded = frame_yielded_and_reset();
  if (r.is_error()) {
    stm::write(g)->frame = nullptr;
    if (pending_exception_matches(ts, g_exc_StopIteration)) {
      Value stop = ts.pending_exception;
      raise(ts, g_exc_RuntimeError, "generator raised StopIteration");
      stm::write(ts.pending_exception.as<ExceptionObject>())->cause = stop;
      stm::write(ts.pending_exception.as<ExceptionObject>())->context = stop;
      stm::write(ts.pending_exception.as<ExceptionObject>())->suppress_context = true;
    }
    return kError;
  }
  if (!yielded) {
    stm::write(g)->frame = nullptr;
    *returned = true;
  }
  return r;
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
  // throw(type[, value[, tb]]) as CPython's _gen_throw: a value that is
  // already an instance of type is thrown as it is; None means type().
  Value exc = args[0];
  Value value = args.nargs > 1 ? args[1] : g_none;
  if (is_exception_class(exc)) {
    if (value.is(g_none)) exc = PY_TRY(call(ts, exc, {}));
    else if (is_instance_of(value, exc.as<TypeObject>())) exc = value;
    else if (value.is_object() && value.as_object()->kind() == ObjectKind::Tuple)
      exc = PY_TRY(call(ts, exc, CallArgs{tuple_items(value), static_cast<size_t>(tuple_size(value)), nullptr}));
    else exc = PY_TRY(call(ts, exc, {value}));
  } else if (is_exception_instance(exc) && !value.is(g_none)) {
    return raise_type_error(ts, "instance exception may not have a separate value");
  }
  if (args.nargs > 2 && !args[2].is(g_none) && is_exception_instance(exc))
    PY_TRY(set_attr(ts, exc, g_name___traceback__, args[2]));
  bool returned;
  Value v = PY_TRY(generator_resume(ts, self, g_none, exc, &returned));
  if (returned) return stop_iteration_with(ts, v);
  return v;
}

Result<Value> gen_close(ThreadState& ts, Value self, CallArgs) {
  const GeneratorObject* g = stm::read(self.as<GeneratorObject>());
  if (!g->frame || stm::read(g->frame)->pc == 0) {
    stm::write(self.as<GeneratorObject>())->frame = nullptr;
    return g_none;
  }
  bool returned;
  Result<Value> r = generator_resume(ts, self, g_none, Value::from_object(g_exc_GeneratorExit), &returned);
  if (r.is_error()) {
    if (pending_exception_matches(ts, g_exc_GeneratorExit) || pending_exception_matches(ts, g_exc_StopIteration)) {
      clear_pending_exception(ts);
      return g_none;
    }
    return kError;
  }
  if (returned) return g_none;
  return raise(ts, g_exc_RuntimeError, "generator ignored GeneratorExit");
}

Result<Value> gen_repr(ThreadState&, Value self, CallArgs) {
  char buf[48];
  std::snprintf(buf, sizeof buf, " at 0x%llx>", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<" + std::string(type_name(type_of(self))) + " object " +
                       str_to_utf8(stm::read(self.as<GeneratorObject>())->qualname) + buf);
}

const NativeMethod kGeneratorMethods[] = {
    {"__iter__", gen_iter, 0, 0, 0, nullptr},
    {"__next__", gen_next, 0, 0, 0, nullptr},
    {"send", gen_send, 1, 1, 0, nullptr},
    {"throw", gen_throw, 1, 3, 0, nullptr},
    {"close", gen_close, 0, 0, 0, nullptr},
    {"__repr__", gen_repr, 0, 0, 0, nullptr},
};

// Coroutines share the generator machinery; they are awaitable, not iterable.
Result<Value> coro_await(ThreadState&, Value self, CallArgs) { return self; }
const NativeMethod kCoroutineMethods[] = {
    {"send", gen_send, 1, 1, 0, nullptr},
    {"throw", gen_throw, 1, 3, 0, nullptr},
    {"close", gen_close, 0, 0, 0, nullptr},
    {"__repr__", gen_repr, 0, 0, 0, nullptr},
    {"__await__", coro_await, 0, 0, 0, nullptr},
};

}  // namespace

void init_generator_type() {
  add_native_methods(g_generator_type, kGeneratorMethods);
  add_native_methods(g_coroutine_type, kCoroutineMethods);
}

}  // namespace pystm
