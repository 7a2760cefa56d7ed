// runtime/objects/iterator_objects.cpp — built-in iterators, dict views,
// enumerate, zip, map, filter, reversed.
#include "runtime/objects/iterator_objects.h"

#include <algorithm>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/byte_methods.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/mappingproxy_object.h"
#include "runtime/objects/range_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

TypeObject* g_list_reverse_iterator_type = nullptr;  // made by init_iterator_types

Value seq_iterator_new(TypeObject* type, Value seq, int64_t index) {
  SeqIteratorObject* it = allocate_object<SeqIteratorObject>(type);
  stm::view(it)->seq = seq;
  stm::view(it)->index = index;
  return Value::from_object(it);
}

Value dict_iterator_new(TypeObject* type, Value dict) {
  DictIteratorObject* it = allocate_object<DictIteratorObject>(type);
  stm::view(it)->dict = dict;
  stm::view(it)->expected_size = dict_size(dict);
  return Value::from_object(it);
}

Value dict_view_new(TypeObject* type, Value dict) {
  DictViewObject* v = allocate_object<DictViewObject>(type);
  stm::view(v)->dict = dict;
  return Value::from_object(v);
}

bool is_builtin_iterator(Value v) {
  if (!v.is_object()) return false;
  ObjectKind k = v.as_object()->kind();
  return k == ObjectKind::SeqIterator || k == ObjectKind::DictIterator || k == ObjectKind::RangeIterator;
}

Result<Value> builtin_iterator_next(ThreadState& ts, Value iterator) {
  switch (iterator.as_object()->kind()) {
    case ObjectKind::RangeIterator: {
      RangeIteratorObject* it = stm::write(iterator.as<RangeIteratorObject>());
      if (it->remaining <= 0) return Value::absent();
      int64_t v = it->next;
      it->next += it->step;
      it->remaining -= 1;
      return int_from_int64(v);
    }
    case ObjectKind::SeqIterator: {
      SeqIteratorObject* it = iterator.as<SeqIteratorObject>();
      const SeqIteratorObject* r = stm::read(it);
      Value seq = r->seq;
      if (seq.is_null()) return Value::absent();
      TypeObject* type = type_of(iterator);
      int64_t i = r->index;
      if (type == g_reversed_type || type == g_list_reverse_iterator_type) {
        if (i < 0 || i >= PY_TRY(length(ts, seq))) {
          stm::write(it)->seq = Value();
          return Value::absent();
        }
        stm::write(it)->index = i - 1;
        return get_item(ts, seq, Value::small_int(i));
      }
      if (type == g_callable_iterator_type) {
        Result<Value> called = call(ts, seq, {});
        if (!called.ok()) {
          // A StopIteration from the callable ends the iteration too.
          if (!pending_exception_matches(ts, g_exc_StopIteration)) return kError;
          clear_pending_exception(ts);
          stm::write(it)->seq = Value();
          return Value::absent();
        }
        Value v = called.value();
        if (PY_TRY(equals(ts, v, r->sentinel))) {
          stm::write(it)->seq = Value();
          return Value::absent();
        }
        return v;
      }
      ObjectKind k = seq.as_object()->kind();
      if (type == g_set_iterator_type) {
        if (set_size(seq) != r->sentinel.as_small_int()) {
          stm::write(it)->sentinel = Value::small_int(-1);
          return raise(ts, g_exc_RuntimeError, "Set changed size during iteration");
        }
        int64_t pos = i;
        Value key;
        if (!set_next(seq, &pos, &key)) { stm::write(it)->seq = Value(); return Value::absent(); }
        stm::write(it)->index = pos;
        return key;
      }
      if (k == ObjectKind::List) {
        if (i >= list_size(seq)) { stm::write(it)->seq = Value(); return Value::absent(); }
        stm::write(it)->index = i + 1;
        return list_get(seq, i);
      }
      if (k == ObjectKind::Tuple) {
        if (i >= tuple_size(seq)) { stm::write(it)->seq = Value(); return Value::absent(); }
        stm::write(it)->index = i + 1;
        return tuple_item(seq, i);
      }
      if (k == ObjectKind::Bytes || k == ObjectKind::ByteArray) {
        std::string_view bytes = byte_self_view(seq);
        if (i >= static_cast<int64_t>(bytes.size())) { stm::write(it)->seq = Value(); return Value::absent(); }
        stm::write(it)->index = i + 1;
        return Value::small_int(static_cast<uint8_t>(bytes[i]));
      }
      if (k == ObjectKind::Str) {
        if (i >= str_length(seq)) { stm::write(it)->seq = Value(); return Value::absent(); }
        stm::write(it)->index = i + 1;
        return str_from_codepoint(str_char_at(seq, i));
      }
      // The sequence protocol: __getitem__ until IndexError.
      Result<Value> item = get_item(ts, seq, Value::small_int(i));
      if (item.is_error()) {
        if (pending_exception_matches(ts, g_exc_IndexError) || pending_exception_matches(ts, g_exc_StopIteration)) {
          clear_pending_exception(ts);
          stm::write(it)->seq = Value();
          return Value::absent();
        }
        return kError;
      }
      stm::write(it)->index = i + 1;
      return item;
    }
    case ObjectKind::DictIterator: {
      DictIteratorObject* it = iterator.as<DictIteratorObject>();
      const DictIteratorObject* r = stm::read(it);
      Value dict = r->dict;
      if (dict.is_null()) return Value::absent();
      if (dict_size(dict) != r->expected_size) {
        stm::write(it)->expected_size = -1;
        return raise(ts, g_exc_RuntimeError, "dictionary changed size during iteration");
      }
      int64_t pos = r->pos;
      Value k, v;
      if (!dict_next(dict, &pos, &k, &v)) {
        stm::write(it)->dict = Value();
        return Value::absent();
      }
      stm::write(it)->pos = pos;
      TypeObject* type = type_of(iterator);
      if (type == g_dict_keyiterator_type) return k;
      if (type == g_dict_valueiterator_type) return v;
      return tuple_pack({k, v});
    }
    default:
      break;
  }
  return raise(ts, g_exc_SystemError, "not a built-in iterator");
}

namespace {

Result<Value> iter_self(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> iter_next_method(ThreadState& ts, Value self, CallArgs) {
  Value v = PY_TRY(builtin_iterator_next(ts, self));
  if (v.is_absent()) return raise_empty(ts, g_exc_StopIteration);
  return v;
}

const NativeMethod kIteratorMethods[] = {
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", iter_next_method, 0, 0, 0, nullptr},
};

// __length_hint__ of the iterators over sized sequences and of ranges: what
// is left (operator.length_hint and list() presizing read it).
Result<Value> length_hint(ThreadState& ts, Value self, CallArgs) {
  if (self.as_object()->kind() == ObjectKind::RangeIterator)
    return Value::small_int(std::max<int64_t>(0, stm::read(self.as<RangeIteratorObject>())->remaining));
  const SeqIteratorObject* r = stm::read(self.as<SeqIteratorObject>());
  if (r->seq.is_null()) return Value::small_int(0);
  if (type_of(self) == g_reversed_type || type_of(self) == g_list_reverse_iterator_type)
    return Value::small_int(std::max<int64_t>(0, r->index + 1));
  int64_t n = PY_TRY(length(ts, r->seq));
  return Value::small_int(std::max<int64_t>(0, n - r->index));
}
const NativeMethod kLengthHint[] = {{"__length_hint__", length_hint, 0, 0, 0, nullptr}};

// --- dict views ---------------------------------------------------------------
Value view_dict(Value v) { return stm::view(v.as<DictViewObject>())->dict; }

Result<Value> view_len(ThreadState&, Value self, CallArgs) { return Value::small_int(dict_size(view_dict(self))); }
Result<Value> keys_iter(ThreadState&, Value self, CallArgs) { return dict_iterator_new(g_dict_keyiterator_type, view_dict(self)); }
Result<Value> values_iter(ThreadState&, Value self, CallArgs) { return dict_iterator_new(g_dict_valueiterator_type, view_dict(self)); }
Result<Value> items_iter(ThreadState&, Value self, CallArgs) { return dict_iterator_new(g_dict_itemiterator_type, view_dict(self)); }
Result<Value> keys_contains(ThreadState& ts, Value self, CallArgs args) {
  Value v = PY_TRY(dict_get(ts, view_dict(self), args[0]));
  return bool_value(!v.is_absent());
}
Result<Value> items_contains(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_tuple_type || tuple_size(args[0]) != 2) return g_false;
  Value v = PY_TRY(dict_get(ts, view_dict(self), tuple_item(args[0], 0)));
  if (v.is_absent()) return g_false;
  return bool_value(PY_TRY(equals(ts, v, tuple_item(args[0], 1))));
}
Result<Value> values_contains(ThreadState& ts, Value self, CallArgs args) {
  int64_t pos = 0;
  Value k, v;
  ValueVector values;
  while (dict_next(view_dict(self), &pos, &k, &v)) values.push_back(v);
  for (Value x : values)
    if (PY_TRY(equals(ts, x, args[0]))) return g_true;
  return g_false;
}

Result<Value> view_repr(ThreadState& ts, Value self, CallArgs) {
  Value list = PY_TRY(sequence_to_list(ts, self));
  std::string inner = PY_TRY(repr_utf8(ts, list));
  return str_from_utf8(std::string(type_name(type_of(self))) + "(" + inner + ")");
}

// keys() and items() views are set-like (collections.abc.Set): the set
// operators give sets, comparisons compare as sets.
Result<Value> view_as_set(ThreadState& ts, Value view) {
  Value s = set_new(g_set_type);
  PY_TRY(set_update(ts, s, view));
  return s;
}
Result<Value> view_set_op(ThreadState& ts, Value self, Value other, Value name, bool reflected) {
  if (lookup_special(other, g_name___iter__).is_null()) return g_notimplemented;
  Value a = PY_TRY(view_as_set(ts, self));
  Value b = PY_TRY(view_as_set(ts, other));
  return call_method(ts, reflected ? b : a, name, {reflected ? a : b});
}
Result<Value> view_and(ThreadState& ts, Value s, CallArgs a) { return view_set_op(ts, s, a[0], g_name___and__, false); }
Result<Value> view_or(ThreadState& ts, Value s, CallArgs a) { return view_set_op(ts, s, a[0], g_name___or__, false); }
Result<Value> view_sub(ThreadState& ts, Value s, CallArgs a) { return view_set_op(ts, s, a[0], g_name___sub__, false); }
Result<Value> view_xor(ThreadState& ts, Value s, CallArgs a) { return view_set_op(ts, s, a[0], g_name___xor__, false); }
Result<Value> view_rsub(ThreadState& ts, Value s, CallArgs a) { return view_set_op(ts, s, a[0], g_name___sub__, true); }
Result<Value> view_compare(ThreadState& ts, Value self, Value other, Value name) {
  bool set_like = is_set(other) || (other.is_object() && other.as_object()->kind() == ObjectKind::DictView &&
                                    type_of(other) != g_dict_values_type);
  if (!set_like) return g_notimplemented;
  Value a = PY_TRY(view_as_set(ts, self));
  Value b = is_set(other) ? other : PY_TRY(view_as_set(ts, other));
  return call_method(ts, a, name, {b});
}
Result<Value> view_eq(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___eq__); }
Result<Value> view_ne(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___ne__); }
Result<Value> view_le(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___le__); }
Result<Value> view_lt(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___lt__); }
Result<Value> view_ge(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___ge__); }
Result<Value> view_gt(ThreadState& ts, Value s, CallArgs a) { return view_compare(ts, s, a[0], g_name___gt__); }
Result<Value> view_isdisjoint(ThreadState& ts, Value self, CallArgs args) {
  Value both = PY_TRY(view_set_op(ts, self, args[0], g_name___and__, false));
  return bool_value(PY_TRY(length(ts, both)) == 0);
}

// The types of reversed(dict) and of reversed views (keys, values, items):
// list iterators over a snapshot under CPython's names (make_builtin_type
// keeps them alive).
TypeObject* g_dict_reverse_iterator_types[3];

// reversed(dict) and reversed(view): an iterator over a snapshot, newest
// entry first (which: 0 keys, 1 values, 2 items).
Result<Value> dict_reversed(ThreadState&, Value dict, int which) {
  ValueVector entries;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(dict, &pos, &k, &v))
    entries.push_back(which == 0 ? k : which == 1 ? v : tuple_pack({k, v}));
  Value list = list_new();
  for (size_t i = entries.size(); i-- > 0;) list_append(list, entries[i]);
  SeqIteratorObject* it = allocate_object<SeqIteratorObject>(g_dict_reverse_iterator_types[which]);
  stm::view(it)->seq = list;
  stm::view(it)->index = 0;
  return Value::from_object(it);
}
Result<Value> dict_reversed_method(ThreadState& ts, Value self, CallArgs) { return dict_reversed(ts, self, 0); }
Result<Value> keys_reversed(ThreadState& ts, Value self, CallArgs) { return dict_reversed(ts, view_dict(self), 0); }
Result<Value> values_reversed(ThreadState& ts, Value self, CallArgs) { return dict_reversed(ts, view_dict(self), 1); }
Result<Value> items_reversed(ThreadState& ts, Value self, CallArgs) { return dict_reversed(ts, view_dict(self), 2); }
Result<Value> view_mapping(ThreadState&, Value self, CallArgs) { return mappingproxy_new(view_dict(self)); }
const NativeMethod kViewGetters[] = {{"mapping", view_mapping, 0, 0, 0, nullptr}};
const NativeMethod kDictReversed[] = {{"__reversed__", dict_reversed_method, 0, 0, kNativeNoKeywords, nullptr}};

#define PYSTM_SET_LIKE_VIEW_METHODS                           \
  {"__and__", view_and, 1, 1, 0, nullptr},                    \
  {"__rand__", view_and, 1, 1, 0, nullptr},                   \
  {"__or__", view_or, 1, 1, 0, nullptr},                      \
  {"__ror__", view_or, 1, 1, 0, nullptr},                     \
  {"__sub__", view_sub, 1, 1, 0, nullptr},                    \
  {"__rsub__", view_rsub, 1, 1, 0, nullptr},                  \
  {"__xor__", view_xor, 1, 1, 0, nullptr},                    \
  {"__rxor__", view_xor, 1, 1, 0, nullptr},                   \
  {"__eq__", view_eq, 1, 1, 0, nullptr},                      \
  {"__ne__", view_ne, 1, 1, 0, nullptr},                      \
  {"__le__", view_le, 1, 1, 0, nullptr},                      \
  {"__lt__", view_lt, 1, 1, 0, nullptr},                      \
  {"__ge__", view_ge, 1, 1, 0, nullptr},                      \
  {"__gt__", view_gt, 1, 1, 0, nullptr},                      \
  {"isdisjoint", view_isdisjoint, 1, 1, 0, nullptr},

const NativeMethod kKeysMethods[] = {
    {"__len__", view_len, 0, 0, 0, nullptr},
    {"__iter__", keys_iter, 0, 0, 0, nullptr},
    {"__reversed__", keys_reversed, 0, 0, 0, nullptr},
    {"__contains__", keys_contains, 1, 1, 0, nullptr},
    {"__repr__", view_repr, 0, 0, 0, nullptr},
    PYSTM_SET_LIKE_VIEW_METHODS
};
const NativeMethod kValuesMethods[] = {
    {"__len__", view_len, 0, 0, 0, nullptr},
    {"__iter__", values_iter, 0, 0, 0, nullptr},
    {"__reversed__", values_reversed, 0, 0, 0, nullptr},
    {"__contains__", values_contains, 1, 1, 0, nullptr},
    {"__repr__", view_repr, 0, 0, 0, nullptr},
};
const NativeMethod kItemsMethods[] = {
    {"__len__", view_len, 0, 0, 0, nullptr},
    {"__iter__", items_iter, 0, 0, 0, nullptr},
    {"__reversed__", items_reversed, 0, 0, 0, nullptr},
    {"__contains__", items_contains, 1, 1, 0, nullptr},
    {"__repr__", view_repr, 0, 0, 0, nullptr},
    PYSTM_SET_LIKE_VIEW_METHODS
};
#undef PYSTM_SET_LIKE_VIEW_METHODS

// --- enumerate, zip, map, filter, reversed ------------------------------------------
Result<Value> enumerate_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "enumerate", args, {"iterable", "start"}));
  Value iterable = args.nargs > 1 ? args[1] : keyword_arg(args, "iterable");
  if (iterable.is_null()) return raise_type_error(ts, "enumerate() missing required argument 'iterable' (pos 1)");
  Value start = args.nargs > 2 ? args[2] : keyword_arg(args, "start");
  if (start.is_null()) start = Value::small_int(0);
  else start = PY_TRY(index_value(ts, start));  // an exact int: True counts from 1
  Value it = PY_TRY(get_iter(ts, iterable));
  EnumerateObject* e = allocate_object<EnumerateObject>(g_enumerate_type);
  stm::view(e)->iterator = it;
  stm::view(e)->count = start;
  return Value::from_object(e);
}

Result<Value> enumerate_next(ThreadState& ts, Value self, CallArgs) {
  EnumerateObject* e = self.as<EnumerateObject>();
  Value item = PY_TRY(iter_next(ts, stm::read(e)->iterator));
  if (item.is_absent()) return raise_empty(ts, g_exc_StopIteration);
  Value count = stm::read(e)->count;
  Value next = PY_TRY(int_add(ts, count, Value::small_int(1)));
  stm::write(e)->count = next;
  return tuple_pack({count, item});
}

Result<Value> zip_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "zip", args, {"strict"}));
  Value strict = keyword_arg(args, "strict");
  ValueVector iters;
  for (size_t i = 1; i < args.nargs; ++i) iters.push_back(PY_TRY(get_iter(ts, args[i])));
  ZipObject* z = allocate_object<ZipObject>(g_zip_type);
  stm::view(z)->iterators = tuple_from(iters.data(), static_cast<int64_t>(iters.size()));
  stm::view(z)->strict = strict.is_null() ? false : PY_TRY(is_true(ts, strict));
  return Value::from_object(z);
}

Result<Value> zip_next(ThreadState& ts, Value self, CallArgs) {
  const ZipObject* z = stm::read(self.as<ZipObject>());
  Value iters = z->iterators;
  int64_t n = tuple_size(iters);
  if (n == 0) return raise_empty(ts, g_exc_StopIteration);
  ValueVector items;
  for (int64_t i = 0; i < n; ++i) {
    Value item = PY_TRY(iter_next(ts, tuple_item(iters, i)));
    if (item.is_absent()) {
      if (z->strict) {
        if (i > 0)
          return raise_value_error(ts, "zip() argument %ld is shorter than argument%s%ld", static_cast<long>(i + 1),
                                   i == 1 ? " " : "s 1-", static_cast<long>(i));
        for (int64_t j = 1; j < n; ++j) {
          Value other = PY_TRY(iter_next(ts, tuple_item(iters, j)));
          if (!other.is_absent())
            return raise_value_error(ts, "zip() argument %ld is longer than argument%s%ld", static_cast<long>(j + 1),
                                     j == 1 ? " " : "s 1-", static_cast<long>(j));
        }
      }
      return raise_empty(ts, g_exc_StopIteration);
    }
    items.push_back(item);
  }
  return tuple_from(items.data(), n);
}

Result<Value> map_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 3) return raise_type_error(ts, "map() must have at least two arguments.");
  ValueVector iters;
  for (size_t i = 2; i < args.nargs; ++i) iters.push_back(PY_TRY(get_iter(ts, args[i])));
  MapFilterObject* m = allocate_object<MapFilterObject>(g_map_type);
  stm::view(m)->function = args[1];
  stm::view(m)->iterators = tuple_from(iters.data(), static_cast<int64_t>(iters.size()));
  return Value::from_object(m);
}

Result<Value> map_next(ThreadState& ts, Value self, CallArgs) {
  const MapFilterObject* m = stm::read(self.as<MapFilterObject>());
  Value iters = m->iterators;
  Value fn = m->function;
  ValueVector items;
  for (int64_t i = 0; i < tuple_size(iters); ++i) {
    Value item = PY_TRY(iter_next(ts, tuple_item(iters, i)));
    if (item.is_absent()) return raise_empty(ts, g_exc_StopIteration);
    items.push_back(item);
  }
  return call(ts, fn, CallArgs{items.data(), items.size(), nullptr});
}

Result<Value> filter_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 3) return raise_type_error(ts, "filter expected 2 arguments, got %zu", args.nargs - 1);
  Value it = PY_TRY(get_iter(ts, args[2]));
  MapFilterObject* m = allocate_object<MapFilterObject>(g_filter_type);
  stm::view(m)->function = args[1];
  stm::view(m)->iterators = it;
  return Value::from_object(m);
}

Result<Value> filter_next(ThreadState& ts, Value self, CallArgs) {
  const MapFilterObject* m = stm::read(self.as<MapFilterObject>());
  Value it = m->iterators;
  Value fn = m->function;
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) return raise_empty(ts, g_exc_StopIteration);
    Value keep = fn.is(g_none) ? item : PY_TRY(call(ts, fn, {item}));
    if (PY_TRY(is_true(ts, keep))) return item;
  }
}

Result<Value> reversed_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 2) return raise_type_error(ts, "reversed expected 1 argument, got %zu", args.nargs - 1);
  Value seq = args[1];
  Value method = lookup_special(seq, g_name___reversed__);
  if (method.is(g_none)) return raise_type_error(ts, "'%s' object is not reversible", type_name_of(seq).c_str());
  if (!method.is_null()) {
    return call_special(ts, method, seq, {});
  }
  if (lookup_special(seq, g_name___getitem__).is_null() || lookup_special(seq, g_name___len__).is_null())
    return raise_type_error(ts, "'%s' object is not reversible", type_name_of(seq).c_str());
  int64_t n = PY_TRY(length(ts, seq));
  return seq_iterator_new(g_reversed_type, seq, n - 1);
}

const NativeMethod kEnumerateMethods[] = {
    {"__new__", enumerate_new, 0, 2, kNativeStatic, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", enumerate_next, 0, 0, 0, nullptr},
};
const NativeMethod kZipMethods[] = {
    {"__new__", zip_new, 0, -1, kNativeStatic, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", zip_next, 0, 0, 0, nullptr},
};
const NativeMethod kMapMethods[] = {
    {"__new__", map_new, 0, -1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", map_next, 0, 0, 0, nullptr},
};
const NativeMethod kFilterMethods[] = {
    {"__new__", filter_new, 0, -1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", filter_next, 0, 0, 0, nullptr},
};
const NativeMethod kReversedMethods[] = {
    {"__new__", reversed_new, 0, -1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__next__", iter_next_method, 0, 0, 0, nullptr},
};

}  // namespace

TypeObject* list_reverse_iterator_type() { return g_list_reverse_iterator_type; }

void init_iterator_types() {
  for (TypeObject* t : {g_list_iterator_type, g_tuple_iterator_type, g_str_iterator_type, g_dict_keyiterator_type,
                        g_dict_valueiterator_type, g_dict_itemiterator_type, g_callable_iterator_type,
                        g_set_iterator_type, g_bytes_iterator_type, g_bytearray_iterator_type,
                        g_memory_iterator_type})
    add_native_methods(t, kIteratorMethods);
  const char* const reverse_names[] = {"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"};
  g_list_reverse_iterator_type =
      make_builtin_type("list_reverseiterator", g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0);
  add_native_methods(g_list_reverse_iterator_type, kIteratorMethods);
  add_native_methods(g_list_reverse_iterator_type, kLengthHint);
  for (int i = 0; i < 3; ++i) {
    TypeObject* t = make_builtin_type(reverse_names[i], g_object_type, ObjectKind::SeqIterator, sizeof(SeqIteratorObject), 0);
    g_dict_reverse_iterator_types[i] = t;
    add_native_methods(t, kIteratorMethods);
    add_native_methods(t, kLengthHint);
  }
  for (TypeObject* t : {g_list_iterator_type, g_tuple_iterator_type, g_reversed_type, g_range_iterator_type})
    add_native_methods(t, kLengthHint);
  add_native_methods(g_dict_keys_type, kKeysMethods);
  add_native_methods(g_dict_type, kDictReversed);
  for (TypeObject* t : {g_dict_keys_type, g_dict_values_type, g_dict_items_type})
    add_native_property(t, &kViewGetters[0], nullptr);
  // Set-like views are unhashable like sets; values views hash by identity.
  type_set_attr_nogc_fail(g_dict_keys_type, "__hash__", g_none);
  type_set_attr_nogc_fail(g_dict_items_type, "__hash__", g_none);
  add_native_methods(g_dict_values_type, kValuesMethods);
  add_native_methods(g_dict_items_type, kItemsMethods);
  add_native_methods(g_enumerate_type, kEnumerateMethods);
  add_native_methods(g_zip_type, kZipMethods);
  add_native_methods(g_map_type, kMapMethods);
  add_native_methods(g_filter_type, kFilterMethods);
  add_native_methods(g_reversed_type, kReversedMethods);
}

}  // namespace pystm
