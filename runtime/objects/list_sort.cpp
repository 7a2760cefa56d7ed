// runtime/objects/list_sort.cpp — list.sort (and so sorted()): a stable
// natural merge sort. Ascending and strictly descending runs are found and
// kept (a sorted or reversed list costs n-1 comparisons), short runs are
// extended by binary insertion, and runs are merged under Timsort's stack
// invariants, each merge first trimmed by binary search of the elements
// already in place. The keys are sorted with the items moved alongside, and
// the comparison is chosen once per sort from the keys' types (small ints,
// exact floats, exact strs, exact tuples, else `<` through rich_compare).
// While it runs the list is empty, as in CPython; a change to it meanwhile is
// a ValueError at the end.
// Must never: rely on the comparison being consistent (a user `__lt__` may
// answer anything; every index stays in bounds whatever it returns); hold a
// key or an item where the collector cannot see it (keys, items and the
// merge buffer are ValueVectors, so a collection in a `__lt__` finds them).
#include <algorithm>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

// What every key of one sort is, when they agree: a comparison that skips
// rich_compare's dispatch. Each answers exactly what `<` on those types does.
enum class KeyKind { kSmallInt, kFloat, kStr, kGeneric };

bool exact(Value v, TypeObject* type) { return v.is_object() && type_of(v) == type; }

KeyKind kind_of(Value v) {
  return v.is_small_int()          ? KeyKind::kSmallInt
         : exact(v, g_float_type) ? KeyKind::kFloat
         : exact(v, g_str_type)   ? KeyKind::kStr
                                  : KeyKind::kGeneric;
}

// The kind all keys share (of their first items, for tuple keys).
KeyKind kind_of_all(const Value* keys, size_t n, bool tuple_firsts) {
  auto element = [&](size_t i) { return tuple_firsts ? tuple_items(keys[i])[0] : keys[i]; };
  if (n == 0) return KeyKind::kGeneric;
  KeyKind kind = kind_of(element(0));
  for (size_t i = 1; i < n && kind != KeyKind::kGeneric; ++i)
    if (kind_of(element(i)) != kind) kind = KeyKind::kGeneric;
  return kind;
}

// a < b for two keys of `kind` (not kGeneric).
bool less_same_kind(KeyKind kind, Value a, Value b) {
  switch (kind) {
    case KeyKind::kSmallInt: return a.as_small_int() < b.as_small_int();
    case KeyKind::kFloat: return float_value(a) < float_value(b);
    case KeyKind::kStr: return str_compare(a, b) < 0;
    case KeyKind::kGeneric: break;
  }
  return false;
}

// a == b for two keys of `kind` (not kGeneric); NaN is unequal to itself
// unless it is the same object, as rich comparison's identity shortcut has it.
bool equal_same_kind(KeyKind kind, Value a, Value b) {
  if (a.is(b)) return true;
  switch (kind) {
    case KeyKind::kSmallInt: return false;  // tagged: equal values are identical
    case KeyKind::kFloat: return float_value(a) == float_value(b);
    case KeyKind::kStr: return str_equal(a, b);
    case KeyKind::kGeneric: break;
  }
  return false;
}

// The comparison of one sort. After an exception it answers false without
// comparing; the sort then finishes its passes (in bounds) and reports it.
class KeyLess {
 public:
  KeyLess(ThreadState& ts, const Value* keys, size_t n) : ts_(ts) {
    bool tuples = n > 0;
    for (size_t i = 0; i < n && tuples; ++i) tuples = exact(keys[i], g_tuple_type) && tuple_size(keys[i]) > 0;
    tuples_ = tuples;
    kind_ = kind_of_all(keys, n, tuples);
  }

  bool operator()(Value a, Value b) {
    if (failed_) return false;
    if ((++comparisons_ & 1023) == 0) gc::poll_safe_point();
    if (!tuples_) return kind_ != KeyKind::kGeneric ? less_same_kind(kind_, a, b) : generic_less(a, b);
    // Tuples: the first items, all of one kind, are compared without
    // dispatch; when they are equal, the rest as tuple.__lt__ compares.
    const Value* x = tuple_items(a);
    const Value* y = tuple_items(b);
    int64_t skip = 0;
    if (kind_ != KeyKind::kGeneric) {
      if (!equal_same_kind(kind_, x[0], y[0])) return less_same_kind(kind_, x[0], y[0]);
      skip = 1;
    }
    Result<Value> lt = sequence_compare(ts_, x + skip, tuple_size(a) - skip, y + skip, tuple_size(b) - skip, 0);
    if (lt.is_error()) return fail();
    return truth(lt.value());
  }

  bool failed() const { return failed_; }

 private:
  bool generic_less(Value a, Value b) {
    Result<bool> lt = rich_compare_bool(ts_, a, b, 0);
    if (lt.is_error()) return fail();
    return lt.value();
  }
  bool truth(Value v) {
    Result<bool> t = is_true(ts_, v);
    if (t.is_error()) return fail();
    return t.value();
  }
  bool fail() {
    failed_ = true;
    return false;
  }

  ThreadState& ts_;
  KeyKind kind_ = KeyKind::kGeneric;
  bool tuples_ = false;
  bool failed_ = false;
  uint32_t comparisons_ = 0;
};

// Sorts keys[0, n), moving values[] (when not null) alongside.
class MergeSort {
 public:
  MergeSort(Value* keys, Value* values, size_t n, KeyLess& less)
      : keys_(keys), values_(values), n_(n), less_(less) {}

  void run() {
    if (n_ < 2) return;
    size_t min_run = min_run_length(n_);
    for (size_t lo = 0; lo < n_ && !less_.failed();) {
      size_t len = count_run(lo);
      if (len < min_run) {
        size_t forced = std::min(min_run, n_ - lo);
        insertion_sort(lo, lo + forced, lo + len);
        len = forced;
      }
      runs_.push_back(Run{lo, len});
      collapse();
      lo += len;
    }
    while (runs_.size() > 1 && !less_.failed()) {
      size_t i = runs_.size() - 2;
      if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
      merge_at(i);
    }
  }

 private:
  struct Run {
    size_t base, len;
  };

  // Runs shorter than this are extended by insertion: a length in [32, 64]
  // that splits n into a power of two of runs, or a little less.
  static size_t min_run_length(size_t n) {
    size_t extra = 0;
    while (n >= 64) {
      extra |= n & 1;
      n >>= 1;
    }
    return n + extra;
  }

  void swap_elements(size_t i, size_t j) {
    std::swap(keys_[i], keys_[j]);
    if (values_) std::swap(values_[i], values_[j]);
  }

  // The length of the run at lo: non-descending, or strictly descending
  // (reversed in place; strictness keeps equal keys in order).
  size_t count_run(size_t lo) {
    size_t hi = lo + 1;
    if (hi == n_) return 1;
    if (less_(keys_[hi], keys_[lo])) {
      while (++hi < n_ && less_(keys_[hi], keys_[hi - 1])) {}
      for (size_t i = lo, j = hi - 1; i < j; ++i, --j) swap_elements(i, j);
    } else {
      while (++hi < n_ && !less_(keys_[hi], keys_[hi - 1])) {}
    }
    return hi - lo;
  }

  // [lo, start) is sorted; inserts each element of [start, hi) after the
  // last one not greater than it.
  void insertion_sort(size_t lo, size_t hi, size_t start) {
    for (size_t i = start; i < hi; ++i) {
      Value key = keys_[i];
      Value value = values_ ? values_[i] : Value();
      size_t l = search_right(key, lo, i);
      for (size_t j = i; j > l; --j) {
        keys_[j] = keys_[j - 1];
        if (values_) values_[j] = values_[j - 1];
      }
      keys_[l] = key;
      if (values_) values_[l] = value;
    }
  }

  // Keeps run lengths growing faster than Fibonacci down the stack, so that
  // merges stay balanced (and the stack short).
  void collapse() {
    while (runs_.size() > 1 && !less_.failed()) {
      size_t i = runs_.size() - 2;
      if ((i > 0 && runs_[i - 1].len <= runs_[i].len + runs_[i + 1].len) ||
          (i > 1 && runs_[i - 2].len <= runs_[i - 1].len + runs_[i].len)) {
        if (runs_[i - 1].len < runs_[i + 1].len) --i;
      } else if (runs_[i].len > runs_[i + 1].len) {
        return;
      }
      merge_at(i);
    }
  }

  // The first index of [lo, hi) where `stop(index)` holds, for a
  // predicate false then true along a sorted range (any answer stays in it).
  template <class Stop>
  static size_t first_where(size_t lo, size_t hi, Stop stop) {
    while (lo < hi) {
      size_t m = lo + (hi - lo) / 2;
      if (stop(m))
        hi = m;
      else
        lo = m + 1;
    }
    return lo;
  }
  // Where `key` goes after the equal keys of [lo, hi), or before them.
  size_t search_right(Value key, size_t lo, size_t hi) {
    return first_where(lo, hi, [&](size_t m) { return less_(key, keys_[m]); });
  }
  size_t search_left(Value key, size_t lo, size_t hi) {
    return first_where(lo, hi, [&](size_t m) { return !less_(keys_[m], key); });
  }

  // Merges runs i and i+1 (adjacent) into one.
  void merge_at(size_t i) {
    Run a = runs_[i], b = runs_[i + 1];
    runs_[i].len = a.len + b.len;
    runs_.erase(runs_.begin() + static_cast<ptrdiff_t>(i) + 1);
    // A's elements not greater than B's first are in place already, and so
    // are B's elements not less than A's last.
    size_t skip = search_right(keys_[b.base], a.base, a.base + a.len) - a.base;
    a.base += skip;
    a.len -= skip;
    if (a.len == 0) return;
    b.len = search_left(keys_[a.base + a.len - 1], b.base, b.base + b.len) - b.base;
    if (b.len == 0) return;
    if (a.len <= b.len)
      merge_low(a, b);
    else
      merge_high(a, b);
  }

  void save(size_t base, size_t len) {
    buffer_keys_.raw().assign(keys_ + base, keys_ + base + len);
    if (values_) buffer_values_.raw().assign(values_ + base, values_ + base + len);
  }
  void put(size_t to, const Value* keys, const Value* values, size_t from) {
    keys_[to] = keys[from];
    if (values_) values_[to] = values[from];
  }

  // A (the shorter) goes to the buffer; the merge fills from the left. The
  // destination never passes B's cursor, so B's unread part is intact.
  void merge_low(Run a, Run b) {
    save(a.base, a.len);
    const Value* ak = buffer_keys_.data();
    const Value* av = buffer_values_.data();
    size_t i = 0, j = b.base, end = b.base + b.len, to = a.base;
    while (i < a.len && j < end) {
      if (less_(keys_[j], ak[i]))
        put(to++, keys_, values_, j++);
      else
        put(to++, ak, av, i++);
    }
    while (i < a.len) put(to++, ak, av, i++);
  }

  // B (the shorter) goes to the buffer; the merge fills from the right.
  void merge_high(Run a, Run b) {
    save(b.base, b.len);
    const Value* bk = buffer_keys_.data();
    const Value* bv = buffer_values_.data();
    size_t i = a.base + a.len, j = b.len, to = b.base + b.len;
    while (i > a.base && j > 0) {
      if (less_(bk[j - 1], keys_[i - 1]))
        put(--to, keys_, values_, --i);
      else
        put(--to, bk, bv, --j);
    }
    while (j > 0) put(--to, bk, bv, --j);
  }

  Value* keys_;
  Value* values_;
  size_t n_;
  KeyLess& less_;
  std::vector<Run> runs_;
  ValueVector buffer_keys_, buffer_values_;
};

// Takes the list's storage away for the sort (the list is empty meanwhile).
ValueArray* detach_items(Value list) {
  ListObject* l = stm::write(list.as<ListObject>());
  ValueArray* items = l->items;
  l->items = nullptr;
  l->size = 0;
  return items;
}

// Gives it back holding `sorted`; false when the list was changed meanwhile.
bool reattach_items(Value list, ValueArray* items, const Value* sorted, int64_t n) {
  ListObject* l = stm::write(list.as<ListObject>());
  bool untouched = l->items == nullptr && l->size == 0;
  l->items = items;
  l->size = n;
  if (n > 0) std::copy(sorted, sorted + n, stm::write(items)->items);
  return untouched;
}

}  // namespace

Status list_sort(ThreadState& ts, Value list, Value key, bool reverse) {
  int64_t n = list_size(list);
  ValueVector items;
  items.reserve(static_cast<size_t>(n));
  if (n > 0) {
    const Value* stored = stm::read(stm::read(list.as<ListObject>())->items)->items;
    items.raw().assign(stored, stored + n);
  }
  ValueArray* storage = detach_items(list);
  ValueVector keys;
  bool have_key = !key.is_null() && !key.is(g_none);
  if (have_key) {
    keys.reserve(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
      Result<Value> k = call(ts, key, {items[static_cast<size_t>(i)]});
      if (k.is_error()) {
        reattach_items(list, storage, items.data(), n);
        return kError;
      }
      keys.push_back(k.value());
    }
  }
  Value* sort_keys = have_key ? keys.data() : items.data();
  Value* sort_values = have_key ? items.data() : nullptr;
  auto reverse_all = [&] {
    std::reverse(items.begin(), items.end());
    if (have_key) std::reverse(keys.begin(), keys.end());
  };
  // Reversing before and after keeps equal keys in their original order.
  if (reverse) reverse_all();
  KeyLess less(ts, sort_keys, static_cast<size_t>(n));
  MergeSort(sort_keys, sort_values, static_cast<size_t>(n), less).run();
  if (reverse) reverse_all();
  bool untouched = reattach_items(list, storage, items.data(), n);
  if (less.failed()) return kError;
  if (!untouched) return raise(ts, g_exc_ValueError, "list modified during sort");
  return ok_status();
}

}  // namespace pystm
