// runtime/vm/pending_signals.cpp — see pending_signals.h.
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/pending_signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/objects/int_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

std::atomic<bool> g_signals_pending{false};

namespace {
std::atomic<bool> g_tripped[kSignalCount];
std::atomic<int> g_wakeup_fd{-1};
Value g_handlers[kSignalCount];  // null: the startup state (SIGINT: KeyboardInterrupt)
pthread_t g_main_thread;

void c_handler(int signum) { trip_signal(signum); }
}  // namespace

void trip_signal(int signum) {
  int saved = errno;
  if (signum > 0 && signum < kSignalCount) {
    g_tripped[signum].store(true, std::memory_order_relaxed);
    g_signals_pending.store(true, std::memory_order_release);
    int fd = g_wakeup_fd.load(std::memory_order_relaxed);
    if (fd >= 0) {
      unsigned char byte = static_cast<unsigned char>(signum);
      ssize_t ignored = ::write(fd, &byte, 1);
      (void)ignored;
    }
    // A lock wait in the main thread does not end by EINTR: wake it.
    wake_lock_waiters_for_signal();
  }
  errno = saved;
}

bool is_main_thread() { return pthread_equal(pthread_self(), g_main_thread) != 0; }
void become_main_thread_after_fork() { g_main_thread = pthread_self(); }

void init_pending_signals() {
  g_main_thread = pthread_self();
  for (Value& v : g_handlers) add_global_root(&v);
  struct sigaction sa {};
  sa.sa_handler = c_handler;
  // No SA_RESTART, as CPython: a blocking call returns EINTR and its caller
  // runs the handlers (PEP 475), so Ctrl-C interrupts a read or a wait.
  sigemptyset(&sa.sa_mask);
  // Only when SIGINT is not ignored (a background job started with it ignored keeps it so).
  struct sigaction old {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(SIGINT, &sa, nullptr);
  // As CPython: a write to a closed pipe or an oversized file raises OSError
  // instead of killing the process (subprocess children get the defaults back).
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);
}

Value python_signal_handler(int signum) { return g_handlers[signum]; }

void set_python_signal_handler(int signum, Value handler) {
  // A malloc-side table: the caller made the transaction inevitable.
  g_handlers[signum] = handler;
}

namespace {
bool g_uncaught_keyboard_interrupt = false;
}

void note_uncaught_keyboard_interrupt() { g_uncaught_keyboard_interrupt = true; }

void exit_by_sigint_if_noted() {
  if (!g_uncaught_keyboard_interrupt) return;
  signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
}

int set_signal_wakeup_fd(int fd, bool) { return g_wakeup_fd.exchange(fd); }

Status run_pending_signals(ThreadState& ts) {
  if (!is_main_thread()) return ok_status();
  if (!g_signals_pending.exchange(false, std::memory_order_acquire)) return ok_status();
  // The handlers' effects must not be rolled back (the flags already are).
  PY_TRY(enter_inevitable(ts));
  for (int signum = 1; signum < kSignalCount; ++signum) {
    if (!g_tripped[signum].exchange(false, std::memory_order_acq_rel)) continue;
    Value handler = g_handlers[signum];
    Result<Value> r = handler.is_null()
                          ? (signum == SIGINT ? Result<Value>(raise_empty(ts, g_exc_KeyboardInterrupt)) : Result<Value>(g_none))
                          : (is_callable(handler) ? call(ts, handler, {Value::small_int(signum), g_none})
                                                  : Result<Value>(g_none));
    if (!r.ok()) {
      // Leave the rest for the next safe point.
      for (int s = signum + 1; s < kSignalCount; ++s)
        if (g_tripped[s].load(std::memory_order_relaxed)) g_signals_pending.store(true, std::memory_order_release);
      return kError;
    }
  }
  return ok_status();
}

}  // namespace pystm
