// stm/segment.cpp — segment registry, read-marker tables and the
// collector's view of every segment's transaction state.
// Must never: call into gc/ while holding the registry mutex (gc/ calls back
// into us from a collection), except through a BlockingScope while waiting.
#include "stm/segment.h"

#include <sys/mman.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "stm/page_sharing.h"

namespace pystm::stm {

namespace {
// Never destroyed: segments outlive every thread, and exit-time destruction
// would race with threads still attached.
struct Registry {
  std::mutex mutex;
  std::condition_variable released;
  std::vector<Segment*> all;  // all[i] has index i + 1
  int in_use = 0;
  int limit = 0;
  std::atomic<int> waiters{0};
  std::atomic<uint64_t> acquired{0};  // acquired_segments()
};
Registry& registry() {
  static Registry* r = new Registry;
  return *r;
}
thread_local Segment* tls_current = nullptr;

int default_limit() {
  if (const char* env = std::getenv("PYSTM_SEGMENTS")) {
    int n = std::atoi(env);
    if (n >= 1) return std::min(n, kMaxSegments);
  }
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(cores, 1, kMaxSegments);
}

// Roots: each written object and every word of its backup (an abort brings
// those references back), and the new objects waiting for their commit to
// register them for finalization.
void enumerate_undo_logs(gc::Visitor& visitor, void*) {
  for_each_segment([&](Segment& s) {
    s.undo.visit_references(visitor);
    for (gc::ObjectHeader* o : s.new_finalizable) visitor.visit(o);
  });
}

// Objects the transaction created and nobody references are garbage: forget
// them before their cells are reused, so commit does not flag a stranger.
void drop_dead_new_objects(void*) {
  for_each_segment([](Segment& s) {
    auto& v = s.new_objects;
    size_t kept = 0;
    for (gc::ObjectHeader* o : v)
      if (gc::is_marked(o)) v[kept++] = o;
    v.resize(kept);
  });
}

Segment* create_segment(int index) {
  gc::HeapRange range = gc::range();
  auto* s = new Segment;
  s->index = index;
  s->base = map_segment(index);
  s->base_delta = s->base - range.begin;
  s->marker_bytes = (range.reserved_bytes >> 4) * sizeof(ReadVersion);
  void* table = mmap(nullptr, s->marker_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (table == MAP_FAILED) {
    std::fprintf(stderr, "pystm: cannot map a read-marker table of %zu bytes\n", s->marker_bytes);
    std::abort();
  }
  s->read_markers = static_cast<ReadVersion*>(table);
  s->marker_bias = range.begin >> 4;
  return s;
}

std::once_flag g_hooks_once;
}  // namespace

void Segment::advance_read_version() {
  if (read_version >= kClearMarkersEvery) clear_read_markers();
  read_version = static_cast<ReadVersion>(read_version + 1);
}

void Segment::clear_read_markers() {
  // Only the committed prefix of the heap can have been marked.
  size_t bytes = (gc::range().committed_bytes >> 4) * sizeof(ReadVersion);
  if (bytes > marker_bytes) bytes = marker_bytes;
  madvise(read_markers, (bytes + 4095) & ~size_t{4095}, MADV_DONTNEED);
  read_version = 0;
}

Segment* current_segment() { return tls_current; }

Segment* acquire_segment(Segment* preferred) {
  std::call_once(g_hooks_once, [] {
    initialize_page_sharing();
    gc::add_root_enumerator(enumerate_undo_logs, nullptr);
    gc::add_sweep_hook(drop_dead_new_objects, nullptr);
  });
  Registry& r = registry();
  std::unique_lock<std::mutex> lock(r.mutex);
  if (r.limit == 0) r.limit = default_limit();
  auto take = [&]() -> Segment* {
    if (r.in_use >= r.limit) return nullptr;
    Segment* pick = nullptr;
    if (preferred != nullptr && !preferred->acquired) pick = preferred;
    for (size_t i = 0; pick == nullptr && i < r.all.size(); ++i)
      if (!r.all[i]->acquired) pick = r.all[i];
    if (pick == nullptr) {
      if (r.all.size() >= static_cast<size_t>(kMaxSegments)) return nullptr;
      pick = create_segment(static_cast<int>(r.all.size()) + 1);
      r.all.push_back(pick);
    }
    pick->acquired = true;
    r.acquired.fetch_or(uint64_t{1} << (pick->index - 1), std::memory_order_acq_rel);
    ++r.in_use;
    return pick;
  };
  if (Segment* s = take()) return s;
  ++r.waiters;
  Segment* s = nullptr;
  {
    // Waiting may take long: the collector must not wait for us meanwhile.
    lock.unlock();
    gc::BlockingScope parked;
    lock.lock();
    r.released.wait(lock, [&] { return (s = take()) != nullptr; });
    --r.waiters;
    lock.unlock();
  }
  return s;
}

void release_segment(Segment* segment) {
  Registry& r = registry();
  {
    std::lock_guard<std::mutex> lock(r.mutex);
    segment->acquired = false;
    r.acquired.fetch_and(~(uint64_t{1} << (segment->index - 1)), std::memory_order_acq_rel);
    --r.in_use;
  }
  r.released.notify_one();
}

uint64_t acquired_segments() { return registry().acquired.load(std::memory_order_acquire); }

int segment_waiters() { return registry().waiters.load(std::memory_order_relaxed); }

void set_segment_limit(int limit) {
  Registry& r = registry();
  {
    std::lock_guard<std::mutex> lock(r.mutex);
    r.limit = std::clamp(limit, 1, kMaxSegments);
  }
  r.released.notify_all();
}

int segment_limit() {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  if (r.limit == 0) r.limit = default_limit();
  return r.limit;
}

void set_current_segment(Segment* segment) {
  tls_current = segment;
  if (segment == nullptr) {
    tls_segment = SegmentView{};
    return;
  }
  tls_segment.base_delta = segment->base_delta;
  tls_segment.read_markers = segment->read_markers;
  tls_segment.marker_bias = segment->marker_bias;
  tls_segment.read_version = segment->read_version;
}

void lock_segments() { registry().mutex.lock(); }
void forget_segment_waiters_after_fork() {
  new (&registry().mutex) std::mutex;
  new (&registry().released) std::condition_variable;
}
void unlock_segments() { registry().mutex.unlock(); }
const std::vector<Segment*>& all_segments_locked() { return registry().all; }

}  // namespace pystm::stm
