// runtime/objects/dict_object.h — `dict`: insertion-ordered hash tables.
// Owns: DictObject and its DictTable (indices + entries, all in the heap), the
// dict methods, and the string-keyed fast paths used for namespaces.
// Invariant: entries are in insertion order; a deleted entry has a null key.
#pragma once
#include <cstddef>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct DictEntry {
  int64_t hash;
  Value key;     // null when deleted
  Value value;
};

// An index slot that never held an entry (a probe ending there found nothing).
inline constexpr int32_t kDictIndexEmpty = -1;

struct DictTable : Object {
  static constexpr ObjectKind kKind = ObjectKind::DictTable;
  int64_t index_size;        // power of two
  int64_t entries_capacity;
  int64_t entries_used;      // entries appended so far (including deleted ones)
  // int32_t indices[index_size]; then DictEntry entries[entries_capacity]
  alignas(8) uint8_t data[];

  int32_t* indices() { return reinterpret_cast<int32_t*>(data); }
  DictEntry* entries() {
    return reinterpret_cast<DictEntry*>(data + ((index_size * sizeof(int32_t) + 7) & ~size_t{7}));
  }
  void visit_edges(gc::Visitor& v);
};

struct DictObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Dict;
  int64_t used;
  DictTable* table;   // null while empty
  // Types flagged kTypeDictTrailer (collections.defaultdict and its
  // subclasses) have one more Value right after this layout.
  void visit_edges(gc::Visitor& v);
  Value* trailer() { return reinterpret_cast<Value*>(this + 1); }
  const Value* trailer() const { return reinterpret_cast<const Value*>(this + 1); }
};

Value dict_new();
bool is_dict(Value v);
// Exactly dict (not a subclass, whose methods may be overridden).
bool is_exact_dict(Value v);
int64_t dict_size(Value dict);
// Lookup by any hashable key; Value::absent() (no exception) when missing; error
// when hashing or comparing raised.
Result<Value> dict_get(ThreadState& ts, Value dict, Value key);
Status dict_set(ThreadState& ts, Value dict, Value key, Value value);
// Removes key; returns false (no exception) when absent.
Result<bool> dict_del(ThreadState& ts, Value dict, Value key);
// Fast paths for str keys (namespaces); never raise.
Value dict_get_str(Value dict, Value str_key);
void dict_set_str(Value dict, Value str_key, Value value);
// dict_set_str, returning the index of the key's entry (an inline-cache hint).
int64_t dict_set_str_index(Value dict, Value str_key, Value value);
bool dict_del_str(Value dict, Value str_key);
// The index of str_key's entry in the dict's current table, or -1: the hint
// the interpreter's inline caches keep (runtime/vm/inline_cache.h).
int64_t dict_str_entry_index(Value dict, Value str_key);
// Namespace reads record only the bytes they read (stm::read_bytes): tables
// publish the bytes their commits change (stm::track_changed_bytes), so a
// store to one global of a module, or a new global, does not abort the
// threads that read other globals. lookup_str and dict_get_str read the index
// slots and entries they probe; LOAD_GLOBAL's inline cache reads one entry.

// The canonical address of `local`, a place inside `t`, the view of `table`.
inline const void* table_canonical(const DictTable* table, const DictTable* t, const void* local) {
  return reinterpret_cast<const uint8_t*>(table) +
         (reinterpret_cast<const uint8_t*>(local) - reinterpret_cast<const uint8_t*>(t));
}
// The value of entry `index` of `table` (canonical) when that entry's key is
// `key`, else null. `index` was taken from this table earlier: entries are
// only appended to a table, so it stays below its capacity.
inline Value dict_table_entry_value(DictTable* table, int64_t index, Value key) {
  static_assert(offsetof(DictEntry, value) == offsetof(DictEntry, key) + sizeof(Value));
  DictTable* t = stm::view(table);
  DictEntry* entry = &t->entries()[index];
  stm::read_bytes(table_canonical(table, t, &entry->key), 2 * sizeof(Value));
  return entry->key.is(key) ? entry->value : Value();
}
// The table's count of appended entries, read alone (a new key changes it).
inline int64_t dict_table_entries_used(DictTable* table) {
  stm::read_bytes(&table->entries_used, sizeof table->entries_used);
  return stm::view(table)->entries_used;
}
// Iteration by position: advances *pos past deleted entries; false at the end.
bool dict_next(Value dict, int64_t* pos, Value* key, Value* value);
Value dict_copy(Value dict);
Status dict_update(ThreadState& ts, Value dict, Value other);
void dict_clear(Value dict);

void init_dict_type();

}  // namespace pystm
