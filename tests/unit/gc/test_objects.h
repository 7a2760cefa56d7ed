// tests/unit/gc/test_objects.h — test objects for the gc and stm tests: a
// header followed by words, every word traced; helpers to hide addresses from
// the conservative scan, scrub the stack and read the resident set.
// Must never: be used outside tests.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>

#include "gc/heap.h"

namespace pystm::gc::test {

inline constexpr uint16_t kWordsKind = kFirstTestKind + 1;

inline TraceFn g_previous_tracer = nullptr;

inline void words_tracer(ObjectHeader* object, size_t size, Visitor& visitor) {
  if (object->kind() != kWordsKind) {
    if (g_previous_tracer != nullptr) g_previous_tracer(object, size, visitor);
    return;
  }
  size_t words = (size - sizeof(ObjectHeader)) / sizeof(void*);
  visitor.visit_range(reinterpret_cast<void* const*>(object + 1), words);
}

// Installs words_tracer for the scope of a test; other kinds go to the tracer
// that was installed before.
class TracerScope {
 public:
  TracerScope() {
    initialize();
    previous_ = tracer();
    if (previous_ != words_tracer) g_previous_tracer = previous_;
    set_tracer(words_tracer);
  }
  ~TracerScope() { set_tracer(previous_ == words_tracer ? g_previous_tracer : previous_); }

 private:
  TraceFn previous_;
};

inline void** body(ObjectHeader* object) { return reinterpret_cast<void**>(object + 1); }

// A words object with room for `words` words.
inline ObjectHeader* make_words(size_t words) { return allocate(sizeof(ObjectHeader) + words * sizeof(void*), kWordsKind); }

// `count` words objects of `size` bytes each, every byte after the header
// written (so all their pages are resident), held by a root range (malloc'd,
// scanned only as registered) until release().
class RootedFilledObjects {
 public:
  RootedFilledObjects(size_t count, size_t size) : count_(count), roots_(std::make_unique<void*[]>(count)) {
    add_root_range(roots_.get(), count);
    for (size_t i = 0; i < count; ++i) {
      ObjectHeader* o = allocate(size, kWordsKind);
      if (o == nullptr) return;
      std::memset(reinterpret_cast<char*>(o) + sizeof(ObjectHeader), 0x5A, size - sizeof(ObjectHeader));
      roots_[i] = o;
      ++made_;
    }
  }
  ~RootedFilledObjects() { release(); }
  RootedFilledObjects(const RootedFilledObjects&) = delete;
  RootedFilledObjects& operator=(const RootedFilledObjects&) = delete;
  bool all_made() const { return made_ == count_; }
  // Unregisters the roots and forgets the objects: garbage from here on.
  void release() {
    if (!rooted_) return;
    remove_root_range(roots_.get());
    for (size_t i = 0; i < count_; ++i) roots_[i] = nullptr;
    rooted_ = false;
  }

 private:
  size_t count_, made_ = 0;
  std::unique_ptr<void*[]> roots_;
  bool rooted_ = true;
};

// Addresses kept in this form are invisible to the conservative scan.
inline constexpr uintptr_t kHideMask = 0xA5A5A5A5A5A5A5A5ull;
inline uintptr_t hide(const void* p) { return reinterpret_cast<uintptr_t>(p) ^ kHideMask; }
inline ObjectHeader* reveal(uintptr_t h) { return reinterpret_cast<ObjectHeader*>(h ^ kHideMask); }

// Overwrites dead stack below the caller so stale copies of references left
// by earlier calls do not keep objects alive.
__attribute__((noinline)) inline void scrub_stack() {
  volatile char buffer[64 * 1024];
  for (size_t i = 0; i < sizeof buffer; i += 8) buffer[i] = 0;
  std::memset(const_cast<char*>(buffer), 0, sizeof buffer);
  asm volatile("" : : "r"(buffer) : "memory");
}

// Runs fn() below 8 KiB of padding. Garbage made there leaves its stale
// stack copies deep enough for scrub_stack to reach, instead of in slots of
// shallow frames nobody overwrites (which happens at -O0).
template <class Fn>
__attribute__((noinline)) auto deep(Fn&& fn) {
  void* volatile pad = __builtin_alloca(8192);
  asm volatile("" : : "r"(pad) : "memory");
  return fn();
}

// Collects with a scrubbed stack (what a test wants when it expects garbage
// to be freed).
__attribute__((noinline)) inline void collect_clean() {
  scrub_stack();
  collect();
}

inline size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// A "Name:  N kB" field of /proc/self/status, in bytes (0 when absent).
inline size_t status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(field + ":", 0) == 0) return std::stoull(line.substr(field.size() + 1)) * 1024;
  return 0;
}

// The resident pages of shared memory (RssShmem): the heap's backing file,
// which holds all of its object memory.
inline size_t resident_shared_bytes() { return status_bytes("RssShmem"); }

// Resets the kernel's peak-RSS counter (VmHWM); false when not permitted.
inline bool reset_peak_resident() {
  std::FILE* f = std::fopen("/proc/self/clear_refs", "w");
  if (f == nullptr) return false;
  bool ok = std::fputs("5", f) >= 0;
  ok = (std::fclose(f) == 0) && ok;
  return ok;
}

inline size_t peak_resident_bytes() { return status_bytes("VmHWM"); }

}  // namespace pystm::gc::test
