// stm/stale_units.cpp — the fault handler that imports stale units (see the
// header).
#include "stm/stale_units.h"

#include <signal.h>

#include <cerrno>
#include <mutex>

#include "stm/commit_lock.h"
#include "stm/page_sharing.h"
#include "stm/segment.h"

namespace pystm::stm {

namespace {
struct sigaction g_previous_segv, g_previous_bus;
std::once_flag g_installed;

// Hands a fault that is not ours to whoever handled it before.
void pass_on(int signal, siginfo_t* info, void* context) {
  const struct sigaction& previous = signal == SIGSEGV ? g_previous_segv : g_previous_bus;
  if (previous.sa_flags & SA_SIGINFO) {
    previous.sa_sigaction(signal, info, context);
    return;
  }
  if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
    previous.sa_handler(signal);
    return;
  }
  // Default action (an ignored fault would only repeat): return and fault
  // again with it in place.
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal, &fallback, nullptr);
}

void on_fault(int signal, siginfo_t* info, void* context) {
  int saved_errno = errno;
  bool ours = import_stale_access(reinterpret_cast<uintptr_t>(info->si_addr));
  errno = saved_errno;
  if (!ours) pass_on(signal, info, context);
}

// Serializes imports: a unit imported by one thread is rolled back before
// another finds it private and reads it. Order: commit lock, this, then the
// entries lock or the page-sharing lock.
std::mutex g_import_mutex;

Segment* segment_numbered(int index) {
  lock_segments();
  Segment* s = all_segments_locked()[static_cast<size_t>(index - 1)];
  unlock_segments();
  return s;
}

// Imports the unit [unit, unit + bytes) if it is stale in s. False if it is
// not stale, nor private (an access that faulted there is no STM one).
bool import_unit(const Segment& s, uintptr_t unit, size_t bytes) {
  std::lock_guard<std::mutex> lock(g_import_mutex);
  if (import_stale_unit(s.index, reinterpret_cast<const void*>(unit))) {
    roll_back_imported_unit(s, unit, bytes);
    return true;
  }
  return (private_mask_of(reinterpret_cast<const void*>(unit), 1) >> (s.index - 1)) & 1;
}

// Runs in the collector, the world stopped: the segment's owner is parked,
// its revision stays put.
void import_for_collector(int index, const void* canonical, size_t size) {
  import_stale_range(*segment_numbered(index), canonical, size);
}
}  // namespace

void install_stale_unit_handler() {
  std::call_once(g_installed, [] {
    set_stale_importer(import_for_collector);
    struct sigaction action {};
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, &g_previous_segv);
    sigaction(SIGBUS, &action, &g_previous_bus);
  });
}

void set_next_fault_handler(int signal, void (*handler)(int)) {
  install_stale_unit_handler();
  struct sigaction next {};
  next.sa_handler = handler;
  sigemptyset(&next.sa_mask);
  (signal == SIGSEGV ? g_previous_segv : g_previous_bus) = next;
}

FaultHandler next_fault_handler(int signal) {
  install_stale_unit_handler();
  const struct sigaction& next = signal == SIGSEGV ? g_previous_segv : g_previous_bus;
  return (next.sa_flags & SA_SIGINFO) ? nullptr : next.sa_handler;
}

void import_stale_range(const Segment& s, const void* canonical, size_t size) {
  if (!(stale_mask_of(canonical, size) & (uint64_t{1} << (s.index - 1)))) return;
  auto a = reinterpret_cast<uintptr_t>(canonical);
  for (uintptr_t at = a; at < a + size;) {
    int index = 0;
    uintptr_t unit = 0;
    size_t bytes = 0;
    if (!unit_of_view(at + s.base_delta, &index, &unit, &bytes)) return;
    import_unit(s, unit, bytes);
    at = unit + bytes;
  }
}

bool import_stale_access(uintptr_t address) {
  int index = 0;
  uintptr_t unit = 0;
  size_t bytes = 0;
  if (!unit_of_view(address, &index, &unit, &bytes)) return false;
  Segment* own = current_segment();
  if (own != nullptr && own->index == index) return import_unit(*own, unit, bytes);
  // Another segment's view: a thread that came back from a wait in another
  // segment may still read bytes that never change (code, constants) through
  // its old one. That segment's owner validates under the commit lock; hold
  // it, so the revision the unit is rolled back to stays the segment's.
  std::lock_guard<CommitLock> lock(commit_lock_for_imports());
  return import_unit(*segment_numbered(index), unit, bytes);
}

}  // namespace pystm::stm
