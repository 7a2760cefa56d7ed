// gc/race_annotations.h — the one place gc/ and stm/ speak to ThreadSanitizer:
// the annotations that mark the heap's deliberate races. Without TSan
// (PYSTM_TSAN, set by -DPYSTM_SANITIZE=thread) they compile to nothing.
// Owns: PYSTM_RACY_FUNCTION and gc::DeliberateRace. Must never: hide a race
// that its use site does not explain; be used for a race that an atomic with
// the right memory order would remove (those are bugs: fix them). No
// suppressions file covers our own code.
//
// The deliberate races (docs/STM.md, "Races and TSan", lists them too):
//  * The conservative scan (gc/thread_registry.cpp) reads the stack of a
//    thread inside a BlockingScope while that thread keeps running.
//  * Privatization (stm/page_sharing.cpp) remaps a unit of another running
//    segment and breaks copy-on-write in it while that segment's thread may
//    read the same addresses.
// Races TSan cannot see at all need no annotation but are part of the
// design: every segment is another mapping of the same file, so a commit
// that writes canonical bytes and a reader of a shared unit touch the same
// memory through different addresses (the commit protocol makes that safe,
// docs/STM.md "Opacity").
#pragma once

#if PYSTM_TSAN
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
// A function whose every memory access is a deliberate race: TSan does not
// instrument it (functions it calls are instrumented as usual).
#define PYSTM_RACY_FUNCTION __attribute__((no_sanitize("thread")))
#else
#define PYSTM_RACY_FUNCTION
#endif

namespace pystm::gc {

// While alive, TSan ignores the calling thread's memory accesses, those of
// the C library calls it makes included (an mmap then resets TSan's history
// of the range instead of recording a write to it).
class DeliberateRace {
 public:
#if PYSTM_TSAN
  DeliberateRace() { __tsan_ignore_thread_begin(); }
  ~DeliberateRace() { __tsan_ignore_thread_end(); }
#else
  DeliberateRace() = default;
#endif
  DeliberateRace(const DeliberateRace&) = delete;
  DeliberateRace& operator=(const DeliberateRace&) = delete;
};

}  // namespace pystm::gc
