// runtime/vm/thread_state.cpp — per-thread interpreter state.
#include "runtime/vm/thread_state.h"

#include <pthread.h>

#include <mutex>

#include "stm/transaction.h"

namespace pystm {

namespace {
thread_local ThreadState* tls_state = nullptr;
}

ThreadState& current_thread_state() { return *tls_state; }

ThreadState& attach_thread_state() {
  if (tls_state) return *tls_state;
  stm::attach();
  tls_state = new ThreadState();
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
  return *tls_state;
}

}  // namespace pystm
