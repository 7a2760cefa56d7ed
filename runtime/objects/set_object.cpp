// runtime/objects/set_object.cpp — `set` and `frozenset` (library reference
// "Set Types"). The table follows CPython's layout rules (linear probes of 9,
// then perturbed probing; growth ×4 below 50,000 elements, ×2 above; merge
// presizing), which is what makes iteration order match.
#include "runtime/objects/set_object.h"

#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
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

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

SetTable* table_new(int64_t size) {
  SetTable* t = allocate_object<SetTable>(nullptr, sizeof(SetTable) + size * sizeof(SetEntry));
  stm::view(t)->size = size;
  return t;
}

SetObject* as_set(Value v) { return v.as<SetObject>(); }

// Inserts into a table known to hold no equal key and no dummies.
void insert_clean(SetTable* table, uint64_t mask, Value key, int64_t hash) {
  SetEntry* entries = stm::write(table)->entries;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    if (entries[i].key.is_null()) break;
    if (i + kLinearProbes <= mask) {
      uint64_t j = 0;
      for (; j < kLinearProbes; ++j)
        if (entries[i + j + 1].key.is_null()) break;
      if (j < kLinearProbes) {
        i = i + j + 1;
        break;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  entries[i] = SetEntry{hash, key};
}

void resize(Value set, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetTable* fresh = table_new(newsize);
  const SetObject* s = stm::read(as_set(set));
  SetTable* old = s->table;
  if (old) {
    const SetTable* o = stm::read(old);
    for (int64_t i = 0; i < o->size; ++i) {
      Value k = o->entries[i].key;
      if (k.is_object() || k.is_small_int()) insert_clean(fresh, newsize - 1, k, o->entries[i].hash);
    }
  }
  SetObject* w = stm::write(as_set(set));
  w->table = fresh;
  w->mask = newsize - 1;
  w->fill = w->used;
}

bool is_active(Value key) { return !key.is_null() && !key.is_absent(); }

// Finds `key`: the entry index, or -1.
Result<int64_t> lookup(ThreadState& ts, Value set, Value key, int64_t hash) {
  const SetObject* s = stm::read(as_set(set));
  if (!s->table) return int64_t{-1};
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (uint64_t j = 0; j <= probes; ++j) {
      SetTable* table = stm::read(as_set(set))->table;
      const SetEntry e = stm::read(table)->entries[i + j];
      if (e.key.is_null()) return int64_t{-1};
      if (is_active(e.key) && e.hash == hash) {
        if (e.key.is(key)) return static_cast<int64_t>(i + j);
        if (PY_TRY(equals(ts, e.key, key))) return static_cast<int64_t>(i + j);
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

Status add_entry(ThreadState& ts, Value set, Value key, int64_t hash) {
  if (!stm::read(as_set(set))->table) resize(set, 0);
  uint64_t mask = static_cast<uint64_t>(stm::read(as_set(set))->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int64_t freeslot = -1;
  int64_t slot;
  for (;;) {
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (uint64_t j = 0; j <= probes; ++j) {
      const SetEntry e = stm::read(stm::read(as_set(set))->table)->entries[i + j];
      if (e.key.is_null()) {
        slot = static_cast<int64_t>(i + j);
        goto found_unused;
      }
      if (e.key.is_absent()) {
        if (freeslot < 0) freeslot = static_cast<int64_t>(i + j);
      } else if (e.hash == hash) {
        if (e.key.is(key) || PY_TRY(equals(ts, e.key, key))) return ok_status();
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  {
    SetObject* w = stm::write(as_set(set));
    SetEntry* entries = stm::write(w->table)->entries;
    if (freeslot >= 0) {
      entries[freeslot] = SetEntry{hash, key};
      w->used += 1;
      return ok_status();
    }
    entries[slot] = SetEntry{hash, key};
    w->fill += 1;
    w->used += 1;
    if (w->fill * 5 < static_cast<int64_t>(mask) * 3) return ok_status();
    int64_t used = w->used;
    resize(set, used > 50000 ? used * 2 : used * 4);
  }
  return ok_status();
}

Result<bool> discard(ThreadState& ts, Value set, Value key) {
  int64_t h = PY_TRY(hash(ts, key));
  int64_t ix = PY_TRY(lookup(ts, set, key, h));
  if (ix < 0) return false;
  SetObject* w = stm::write(as_set(set));
  stm::write(w->table)->entries[ix] = SetEntry{-1, Value::absent()};
  w->used -= 1;
  return true;
}

// CPython's set_merge: one set into another, presizing first.
void merge(Value set, Value other) {
  const SetObject* o = stm::read(as_set(other));
  if (o->used == 0) return;
  const SetObject* s = stm::read(as_set(set));
  if ((s->fill + o->used) * 5 >= s->mask * 3 || !s->table) resize(set, (s->used + o->used) * 2);
  s = stm::read(as_set(set));
  o = stm::read(as_set(other));
  const SetTable* ot = stm::read(o->table);
  if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
    SetObject* w = stm::write(as_set(set));
    SetEntry* entries = stm::write(w->table)->entries;
    for (int64_t i = 0; i < ot->size; ++i) entries[i] = ot->entries[i];
    w->fill = o->fill;
    w->used = o->used;
    return;
  }
  if (s->fill == 0) {
    SetObject* w = stm::write(as_set(set));
    for (int64_t i = 0; i < ot->size; ++i)
      if (is_active(ot->entries[i].key)) insert_clean(w->table, w->mask, ot->entries[i].key, ot->entries[i].hash);
    w->fill = w->used = o->used;
    return;
  }
  // Non-empty target: ordinary adds (no Python code runs: the keys are
  // already known hashable and equal keys are compared by identity first).
  ThreadState& ts = current_thread_state();
  for (int64_t i = 0; i < ot->size; ++i) {
    SetEntry e = stm::read(stm::read(as_set(other))->table)->entries[i];
    if (is_active(e.key)) {
      Status st = add_entry(ts, set, e.key, e.hash);
      if (st.is_error()) clear_pending_exception(ts);
    }
  }
}

}  // namespace

Value set_new(TypeObject* type) {
  SetObject* s = allocate_object<SetObject>(type);
  SetTable* t = table_new(kMinSize);
  stm::view(s)->table = t;
  stm::view(s)->mask = kMinSize - 1;
  return Value::from_object(s);
}

bool is_set(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Set; }
int64_t set_size(Value set) { return stm::read(as_set(set))->used; }

Status set_add(ThreadState& ts, Value set, Value item) {
  int64_t h = PY_TRY(hash(ts, item));
  return add_entry(ts, set, item, h);
}

Result<bool> set_contains(ThreadState& ts, Value set, Value item) {
  Result<int64_t> h = hash(ts, item);
  if (h.is_error()) {
    // `[] in {1}` looks for frozenset([]) in CPython; a plain unhashable is an error.
    if (is_set(item) && pending_exception_matches(ts, g_exc_TypeError)) {
      clear_pending_exception(ts);
      Value frozen = set_new(g_frozenset_type);
      merge(frozen, item);
      return set_contains(ts, set, frozen);
    }
    return kError;
  }
  return PY_TRY(lookup(ts, set, item, h.value())) >= 0;
}

bool set_next(Value set, int64_t* pos, Value* key) {
  const SetObject* s = stm::read(as_set(set));
  const SetTable* t = stm::read(s->table);
  while (*pos < t->size) {
    Value k = t->entries[(*pos)++].key;
    if (is_active(k)) {
      *key = k;
      return true;
    }
  }
  return false;
}

Status set_update(ThreadState& ts, Value set, Value iterable) {
  if (is_set(iterable)) {
    merge(set, iterable);
    return ok_status();
  }
  if (is_dict(iterable)) {
    int64_t n = dict_size(iterable);
    const SetObject* s = stm::read(as_set(set));
    if ((s->fill + n) * 5 >= s->mask * 3) resize(set, (s->used + n) * 2);
    int64_t pos = 0;
    Value k;
    ValueVector keys;
    while (dict_next(iterable, &pos, &k, nullptr)) keys.push_back(k);
    for (Value key : keys) PY_TRY(set_add(ts, set, key));
    return ok_status();
  }
  Value it = PY_TRY(get_iter(ts, iterable));
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    PY_TRY(set_add(ts, set, item));
  }
  return ok_status();
}

namespace {

// --- methods -------------------------------------------------------------------------
// The type of what set operations return: the base type, frozenset for
// frozenset subclasses too.
TypeObject* result_type(Value set) {
  return type_is_subtype(type_of(set), g_frozenset_type) ? g_frozenset_type : g_set_type;
}

Value snapshot_copy(Value set, TypeObject* type) {
  Value r = set_new(type);
  merge(r, set);
  return r;
}

Result<Value> new_from(ThreadState& ts, TypeObject* type, Value iterable) {
  Value s = set_new(type);
  if (!iterable.is_null()) PY_TRY(set_update(ts, s, iterable));
  return s;
}

Result<Value> set_new_method(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  if (type_is_subtype(type, g_frozenset_type)) {
    if (args.nargs > 1 && type == g_frozenset_type && type_of(args[1]) == g_frozenset_type) return args[1];
    return new_from(ts, type, args.nargs > 1 ? args[1] : Value());
  }
  return set_new(type);
}

Result<Value> set_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1) return raise_type_error(ts, "set expected at most 1 argument, got %zu", args.nargs);
  if (args.nkw() > 0) return raise_type_error(ts, "set() takes no keyword arguments");
  SetObject* w = stm::write(as_set(self));
  w->table = table_new(kMinSize);
  w->mask = kMinSize - 1;
  w->fill = w->used = 0;
  if (args.nargs == 1) PY_TRY(set_update(ts, self, args[0]));
  return g_none;
}

Result<Value> set_len(ThreadState&, Value self, CallArgs) { return Value::small_int(set_size(self)); }
Result<Value> set_contains_method(ThreadState& ts, Value self, CallArgs args) {
  return bool_value(PY_TRY(set_contains(ts, self, args[0])));
}
Result<Value> set_iter(ThreadState&, Value self, CallArgs) {
  Value it = seq_iterator_new(g_set_iterator_type, self);
  stm::view(it.as<SeqIteratorObject>())->sentinel = Value::small_int(set_size(self));
  return it;
}
Result<Value> set_add_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(set_add(ts, self, args[0]));
  return g_none;
}
Result<Value> set_discard(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(discard(ts, self, args[0]));
  return g_none;
}
Result<Value> set_remove(ThreadState& ts, Value self, CallArgs args) {
  if (!PY_TRY(discard(ts, self, args[0]))) return raise_with_args(ts, g_exc_KeyError, args[0]);
  return g_none;
}
Result<Value> set_pop(ThreadState& ts, Value self, CallArgs) {
  int64_t pos = 0;
  Value k;
  if (!set_next(self, &pos, &k)) return raise(ts, g_exc_KeyError, "pop from an empty set");
  SetObject* w = stm::write(as_set(self));
  stm::write(w->table)->entries[pos - 1] = SetEntry{-1, Value::absent()};
  w->used -= 1;
  return k;
}
Result<Value> set_clear(ThreadState&, Value self, CallArgs) {
  SetObject* w = stm::write(as_set(self));
  w->table = table_new(kMinSize);
  w->mask = kMinSize - 1;
  w->fill = w->used = 0;
  return g_none;
}
// A copy has the base type (set or frozenset), and an exact frozenset is its own copy.
// (type(self), (list(self),), self.__dict__ or None): copy, deepcopy and
// pickle rebuild sets from their items.
Result<Value> set_reduce(ThreadState& ts, Value self, CallArgs) {
  Value items = PY_TRY(sequence_to_list(ts, self));
  DictObject** slot = instance_dict_slot(self);
  DictObject* dict = slot ? *stm::read(slot) : nullptr;
  return tuple_pack({Value::from_object(type_of(self)), tuple_pack({items}),
                     dict ? Value::from_object(dict) : g_none});
}

Result<Value> set_copy(ThreadState&, Value self, CallArgs) {
  TypeObject* type = type_of(self);
  if (type == g_frozenset_type) return self;
  return snapshot_copy(self, result_type(self));
}

Result<Value> set_repr(ThreadState& ts, Value self, CallArgs) {
  std::string name(type_name(type_of(self)));
  if (set_size(self) == 0) return str_from_utf8(name + "()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_utf8(name + "(...)");
  ValueVector items;
  int64_t pos = 0;
  Value k;
  while (set_next(self, &pos, &k)) items.push_back(k);
  std::string out = type_of(self) == g_set_type ? "{" : name + "({";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, items[i]));
  }
  out += type_of(self) == g_set_type ? "}" : "})";
  return str_from_utf8(out);
}

// Set algebra. `other` may be any iterable for the named methods; the
// operators require sets (NotImplemented otherwise).
Result<Value> as_set_operand(ThreadState& ts, Value other) {
  if (is_set(other)) return other;
  return new_from(ts, g_set_type, other);
}

Result<Value> do_union(ThreadState& ts, Value self, Value other) {
  Value r = snapshot_copy(self, result_type(self));
  PY_TRY(set_update(ts, r, other));
  return r;
}

Result<Value> do_intersection(ThreadState& ts, Value self, Value other) {
  Value o = PY_TRY(as_set_operand(ts, other));
  Value r = set_new(result_type(self));
  // CPython iterates the smaller set.
  Value small = self, big = o;
  if (set_size(o) < set_size(self)) { small = o; big = self; }
  int64_t pos = 0;
  Value k;
  ValueVector items;
  while (set_next(small, &pos, &k)) items.push_back(k);
  for (Value item : items)
    if (PY_TRY(set_contains(ts, big, item))) PY_TRY(set_add(ts, r, item));
  return r;
}

Result<Value> do_difference(ThreadState& ts, Value self, Value other) {
  Value o = PY_TRY(as_set_operand(ts, other));
  Value r = set_new(result_type(self));
  int64_t pos = 0;
  Value k;
  ValueVector items;
  while (set_next(self, &pos, &k)) items.push_back(k);
  for (Value item : items)
    if (!PY_TRY(set_contains(ts, o, item))) PY_TRY(set_add(ts, r, item));
  return r;
}

Result<Value> do_symmetric(ThreadState& ts, Value self, Value other) {
  Value o = PY_TRY(as_set_operand(ts, other));
  Value r = snapshot_copy(self, result_type(self));
  int64_t pos = 0;
  Value k;
  ValueVector items;
  while (set_next(o, &pos, &k)) items.push_back(k);
  for (Value item : items) {
    if (PY_TRY(discard(ts, r, item))) continue;
    PY_TRY(set_add(ts, r, item));
  }
  return r;
}

Result<bool> is_subset(ThreadState& ts, Value a, Value b) {
  if (set_size(a) > set_size(b)) return false;
  int64_t pos = 0;
  Value k;
  ValueVector items;
  while (set_next(a, &pos, &k)) items.push_back(k);
  for (Value item : items)
    if (!PY_TRY(set_contains(ts, b, item))) return false;
  return true;
}

#define SET_METHOD(name, body)                                               \
  Result<Value> name(ThreadState& ts, Value self, CallArgs args) { body }
#define SET_OPERATOR(name, fn)                                               \
  Result<Value> name(ThreadState& ts, Value self, CallArgs args) {          \
    if (!is_set(args[0])) return g_notimplemented;                           \
    return fn(ts, self, args[0]);                                            \
  }

Result<Value> fold(ThreadState& ts, Value self, CallArgs args,
                   Result<Value> (*op)(ThreadState&, Value, Value)) {
  Value r = self;
  if (args.nargs == 0) return snapshot_copy(self, result_type(self));
  for (size_t i = 0; i < args.nargs; ++i) r = PY_TRY(op(ts, r, args[i]));
  return r;
}
SET_METHOD(set_union, return fold(ts, self, args, do_union);)
SET_METHOD(set_intersection, return fold(ts, self, args, do_intersection);)
SET_METHOD(set_difference, return fold(ts, self, args, do_difference);)
SET_METHOD(set_symmetric_difference, return do_symmetric(ts, self, args[0]);)
SET_OPERATOR(set_or, do_union)
SET_OPERATOR(set_and, do_intersection)
SET_OPERATOR(set_sub, do_difference)
SET_OPERATOR(set_xor, do_symmetric)

Result<Value> replace_contents(ThreadState& ts, Value self, Value result) {
  SetObject* w = stm::write(as_set(self));
  w->table = table_new(kMinSize);
  w->mask = kMinSize - 1;
  w->fill = w->used = 0;
  merge(self, result);
  (void)ts;
  return self;
}
SET_METHOD(set_update_method, {
  for (size_t i = 0; i < args.nargs; ++i) PY_TRY(set_update(ts, self, args[i]));
  return g_none;
})
SET_METHOD(set_intersection_update, {
  Value r = PY_TRY(fold(ts, self, args, do_intersection));
  PY_TRY(replace_contents(ts, self, r));
  return g_none;
})
SET_METHOD(set_difference_update, {
  Value r = PY_TRY(fold(ts, self, args, do_difference));
  PY_TRY(replace_contents(ts, self, r));
  return g_none;
})
SET_METHOD(set_symmetric_difference_update, {
  Value r = PY_TRY(do_symmetric(ts, self, args[0]));
  PY_TRY(replace_contents(ts, self, r));
  return g_none;
})
SET_METHOD(set_ior, {
  if (!is_set(args[0])) return g_notimplemented;
  PY_TRY(set_update(ts, self, args[0]));
  return self;
})
SET_METHOD(set_iand, {
  if (!is_set(args[0])) return g_notimplemented;
  return replace_contents(ts, self, PY_TRY(do_intersection(ts, self, args[0])));
})
SET_METHOD(set_isub, {
  if (!is_set(args[0])) return g_notimplemented;
  return replace_contents(ts, self, PY_TRY(do_difference(ts, self, args[0])));
})
SET_METHOD(set_ixor, {
  if (!is_set(args[0])) return g_notimplemented;
  return replace_contents(ts, self, PY_TRY(do_symmetric(ts, self, args[0])));
})
SET_METHOD(set_issubset, return bool_value(PY_TRY(is_subset(ts, self, PY_TRY(as_set_operand(ts, args[0]))))); )
SET_METHOD(set_issuperset, return bool_value(PY_TRY(is_subset(ts, PY_TRY(as_set_operand(ts, args[0])), self))); )
SET_METHOD(set_isdisjoint, {
  Value inter = PY_TRY(do_intersection(ts, self, args[0]));
  return bool_value(set_size(inter) == 0);
})

Result<Value> compare(ThreadState& ts, Value self, Value other, int op) {
  if (!is_set(other)) return g_notimplemented;
  int64_t a = set_size(self), b = set_size(other);
  switch (op) {
    case 2: return bool_value(a == b && PY_TRY(is_subset(ts, self, other)));
    case 3: return bool_value(!(a == b && PY_TRY(is_subset(ts, self, other))));
    case 1: return bool_value(PY_TRY(is_subset(ts, self, other)));
    case 0: return bool_value(a < b && PY_TRY(is_subset(ts, self, other)));
    case 5: return bool_value(PY_TRY(is_subset(ts, other, self)));
    default: return bool_value(a > b && PY_TRY(is_subset(ts, other, self)));
  }
}
SET_METHOD(set_eq, return compare(ts, self, args[0], 2);)
SET_METHOD(set_ne, return compare(ts, self, args[0], 3);)
SET_METHOD(set_le, return compare(ts, self, args[0], 1);)
SET_METHOD(set_lt, return compare(ts, self, args[0], 0);)
SET_METHOD(set_ge, return compare(ts, self, args[0], 5);)
SET_METHOD(set_gt, return compare(ts, self, args[0], 4);)

// frozenset's hash, as CPython computes it (Objects/setobject.c).
uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }
SET_METHOD(frozenset_hash, {
  (void)ts;
  (void)args;
  const SetObject* s = stm::read(as_set(self));
  const SetTable* t = stm::read(s->table);
  uint64_t h = 0;
  for (int64_t i = 0; i < t->size; ++i)
    if (is_active(t->entries[i].key)) h ^= shuffle_bits(static_cast<uint64_t>(t->entries[i].hash));
  if ((s->mask + 1 - s->fill) & 1) h ^= shuffle_bits(0);
  if ((s->fill - s->used) & 1) h ^= shuffle_bits(static_cast<uint64_t>(-1));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
  return int_from_int64(static_cast<int64_t>(h));
})

const NativeMethod kSetMethods[] = {
    {"__new__", set_new_method, 0, -1, kNativeStatic, nullptr},
    {"__init__", set_init, 0, -1, 0, nullptr},
    {"__len__", set_len, 0, 0, 0, nullptr},
    {"__contains__", set_contains_method, 1, 1, 0, nullptr},
    {"__iter__", set_iter, 0, 0, 0, nullptr},
    {"__repr__", set_repr, 0, 0, 0, nullptr},
    {"__eq__", set_eq, 1, 1, 0, nullptr},
    {"__ne__", set_ne, 1, 1, 0, nullptr},
    {"__le__", set_le, 1, 1, 0, nullptr},
    {"__lt__", set_lt, 1, 1, 0, nullptr},
    {"__ge__", set_ge, 1, 1, 0, nullptr},
    {"__gt__", set_gt, 1, 1, 0, nullptr},
    {"__or__", set_or, 1, 1, 0, nullptr},
    {"__and__", set_and, 1, 1, 0, nullptr},
    {"__sub__", set_sub, 1, 1, 0, nullptr},
    {"__xor__", set_xor, 1, 1, 0, nullptr},
    {"__ior__", set_ior, 1, 1, 0, nullptr},
    {"__iand__", set_iand, 1, 1, 0, nullptr},
    {"__isub__", set_isub, 1, 1, 0, nullptr},
    {"__ixor__", set_ixor, 1, 1, 0, nullptr},
    {"add", set_add_method, 1, 1, kNativeNoKeywords, nullptr},
    {"discard", set_discard, 1, 1, kNativeNoKeywords, nullptr},
    {"remove", set_remove, 1, 1, kNativeNoKeywords, nullptr},
    {"pop", set_pop, 0, 0, 0, nullptr},
    {"clear", set_clear, 0, 0, 0, nullptr},
    {"copy", set_copy, 0, 0, 0, nullptr},
    {"__reduce__", set_reduce, 0, 0, 0, nullptr},
    {"union", set_union, 0, -1, kNativeNoKeywords, nullptr},
    {"intersection", set_intersection, 0, -1, kNativeNoKeywords, nullptr},
    {"difference", set_difference, 0, -1, kNativeNoKeywords, nullptr},
    {"symmetric_difference", set_symmetric_difference, 1, 1, kNativeNoKeywords, nullptr},
    {"update", set_update_method, 0, -1, kNativeNoKeywords, nullptr},
    {"intersection_update", set_intersection_update, 0, -1, kNativeNoKeywords, nullptr},
    {"difference_update", set_difference_update, 0, -1, kNativeNoKeywords, nullptr},
    {"symmetric_difference_update", set_symmetric_difference_update, 1, 1, kNativeNoKeywords, nullptr},
    {"issubset", set_issubset, 1, 1, kNativeNoKeywords, nullptr},
    {"issuperset", set_issuperset, 1, 1, kNativeNoKeywords, nullptr},
    {"isdisjoint", set_isdisjoint, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kFrozenSetMethods[] = {
    {"__new__", set_new_method, 0, 1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__len__", set_len, 0, 0, 0, nullptr},
    {"__contains__", set_contains_method, 1, 1, 0, nullptr},
    {"__iter__", set_iter, 0, 0, 0, nullptr},
    {"__repr__", set_repr, 0, 0, 0, nullptr},
    {"__hash__", frozenset_hash, 0, 0, 0, nullptr},
    {"__eq__", set_eq, 1, 1, 0, nullptr},
    {"__ne__", set_ne, 1, 1, 0, nullptr},
    {"__le__", set_le, 1, 1, 0, nullptr},
    {"__lt__", set_lt, 1, 1, 0, nullptr},
    {"__ge__", set_ge, 1, 1, 0, nullptr},
    {"__gt__", set_gt, 1, 1, 0, nullptr},
    {"__or__", set_or, 1, 1, 0, nullptr},
    {"__and__", set_and, 1, 1, 0, nullptr},
    {"__sub__", set_sub, 1, 1, 0, nullptr},
    {"__xor__", set_xor, 1, 1, 0, nullptr},
    {"copy", set_copy, 0, 0, 0, nullptr},
    {"__reduce__", set_reduce, 0, 0, 0, nullptr},
    {"union", set_union, 0, -1, kNativeNoKeywords, nullptr},
    {"intersection", set_intersection, 0, -1, kNativeNoKeywords, nullptr},
    {"difference", set_difference, 0, -1, kNativeNoKeywords, nullptr},
    {"symmetric_difference", set_symmetric_difference, 1, 1, kNativeNoKeywords, nullptr},
    {"issubset", set_issubset, 1, 1, kNativeNoKeywords, nullptr},
    {"issuperset", set_issuperset, 1, 1, kNativeNoKeywords, nullptr},
    {"isdisjoint", set_isdisjoint, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

void init_set_type() {
  add_native_methods(g_set_type, kSetMethods);
  add_native_methods(g_frozenset_type, kFrozenSetMethods);
  type_set_attr_nogc_fail(g_set_type, "__hash__", g_none);
}

}  // namespace pystm
