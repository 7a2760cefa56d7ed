// stm/transaction.h — transactions over the gc heap: begin, commit, abort,
// inevitable mode, allocation of transaction-private objects.
// Owns: the per-thread transaction state (write set with backups, objects
// created by the transaction, read version). Must never: know about Python.
//
// Lifecycle: a thread calls attach() once (it gets a segment), then runs a
// sequence of transactions: begin() ... commit(). Runtime code allocates with
// stm::allocate (the new object needs no barrier until the transaction
// commits), reads and writes shared objects through stm/barrier.h.
// The client supplies an opaque `location` word per transaction (the
// interpreter stores its bytecode position) for conflict records.
//
// A transaction can abort at commit(), validate() and become_inevitable():
// those return false after restoring the write set and bringing the view to
// the newest revision; the caller restarts from its begin() (calling begin()
// again). Nothing else aborts a running transaction: its view of the heap
// changes only at those points (opacity). See docs/STM.md.
//
// A segment's view stays at its revision from one validation point to the
// next, and the commit log keeps every entry after the oldest such
// revision: while one thread runs a long transaction, or holds its segment
// between transactions without beginning the next, every other thread's
// commits stay in the log (objects and old bytes, about 2 KiB per small
// commit). A thread that waits or works outside the heap for long gives
// its segment back first (Unattached, below).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>

#include "gc/allocation_cache.h"
#include "gc/heap.h"
#include "gc/object_header.h"
#include "stm/barrier.h"

namespace pystm::stm {

// Attaches the calling thread to a segment and registers it with gc/
// (initializing the heap if needed). Nests: the last detach() counts.
void attach();
// Commits a running transaction, gives the segment back, unregisters.
void detach();
bool is_attached();

// How many segments may be in use at once (threads beyond wait for one):
// PYSTM_SEGMENTS, else the number of cores; 1..64.
void set_segment_limit(int limit);
int segment_limit();

// For the lifetime of the object the calling thread holds no segment and
// counts as parked for the collector: it must not touch the heap (it blocks
// on a lock, sleeps, does I/O). Construct it between transactions. The
// destructor waits for a running collection, takes a segment again and brings
// its view to the newest revision.
class Unattached {
 public:
  Unattached();
  ~Unattached();
  Unattached(const Unattached&) = delete;
  Unattached& operator=(const Unattached&) = delete;

 private:
  std::optional<gc::BlockingScope> parked_;
};

// Starts a transaction (the thread must be attached and not in one). Advances
// the read version.
void begin(uint64_t location = 0);
// Begins a transaction that the caller will only abort: never inevitable,
// even after many aborts. It holds what a client does while it unwinds to
// where it restarts (its writes must be undone too).
void begin_to_unwind(uint64_t location = 0);
// Validates against the commits since the transaction's view was taken and
// publishes its writes and new objects as the newest revision. False: it
// conflicted and was aborted instead. Waits while another transaction is
// inevitable (if this one wrote anything). True outside a transaction.
bool commit();
// Restores every written object from its backup and forgets the objects the
// transaction allocated. The caller restarts from where begin() was called.
// Fatal in an inevitable transaction. Does nothing outside a transaction.
void abort();
// Waits until no other transaction is inevitable, validates, then makes this
// one inevitable (it can no longer abort; backups are dropped). False when
// validation found a conflict: the transaction was aborted. Ends at commit.
bool become_inevitable();
// A validation point inside a long transaction: brings the view to the newest
// revision unless a conflict is found (then aborts and returns false).
bool validate();
// After this many consecutive aborts a segment's next transaction starts
// inevitable (default 4).
void set_aborts_before_inevitable(int count);
bool in_transaction();
bool is_inevitable();

// Objects of client kind `kind` publish which bytes each commit changed, and
// a transaction that read some of their bytes with read_bytes() (not the
// whole object with read()) conflicts only with commits that changed those.
// For objects whose parts are read independently by many threads while one
// writes another part (a module's namespace table). Costs each commit that
// wrote one a comparison with its backup. Call before threads start
// (stm/changed_bytes.h).
void track_changed_bytes(uint16_t kind);

// Commits the running transaction and begins the next one (a bytecode
// boundary); cheap when nothing was written. Returns what commit() returned.
bool commit_and_begin(uint64_t location = 0);

// Allocates an object private to the running transaction (zeroed, header set,
// kind stored). No barrier is needed on it until commit. Outside a
// transaction its flag is set at once and it is published with the next
// begin() or commit(). Null when the heap is exhausted.
gc::ObjectHeader* allocate(size_t size, uint16_t kind);
// Allocates an object that is never written after its initialisation (the
// client's immutable types): it is committed at birth, so the transaction
// does not track it. The caller initialises it through view() only.
// Inline: the collector's fast path with constant sizes folded in (a float
// costs one allocation). Pages of the immutable space are shared by every
// segment, always: the object is initialised in place (its bytes are the
// canonical copy's in every view) and needs no publishing. Its header is
// stored through the thread's view, where the caller initialises the rest:
// a fresh page is then faulted into one mapping, not into the canonical one
// too. Nobody can reach it before the transaction that made it commits (or
// publishes it outside the heap, like the string intern table), so its flag
// is a plain store, no locked read-modify-write.
inline gc::ObjectHeader* allocate_immutable(size_t size, uint16_t kind) {
  gc::ObjectHeader* object = gc::allocate_inline(size, kind, gc::Space::kImmutable, tls_segment.base_delta);
  if (object != nullptr) [[likely]] {
    gc::ObjectHeader* header = view(object);
    header->flags.store(header->flags.load(std::memory_order_relaxed) | kWriteBarrierFlag, std::memory_order_relaxed);
  }
  return object;
}

// Asks the collector to queue `object` (one the running transaction just
// allocated) once it is unreachable (gc/finalization.h). If the transaction
// aborts, the object never existed and is never queued.
void make_finalizable(gc::ObjectHeader* object);

// Writes outside a transaction (attached, between transactions) cannot be
// undone: they are recorded without a backup and published, like
// allocations made there, by the next begin() or commit() — last writer wins.

// Introspection of the calling thread's transaction (tests, tools).
struct TransactionInfo {
  bool in_transaction = false;
  bool inevitable = false;
  uint64_t location = 0;
  size_t written_objects = 0;  // write set size
  size_t new_objects = 0;      // live objects created by the transaction
  ReadVersion read_version = 0;
  int segment = 0;             // 1..64, 0 when the thread holds none
};
TransactionInfo current_transaction_info();

struct Stats {
  uint64_t commits = 0;
  uint64_t aborts = 0;
  uint64_t write_barrier_slow_paths = 0;
  uint64_t segments = 0;            // created so far
  uint64_t commit_log_entries = 0;  // not yet applied by every segment
  uint64_t commit_log_old_bytes = 0;  // memory those entries hold for old bytes
};
Stats stats();

}  // namespace pystm::stm
