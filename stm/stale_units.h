// stm/stale_units.h — importing a unit that went stale in the faulting
// thread's segment (stm/page_sharing.h explains stale units).
// Owns: the SIGSEGV/SIGBUS handler that imports them. Must never: import a
// unit for a segment another thread holds without the commit lock; allocate,
// or take a lock the faulting code may hold (it runs wherever the access was
// made).
//
// A stale unit is imported by its segment's own thread, at its first access:
// a private copy of the canonical bytes, then every object a commit after the
// segment's revision changed there gets its logged old bytes back, newest
// commit first. Commits log an object's old bytes before they change its
// canonical bytes, and stop logging them once they see the unit private: so
// the copy, taken while commits go on, ends as the segment's revision.
#pragma once
#include <cstddef>
#include <cstdint>

namespace pystm::stm {

struct Segment;

// Installs the handler once; faults it does not own go to the handler that
// was there before (or the default action).
void install_stale_unit_handler();

// Makes `handler` (SIG_DFL, SIG_IGN or a function) the one faults that are
// not imports go to, for SIGSEGV or SIGBUS: what a program installs for those
// signals must not replace the import handler.
void set_next_fault_handler(int signal, void (*handler)(int));
// That handler (null when it takes siginfo: installed before the runtime).
using FaultHandler = void (*)(int);
FaultHandler next_fault_handler(int signal);

// Whether an access to `address` faulted on a unit stale in the calling
// thread's segment, which is now imported (the access can be retried).
bool import_stale_access(uintptr_t address);

// Imports, without a fault, the units of [canonical, canonical + size) stale
// in s (held by the calling thread): for code that must not fault, because
// the handler needs locks it holds.
void import_stale_range(const Segment& s, const void* canonical, size_t size);

// Defined in stm/transaction.cpp (it owns the commit log): gives the objects
// of [unit, unit + bytes) that commits after s's revision changed their old
// bytes in s's view.
void roll_back_imported_unit(const Segment& s, uintptr_t unit, size_t bytes);
// Defined in stm/transaction.cpp: the commit lock.
class CommitLock;
CommitLock& commit_lock_for_imports();

}  // namespace pystm::stm
