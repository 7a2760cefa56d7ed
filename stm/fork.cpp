// stm/fork.cpp — the STM's locks across fork() (see the header).
#include "stm/fork.h"

#include <mutex>

#include "stm/commit_lock.h"
#include "stm/segment.h"

namespace pystm::stm {

// Defined beside each lock (transaction.cpp, segment.cpp, in_place_writes.cpp,
// page_sharing.cpp).
CommitLock& commit_lock_for_fork();
CommitLock& commit_log_lock_for_fork();
void forget_commit_waiters_after_fork();
void forget_segment_waiters_after_fork();
std::mutex& in_place_lock_for_fork();
std::mutex& page_sharing_lock_for_fork();

void prepare_fork() {
  commit_lock_for_fork().lock();
  commit_log_lock_for_fork().lock();
  lock_segments();
  in_place_lock_for_fork().lock();
  page_sharing_lock_for_fork().lock();
}

void after_fork_in_parent() {
  page_sharing_lock_for_fork().unlock();
  in_place_lock_for_fork().unlock();
  unlock_segments();
  commit_log_lock_for_fork().unlock();
  commit_lock_for_fork().unlock();
}

void after_fork_in_child() {
  new (&page_sharing_lock_for_fork()) std::mutex;
  new (&in_place_lock_for_fork()) std::mutex;
  forget_segment_waiters_after_fork();
  commit_log_lock_for_fork().unlock();
  forget_commit_waiters_after_fork();
}

}  // namespace pystm::stm
