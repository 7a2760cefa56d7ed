// runtime/vm/inline_cache.h — the interpreter's per-thread inline caches:
// one entry per instruction of a code object, for LOAD_ATTR, LOAD_METHOD,
// STORE_ATTR and LOAD_GLOBAL.
// Owns: the thread-local map from code objects to their entry arrays (malloc
// memory, outside the transactional heap: filling a cache is never a
// transactional write and never conflicts). Must never: hand out a cached
// reference after the cache version moved on. Every entry records the cache
// version it was filled at: the global type version, which moves on whenever
// a type namespace changes (type_modified) and after an abort of this
// thread's transaction (so nothing learnt from rolled-back state survives),
// combined with the collection epoch (a collection frees addresses a later
// allocation may reuse). Entries keyed by a type hold only what the type's
// namespace determines (a cached method is reachable from it while the
// version stands; a new type at a dead one's address was created, which
// moved the version). Other entries only locate data that the interpreter
// then reads through the barriers (a dict entry index is checked against the
// key stored there), so a stale hint costs a miss, never a wrong value. The
// one negative fact kept — "this globals table of this length lacks the
// name" — also records the collection epoch, since a collection could free
// the table and a later one reuse its address.
#pragma once
#include <cstdint>

#include "runtime/core/value.h"
#include "runtime/objects/type_object.h"

namespace pystm {

struct CodeObject;

struct InlineCache {
  uint64_t version = 0;      // cache version when filled; 0: never filled
  const void* key = nullptr; // TypeObject* (attributes, methods) or DictTable* (globals)
  const void* key2 = nullptr;// LOAD_GLOBAL from builtins: the builtins DictTable*
  int32_t index = -1;        // dict entry index hint (instance dict, globals)
  int32_t index2 = -1;       // LOAD_GLOBAL from builtins: the entry in builtins
  int32_t aux = 0;           // the entry's kind; LOAD_GLOBAL from builtins: globals' entries_used
  uint32_t epoch = 0;        // LOAD_GLOBAL from builtins: collection_epoch() when filled
  Value value;               // LOAD_METHOD / LOAD_ATTR: the class attribute found
};

// The per-thread map: direct-mapped by code address; a code object that
// collides with another takes the slot over (its array is reused when big
// enough). Keyed by address and length only: a new code object at a freed
// one's address finds entries stamped with a version older than the
// collection that freed it.
struct InlineCacheMapSlot {
  const CodeObject* code;
  int32_t ninstructions;
  int32_t capacity;
  InlineCache* entries;
};
inline constexpr size_t kInlineCacheMapSlots = 2048;
extern thread_local InlineCacheMapSlot tls_inline_cache_map[kInlineCacheMapSlots];
InlineCache* inline_caches_refill(InlineCacheMapSlot& slot, const CodeObject* code, int32_t ninstructions);

// The entries of `code` (one per instruction) for the calling thread.
// Never null for a non-empty code; the array lives until the thread ends or
// the map slot is taken by another code object.
inline InlineCache* inline_caches_for(const CodeObject* code, int32_t ninstructions) {
  InlineCacheMapSlot& s = tls_inline_cache_map[(reinterpret_cast<uintptr_t>(code) >> 4) & (kInlineCacheMapSlots - 1)];
  if (s.code == code && s.ninstructions == ninstructions) [[likely]]
    return s.entries;
  return inline_caches_refill(s, code, ninstructions);
}

// Moves on at every collection (a sweep hook).
extern std::atomic<uint32_t> g_collection_epoch;
inline uint32_t collection_epoch() { return g_collection_epoch.load(std::memory_order_relaxed); }

// The type version and the collection epoch: a collection may free a code
// object, an attribute name or a type and a later allocation reuse its
// address, so no entry survives one (a freed code's slot, or the per-thread
// type/name table, would otherwise answer for the newcomer with another
// name's method).
inline uint64_t inline_cache_version() {
  return (uint64_t{collection_epoch()} << 40) ^ type_version();
}

// Drops every thread's entries (an aborted transaction calls it).
inline void invalidate_inline_caches() { type_modified(); }

}  // namespace pystm

// Dict access with an entry-index hint (namespaces, instance dicts): the hint
// is checked against the key stored at that index, so it may be stale.
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"

namespace pystm {

// dict_str_entry_index for an interned `name` whose hash is known, probed
// inline (the dict's own probe sequence) while the keys met are other
// objects with other hashes: method names are usually absent from instance
// dicts. An equal hash under another key object takes the full comparison.
inline int64_t dict_str_index_probe(DictObject* dict, Value name) {
  const DictObject* d = stm::read(dict);
  if (!d->table) return -1;
  DictTable* t = const_cast<DictTable*>(stm::read(d->table));
  int64_t h = stm::view(name.as<StrObject>())->hash;
  if (h != -1) [[likely]] {
    const int32_t* indices = t->indices();
    const DictEntry* entries = t->entries();
    uint64_t mask = static_cast<uint64_t>(t->index_size - 1);
    uint64_t perturb = static_cast<uint64_t>(h);
    uint64_t i = static_cast<uint64_t>(h) & mask;
    for (;;) {
      int32_t ix = indices[i];
      if (ix == kDictIndexEmpty) return -1;
      if (ix >= 0) {
        if (entries[ix].key.is(name)) return ix;
        if (entries[ix].hash == h) break;
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  return dict_str_entry_index(Value::from_object(dict), name);
}

// dict_get_str_hinted when the hint missed.
[[gnu::noinline]] inline Value dict_get_str_rehint(DictObject* dict, DictTable* t, Value name, int32_t& hint) {
  int64_t ix = dict_str_index_probe(dict, name);
  if (ix < 0) return Value();
  hint = static_cast<int32_t>(ix);
  return t->entries()[ix].value;
}

// The value of `name` (an interned str) in `dict`, or null when absent.
[[gnu::always_inline]] inline Value dict_get_str_hinted(DictObject* dict, Value name, int32_t& hint) {
  const DictObject* d = stm::read(dict);
  if (!d->table) return Value();
  DictTable* t = const_cast<DictTable*>(stm::read(d->table));
  int64_t ix = hint;
  if (ix >= 0 && ix < t->entries_used) {
    const DictEntry& e = t->entries()[ix];
    if (e.key.is(name)) [[likely]]
      return e.value;
  }
  return dict_get_str_rehint(dict, t, name, hint);
}

// dict[name] = value for an interned str `name`.
inline void dict_set_str_hinted(DictObject* dict, Value name, Value value, int32_t& hint) {
  const DictObject* d = stm::read(dict);
  if (d->table) {
    DictTable* t = const_cast<DictTable*>(stm::read(d->table));
    int64_t ix = hint;
    if (ix >= 0 && ix < t->entries_used && t->entries()[ix].key.is(name)) [[likely]] {
      stm::write(d->table)->entries()[ix].value = value;
      return;
    }
  }
  hint = static_cast<int32_t>(dict_set_str_index(Value::from_object(dict), name, value));
}

}  // namespace pystm
