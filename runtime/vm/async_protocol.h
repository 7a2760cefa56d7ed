// runtime/vm/async_protocol.h — the awaitable and asynchronous-iterator
// protocols the interpreter's async instructions use (GET_AWAITABLE,
// GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH; language reference §3.4).
// Owns: the TypeErrors CPython gives for objects that do not implement them.
// Must never: suspend (the instructions that follow do the awaiting).
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// The iterator of `await v`. where: 0 an await expression, 1 the result of
// __aenter__, 2 the result of __aexit__ (for the error message).
Result<Value> get_awaitable(ThreadState& ts, Value v, int where);
Result<Value> get_aiter(ThreadState& ts, Value v);
Result<Value> get_anext(ThreadState& ts, Value aiter);
// Looks up __aenter__/__aexit__ on mgr: *exit is the bound __aexit__, the
// result is what __aenter__() returned (still to be awaited).
Result<Value> before_async_with(ThreadState& ts, Value mgr, Value* exit);

}  // namespace pystm
