// runtime/objects/dict_object.cpp — `dict`: compact ordered hash table whose
// index and entries live in one heap object (DictTable).
#include "runtime/objects/dict_object.h"

#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

constexpr int32_t kEmpty = kDictIndexEmpty;
constexpr int32_t kDummy = -2;

size_t table_bytes(int64_t index_size, int64_t entries_capacity) {
  size_t indices = (index_size * sizeof(int32_t) + 7) & ~size_t{7};
  return sizeof(DictTable) + indices + entries_capacity * sizeof(DictEntry);
}

// Entries a table of `index_size` slots holds: two thirds, except that the
// smallest table (4 slots) takes 3 — an instance dict of up to three
// attributes then fits one 128-byte cell instead of a 192-byte one.
int64_t usable_entries(int64_t index_size) { return index_size == 4 ? 3 : index_size * 2 / 3; }

DictTable* table_new(int64_t index_size) {
  int64_t capacity = usable_entries(index_size);
  DictTable* t = allocate_object<DictTable>(nullptr, table_bytes(index_size, capacity));
  DictTable* tv = stm::view(t);
  tv->index_size = index_size;
  tv->entries_capacity = capacity;
  tv->entries_used = 0;
  int32_t* idx = tv->indices();
  for (int64_t i = 0; i < index_size; ++i) idx[i] = kEmpty;
  return t;
}

// Finds the slot for a new entry of `hash` (no equal key is present).
int64_t free_slot(DictTable* t, int64_t hash) {
  uint64_t mask = t->index_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int32_t* idx = t->indices();
  while (idx[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

// Rebuilds the table with room for at least `min_used` entries.
void dict_resize(Value dict, int64_t min_used) {
  int64_t index_size = 4;
  while (usable_entries(index_size) < min_used + 1) index_size *= 2;
  DictTable* fresh = table_new(index_size);
  const DictObject* d = stm::read(dict.as<DictObject>());
  DictTable* nt = stm::view(fresh);
  if (d->table) {
    DictTable* old = const_cast<DictTable*>(stm::read(d->table));
    DictEntry* oe = old->entries();
    DictEntry* ne = nt->entries();
    int64_t n = 0;
    for (int64_t i = 0; i < old->entries_used; ++i) {
      if (oe[i].key.is_null()) continue;
      ne[n] = oe[i];
      nt->indices()[free_slot(nt, oe[i].hash)] = static_cast<int32_t>(n);
      ++n;
    }
    nt->entries_used = n;
  }
  stm::write(dict.as<DictObject>())->table = fresh;
}

inline bool str_keys_equal(Value a, Value b) {
  if (a.is(b)) return true;
  if (!a.is_object() || !b.is_object()) return false;
  if (a.as_object()->kind() != ObjectKind::Str || b.as_object()->kind() != ObjectKind::Str) return false;
  return str_equal(a, b);
}

// Probes for `key`. Returns the entry index, or -1 when absent; *slot receives
// the index slot. May run __eq__ (so may fail).
Result<int64_t> lookup(ThreadState& ts, Value dict, Value key, int64_t hash, int64_t* slot) {
  for (;;) {
    DictTable* table = stm::read(dict.as<DictObject>())->table;
    if (!table) return int64_t{-1};
    const DictTable* t = stm::read(table);
    uint64_t mask = t->index_size - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    const int32_t* idx = const_cast<DictTable*>(t)->indices();
    for (;;) {
      int32_t ix = idx[i];
      if (ix == kEmpty) {
        if (slot) *slot = static_cast<int64_t>(i);
        return int64_t{-1};
      }
      if (ix >= 0) {
        const DictEntry& e = const_cast<DictTable*>(t)->entries()[ix];
        if (e.key.is(key)) {
          if (slot) *slot = static_cast<int64_t>(i);
          return int64_t{ix};
        }
        if (e.hash == hash && !e.key.is_null()) {
          Value ekey = e.key;
          bool same = PY_TRY(equals(ts, ekey, key));
          // The table may have changed while __eq__ ran: start over if so.
          if (stm::read(dict.as<DictObject>())->table != table) break;
          if (same) {
            if (slot) *slot = static_cast<int64_t>(i);
            return int64_t{ix};
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

// Reads only the index slots it probes (see dict_object.h). An entry's hash
// and key stay as they are while the slot naming it does: an insertion or a
// deletion changes the slot too, and a table never reuses a deleted entry.
// Marking the entry as well would count a store to a neighbour's value as a
// conflict (16-byte granules, 24-byte entries).
int64_t lookup_str(Value dict, Value key, int64_t hash) {
  DictTable* table = stm::read(dict.as<DictObject>())->table;
  if (!table) return -1;
  DictTable* t = stm::view(table);
  uint64_t mask = t->index_size - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    const int32_t* slot = &t->indices()[i];
    stm::read_bytes(table_canonical(table, t, slot), sizeof *slot);
    int32_t ix = *slot;
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = t->entries()[ix];
      if (e.key.is(key) || (e.hash == hash && str_keys_equal(e.key, key))) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void insert_new(Value dict, Value key, Value value, int64_t hash) {
  const DictObject* d = stm::read(dict.as<DictObject>());
  if (!d->table || stm::read(d->table)->entries_used >= stm::read(d->table)->entries_capacity)
    dict_resize(dict, d->used + 1);
  DictObject* dw = stm::write(dict.as<DictObject>());
  DictTable* t = stm::write(dw->table);
  int64_t n = t->entries_used;
  t->entries()[n] = DictEntry{hash, key, value};
  t->indices()[free_slot(t, hash)] = static_cast<int32_t>(n);
  t->entries_used = n + 1;
  dw->used += 1;
}

void remove_entry(Value dict, int64_t ix, int64_t slot) {
  DictObject* dw = stm::write(dict.as<DictObject>());
  DictTable* t = stm::write(dw->table);
  t->indices()[slot] = kDummy;
  t->entries()[ix] = DictEntry{0, Value(), Value()};
  dw->used -= 1;
}

}  // namespace

void DictTable::visit_edges(gc::Visitor& v) {
  DictEntry* e = entries();
  for (int64_t i = 0; i < entries_used; ++i) {
    visit_value(v, e[i].key);
    visit_value(v, e[i].value);
  }
}

Value dict_new() { return Value::from_object(allocate_object<DictObject>(g_dict_type)); }
void DictObject::visit_edges(gc::Visitor& v) {
  visit_ptr(v, table);
  auto* type = static_cast<TypeObject*>(header.client);
  if (type && (type->flags & kTypeDictTrailer)) visit_value(v, *trailer());
}

bool is_dict(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Dict; }
bool is_exact_dict(Value v) { return is_dict(v) && v.as_object()->type() == g_dict_type; }
int64_t dict_size(Value dict) { return stm::read(dict.as<DictObject>())->used; }

Result<Value> dict_get(ThreadState& ts, Value dict, Value key) {
  int64_t h = PY_TRY(hash(ts, key));
  int64_t ix = PY_TRY(lookup(ts, dict, key, h, nullptr));
  if (ix < 0) return Value::absent();
  DictTable* t = const_cast<DictTable*>(stm::read(stm::read(dict.as<DictObject>())->table));
  return t->entries()[ix].value;
}

Status dict_set(ThreadState& ts, Value dict, Value key, Value value) {
  int64_t h = PY_TRY(hash(ts, key));
  int64_t slot;
  int64_t ix = PY_TRY(lookup(ts, dict, key, h, &slot));
  if (ix >= 0) {
    DictTable* t = stm::write(stm::read(dict.as<DictObject>())->table);
    t->entries()[ix].value = value;
    return ok_status();
  }
  insert_new(dict, key, value, h);
  return ok_status();
}

Result<bool> dict_del(ThreadState& ts, Value dict, Value key) {
  int64_t h = PY_TRY(hash(ts, key));
  int64_t slot;
  int64_t ix = PY_TRY(lookup(ts, dict, key, h, &slot));
  if (ix < 0) return false;
  remove_entry(dict, ix, slot);
  return true;
}

Value dict_get_str(Value dict, Value key) {
  int64_t ix = lookup_str(dict, key, str_hash(key));
  if (ix < 0) return Value();
  DictTable* table = stm::read(dict.as<DictObject>())->table;
  DictTable* t = stm::view(table);
  const Value* value = &t->entries()[ix].value;
  stm::read_bytes(table_canonical(table, t, value), sizeof *value);
  return *value;
}

int64_t dict_str_entry_index(Value dict, Value key) { return lookup_str(dict, key, str_hash(key)); }

void dict_set_str(Value dict, Value key, Value value) { dict_set_str_index(dict, key, value); }

int64_t dict_set_str_index(Value dict, Value key, Value value) {
  int64_t h = str_hash(key);
  int64_t ix = lookup_str(dict, key, h);
  if (ix >= 0) {
    stm::write(stm::read(dict.as<DictObject>())->table)->entries()[ix].value = value;
    return ix;
  }
  insert_new(dict, key, value, h);
  // insert_new appends the entry (after a resize, at the end of the compacted table).
  return stm::read(stm::read(dict.as<DictObject>())->table)->entries_used - 1;
}

bool dict_del_str(Value dict, Value key) {
  int64_t h = str_hash(key);
  DictTable* table = stm::read(dict.as<DictObject>())->table;
  if (!table) return false;
  DictTable* t = const_cast<DictTable*>(stm::read(table));
  uint64_t mask = t->index_size - 1;
  uint64_t perturb = static_cast<uint64_t>(h);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  for (;;) {
    int32_t ix = t->indices()[i];
    if (ix == kEmpty) return false;
    if (ix >= 0) {
      const DictEntry& e = t->entries()[ix];
      if (e.key.is(key) || (e.hash == h && str_keys_equal(e.key, key))) {
        remove_entry(dict, ix, static_cast<int64_t>(i));
        return true;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool dict_next(Value dict, int64_t* pos, Value* key, Value* value) {
  DictTable* table = stm::read(dict.as<DictObject>())->table;
  if (!table) return false;
  DictTable* t = const_cast<DictTable*>(stm::read(table));
  while (*pos < t->entries_used) {
    const DictEntry& e = t->entries()[*pos];
    ++*pos;
    if (e.key.is_null()) continue;
    if (key) *key = e.key;
    if (value) *value = e.value;
    return true;
  }
  return false;
}

Value dict_copy(Value dict) {
  Value r = dict_new();
  int64_t n = dict_size(dict);
  if (n == 0) return r;
  dict_resize(r, n);
  DictTable* t = const_cast<DictTable*>(stm::read(stm::read(dict.as<DictObject>())->table));
  for (int64_t pos = 0; pos < t->entries_used; ++pos) {
    const DictEntry e = t->entries()[pos];
    if (!e.key.is_null()) insert_new(r, e.key, e.value, e.hash);
  }
  return r;
}

void dict_clear(Value dict) {
  DictObject* d = stm::write(dict.as<DictObject>());
  d->table = nullptr;
  d->used = 0;
}

Status dict_update(ThreadState& ts, Value dict, Value other) {
  if (is_dict(other)) {
    ValueVector items;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(other, &pos, &k, &v)) { items.push_back(k); items.push_back(v); }
    for (size_t i = 0; i < items.size(); i += 2) PY_TRY(dict_set(ts, dict, items[i], items[i + 1]));
    return ok_status();
  }
  Value keys_method = PY_TRY(get_attr_optional(ts, other, g_name_keys));
  if (!keys_method.is_absent()) {
    Value keys = PY_TRY(call(ts, keys_method, {}));
    Value it = PY_TRY(get_iter(ts, keys));
    for (;;) {
      Value k = PY_TRY(iter_next(ts, it));
      if (k.is_absent()) break;
      Value v = PY_TRY(get_item(ts, other, k));
      PY_TRY(dict_set(ts, dict, k, v));
    }
    return ok_status();
  }
  Value it = PY_TRY(get_iter(ts, other));
  for (int64_t n = 0;; ++n) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    Result<Value> converted = sequence_to_list(ts, item);
    if (!converted.ok()) {
      if (!pending_exception_matches(ts, g_exc_TypeError)) return kError;
      clear_pending_exception(ts);
      return raise_type_error(ts, "cannot convert dictionary update sequence element #%ld to a sequence",
                              static_cast<long>(n));
    }
    Value pair = converted.value();
    if (list_size(pair) != 2) {
      return raise_value_error(ts, "dictionary update sequence element #%ld has length %ld; 2 is required",
                               static_cast<long>(n), static_cast<long>(list_size(pair)));
    }
    PY_TRY(dict_set(ts, dict, list_get(pair, 0), list_get(pair, 1)));
  }
  return ok_status();
}

namespace {

Error raise_key_error(ThreadState& ts, Value key) { return raise_with_args(ts, g_exc_KeyError, key); }

Result<Value> dict_new_method(ThreadState&, Value, CallArgs args) {
  return Value::from_object(allocate_object<DictObject>(args[0].as<TypeObject>()));
}

Result<Value> dict_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1) return raise_type_error(ts, "dict expected at most 1 argument, got %zu", args.nargs);
  if (args.nargs == 1) PY_TRY(dict_update(ts, self, args[0]));
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(dict_set(ts, self, args.kw_name(i), args.kw_value(i)));
  return g_none;
}

Result<Value> dict_len(ThreadState&, Value self, CallArgs) { return Value::small_int(dict_size(self)); }

Result<Value> dict_getitem(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, self, args[0]));
  if (!v.is_absent()) return v;
  if (type_of(self) != g_dict_type) {
    Value missing = lookup_special(self, g_name___missing__);
    if (!missing.is_null()) {
      Value bound = PY_TRY(bind_descriptor(ts, missing, self, type_of(self)));
      return call(ts, bound, {args[0]});
    }
  }
  return raise_key_error(ts, args[0]);
}

Result<Value> dict_setitem(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(dict_set(ts, self, args[0], args[1]));
  return g_none;
}

Result<Value> dict_delitem(ThreadState& ts, Value self, CallArgs args) {
  if (!PY_TRY(dict_del(ts, self, args[0]))) return raise_key_error(ts, args[0]);
  return g_none;
}

Result<Value> dict_contains(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, self, args[0]));
  return bool_value(!v.is_absent());
}

Result<Value> dict_iter(ThreadState&, Value self, CallArgs) { return dict_iterator_new(g_dict_keyiterator_type, self); }

Result<Value> dict_get_method(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, self, args[0]));
  if (!v.is_absent()) return v;
  return args.nargs > 1 ? args[1] : g_none;
}

Result<Value> dict_keys(ThreadState&, Value self, CallArgs) { return dict_view_new(g_dict_keys_type, self); }
Result<Value> dict_values(ThreadState&, Value self, CallArgs) { return dict_view_new(g_dict_values_type, self); }
Result<Value> dict_items(ThreadState&, Value self, CallArgs) { return dict_view_new(g_dict_items_type, self); }

Result<Value> dict_pop(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, self, args[0]));
  if (v.is_absent()) {
    if (args.nargs > 1) return args[1];
    return raise_key_error(ts, args[0]);
  }
  PY_TRY(dict_del(ts, self, args[0]));
  return v;
}

Result<Value> dict_popitem(ThreadState& ts, Value self, CallArgs) {
  DictTable* table = stm::read(self.as<DictObject>())->table;
  if (dict_size(self) == 0 || !table) return raise(ts, g_exc_KeyError, "popitem(): dictionary is empty");
  DictTable* t = const_cast<DictTable*>(stm::read(table));
  for (int64_t i = t->entries_used - 1; i >= 0; --i) {
    DictEntry e = t->entries()[i];
    if (e.key.is_null()) continue;
    Value pair = tuple_pack({e.key, e.value});
    PY_TRY(dict_del(ts, self, e.key));
    return pair;
  }
  return raise(ts, g_exc_KeyError, "popitem(): dictionary is empty");
}

Result<Value> dict_setdefault(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, self, args[0]));
  if (!v.is_absent()) return v;
  Value d = args.nargs > 1 ? args[1] : g_none;
  PY_TRY(dict_set(ts, self, args[0], d));
  return d;
}

Result<Value> dict_update_method(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1) return raise_type_error(ts, "update expected at most 1 argument, got %zu", args.nargs);
  if (args.nargs == 1) PY_TRY(dict_update(ts, self, args[0]));
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(dict_set(ts, self, args.kw_name(i), args.kw_value(i)));
  return g_none;
}

Result<Value> dict_clear_method(ThreadState&, Value self, CallArgs) {
  dict_clear(self);
  return g_none;
}

Result<Value> dict_copy_method(ThreadState&, Value self, CallArgs) { return dict_copy(self); }

Result<Value> dict_fromkeys(ThreadState& ts, Value cls, CallArgs args) {
  Value d = PY_TRY(call(ts, cls, {}));
  Value value = args.nargs > 1 ? args[1] : g_none;
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value k = PY_TRY(iter_next(ts, it));
    if (k.is_absent()) break;
    PY_TRY(set_item(ts, d, k, value));
  }
  return d;
}

Result<Value> dict_eq_impl(ThreadState& ts, Value self, Value other, bool negate) {
  if (!is_instance_of(other, g_dict_type)) return g_notimplemented;
  if (dict_size(self) != dict_size(other)) return bool_value(negate);
  ValueVector items;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(self, &pos, &k, &v)) { items.push_back(k); items.push_back(v); }
  for (size_t i = 0; i < items.size(); i += 2) {
    Value ov = PY_TRY(dict_get(ts, other, items[i]));
    if (ov.is_absent()) return bool_value(negate);
    if (!PY_TRY(equals(ts, items[i + 1], ov))) return bool_value(negate);
  }
  return bool_value(!negate);
}
Result<Value> dict_eq(ThreadState& ts, Value s, CallArgs a) { return dict_eq_impl(ts, s, a[0], false); }
Result<Value> dict_ne(ThreadState& ts, Value s, CallArgs a) { return dict_eq_impl(ts, s, a[0], true); }

Result<Value> dict_or(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_dict_type)) return g_notimplemented;
  Value r = dict_copy(self);
  PY_TRY(dict_update(ts, r, args[0]));
  return r;
}

Result<Value> dict_ior(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(dict_update(ts, self, args[0]));
  return self;
}

Result<Value> dict_repr(ThreadState& ts, Value self, CallArgs) {
  if (dict_size(self) == 0) return str_from_ascii("{}");
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_ascii("{...}");
  ValueVector items;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(self, &pos, &k, &v)) { items.push_back(k); items.push_back(v); }
  std::string out = "{";
  for (size_t i = 0; i < items.size(); i += 2) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, items[i]));
    out += ": ";
    out += PY_TRY(repr_utf8(ts, items[i + 1]));
  }
  out += "}";
  return str_from_utf8(out);
}

const NativeMethod kDictMethods[] = {
    {"__new__", dict_new_method, 0, -1, kNativeStatic, nullptr},
    {"__init__", dict_init, 0, 1, kNativeArgsTuple, nullptr},
    {"__len__", dict_len, 0, 0, 0, nullptr},
    {"__getitem__", dict_getitem, 1, 1, 0, nullptr},
    {"__setitem__", dict_setitem, 2, 2, 0, nullptr},
    {"__delitem__", dict_delitem, 1, 1, 0, nullptr},
    {"__contains__", dict_contains, 1, 1, 0, nullptr},
    {"__iter__", dict_iter, 0, 0, 0, nullptr},
    {"__eq__", dict_eq, 1, 1, 0, nullptr},
    {"__ne__", dict_ne, 1, 1, 0, nullptr},
    {"__or__", dict_or, 1, 1, 0, nullptr},
    {"__ior__", dict_ior, 1, 1, 0, nullptr},
    {"__repr__", dict_repr, 0, 0, 0, nullptr},
    {"get", dict_get_method, 1, 2, kNativeNoKeywords, nullptr},
    {"keys", dict_keys, 0, 0, 0, nullptr},
    {"values", dict_values, 0, 0, 0, nullptr},
    {"items", dict_items, 0, 0, 0, nullptr},
    {"pop", dict_pop, 1, 2, kNativeNoKeywords, nullptr},
    {"popitem", dict_popitem, 0, 0, 0, nullptr},
    {"setdefault", dict_setdefault, 1, 2, kNativeNoKeywords, nullptr},
    {"update", dict_update_method, 0, 1, kNativeArgsTuple, nullptr},
    {"clear", dict_clear_method, 0, 0, 0, nullptr},
    {"copy", dict_copy_method, 0, 0, 0, nullptr},
    {"fromkeys", dict_fromkeys, 1, 2, kNativeClass | kNativeNoKeywords, nullptr},
};

}  // namespace

void init_dict_type() {
  add_native_methods(g_dict_type, kDictMethods);
  type_set_attr_nogc_fail(g_dict_type, "__hash__", g_none);
}

}  // namespace pystm
