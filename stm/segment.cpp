// stm/segment.cpp — segment registry, read-marker tables and the
// collector's view of every segment's transaction state.
// Must never: call into gc/ while holding the segment mutex (gc/ calls back
// into us from a collection).
#include "stm/segment.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace pystm::stm {

namespace {
// Never destroyed: segments outlive every thread, and exit-time destruction
// would race with threads still attached.
struct Registry {
  std::mutex mutex;
  std::vector<Segment*> all;
  std::vector<Segment*> free;
};
Registry& registry() {
  static Registry* r = new Registry;
  return *r;
}
thread_local Segment* tls_current = nullptr;

// Roots: each written object and every word of its backup (an abort brings
// those references back).
void enumerate_undo_logs(gc::Visitor& visitor, void*) {
  for_each_segment([&](Segment& s) { s.undo.visit_references(visitor); });
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

std::once_flag g_hooks_once;
}  // namespace

void Segment::advance_read_version() {
  uint8_t next = static_cast<uint8_t>(read_version + 1);
  if (next == 0) {
    // Only the committed prefix of the heap can have been marked.
    size_t bytes = gc::range().committed_bytes >> 4;
    if (bytes > marker_bytes) bytes = marker_bytes;
    madvise(read_markers, (bytes + 4095) & ~size_t{4095}, MADV_DONTNEED);
    next = 1;
  }
  read_version = next;
}

Segment* current_segment() { return tls_current; }

Segment* acquire_segment() {
  std::call_once(g_hooks_once, [] {
    gc::add_root_enumerator(enumerate_undo_logs, nullptr);
    gc::add_sweep_hook(drop_dead_new_objects, nullptr);
  });
  {
    std::lock_guard<std::mutex> lock(registry().mutex);
    if (!registry().free.empty()) {
      Segment* s = registry().free.back();
      registry().free.pop_back();
      return s;
    }
  }
  gc::HeapRange range = gc::range();
  auto* s = new Segment;
  s->marker_bytes = range.reserved_bytes >> 4;
  void* table = mmap(nullptr, s->marker_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (table == MAP_FAILED) {
    std::fprintf(stderr, "pystm: cannot map a read-marker table of %zu bytes\n", s->marker_bytes);
    std::abort();
  }
  s->read_markers = static_cast<uint8_t*>(table);
  s->marker_bias = range.begin >> 4;
  std::lock_guard<std::mutex> lock(registry().mutex);
  registry().all.push_back(s);
  return s;
}

void release_segment(Segment* segment) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  registry().free.push_back(segment);
}

void set_current_segment(Segment* segment) {
  tls_current = segment;
  if (segment == nullptr) {
    tls_segment = SegmentView{};
    return;
  }
  tls_segment.base_delta = 0;
  tls_segment.read_markers = segment->read_markers;
  tls_segment.marker_bias = segment->marker_bias;
  tls_segment.read_version = segment->read_version;
}

void lock_segments() { registry().mutex.lock(); }
void unlock_segments() { registry().mutex.unlock(); }
const std::vector<Segment*>& all_segments_locked() { return registry().all; }

}  // namespace pystm::stm
