// stdlib/thread_local.h — `_thread._local` (stdlib/thread_local.cpp).
// Owns: the interface the `_thread` module uses to publish the type and to
// drop a finished thread's per-thread dicts.
#pragma once
#include <cstdint>

namespace pystm {

struct ThreadState;
struct TypeObject;

// The pthread-derived ident `_thread.get_ident()` reports for this thread.
int64_t current_thread_ident();
// The `_thread._local` type, made on first use.
TypeObject* thread_local_type();
// Forgets the dicts thread `ident` has in every live local (it has ended).
void forget_thread_locals(ThreadState& ts, int64_t ident);

}  // namespace pystm
