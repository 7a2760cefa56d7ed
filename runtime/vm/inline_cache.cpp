// runtime/vm/inline_cache.cpp — the per-thread map from code objects to
// inline cache arrays (see inline_cache.h for why it is sound).
#include "runtime/vm/inline_cache.h"

#include <cstdlib>
#include <mutex>

#include "gc/heap.h"

namespace pystm {

namespace {

// Direct-mapped by code address: a code object that collides with another
// takes the slot over (its old array is reused when big enough). Keyed by
// address and length only: a new code object at a freed one's address finds
// entries stamped with a version older than the collection that freed it.
constexpr size_t kMapSlots = 2048;
struct MapSlot {
  const CodeObject* code;
  int32_t ninstructions;
  int32_t capacity;
  InlineCache* entries;
};
struct CodeCacheMap {
  MapSlot slots[kMapSlots];
  ~CodeCacheMap() {
    for (MapSlot& s : slots) std::free(s.entries);
  }
};
thread_local CodeCacheMap tls_map;

void bump_after_collection(void*) { type_modified(); }

void register_collection_hook() {
  static std::once_flag once;
  std::call_once(once, [] { gc::add_sweep_hook(bump_after_collection, nullptr); });
}

}  // namespace

InlineCache* inline_caches_for(const CodeObject* code, int32_t ninstructions) {
  MapSlot& s = tls_map.slots[(reinterpret_cast<uintptr_t>(code) >> 4) & (kMapSlots - 1)];
  if (s.code == code && s.ninstructions == ninstructions) [[likely]]
    return s.entries;
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
