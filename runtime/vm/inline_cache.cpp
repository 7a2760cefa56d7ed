// runtime/vm/inline_cache.cpp — the per-thread map from code objects to
// inline cache arrays (see inline_cache.h for why it is sound).
#include "runtime/vm/inline_cache.h"

#include <cstdlib>
#include <mutex>

#include "gc/heap.h"

namespace pystm {

namespace {

// Frees the arrays when the thread ends.
struct MapOwner {
  ~MapOwner() {
    for (InlineCacheMapSlot& s : tls_inline_cache_map) std::free(s.entries);
  }
};
thread_local MapOwner tls_map_owner;

void bump_after_collection(void*) { g_collection_epoch.fetch_add(1, std::memory_order_relaxed); }

void register_collection_hook() {
  static std::once_flag once;
  std::call_once(once, [] { gc::add_sweep_hook(bump_after_collection, nullptr); });
}

}  // namespace

std::atomic<uint32_t> g_collection_epoch{0};

thread_local InlineCacheMapSlot tls_inline_cache_map[kInlineCacheMapSlots];

InlineCache* inline_caches_refill(InlineCacheMapSlot& s, const CodeObject* code, int32_t ninstructions) {
  (void)tls_map_owner;  // odr-use: constructs the owner on this thread
  register_collection_hook();
  if (s.capacity < ninstructions) {
    std::free(s.entries);
    s.entries = static_cast<InlineCache*>(std::malloc(sizeof(InlineCache) * static_cast<size_t>(ninstructions)));
    if (!s.entries) std::abort();
    s.capacity = ninstructions;
  }
  for (int32_t i = 0; i < ninstructions; ++i) new (&s.entries[i]) InlineCache();
  s.code = code;
  s.ninstructions = ninstructions;
  return s.entries;
}

}  // namespace pystm
