// stm/fork.h — fork() and the STM's locks.
// Owns: holding every lock of the STM across fork(), in their order (commit
// lock, segment registry, in-place lock, page-sharing lock), so that the
// child's copy of the commit log, the segment registry and the page tables
// is never caught half-changed by a thread that does not exist in the child.
// Must never: be used by a thread that is not attached and inevitable (a
// thread that holds a segment and waits for the commit lock could otherwise
// be the one that blocks it), or around anything but the fork() call itself.
#pragma once

namespace pystm::stm {

// Before fork(), in the forking thread.
void prepare_fork();
// After fork(), in the parent: lets the other threads go on.
void after_fork_in_parent();
// First thing in the child: the locks are made anew, unheld (the child has
// only the forking thread), before the heap is separated.
void after_fork_in_child();

}  // namespace pystm::stm
