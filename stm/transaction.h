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
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/object_header.h"
#include "stm/barrier.h"

namespace pystm::stm {

// Attaches the calling thread to a segment and registers it with gc/
// (initializing the heap if needed). Nests: the last detach() counts.
void attach();
// Commits a running transaction, gives the segment back, unregisters.
void detach();
bool is_attached();

// Starts a transaction (the thread must be attached and not in one). Advances
// the read version.
void begin(uint64_t location = 0);
// Re-arms kWriteBarrierFlag on every written and every created object, drops
// the backups. Does nothing outside a transaction.
void commit();
// Restores every written object from its backup and forgets the objects the
// transaction allocated. The caller restarts from where begin() was called.
// Fatal in an inevitable transaction. Does nothing outside a transaction.
void abort();
// Waits until no other transaction is inevitable, then makes this one
// inevitable (it can no longer abort; backups are dropped). No-op outside a
// transaction. Ends at commit.
void become_inevitable();
bool in_transaction();
bool is_inevitable();

// Commits the running transaction and begins the next one (a bytecode
// boundary); cheap when nothing was written.
void commit_and_begin(uint64_t location = 0);

// Allocates an object private to the running transaction (zeroed, header set,
// kind stored). No barrier is needed on it until commit. Outside a
// transaction the object is committed at once (its flag is set). Null when
// the heap is exhausted.
gc::ObjectHeader* allocate(size_t size, uint16_t kind);
// Allocates an object that is never written after its initialisation (the
// client's immutable types): it is committed at birth, so the transaction
// does not track it. The caller initialises it through view() only.
gc::ObjectHeader* allocate_immutable(size_t size, uint16_t kind);

// Writes outside a transaction: write_slow_path records nothing (there is
// nothing to undo) and leaves the flag set.

// Introspection of the calling thread's transaction (tests, tools).
struct TransactionInfo {
  bool in_transaction = false;
  bool inevitable = false;
  uint64_t location = 0;
  size_t written_objects = 0;  // write set size
  size_t new_objects = 0;      // live objects created by the transaction
  uint8_t read_version = 0;
};
TransactionInfo current_transaction_info();

struct Stats {
  uint64_t commits = 0;
  uint64_t aborts = 0;
  uint64_t write_barrier_slow_paths = 0;
};
Stats stats();

}  // namespace pystm::stm
