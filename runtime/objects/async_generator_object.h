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

namespace pystm {

struct AsyncGenAwaitableObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::AsyncGenAwaitable;
  Value gen;        // the async generator
  Value value;      // asend: the value to send; athrow: tuple (typ[, val[, tb]]); aclose: null
  int32_t state;    // AwaitableState
  void visit_edges(gc::Visitor& v) { visit_value(v, gen); visit_value(v, value); }
};

void init_async_generator_types();

}  // namespace pystm
