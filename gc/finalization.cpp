// gc/finalization.cpp — the finalizable registry and the ready queue (see the
// header); find_unreachable_finalizable runs inside a collection.
#include "gc/finalization.h"

#include <atomic>
#include <mutex>
#include <new>

#include "gc/heap_state.h"

namespace pystm::gc {

namespace {
std::mutex g_mutex;  // registry and queue (the collector takes it with the world stopped)
std::vector<ObjectHeader*> g_registered;
std::vector<ObjectHeader*> g_ready;
std::atomic<bool> g_ready_flag{false};
}  // namespace

void register_finalizable(ObjectHeader* object) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_registered.push_back(object);
}

bool finalizable_ready() { return g_ready_flag.load(std::memory_order_relaxed); }

void take_ready_finalizable(std::vector<ObjectHeader*>& out) {
  std::lock_guard<std::mutex> lock(g_mutex);
  out.insert(out.end(), g_ready.begin(), g_ready.end());
  g_ready.clear();
  g_ready_flag.store(false, std::memory_order_relaxed);
}

void forget_finalization_lock_after_fork() { new (&g_mutex) std::mutex; }

void visit_ready_finalizable(Visitor& visitor) {
  // The world is stopped; no mutator holds g_mutex across a safe point.
  for (ObjectHeader* o : g_ready) visitor.visit(o);
}

void find_unreachable_finalizable(HeapState& heap) {
  std::lock_guard<std::mutex> lock(g_mutex);
  std::vector<ObjectHeader*> found;
  size_t kept = 0;
  for (ObjectHeader* o : g_registered) {
    if (is_marked(o))
      g_registered[kept++] = o;
    else
      found.push_back(o);
  }
  g_registered.resize(kept);
  if (found.empty()) return;
  mark_objects(heap, found);
  g_ready.insert(g_ready.end(), found.begin(), found.end());
  g_ready_flag.store(true, std::memory_order_release);
}

}  // namespace pystm::gc
