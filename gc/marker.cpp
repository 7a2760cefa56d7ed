// gc/marker.cpp — the mark phase: roots, then the transitive closure through
// the client's tracer, driven by explicit mark stacks; threads parked for the
// collection scan root tasks and trace beside the collector (gc/mark_work.h).
// Must never: recurse per object (a 10-million-node list must not overflow the
// C++ stack); mark a free cell (words that look like references into free
// cells are ignored).
#include <bit>

#include "gc/heap_state.h"
#include "gc/mark_work.h"

namespace pystm::gc {

namespace {

// Resolves `address` to its object: page, cell and first byte. False when it
// is not inside an allocated object.
struct Located {
  PageInfo* info;
  size_t bit;
  uintptr_t start;
};

inline bool locate(HeapState& heap, uintptr_t address, Located* out) {
  PageSpace& space = heap.space;
  if (!space.contains(address)) return false;
  size_t page = space.page_of(address);
  if (page >= space.frontier_pages()) return false;
  PageInfo* info = &space.info(page);
  switch (info->state) {
    case PageState::kFree:
      return false;
    case PageState::kSmall: {
      size_t offset = address & (kPageSize - 1);
      size_t cell = info->cell_index(offset);
      if (cell >= info->cell_count || !info->bit(info->alloc_bits, cell)) return false;
      *out = {info, cell, space.page_address(page) + cell * info->cell_size};
      return true;
    }
    case PageState::kLargeTail:
      page -= info->span_pages;
      info = &space.info(page);
      [[fallthrough]];
    case PageState::kLargeHead: {
      uintptr_t start = space.page_address(page);
      if (info->state != PageState::kLargeHead || address - start >= info->object_size || !(info->alloc_bits[0] & 1))
        return false;
      *out = {info, 0, start};
      return true;
    }
  }
  return false;
}

// Marks what it visits and pushes it on its marker's stack. Several markers
// may race for one mark word: the bit is set with an atomic or, and only the
// marker that set it traces the object.
class MarkVisitor final : public Visitor {
 public:
  MarkVisitor(HeapState& heap, std::vector<ObjectHeader*>& stack) : heap_(heap), stack_(stack) {}
  void visit(const void* word) override {
    Located at;
    if (!locate(heap_, reinterpret_cast<uintptr_t>(word), &at)) return;
    std::atomic_ref<uint64_t> bits(at.info->mark_bits[at.bit >> 6]);
    uint64_t mask = uint64_t{1} << (at.bit & 63);
    if (bits.load(std::memory_order_relaxed) & mask) return;
    if (bits.fetch_or(mask, std::memory_order_relaxed) & mask) return;
    stack_.push_back(reinterpret_cast<ObjectHeader*>(at.start));
  }

 private:
  HeapState& heap_;
  std::vector<ObjectHeader*>& stack_;
};

// Conservative roots (stacks, root ranges): a word outside the range may be a
// view of an object in a segment's mapping; it is taken back to the object.
class RootVisitor final : public Visitor {
 public:
  RootVisitor(HeapState& heap, Visitor& marker)
      : heap_(heap), marker_(marker), to_canonical_(heap.view_to_canonical.load(std::memory_order_acquire)) {}
  void visit(const void* word) override {
    auto address = reinterpret_cast<uintptr_t>(word);
    if (to_canonical_ != nullptr && !heap_.space.contains(address)) {
      uintptr_t canonical = to_canonical_(address);
      if (canonical != 0) address = canonical;
    }
    marker_.visit(reinterpret_cast<const void*>(address));
  }

 private:
  HeapState& heap_;
  Visitor& marker_;
  ViewToCanonicalFn to_canonical_;
};

}  // namespace

ObjectHeader* lookup_object(HeapState& heap, uintptr_t address) {
  Located at;
  return locate(heap, address, &at) ? reinterpret_cast<ObjectHeader*>(at.start) : nullptr;
}

bool is_marked(const ObjectHeader* object) {
  Located at;
  if (g_heap == nullptr || !locate(*g_heap, reinterpret_cast<uintptr_t>(object), &at)) return false;
  return at.info->bit(at.info->mark_bits, at.bit);
}

namespace {

// The roots every marker may scan: parked stacks, root ranges, enumerators
// and the finalization queue, one task each (the collector's own stack is
// not among them: only its own thread can spill its registers).
struct RootTasks {
  struct ParkedStack {
    uintptr_t low, high;
    void* fake_stack;
  };
  std::vector<ParkedStack> stacks;
  std::vector<RootRange> ranges;
  std::vector<RootEnumerator> enumerators;
  size_t count() const { return stacks.size() + ranges.size() + enumerators.size() + 1; }
};

void run_root_task(HeapState& heap, const void* opaque, size_t index, std::vector<ObjectHeader*>& stack) {
  const auto& tasks = *static_cast<const RootTasks*>(opaque);
  MarkVisitor visitor(heap, stack);
  RootVisitor roots(heap, visitor);
  if (index < tasks.stacks.size()) {
    const RootTasks::ParkedStack& p = tasks.stacks[index];
    scan_words_conservatively(roots, p.low, p.high, p.fake_stack);
    return;
  }
  index -= tasks.stacks.size();
  if (index < tasks.ranges.size()) {
    auto begin = reinterpret_cast<uintptr_t>(tasks.ranges[index].begin);
    scan_words_conservatively(roots, begin, begin + tasks.ranges[index].count * sizeof(void*), nullptr);
    return;
  }
  index -= tasks.ranges.size();
  if (index < tasks.enumerators.size()) {
    tasks.enumerators[index].fn(visitor, tasks.enumerators[index].context);
    return;
  }
  visit_ready_finalizable(visitor);
}

}  // namespace

void mark_from_roots(HeapState& heap) {
  heap.mark_stack.clear();
  RootTasks tasks;
  ThreadRecord* self = heap.threads.current();
  {
    std::lock_guard<std::mutex> lock(heap.park_mutex);  // parked_* are written under it
    heap.threads.for_each([&](ThreadRecord& r) {
      if (&r != self && r.parked_stack_pointer != 0) tasks.stacks.push_back({r.parked_stack_pointer, r.stack_high, r.fake_stack});
    });
  }
  {
    std::lock_guard<std::mutex> lock(heap.mutex);
    tasks.ranges = heap.root_ranges;
    tasks.enumerators = heap.root_enumerators;
  }
  // The phase opens before any root is scanned: the parked threads wait on
  // park_cv, so it opens under the park lock, and they take root tasks
  // (their own stacks, enumerators) while the collector scans its own stack.
  {
    std::lock_guard<std::mutex> lock(heap.park_mutex);
    heap.mark_work.open(run_root_task, &tasks, tasks.count());
  }
  heap.park_cv.notify_all();

  // The calling thread's registers and stack.
  uintptr_t stack_high;
  if (self != nullptr) {
    stack_high = self->stack_high;
  } else {
    uintptr_t low;
    current_stack_bounds(&low, &stack_high);
  }
  {
    MarkVisitor visitor(heap, heap.mark_stack);
    RootVisitor roots(heap, visitor);
    scan_current_thread(roots, stack_high);
  }
  // The other roots and the transitive closure, with the parked threads.
  heap.mark_work.run_collector(heap, heap.mark_stack);
}

void mark_objects(HeapState& heap, const std::vector<ObjectHeader*>& objects) {
  heap.mark_stack.clear();
  MarkVisitor visitor(heap, heap.mark_stack);
  for (ObjectHeader* o : objects) visitor.visit(o);
  drain_mark_stack(heap, heap.mark_stack, nullptr);
}

// Traces everything on `stack` and what it reaches, through every view of
// each object (the STM's segments may hold other versions of it).
void drain_mark_stack(HeapState& heap, std::vector<ObjectHeader*>& stack, MarkWork* work) {
  MarkVisitor visitor(heap, stack);
  TraceFn trace = heap.tracer.load(std::memory_order_acquire);
  ObjectViewsFn views = heap.object_views.load(std::memory_order_acquire);
  // Tracing is bound by the first miss on each object. Objects go from the
  // stack through a small FIFO whose entries are prefetched when they enter,
  // so each is in cache by the time it is traced (popping the stack alone
  // traces the object pushed last, whose prefetch has barely started).
  ObjectHeader* other[64];
  constexpr size_t kAhead = 16;
  ObjectHeader* ahead[kAhead];
  size_t head = 0, queued = 0;
  for (uint32_t traced = 0;; ++traced) {
    if (work != nullptr && (traced & 3) == 0) work->share_if_wanted(stack);
    while (queued < kAhead && !stack.empty()) {
      ObjectHeader* next = stack.back();
      stack.pop_back();
      __builtin_prefetch(next);
      ahead[(head + queued) % kAhead] = next;
      ++queued;
    }
    if (queued == 0) break;
    ObjectHeader* object = ahead[head];
    head = (head + 1) % kAhead;
    --queued;
    if (trace == nullptr) continue;
    size_t size = object_size(object);
    trace(object, size, visitor);
    if (views != nullptr) {
      size_t n = views(object, size, other, 64);
      for (size_t i = 0; i < n; ++i) trace(other[i], size, visitor);
    }
  }
}

}  // namespace pystm::gc
