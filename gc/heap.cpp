// gc/heap.cpp — the collector's public API: initialization, root sets,
// collection, lookup and statistics.
// Must never: know about Python; start a collection while a NoCollectScope is
// alive or from inside a collection.
//
// A collection: stop the world -> mark from roots -> sweep hooks -> sweep ->
// new threshold = max(initial, live * growth_factor) -> resume the world ->
// free the empty pages (their system calls need no stopped world).
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <new>

#include "gc/allocation_cache.h"
#include "gc/heap_state.h"

namespace pystm::gc {

HeapState* g_heap = nullptr;

namespace {
std::once_flag g_init_once;

void create_heap(const HeapConfig& config) {
  auto* heap = new HeapState;  // lives for the whole process
  heap->config = config;
  // A smaller range for emulated runs (qemu-user tracks every page of a
  // mapping, so a 32 GiB range per segment is slow there).
  if (const char* mb = std::getenv("PYSTM_HEAP_RESERVE_MB"))
    if (long n = std::atol(mb); n > 0) heap->config.reserve_bytes = static_cast<size_t>(n) << 20;
  if (heap->config.growth_factor < 1.0) heap->config.growth_factor = 1.0;
  heap->space.reserve(heap->config.reserve_bytes);
  heap->threshold.store(config.initial_threshold_bytes, std::memory_order_relaxed);
  g_allocation_counted = heap->config.stress_interval != 0;
  g_heap = heap;
}
}  // namespace

void initialize(const HeapConfig& config) { std::call_once(g_init_once, create_heap, config); }

HeapState& heap_state() {
  if (g_heap == nullptr) [[unlikely]]
    initialize();
  return *g_heap;
}

void set_tracer(TraceFn tracer) { heap_state().tracer.store(tracer, std::memory_order_release); }
TraceFn tracer() { return heap_state().tracer.load(std::memory_order_acquire); }
void set_object_views(ObjectViewsFn fn) { heap_state().object_views.store(fn, std::memory_order_release); }

size_t object_copies(ObjectHeader* object, size_t size, ObjectHeader** copies, size_t max) {
  if (max == 0) return 0;
  copies[0] = object;
  ObjectViewsFn views = heap_state().object_views.load(std::memory_order_acquire);
  return 1 + (views ? views(object, size, copies + 1, max - 1) : 0);
}
void set_view_to_canonical(ViewToCanonicalFn fn) {
  heap_state().view_to_canonical.store(fn, std::memory_order_release);
}
void set_pages_freed_hook(PagesFreedFn fn) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  heap.space.set_freed_hook(fn);
}

HeapBacking backing() {
  HeapState& heap = heap_state();
  return {heap.space.backing_fd(), heap.space.base(), heap.space.reserved_bytes()};
}

void forget_other_threads_after_fork() {
  HeapState& heap = heap_state();
  new (&heap.mutex) std::mutex;
  new (&heap.collect_mutex) std::mutex;
  new (&heap.park_mutex) std::mutex;
  new (&heap.park_cv) std::condition_variable;
  g_world_stop_requested.store(false, std::memory_order_relaxed);
  heap.threads.keep_only_current_after_fork();
  forget_finalization_lock_after_fork();
}

HeapBacking copy_backing_after_fork() {
  HeapState& heap = heap_state();
  heap.space.copy_backing_after_fork();
  return backing();
}

void add_root_enumerator(RootEnumeratorFn fn, void* context) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  heap.root_enumerators.push_back({fn, context});
}

void remove_root_enumerator(RootEnumeratorFn fn, void* context) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  auto& v = heap.root_enumerators;
  v.erase(std::remove_if(v.begin(), v.end(), [&](const RootEnumerator& e) { return e.fn == fn && e.context == context; }),
          v.end());
}

void add_sweep_hook(SweepHookFn fn, void* context) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  heap.sweep_hooks.push_back({fn, context});
}

void remove_sweep_hook(SweepHookFn fn, void* context) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  auto& v = heap.sweep_hooks;
  v.erase(std::remove_if(v.begin(), v.end(), [&](const SweepHook& h) { return h.fn == fn && h.context == context; }),
          v.end());
}

void add_root_range(void* const* begin, size_t count) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  heap.root_ranges.push_back({begin, count});
}

void remove_root_range(void* const* begin) {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  auto& v = heap.root_ranges;
  auto it = std::find_if(v.begin(), v.end(), [&](const RootRange& r) { return r.begin == begin; });
  if (it != v.end()) v.erase(it);
}

void register_current_thread() {
  heap_state().threads.register_current();
  safe_point();  // a collection that started before us must not see us run
}
void unregister_current_thread() {
  if (g_heap == nullptr) return;
  g_heap->threads.unregister_current();
  std::lock_guard<std::mutex> lock(g_heap->park_mutex);
  g_heap->park_cv.notify_all();  // a collection may be waiting for this thread
}

ObjectHeader* find_object(const void* address) {
  if (g_heap == nullptr) return nullptr;
  return lookup_object(*g_heap, reinterpret_cast<uintptr_t>(address));
}

bool contains(const void* address) {
  return g_heap != nullptr && g_heap->space.contains(reinterpret_cast<uintptr_t>(address));
}

void collect() { collect_now(false); }

namespace {
// Set while this thread runs a collection: tracers, enumerators and hooks
// that allocate or call collect() must not start another one.
thread_local bool tls_collecting = false;
}  // namespace

void collect_now(bool automatic) {
  HeapState& heap = heap_state();
  if (tls_collecting || heap.no_collect_depth.load(std::memory_order_acquire) > 0) return;
  std::unique_lock<std::mutex> serial(heap.collect_mutex, std::try_to_lock);
  if (!serial.owns_lock()) {
    // Another thread is collecting and will wait for this one: park meanwhile.
    {
      BlockingScope parked;
      serial.lock();
    }
    if (automatic) return;  // that collection did the work
  }
  if (heap.no_collect_depth.load(std::memory_order_acquire) > 0) return;
  tls_collecting = true;
  // PYSTM_GC_TRACE=1 prints one line per collection (tuning the threshold).
  static const bool trace = std::getenv("PYSTM_GC_TRACE") != nullptr;
  timespec started{};
  if (trace) clock_gettime(CLOCK_THREAD_CPUTIME_ID, &started);
  auto wall = [] { return std::chrono::steady_clock::now(); };
  std::chrono::steady_clock::time_point t_begin = wall();
  stop_world(heap);
  std::chrono::steady_clock::time_point t_stopped = wall();
  // Threads that allocated since the last collection: a collection stops
  // them all while one thread marks, so the next one waits for as many
  // times the initial threshold (up to 8) — each thread then allocates as
  // much between collections as a program with one thread.
  size_t allocating = 0;
  heap.threads.for_each([&](ThreadRecord& r) { allocating += r.allocated.exchange(false, std::memory_order_relaxed); });
  allocating = std::clamp<size_t>(allocating, 1, 8);
  heap.collecting.store(true, std::memory_order_release);
  flush_thread_counters();

  mark_from_roots(heap);
  find_unreachable_finalizable(heap);
  std::chrono::steady_clock::time_point t_marked = wall();

  std::vector<SweepHook> hooks;
  {
    std::lock_guard<std::mutex> lock(heap.mutex);
    hooks = heap.sweep_hooks;
  }
  for (const SweepHook& h : hooks) h.fn(h.context);

  uint64_t live;
  size_t budget;
  {
    std::lock_guard<std::mutex> lock(heap.mutex);
    // Empty pages stay resident up to the threshold, or up to the recent
    // high-water mark of pages in use (decaying by 1/8 per collection): a
    // program whose live size swings (a big structure built and dropped
    // again and again) refills them instead of faulting fresh pages in.
    size_t in_use = heap.space.pages_in_use();
    heap.recent_peak_pages = std::max(in_use, heap.recent_peak_pages - heap.recent_peak_pages / 8);
    budget = automatic ? std::max<size_t>(heap.threshold.load(std::memory_order_relaxed) >> kPageShift,
                                          heap.recent_peak_pages)
                       : 0;
    live = sweep(heap);
  }
  auto next = static_cast<uint64_t>(static_cast<double>(live) * heap.config.growth_factor);
  heap.threshold.store(std::max<uint64_t>(next, heap.config.initial_threshold_bytes * allocating), std::memory_order_relaxed);
  heap.bytes_live_after_last.store(live, std::memory_order_relaxed);
  heap.bytes_since_collection.store(0, std::memory_order_relaxed);
  heap.collections.fetch_add(1, std::memory_order_relaxed);
  heap.collecting.store(false, std::memory_order_release);
  std::chrono::steady_clock::time_point t_swept = wall();
  resume_world(heap);
  // The freed pages' system calls, with the world running (collect_mutex
  // still held: no collection starts before they are free).
  release_freed_pages(heap, budget);
  std::chrono::steady_clock::time_point t_released = wall();
  tls_collecting = false;
  if (trace) {
    timespec ended{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ended);
    long long us = (ended.tv_sec - started.tv_sec) * 1000000LL + (ended.tv_nsec - started.tv_nsec) / 1000;
    auto span_us = [](auto a, auto b) { return static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(b - a).count()); };
    std::fprintf(stderr,
                 "[gc] %s live %llu KiB, heap %zu pages (%zu in use, %zu retained), next after %llu KiB, %lld us of CPU; "
                 "wall us: stop %lld, mark %lld, sweep %lld; world running: release %lld\n",
                 automatic ? "auto" : "explicit", static_cast<unsigned long long>(live >> 10),
                 heap.space.frontier_pages(), heap.space.pages_in_use(), heap.space.retained_pages(),
                 static_cast<unsigned long long>(heap.threshold.load(std::memory_order_relaxed) >> 10), us,
                 span_us(t_begin, t_stopped), span_us(t_stopped, t_marked), span_us(t_marked, t_swept),
                 span_us(t_swept, t_released));
  }
}

NoCollectScope::NoCollectScope() { heap_state().no_collect_depth.fetch_add(1, std::memory_order_acq_rel); }
NoCollectScope::~NoCollectScope() { g_heap->no_collect_depth.fetch_sub(1, std::memory_order_acq_rel); }

HeapStats stats() {
  HeapState& heap = heap_state();
  flush_thread_counters();
  HeapStats s;
  s.collections = heap.collections.load(std::memory_order_relaxed);
  s.bytes_allocated_total = heap.bytes_allocated_total.load(std::memory_order_relaxed);
  s.bytes_live_after_last_collection = heap.bytes_live_after_last.load(std::memory_order_relaxed);
  s.bytes_in_use = s.bytes_live_after_last_collection + heap.bytes_since_collection.load(std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(heap.mutex);
    s.bytes_mapped = uint64_t{heap.space.pages_in_use() + heap.space.retained_pages()} << kPageShift;
  }
  s.next_threshold_bytes = heap.threshold.load(std::memory_order_relaxed);
  return s;
}

HeapRange range() {
  HeapState& heap = heap_state();
  std::lock_guard<std::mutex> lock(heap.mutex);
  return {heap.space.base(), heap.space.reserved_bytes(), heap.space.frontier_pages() << kPageShift};
}

}  // namespace pystm::gc
