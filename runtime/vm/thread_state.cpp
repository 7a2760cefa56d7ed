// runtime/vm/thread_state.cpp — per-thread interpreter state and the
// registry of live states.
#include "runtime/vm/thread_state.h"

#include <pthread.h>

#include <mutex>

#include "runtime/core/object.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/frame_object.h"
#include "stm/transaction.h"

namespace pystm {

namespace {
thread_local ThreadState* tls_state = nullptr;

// Nothing that allocates or polls a safe point runs while this is held, so
// the collector (which takes it with every other thread parked) never waits
// for a thread that holds it.
std::mutex g_registry_mutex;
ThreadState* g_registry = nullptr;
}  // namespace

ThreadState& current_thread_state() { return *tls_state; }

ThreadState& attach_thread_state() {
  if (tls_state) return *tls_state;
  stm::attach();
  tls_state = new ThreadState();
  tls_state->value_vectors = ValueVector::thread_chain();
  tls_state->frame_cache = frame_cache_of_thread();
  // Nested native calls (e.g. __repr__ calling repr) recurse on the C++
  // stack: stop at 256 KiB above its end so RecursionError is raised in time.
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr;
    size_t size;
    pthread_attr_getstack(&attr, &addr, &size);
    tls_state->native_stack_limit = reinterpret_cast<uintptr_t>(addr) + (256u << 10);
    pthread_attr_destroy(&attr);
  }
  {
    std::lock_guard<std::mutex> lock(g_registry_mutex);
    tls_state->next = g_registry;
    g_registry = tls_state;
  }
  return *tls_state;
}

void detach_thread_state() {
  ThreadState* ts = tls_state;
  if (ts == nullptr) return;
  {
    std::lock_guard<std::mutex> lock(g_registry_mutex);
    for (ThreadState** p = &g_registry; *p; p = &(*p)->next)
      if (*p == ts) {
        *p = ts->next;
        break;
      }
  }
  tls_state = nullptr;
  delete ts;
  stm::detach();
}

void visit_thread_roots(gc::Visitor& visitor) {
  std::lock_guard<std::mutex> lock(g_registry_mutex);
  for (ThreadState* ts = g_registry; ts; ts = ts->next) {
    visit_value(visitor, ts->pending_exception);
    visit_value(visitor, ts->handled_exception);
    visit_value(visitor, ts->outer_handled_exception);
    visit_value(visitor, ts->sentinel_lock);
    visit_value(visitor, ts->asyncgen_firstiter);
    visit_value(visitor, ts->asyncgen_finalizer);
    visit_ptr(visitor, ts->frame);
    visit_ptr(visitor, ts->restart.frame);
    visit_value(visitor, ts->restart.handled_exception);
    visit_value(visitor, ts->restart.outer_handled_exception);
    ValueVector::visit_chain(ts->value_vectors, visitor);
    frame_cache_visit(ts->frame_cache, visitor);
  }
}

}  // namespace pystm
