// runtime/objects/async_generator_object.h — async generators (PEP 525):
// `async def` functions containing `yield`, and the awaitables their
// __anext__/asend/athrow/aclose methods return.
// Owns: AsyncGenAwaitableObject (async_generator_asend / _athrow) and the
// async_generator type's methods; the generator itself is a GeneratorObject.
// Must never: let a plain `yield` of the async generator escape to the
// awaiting coroutine as an await step (it ends the awaitable with
// StopIteration(value) instead).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct AsyncGenAwaitableObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::AsyncGenAwaitable;
  Value gen;        // the async generator (anext_awaitable: the wrapped awaitable)
  Value value;      // asend: the value to send; athrow: tuple (typ[, val[, tb]]); aclose: null;
                    // anext_awaitable: the default
  int32_t state;    // AwaitableState
  void visit_edges(gc::Visitor& v) { visit_value(v, gen); visit_value(v, value); }
};

// The builtins aiter(obj) and anext(aiterator[, default]); with a default,
// anext returns an anext_awaitable that turns StopAsyncIteration into
// StopIteration(default).
Result<Value> builtin_aiter(ThreadState& ts, Value self, CallArgs args);
Result<Value> builtin_anext(ThreadState& ts, Value self, CallArgs args);

void init_async_generator_types();

}  // namespace pystm
