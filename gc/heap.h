// gc/heap.h — the public API of the collector: allocation, roots, collection.
// Owns: heap pages (size-segregated small-object pages, spans for large
// objects), thread registration for conservative stack scanning, and the
// mark-sweep collection. Must never: know about Python, values or types;
// clients describe their objects only through the tracer they install.
//
// Contract:
//  * allocate() returns zeroed, 16-byte aligned memory whose first 16 bytes
//    are an ObjectHeader with the given client kind set; it may collect.
//  * The collector never moves objects.
//  * Roots: the stacks and registers of every registered thread (scanned
//    conservatively: any word that points into a live object, including its
//    interior, keeps it alive), explicit root ranges, and the root
//    enumerators clients install (stm/ registers its undo logs this way).
//  * Stop the world: a collection, started from any registered thread, waits
//    until every other registered thread is parked — at a safe_point() or
//    inside a BlockingScope — and scans their stacks from where they parked.
//    Registered threads must therefore reach safe points regularly (the STM
//    polls at every transaction boundary; allocation slow paths poll too).
//  * Thread safety: allocation is safe from any number of threads.
//  * The memory behind the range is a shared-memory file (backing()); the
//    STM maps it again per segment. An object may then have other copies
//    (views) besides the canonical one; the collector traces every view that
//    set_object_views() reports, so nothing reachable in any copy is freed.
//  * Heap objects are traced precisely through the single tracer installed
//    with set_tracer(); Visitor::visit accepts any word and ignores words
//    that are not references into the heap (so tagged integers are safe).
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

#include "gc/object_header.h"

namespace pystm::gc {

class Visitor {
 public:
  virtual ~Visitor() = default;
  // Marks the object `word` refers to (interior pointers count). Any word is
  // accepted: null, tagged integers and addresses outside the heap are ignored.
  virtual void visit(const void* word) = 0;
  void visit_range(const void* const* begin, size_t count) {
    for (size_t i = 0; i < count; ++i) visit(begin[i]);
  }
};

// `object` is the canonical copy or another view of it; `size` is the
// object's usable size (object_size() answers only for canonical addresses).
using TraceFn = void (*)(ObjectHeader* object, size_t size, Visitor& visitor);
// Writes up to `max_views` other copies of `object` (canonical address) that
// must be traced as well; returns how many.
using ObjectViewsFn = size_t (*)(const ObjectHeader* object, size_t size, ObjectHeader** views, size_t max_views);
// Called for each run of pages that becomes free (during a sweep, world
// stopped), before its memory may be returned to the OS.
using PagesFreedFn = void (*)(uintptr_t begin, size_t bytes);
using RootEnumeratorFn = void (*)(Visitor& visitor, void* context);
// Called after marking, before sweeping: clients drop weak entries that
// is_marked() says are dead.
using SweepHookFn = void (*)(void* context);

struct HeapConfig {
  size_t initial_threshold_bytes = 64u << 20;  // first automatic collection
  double growth_factor = 2.0;                  // next threshold = live * factor
  size_t reserve_bytes = size_t{32} << 30;     // the heap's address range (virtual); PYSTM_HEAP_RESERVE_MB overrides
  // Stress mode for finding missing roots: collect at every Nth allocation
  // of each thread (0 = off).
  uint32_t stress_interval = 0;
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t bytes_allocated_total = 0;  // since start, never decreases
  uint64_t bytes_live_after_last_collection = 0;
  uint64_t bytes_in_use = 0;           // allocated and not yet swept
  uint64_t bytes_mapped = 0;           // pages currently obtained from the OS
  uint64_t next_threshold_bytes = 0;   // allocation since the last collection that triggers one
};

// The reserved range (fixed at initialize) and its committed prefix. The STM
// sizes its read-marker tables from it; contains() is a check against it.
struct HeapRange {
  uintptr_t begin = 0;
  size_t reserved_bytes = 0;
  size_t committed_bytes = 0;  // [begin, begin + committed_bytes) may hold objects
};

// Call once at startup (idempotent). Does not register the calling thread.
void initialize(const HeapConfig& config = HeapConfig{});

void set_tracer(TraceFn tracer);
TraceFn tracer();  // the installed tracer (null when none)
void set_object_views(ObjectViewsFn fn);
// Every copy of `object` (canonical address): the canonical one first, then
// the views set_object_views reports; returns how many (at most max). For
// sweep hooks, which must change every copy (a segment that holds the object
// privately would otherwise keep, and later publish, the old bytes).
size_t object_copies(ObjectHeader* object, size_t size, ObjectHeader** copies, size_t max);
// C++ code holds views too (an object's address in a segment's mapping of
// the range): a word on a stack or in a root range that is a view keeps its
// object alive like its canonical reference. The STM installs the mapping
// back (0: the word is no view).
using ViewToCanonicalFn = uintptr_t (*)(uintptr_t address);
void set_view_to_canonical(ViewToCanonicalFn fn);
void set_pages_freed_hook(PagesFreedFn fn);

// The shared-memory file behind the range: byte `offset` of the file is
// canonical address `base + offset`.
struct HeapBacking {
  int fd = -1;
  uintptr_t base = 0;
  size_t reserved_bytes = 0;
};
HeapBacking backing();
// fork() child only: gives the heap a private copy of its backing file (see
// PageSpace::copy_backing_after_fork); returns the new backing.
HeapBacking copy_backing_after_fork();
// fork() child only, first thing: the forking thread is the only registered
// thread (the others do not exist in the child: a collection must not wait
// for them to park, nor scan their stacks), and no lock of the collector is
// held (one of them may have held one at the fork).
void forget_other_threads_after_fork();
void add_root_enumerator(RootEnumeratorFn fn, void* context);
void remove_root_enumerator(RootEnumeratorFn fn, void* context);
void add_sweep_hook(SweepHookFn fn, void* context);
void remove_sweep_hook(SweepHookFn fn, void* context);
// Every word of the range is scanned conservatively (like a stack).
void add_root_range(void* const* begin, size_t count);
void remove_root_range(void* const* begin);

// Each thread that holds references on its stack must be registered while it
// does. register_current_thread records the thread's stack top (from
// pthread_getattr_np, so frames above the registering one are covered too);
// it nests: the thread stays registered until the matching last unregister.
void register_current_thread();
void unregister_current_thread();

// Parks the calling (registered) thread if a collection is waiting for it;
// returns when the collection is over. Cheap when none is: one load.
void safe_point();
// Raised while a collection stops the world (safe_point.cpp owns it).
extern std::atomic<bool> g_world_stop_requested;
// safe_point() for loops that may run long without allocating (interpreted
// loops over small ints, a sort's comparisons): the flag test is inlined, so
// a collection waits for such a thread a few microseconds, not until its
// transaction ends.
inline void poll_safe_point() {
  if (g_world_stop_requested.load(std::memory_order_relaxed)) [[unlikely]]
    safe_point();
}
// While alive, the calling thread promises not to touch the heap (it blocks on
// a lock, sleeps, does I/O): it counts as parked, and a collection scans its
// stack from the scope's frame up. The destructor waits for a running
// collection to finish. Nests.
class BlockingScope {
 public:
  BlockingScope();
  ~BlockingScope();
  BlockingScope(const BlockingScope&) = delete;
  BlockingScope& operator=(const BlockingScope&) = delete;

 private:
  alignas(16) unsigned char registers_[512];  // spilled callee-saved registers (a jmp_buf)
  bool parked_;
};

// Where an object lives. Pages hold objects of one space only, so the STM
// can keep the pages of never-written objects shared by every segment.
enum class Space : uint8_t {
  kDefault = 0,
  kImmutable = 1,  // objects never written after their initialisation
};
inline constexpr size_t kNumSpaces = 2;

// Allocates `size` bytes (header included, rounded up to 16), zeroed.
// Returns null only when the reserved range is exhausted even after a
// collection (the runtime turns that into MemoryError). With a
// `write_offset`, the zeroing and the header go to the returned address plus
// that offset (the STM's view of the cell in the caller's segment) instead.
ObjectHeader* allocate(size_t size, uint16_t kind, Space space = Space::kDefault, ptrdiff_t write_offset = 0);
// The space of the page holding `address` (a heap address below the frontier).
Space space_of(const void* address);

// Usable size of an object returned by allocate() (its cell size; for a large
// object the requested size rounded up to 16).
size_t object_size(const ObjectHeader* object);

// The object containing `address`, or null when it is not inside a live object.
ObjectHeader* find_object(const void* address);

bool contains(const void* address);
// Valid only inside sweep hooks and tracers during a collection.
bool is_marked(const ObjectHeader* object);

// Full mark-sweep collection from any registered thread. Returns every wholly
// empty page to the OS. Does nothing while a NoCollectScope is alive.
void collect();
// Collections cannot start while a NoCollectScope is alive on any thread
// (allocation then grows the heap instead; collect() returns at once).
class NoCollectScope {
 public:
  NoCollectScope();
  ~NoCollectScope();
  NoCollectScope(const NoCollectScope&) = delete;
  NoCollectScope& operator=(const NoCollectScope&) = delete;
};

HeapStats stats();
HeapRange range();

}  // namespace pystm::gc
