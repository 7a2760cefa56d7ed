// gc/thread_registry.cpp — registration and conservative stack scanning.
// Must never: be instrumented by ASan in the scanning loops (they read dead
// stack slots and redzones on purpose).
#include "gc/thread_registry.h"

#include <link.h>
#include <pthread.h>

#include <algorithm>
#include <new>
#include <csetjmp>
#include <cstring>
#include <cstdio>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include "gc/race_annotations.h"

namespace pystm::gc {

namespace {
thread_local ThreadRecord* tls_record = nullptr;
}

namespace {
// The lowest address of the calling thread's static TLS blocks that lie in
// [low, high), or `high` when none does.
uintptr_t static_tls_floor(uintptr_t low, uintptr_t high) {
  struct Range {
    uintptr_t low, floor;
  } range{low, high};
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) {
        auto& r = *static_cast<Range*>(data);
        auto tls = reinterpret_cast<uintptr_t>(info->dlpi_tls_data);
        if (tls >= r.low && tls < r.floor) r.floor = tls;
        return 0;
      },
      &range);
  return range.floor;
}
}  // namespace

void current_stack_bounds(uintptr_t* low, uintptr_t* high) {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0 || pthread_attr_getstack(&attr, &addr, &size) != 0) {
    std::fprintf(stderr, "pystm: cannot read the stack bounds of a thread\n");
    std::abort();
  }
  pthread_attr_destroy(&attr);
  *low = reinterpret_cast<uintptr_t>(addr);
  *high = *low + size;
  // A thread pthread_create made has its thread descriptor and static TLS
  // at the top of its stack mapping, above its first frame (glibc, either
  // TLS layout), and pthread_getattr_np counts them in the stack. No frame
  // lies above the lowest TLS block, and the TLS holds no root (the main
  // thread's is not on its stack, so nothing can rely on it being scanned;
  // the runtime's caches there are a quarter MiB that every collection
  // scanned word by word in every other thread).
  uintptr_t floor = static_tls_floor(*low, *high);
  if (floor > reinterpret_cast<uintptr_t>(__builtin_frame_address(0))) *high = floor;
}

void ThreadRegistry::register_current() {
  if (tls_record != nullptr) {
    ++tls_record->registrations;
    return;
  }
  auto* record = new ThreadRecord;
  current_stack_bounds(&record->stack_low, &record->stack_high);
  record->registrations = 1;
  tls_record = record;
  std::lock_guard<std::mutex> lock(mutex_);
  threads_.push_back(record);
}

void ThreadRegistry::unregister_current() {
  ThreadRecord* record = tls_record;
  if (record == nullptr || --record->registrations > 0) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    threads_.erase(std::remove(threads_.begin(), threads_.end(), record), threads_.end());
  }
  tls_record = nullptr;
  delete record;
}

ThreadRecord* ThreadRegistry::current() const { return tls_record; }

void ThreadRegistry::keep_only_current_after_fork() {
  // A thread that no longer exists may have held the lock at the fork; its
  // record (and stack) are left behind, never scanned again.
  new (&mutex_) std::mutex;
  threads_.clear();
  if (tls_record != nullptr) threads_.push_back(tls_record);
}

size_t ThreadRegistry::count() {
  std::lock_guard<std::mutex> lock(mutex_);
  return threads_.size();
}

void* current_fake_stack() {
#if defined(__SANITIZE_ADDRESS__)
  return __asan_get_current_fake_stack();
#else
  return nullptr;
#endif
}

// Deliberate race (gc/race_annotations.h): a thread inside a BlockingScope
// keeps running while the collector scans its stack from the pointer it
// published up. What it writes there meanwhile is its own bookkeeping (a
// lock's state, the result of its wait, return addresses and saved frame
// pointers of the calls it makes), never a heap reference: it touches no
// heap object until the scope ends, which waits for the collection, and
// every reference it holds was in place when it published the pointer. An
// aligned word is read whole; a changing word is at worst a stale value that
// keeps an object alive one collection longer.
__attribute__((no_sanitize("address"))) PYSTM_RACY_FUNCTION void scan_words_conservatively(Visitor& visitor, uintptr_t begin,
                                                                                  uintptr_t end, [[maybe_unused]] void* fake_stack) {
  begin = (begin + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
  // With detect_stack_use_after_return, address-taken locals live in "fake"
  // frames allocated by ASan; the real stack only points at them.
  for (uintptr_t p = begin; p + sizeof(void*) <= end; p += sizeof(void*)) {
    void* word = *reinterpret_cast<void* const*>(p);
    visitor.visit(word);
#if defined(__SANITIZE_ADDRESS__)
    void* frame_begin = nullptr;
    void* frame_end = nullptr;
    if (fake_stack != nullptr && __asan_addr_is_in_fake_stack(fake_stack, word, &frame_begin, &frame_end)) {
      for (auto q = reinterpret_cast<uintptr_t>(frame_begin); q + sizeof(void*) <= reinterpret_cast<uintptr_t>(frame_end);
           q += sizeof(void*))
        visitor.visit(*reinterpret_cast<void* const*>(q));
    }
#endif
  }
}

__attribute__((noinline)) void clear_dead_stack() {
  // 64 KiB: far deeper than the native frames of one interpreter call chain,
  // far below any thread's stack size.
  unsigned char area[64 * 1024];
  std::memset(area, 0, sizeof area);
  asm volatile("" : : "r"(area) : "memory");  // the stores must happen
}

namespace {
// A separate frame below the one that spilled the registers, so the scan's
// lower bound is under every spilled register.
__attribute__((noinline, no_sanitize("address"))) void scan_below_spill(Visitor& visitor, uintptr_t stack_high) {
  auto low = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  scan_words_conservatively(visitor, low, stack_high, current_fake_stack());
}
}  // namespace

__attribute__((noinline, no_sanitize("address"))) void scan_current_thread(Visitor& visitor, uintptr_t stack_high) {
  // __builtin_unwind_init makes this function save every callee-saved register
  // in its frame; setjmp copies them once more into a stack buffer.
  __builtin_unwind_init();
  jmp_buf registers;
  setjmp(registers);
  scan_below_spill(visitor, stack_high);
  // Keep `registers` alive across the call.
  asm volatile("" : : "r"(&registers) : "memory");
}

}  // namespace pystm::gc
