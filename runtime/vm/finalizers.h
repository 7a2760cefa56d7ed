// runtime/vm/finalizers.h — Python finalization: an instance's __del__, and
// close() of a generator or coroutine suspended inside try/with, run once the
// object is unreachable (the collector queues it, gc/finalization.h).
// Registration happens where such objects are made (object_allocate for
// classes with __del__, generator_new for code with exception handlers).
// Owns: running the queued finalizers. Must never: run one inside a
// collection, or in a transaction that may still abort (each runs exactly
// once: the thread becomes inevitable before it takes the queue).
//
// Unlike CPython, which finalizes most objects the moment their reference
// count drops to zero, finalizers run after a collection found the objects
// unreachable: at the next safe point of a thread (the interpreter's signal
// check), or before gc.collect() returns.
#pragma once
#include "gc/finalization.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

inline bool finalizers_ready() { return gc::finalizable_ready(); }
// Runs every queued finalizer; an exception one raises is printed
// ("Exception ignored in: ...") and does not stop the others. An error only
// when the transaction must restart before any of them ran.
Status run_finalizers(ThreadState& ts);
// The interpreter's check at a backward jump. With threads running in
// parallel, a transaction of the outermost loop (`at_outermost_loop`) that is
// not inevitable does not run them here: that would keep the rest of it
// inevitable (holding every other thread's commit up for its whole length).
// It ends at this jump instead, and the next transaction runs them first,
// on its own (transaction_boundary).
Status run_finalizers_at_loop(ThreadState& ts, bool at_outermost_loop);

}  // namespace pystm
