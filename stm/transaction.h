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

// Attaches the calling thread to a segment and registers it with gc/.
void attach();
void detach();

void begin(uint64_t location = 0);
void commit();
// Restores every written object from its backup and forgets the objects the
// transaction allocated. The caller restarts from where begin() was called.
void abort();
void become_inevitable();
bool in_transaction();
bool is_inevitable();

// Commits the running transaction and begins the next one (a bytecode
// boundary); cheap when nothing was written.
void commit_and_begin(uint64_t location = 0);

// Allocates an object private to the running transaction (zeroed, header set,
// kind stored). No barrier is needed on it until commit.
gc::ObjectHeader* allocate(size_t size, uint16_t kind);

struct Stats {
  uint64_t commits = 0;
  uint64_t aborts = 0;
  uint64_t write_barrier_slow_paths = 0;
};
Stats stats();

}  // namespace pystm::stm
