// stm/conflict.h — conflict records: what each abort or wait cost, and who
// caused it; delivered to registered hooks.
// Owns: the record layout, the hook registry, delivery. Must never: build a
// record when no hook is installed (has_conflict_hooks() is the check);
// deliver while the commit lock is held (hooks may do anything).
#pragma once
#include <cstdint>

namespace pystm::stm {

enum class ConflictKind : uint8_t {
  kWriteWrite,  // both transactions wrote the object; the later committer aborted
  kReadWrite,   // the victim had read an object another transaction committed a write to
  kInevitable,  // the victim waited for the inevitable transaction to finish
  kLock,        // the victim waited for a lock (reported by the client)
};
const char* conflict_kind_name(ConflictKind kind);

struct ConflictRecord {
  ConflictKind kind;
  bool aborted;                 // true: the victim aborted; false: it waited
  const void* object;           // canonical reference (null for waits without one)
  uint64_t victim_thread;       // an id per thread (stm::thread_id())
  uint64_t other_thread;
  uint64_t victim_location;     // the clients' opaque location words
  uint64_t other_location;
  // Work thrown away, or time spent waiting. An abort's is measured from the
  // transaction's begin, whose time is taken only while a hook is installed
  // (a clock read per transaction otherwise): 0 for a transaction that began
  // before the first hook was added.
  uint64_t time_lost_ns;
};

using ConflictHookFn = void (*)(const ConflictRecord& record, void* context);
void add_conflict_hook(ConflictHookFn fn, void* context);
void remove_conflict_hook(ConflictHookFn fn, void* context);
bool has_conflict_hooks();
// Delivers to every hook (the calling thread; no stm lock held).
void report_conflict(const ConflictRecord& record);

// A small id of the calling thread, stable for its lifetime (1, 2, ...).
uint64_t thread_id();

}  // namespace pystm::stm
