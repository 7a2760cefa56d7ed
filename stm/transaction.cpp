// stm/transaction.cpp — begin, commit, abort, inevitable mode, transactional
// allocation, attach and detach.
// Must never: abort an inevitable transaction; leave kWriteBarrierFlag clear
// on a committed object once its transaction has ended.
//
// Single segment for now: transactions of different threads are not isolated
// from each other yet (validation and the commit log come with the STM issue);
// abort and commit are already complete for the running thread.
#include "stm/transaction.h"

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "stm/segment.h"

namespace pystm::stm {

namespace {
// At most one inevitable transaction in the process.
std::mutex g_inevitable_mutex;
std::condition_variable g_inevitable_released;
Segment* g_inevitable_owner = nullptr;

void release_inevitable(Segment* segment) {
  if (!segment->inevitable) return;
  segment->inevitable = false;
  {
    std::lock_guard<std::mutex> lock(g_inevitable_mutex);
    g_inevitable_owner = nullptr;
  }
  g_inevitable_released.notify_all();
}

[[noreturn]] void fatal(const char* message) {
  std::fprintf(stderr, "pystm: %s\n", message);
  std::abort();
}

Segment& attached_segment() {
  Segment* s = current_segment();
  if (s == nullptr) fatal("stm: the calling thread is not attached");
  return *s;
}

void rearm_and_clear(Segment& s) {
  for (const UndoEntry& e : s.undo.entries()) view(e.object)->flags.fetch_or(kWriteBarrierFlag, std::memory_order_relaxed);
  for (gc::ObjectHeader* o : s.new_objects) view(o)->flags.fetch_or(kWriteBarrierFlag, std::memory_order_relaxed);
  s.undo.clear();
  s.new_objects.clear();
  s.in_transaction = false;
}
}  // namespace

void attach() {
  gc::initialize();
  if (Segment* s = current_segment()) {
    ++s->attachments;
    return;
  }
  gc::register_current_thread();
  Segment* s = acquire_segment();
  s->attachments = 1;
  set_current_segment(s);
}

void detach() {
  Segment* s = current_segment();
  if (s == nullptr) return;
  if (--s->attachments > 0) return;
  if (s->in_transaction) commit();
  s->read_version = tls_segment.read_version;
  set_current_segment(nullptr);
  release_segment(s);
  gc::unregister_current_thread();
}

void begin(uint64_t location) {
  Segment& s = attached_segment();
  if (s.in_transaction) fatal("stm: begin() inside a running transaction");
  s.advance_read_version();
  tls_segment.read_version = s.read_version;
  s.location = location;
  s.in_transaction = true;
}

void commit() {
  Segment& s = attached_segment();
  if (!s.in_transaction) return;
  rearm_and_clear(s);
  release_inevitable(&s);
  s.bump(s.commits);
}

void abort() {
  Segment& s = attached_segment();
  if (!s.in_transaction) return;
  if (s.inevitable) fatal("stm: abort() of an inevitable transaction");
  s.undo.restore_all();  // backups carry the flag; rearm_and_clear sets it again anyway
  rearm_and_clear(s);
  s.bump(s.aborts);
}

void become_inevitable() {
  Segment& s = attached_segment();
  if (!s.in_transaction || s.inevitable) return;
  {
    std::unique_lock<std::mutex> lock(g_inevitable_mutex);
    g_inevitable_released.wait(lock, [] { return g_inevitable_owner == nullptr; });
    g_inevitable_owner = &s;
  }
  s.inevitable = true;
  s.undo.drop_backups();
}

bool in_transaction() {
  Segment* s = current_segment();
  return s != nullptr && s->in_transaction;
}

bool is_inevitable() {
  Segment* s = current_segment();
  return s != nullptr && s->inevitable;
}

bool is_attached() { return current_segment() != nullptr; }

void commit_and_begin(uint64_t location) {
  commit();
  begin(location);
}

gc::ObjectHeader* allocate(size_t size, uint16_t kind) {
  gc::ObjectHeader* object = gc::allocate(size, kind);
  if (object == nullptr) return nullptr;
  Segment* s = current_segment();
  if (s != nullptr && s->in_transaction)
    s->new_objects.push_back(object);
  else
    object->flags.fetch_or(kWriteBarrierFlag, std::memory_order_relaxed);  // committed at birth
  return object;
}

gc::ObjectHeader* allocate_immutable(size_t size, uint16_t kind) {
  gc::ObjectHeader* object = gc::allocate(size, kind);
  if (object != nullptr) object->flags.fetch_or(kWriteBarrierFlag, std::memory_order_relaxed);
  return object;
}

TransactionInfo current_transaction_info() {
  TransactionInfo info;
  Segment* s = current_segment();
  if (s == nullptr) return info;
  info.in_transaction = s->in_transaction;
  info.inevitable = s->inevitable;
  info.location = s->location;
  info.written_objects = s->undo.entries().size();
  info.new_objects = s->new_objects.size();
  info.read_version = tls_segment.read_version;
  return info;
}

Stats stats() {
  Stats total;
  for_each_segment([&](Segment& s) {
    total.commits += s.commits.load(std::memory_order_relaxed);
    total.aborts += s.aborts.load(std::memory_order_relaxed);
    total.write_barrier_slow_paths += s.slow_paths.load(std::memory_order_relaxed);
  });
  return total;
}

}  // namespace pystm::stm
