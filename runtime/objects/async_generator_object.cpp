// runtime/objects/async_generator_object.cpp — async generators (PEP 525;
// language reference §6.2.9.3 "Asynchronous generator-iterator methods").
// Owns: __aiter__/__anext__/asend/athrow/aclose and the asend/athrow
// awaitables. An awaitable drives the generator's frame: a plain `yield`
// finishes the awaitable (StopIteration(value)), a yield of an `await` inside
// the generator passes through to whoever drives the awaiting coroutine.
// Must never: run the generator from two awaitables at once (ag_running).
#include "runtime/objects/async_generator_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/async_protocol.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

enum AwaitableState : int32_t { kInit = 0, kIter = 1, kClosed = 2 };

AsyncGenAwaitableObject* aw(Value v) { return v.as<AsyncGenAwaitableObject>(); }
GeneratorObject* gen_object(Value gen) { return gen.as<GeneratorObject>(); }

Value awaitable_new(TypeObject* type, Value gen, Value value) {
  AsyncGenAwaitableObject* a = allocate_object<AsyncGenAwaitableObject>(type);
  stm::view(a)->gen = gen;
  stm::view(a)->value = value;
  stm::view(a)->state = kInit;
  return Value::from_object(a);
}

void set_running_async(Value gen, bool running) { stm::write(gen_object(gen))->running_async = running; }

// What a step of the generator means to the awaitable: a plain yield ends it
// with StopIteration(value); returning ends the generator
// (StopAsyncIteration); a yield of an inner await passes through.
Result<Value> unwrap(ThreadState& ts, Value gen, Result<Value> r, bool returned) {
  if (r.is_error() || returned) {
    if (!r.is_error()) raise_empty(ts, g_exc_StopAsyncIteration);
    if (pending_exception_matches(ts, g_exc_StopAsyncIteration) ||
        pending_exception_matches(ts, g_exc_GeneratorExit))
      stm::write(gen_object(gen))->closed = true;
    set_running_async(gen, false);
    return kError;
  }
  if (generator_at_plain_yield(gen)) {
    set_running_async(gen, false);
    return raise_with_args(ts, g_exc_StopIteration, r.value());
  }
  return r;
}

// --- async_generator_asend ------------------------------------------------------

Result<Value> asend_send(ThreadState& ts, Value self, Value arg) {
  const AsyncGenAwaitableObject* a = stm::read(aw(self));
  Value gen = a->gen;
  if (a->state == kClosed) return raise(ts, g_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a->state == kInit) {
    if (stm::read(gen_object(gen))->running_async)
      return raise(ts, g_exc_RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is(g_none)) arg = a->value;
    stm::write(aw(self))->state = kIter;
  }
  set_running_async(gen, true);
  bool returned = false;
  Result<Value> r = generator_resume(ts, gen, arg, Value(), &returned);
  Result<Value> out = unwrap(ts, gen, r, returned);
  if (out.is_error()) stm::write(aw(self))->state = kClosed;
  return out;
}

Result<Value> asend_send_method(ThreadState& ts, Value self, CallArgs args) { return asend_send(ts, self, args[0]); }
Result<Value> asend_next(ThreadState& ts, Value self, CallArgs) { return asend_send(ts, self, g_none); }

Result<Value> asend_throw(ThreadState& ts, Value self, CallArgs args) {
  const AsyncGenAwaitableObject* a = stm::read(aw(self));
  Value gen = a->gen;
  if (a->state == kClosed) return raise(ts, g_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Value exc = PY_TRY(throw_arguments_to_exception(ts, args));
  bool returned = false;
  Result<Value> r = generator_throw(ts, gen, exc, true, &returned);
  Result<Value> out = unwrap(ts, gen, r, returned);
  if (out.is_error()) stm::write(aw(self))->state = kClosed;
  return out;
}

Result<Value> awaitable_close(ThreadState&, Value self, CallArgs) {
  stm::write(aw(self))->state = kClosed;
  return g_none;
}

Result<Value> awaitable_self(ThreadState&, Value self, CallArgs) { return self; }

// --- async_generator_athrow (athrow and aclose) ------------------------------------

bool is_aclose(const AsyncGenAwaitableObject* a) { return a->value.is_null(); }

// Ends an aclose()/athrow() step that raised: for aclose, GeneratorExit and
// StopAsyncIteration mean "closed" and finish the await (StopIteration).
Error athrow_check_error(ThreadState& ts, Value self) {
  const AsyncGenAwaitableObject* a = stm::read(aw(self));
  set_running_async(a->gen, false);
  stm::write(aw(self))->state = kClosed;
  if (is_aclose(a) && (pending_exception_matches(ts, g_exc_StopAsyncIteration) ||
                       pending_exception_matches(ts, g_exc_GeneratorExit))) {
    clear_pending_exception(ts);
    return raise_empty(ts, g_exc_StopIteration);
  }
  return kError;
}

Error athrow_ignored_exit(ThreadState& ts, Value self) {
  set_running_async(stm::read(aw(self))->gen, false);
  stm::write(aw(self))->state = kClosed;
  return raise(ts, g_exc_RuntimeError, "async generator ignored GeneratorExit");
}

// An aclose() step that did not raise: a plain yield ignores GeneratorExit.
Result<Value> aclose_result(ThreadState& ts, Value self, Result<Value> r, bool returned) {
  Value gen = stm::read(aw(self))->gen;
  if (r.is_error()) return athrow_check_error(ts, self);
  if (returned) {
    raise_empty(ts, g_exc_StopAsyncIteration);
    return athrow_check_error(ts, self);
  }
  if (generator_at_plain_yield(gen)) return athrow_ignored_exit(ts, self);
  return r;
}

Result<Value> athrow_send(ThreadState& ts, Value self, Value arg) {
  const AsyncGenAwaitableObject* a = stm::read(aw(self));
  Value gen = a->gen;
  const GeneratorObject* g = stm::read(gen_object(gen));
  if (a->state == kClosed) return raise(ts, g_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (!g->frame) {
    stm::write(aw(self))->state = kClosed;
    return raise_empty(ts, g_exc_StopIteration);
  }
  bool returned = false;
  if (a->state == kInit) {
    if (g->running_async) {
      stm::write(aw(self))->state = kClosed;
      return raise(ts, g_exc_RuntimeError, is_aclose(a) ? "aclose(): asynchronous generator is already running"
                                                         : "athrow(): asynchronous generator is already running");
    }
    if (g->closed) {
      stm::write(aw(self))->state = kClosed;
      return raise_empty(ts, g_exc_StopAsyncIteration);
    }
    if (!arg.is(g_none)) return raise(ts, g_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    stm::write(aw(self))->state = kIter;
    set_running_async(gen, true);
    if (is_aclose(a)) {
      stm::write(gen_object(gen))->closed = true;
      Value exc = PY_TRY(call(ts, Value::from_object(g_exc_GeneratorExit), {}));
      Result<Value> r = generator_throw(ts, gen, exc, false, &returned);
      return aclose_result(ts, self, r, returned);
    }
    Value targs = a->value;
    Result<Value> exc = throw_arguments_to_exception(
        ts, CallArgs{tuple_items(targs), static_cast<size_t>(tuple_size(targs)), nullptr});
    if (exc.is_error()) return athrow_check_error(ts, self);
    Result<Value> r = generator_throw(ts, gen, exc.value(), false, &returned);
    Result<Value> out = unwrap(ts, gen, r, returned);
    if (out.is_error()) return athrow_check_error(ts, self);
    return out;
  }
  Result<Value> r = generator_resume(ts, gen, arg, Value(), &returned);
  if (is_aclose(a)) return aclose_result(ts, self, r, returned);
  return unwrap(ts, gen, r, returned);
}

Result<Value> athrow_send_method(ThreadState& ts, Value self, CallArgs args) { return athrow_send(ts, self, args[0]); }
Result<Value> athrow_next(ThreadState& ts, Value self, CallArgs) { return athrow_send(ts, self, g_none); }

Result<Value> athrow_throw(ThreadState& ts, Value self, CallArgs args) {
  const AsyncGenAwaitableObject* a = stm::read(aw(self));
  Value gen = a->gen;
  if (a->state == kClosed) return raise(ts, g_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value exc = PY_TRY(throw_arguments_to_exception(ts, args));
  bool returned = false;
  Result<Value> r = generator_throw(ts, gen, exc, true, &returned);
  if (!is_aclose(a)) return unwrap(ts, gen, r, returned);
  if (r.ok() && !returned && generator_at_plain_yield(gen)) return athrow_ignored_exit(ts, self);
  if (r.ok() && returned) raise_empty(ts, g_exc_StopAsyncIteration);
  if (r.is_error() || returned) {
    if (pending_exception_matches(ts, g_exc_StopAsyncIteration) || pending_exception_matches(ts, g_exc_GeneratorExit)) {
      clear_pending_exception(ts);
      return raise_empty(ts, g_exc_StopIteration);
    }
    return kError;
  }
  return r;
}

// --- async_generator ------------------------------------------------------------------

// The first __anext__/asend/athrow/aclose calls the thread's firstiter hook
// (sys.set_asyncgen_hooks; asyncio's loop records its async generators so it
// can close them at shutdown). The finalizer is never called: pystm runs no
// finalizers.
Status call_firstiter_hook(ThreadState& ts, Value self) {
  if (stm::read(gen_object(self))->hooks_called) return ok_status();
  stm::write(gen_object(self))->hooks_called = true;
  Value hook = ts.asyncgen_firstiter;
  if (hook.is_null()) return ok_status();
  PY_TRY(call(ts, hook, {self}));
  return ok_status();
}

Result<Value> agen_aiter(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> agen_anext(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(call_firstiter_hook(ts, self));
  return awaitable_new(g_async_generator_asend_type, self, g_none);
}
Result<Value> agen_asend(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(call_firstiter_hook(ts, self));
  return awaitable_new(g_async_generator_asend_type, self, args[0]);
}
Result<Value> agen_athrow(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(call_firstiter_hook(ts, self));
  return awaitable_new(g_async_generator_athrow_type, self, tuple_from(args.args, static_cast<int64_t>(args.nargs)));
}
Result<Value> agen_aclose(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(call_firstiter_hook(ts, self));
  return awaitable_new(g_async_generator_athrow_type, self, Value());
}

const NativeMethod kAsyncGeneratorMethods[] = {
    {"__aiter__", agen_aiter, 0, 0, 0, nullptr},
    {"__anext__", agen_anext, 0, 0, 0, nullptr},
    {"asend", agen_asend, 1, 1, kNativeNoKeywords, nullptr},
    {"athrow", agen_athrow, 1, 3, kNativeNoKeywords, nullptr},
    {"aclose", agen_aclose, 0, 0, 0, nullptr},
};
const NativeMethod kAsendMethods[] = {
    {"send", asend_send_method, 1, 1, kNativeNoKeywords, nullptr},
    {"throw", asend_throw, 1, 3, kNativeNoKeywords, nullptr},
    {"close", awaitable_close, 0, 0, 0, nullptr},
    {"__await__", awaitable_self, 0, 0, 0, nullptr},
    {"__iter__", awaitable_self, 0, 0, 0, nullptr},
    {"__next__", asend_next, 0, 0, 0, nullptr},
};
const NativeMethod kAthrowMethods[] = {
    {"send", athrow_send_method, 1, 1, kNativeNoKeywords, nullptr},
    {"throw", athrow_throw, 1, 3, kNativeNoKeywords, nullptr},
    {"close", awaitable_close, 0, 0, 0, nullptr},
    {"__await__", awaitable_self, 0, 0, 0, nullptr},
    {"__iter__", awaitable_self, 0, 0, 0, nullptr},
    {"__next__", athrow_next, 0, 0, 0, nullptr},
};

// --- anext_awaitable (anext with a default) -------------------------------------------

// The iterator to forward to: the wrapped awaitable's __await__ iterator
// (a coroutine is driven directly).
Result<Value> anext_iter(ThreadState& ts, Value self) {
  Value wrapped = stm::read(aw(self))->gen;
  if (type_of(wrapped) == g_coroutine_type) return wrapped;
  return get_awaitable(ts, wrapped, 0);
}

Result<Value> anext_finish(ThreadState& ts, Value self, Result<Value> r) {
  if (r.ok()) return r;
  if (pending_exception_matches(ts, g_exc_StopAsyncIteration)) {
    clear_pending_exception(ts);
    return raise_with_args(ts, g_exc_StopIteration, stm::read(aw(self))->value);
  }
  return kError;
}

Result<Value> anext_send_value(ThreadState& ts, Value self, Value arg) {
  Value it = PY_TRY(anext_iter(ts, self));
  if (is_generator_like(it)) {
    bool returned = false;
    Result<Value> r = generator_resume(ts, it, arg, Value(), &returned);
    if (r.ok() && returned) return raise_with_args(ts, g_exc_StopIteration, r.value());
    return anext_finish(ts, self, r);
  }
  if (arg.is(g_none)) return anext_finish(ts, self, call_method(ts, it, g_name___next__, {}));
  return anext_finish(ts, self, call_method(ts, it, g_name_send, {arg}));
}
Result<Value> anext_send(ThreadState& ts, Value self, CallArgs args) { return anext_send_value(ts, self, args[0]); }
Result<Value> anext_next(ThreadState& ts, Value self, CallArgs) { return anext_send_value(ts, self, g_none); }
Result<Value> anext_throw(ThreadState& ts, Value self, CallArgs args) {
  Value it = PY_TRY(anext_iter(ts, self));
  Value method = PY_TRY(get_attr(ts, it, g_name_throw));
  return anext_finish(ts, self, call(ts, method, args));
}
Result<Value> anext_close(ThreadState& ts, Value self, CallArgs) {
  Value it = PY_TRY(anext_iter(ts, self));
  return call_method(ts, it, g_name_close, {});
}

const NativeMethod kAnextAwaitableMethods[] = {
    {"send", anext_send, 1, 1, kNativeNoKeywords, nullptr},
    {"throw", anext_throw, 1, 3, kNativeNoKeywords, nullptr},
    {"close", anext_close, 0, 0, 0, nullptr},
    {"__await__", awaitable_self, 0, 0, 0, nullptr},
    {"__iter__", awaitable_self, 0, 0, 0, nullptr},
    {"__next__", anext_next, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> builtin_aiter(ThreadState& ts, Value, CallArgs args) {
  Value obj = args[0];
  Value method = lookup_special(obj, g_name___aiter__);
  if (method.is_null()) return raise_type_error(ts, "'%s' object is not an async iterable", type_name_of(obj).c_str());
  Value it = PY_TRY(call_special(ts, method, obj, {}));
  if (lookup_special(it, g_name___anext__).is_null())
    return raise_type_error(ts, "aiter() returned not an async iterator of type '%s'", type_name_of(it).c_str());
  return it;
}

Result<Value> builtin_anext(ThreadState& ts, Value, CallArgs args) {
  Value it = args[0];
  Value method = lookup_special(it, g_name___anext__);
  if (method.is_null()) return raise_type_error(ts, "'%s' object is not an async iterator", type_name_of(it).c_str());
  Value awaitable = PY_TRY(call_special(ts, method, it, {}));
  if (args.nargs < 2) return awaitable;
  return awaitable_new(g_anext_awaitable_type, awaitable, args[1]);
}

void init_async_generator_types() {
  add_native_methods(g_anext_awaitable_type, kAnextAwaitableMethods);
  add_native_methods(g_async_generator_type, kAsyncGeneratorMethods);
  add_native_methods(g_async_generator_asend_type, kAsendMethods);
  add_native_methods(g_async_generator_athrow_type, kAthrowMethods);
}

}  // namespace pystm
