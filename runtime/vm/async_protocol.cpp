// runtime/vm/async_protocol.cpp — see async_protocol.h (CPython 3.11's
// _PyCoro_GetAwaitableIter and the GET_AITER/GET_ANEXT/BEFORE_ASYNC_WITH
// instructions).
#include "runtime/vm/async_protocol.h"

#include "runtime/bytecode/code_unit.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

// _PyCoro_GetAwaitableIter: a coroutine itself, else __await__()'s iterator.
Result<Value> awaitable_iter(ThreadState& ts, Value v) {
  if (type_of(v) == g_coroutine_type) return v;
  // A generator whose code types.coroutine marked CO_ITERABLE_COROUTINE.
  if (type_of(v) == g_generator_type &&
      (stm::view(stm::read(v.as<GeneratorObject>())->code)->flags & bytecode::CO_ITERABLE_COROUTINE))
    return v;
  Value method = lookup_special(v, g_name___await__);
  if (method.is_null())
    return raise_type_error(ts, "object %s can't be used in 'await' expression", type_name_of(v).c_str());
  Value it = PY_TRY(call_special(ts, method, v, {}));
  if (type_of(it) == g_coroutine_type) return raise_type_error(ts, "__await__() returned a coroutine");
  if (lookup_special(it, g_name___next__).is_null())
    return raise_type_error(ts, "__await__() returned non-iterator of type '%s'", type_name_of(it).c_str());
  return it;
}

}  // namespace

Result<Value> get_awaitable(ThreadState& ts, Value v, int where) {
  if (where != 0 && type_of(v) != g_coroutine_type && lookup_special(v, g_name___await__).is_null())
    return raise_type_error(ts, "'async with' received an object from __a%s__ that does not implement __await__: %s",
                            where == 1 ? "enter" : "exit", type_name_of(v).c_str());
  Value it = PY_TRY(awaitable_iter(ts, v));
  if (type_of(it) == g_coroutine_type && !generator_yieldfrom(it).is_null())
    return raise(ts, g_exc_RuntimeError, "coroutine is being awaited already");
  return it;
}

Result<Value> get_aiter(ThreadState& ts, Value v) {
  Value method = lookup_special(v, g_name___aiter__);
  if (method.is_null())
    return raise_type_error(ts, "'async for' requires an object with __aiter__ method, got %s",
                            type_name_of(v).c_str());
  Value it = PY_TRY(call_special(ts, method, v, {}));
  if (lookup_special(it, g_name___anext__).is_null())
    return raise_type_error(ts, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                            type_name_of(it).c_str());
  return it;
}

Result<Value> get_anext(ThreadState& ts, Value aiter) {
  Value method = lookup_special(aiter, g_name___anext__);
  if (method.is_null())
    return raise_type_error(ts, "'async for' requires an iterator with __anext__ method, got %s",
                            type_name_of(aiter).c_str());
  Value next = PY_TRY(call_special(ts, method, aiter, {}));
  if (type_of(aiter) == g_async_generator_type) return next;
  Result<Value> awaitable = awaitable_iter(ts, next);
  if (awaitable.is_error()) {
    // Raised "from" the original error, like _PyErr_FormatFromCause.
    Value cause = ts.pending_exception;
    clear_pending_exception(ts);
    raise_type_error(ts, "'async for' received an invalid object from __anext__: %s", type_name_of(next).c_str());
    ExceptionObject* e = stm::write(ts.pending_exception.as<ExceptionObject>());
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
    return kError;
  }
  return awaitable;
}

Result<Value> before_async_with(ThreadState& ts, Value mgr, Value* exit) {
  Value enter = lookup_special(mgr, str_intern("__aenter__"));
  if (enter.is_null())
    return raise_type_error(ts, "'%s' object does not support the asynchronous context manager protocol",
                            type_name_of(mgr).c_str());
  Value aexit = lookup_special(mgr, str_intern("__aexit__"));
  if (aexit.is_null())
    return raise_type_error(ts,
                            "'%s' object does not support the asynchronous context manager protocol "
                            "(missed __aexit__ method)",
                            type_name_of(mgr).c_str());
  *exit = PY_TRY(bind_descriptor(ts, aexit, mgr, type_of(mgr)));
  return call_special(ts, enter, mgr, {});
}

}  // namespace pystm
