// stdlib/itertools_module.cpp — the `itertools` module (library reference
// "itertools — Functions creating iterators for efficient looping"): count,
// cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
// groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
// permutations, combinations, combinations_with_replacement.
// Owns: those types. Every object is a NativeStateObject: its iteration
// state (including index vectors, kept in heap lists) is in its fields, so
// an aborted transaction rewinds it. Must never: keep state in C++ memory.
#include <cstring>

#include "runtime/bytecode/binary_op.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
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

using bytecode::BinaryOp;

// --- Helpers -------------------------------------------------------------------

Value field(Value o, uint32_t i) { return native_field(o, i); }
void set(Value o, uint32_t i, Value v) { set_native_field(o, i, v); }
int64_t int_field(Value o, uint32_t i) { return field(o, i).as_small_int(); }
void set_int(Value o, uint32_t i, int64_t v) { set(o, i, Value::small_int(v)); }
Value make(Value cls, uint32_t n) { return Value::from_object(native_state_new(cls.as<TypeObject>(), n)); }
Result<Value> stop(ThreadState& ts) { return raise_empty(ts, g_exc_StopIteration); }
Result<Value> iter_self(ThreadState&, Value self, CallArgs) { return self; }

// CPython's _PyArg_NoKeywords message.
Status no_keywords(ThreadState& ts, const char* name, CallArgs args) {
  if (args.nkw()) return raise_type_error(ts, "%s() takes no keyword arguments", name);
  return ok_status();
}
// CPython's argument-clinic message for an unexpected keyword; call after
// the required arguments are checked (their absence is reported first).
Status invalid_keywords(ThreadState& ts, const char* name, CallArgs args, std::initializer_list<const char*> allowed) {
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string kw = str_to_utf8(args.kw_name(i));
    bool ok = false;
    for (const char* a : allowed) ok |= kw == a;
    if (!ok) return raise_type_error(ts, "'%s' is an invalid keyword argument for %s()", kw.c_str(), name);
  }
  return ok_status();
}

// Positional-count check for __new__ (args[0] is the class).
Status arg_count(ThreadState& ts, const char* name, CallArgs args, size_t lo, size_t hi) {
  size_t n = args.nargs - 1;
  if (n < lo) return raise_type_error(ts, "%s expected %s%zu argument%s, got %zu", name, lo == hi ? "" : "at least ", lo,
                                      lo == 1 ? "" : "s", n);
  if (n > hi) return raise_type_error(ts, "%s expected %s%zu argument%s, got %zu", name, lo == hi ? "" : "at most ", hi,
                                      hi == 1 ? "" : "s", n);
  return ok_status();
}

// Tuple of pool[indices[i]] for i < r.
Value pick(Value pool, Value indices, int64_t r) {
  TupleObject* t = tuple_new(r);
  for (int64_t i = 0; i < r; ++i) stm::view(t)->items[i] = tuple_item(pool, list_get(indices, i).as_small_int());
  return Value::from_object(t);
}
Value range_list(int64_t n) {
  Value l = list_new(n);
  for (int64_t i = 0; i < n; ++i) list_append(l, Value::small_int(i));
  return l;
}
int64_t li(Value list, int64_t i) { return list_get(list, i).as_small_int(); }
void sli(Value list, int64_t i, int64_t v) { list_set(list, i, Value::small_int(v)); }

// --- count(start=0, step=1): fields [count, step] --------------------------------

bool is_number(Value v) {
  return is_int(v) || !lookup_special(v, g_name___add__).is_null();
}

Result<Value> count_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(invalid_keywords(ts, "count", args, {"start", "step"}));
  if (args.nargs > 3) return raise_type_error(ts, "count() takes at most 2 arguments (%zu given)", args.nargs - 1 + args.nkw());
  Value start = args.nargs > 1 ? args[1] : keyword_arg(args, "start");
  Value step = args.nargs > 2 ? args[2] : keyword_arg(args, "step");
  if (start.is_null()) start = Value::small_int(0);
  if (step.is_null()) step = Value::small_int(1);
  if (!is_number(start) || !is_number(step) || is_str(start) || is_str(step))
    return raise_type_error(ts, "a number is required");
  Value o = make(args[0], 2);
  set(o, 0, start);
  set(o, 1, step);
  return o;
}
Result<Value> count_next(ThreadState& ts, Value self, CallArgs) {
  Value cur = field(self, 0);
  set(self, 0, PY_TRY(binary_op(ts, cur, field(self, 1), static_cast<uint32_t>(BinaryOp::Add))));
  return cur;
}
Result<Value> count_repr(ThreadState& ts, Value self, CallArgs) {
  std::string name = type_name(type_of(self));
  Value step = field(self, 1);
  std::string out = name + "(" + PY_TRY(repr_utf8(ts, field(self, 0)));
  if (!(step.is_small_int() && step.as_small_int() == 1)) out += ", " + PY_TRY(repr_utf8(ts, step));
  return str_from_utf8(out + ")");
}

// --- cycle(iterable): fields [iterator, saved list, index, first pass] --------------

Result<Value> cycle_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "cycle", args));
  PY_TRY(arg_count(ts, "cycle", args, 1, 1));
  Value it = PY_TRY(get_iter(ts, args[1]));
  Value o = make(args[0], 4);
  set(o, 0, it);
  set(o, 1, list_new());
  set_int(o, 2, 0);
  set(o, 3, g_true);
  return o;
}
Result<Value> cycle_next(ThreadState& ts, Value self, CallArgs) {
  Value saved = field(self, 1);
  if (field(self, 3).is(g_true)) {
    Value v = PY_TRY(iter_next(ts, field(self, 0)));
    if (!v.is_absent()) {
      list_append(saved, v);
      return v;
    }
    set(self, 3, g_false);
  }
  int64_t n = list_size(saved);
  if (n == 0) return stop(ts);
  int64_t i = int_field(self, 2);
  set_int(self, 2, (i + 1) % n);
  return list_get(saved, i);
}

// --- repeat(object[, times]): fields [object, remaining (-1: forever)] --------------

Result<Value> repeat_new(ThreadState& ts, Value, CallArgs args) {
  Value obj = args.nargs > 1 ? args[1] : keyword_arg(args, "object");
  Value times = args.nargs > 2 ? args[2] : keyword_arg(args, "times");
  if (obj.is_null()) return raise_type_error(ts, "repeat() missing required argument 'object' (pos 1)");
  PY_TRY(invalid_keywords(ts, "repeat", args, {"object", "times"}));
  if (args.nargs > 3) return raise_type_error(ts, "repeat() takes at most 2 arguments (%zu given)", args.nargs - 1);
  int64_t n = -1;
  if (!times.is_null()) {
    if (!is_int(times)) return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(times).c_str());
    n = PY_TRY(index_as_ssize(ts, times));
    if (n < 0) n = 0;
  }
  Value o = make(args[0], 2);
  set(o, 0, obj);
  set_int(o, 1, n);
  return o;
}
Result<Value> repeat_next(ThreadState& ts, Value self, CallArgs) {
  int64_t n = int_field(self, 1);
  if (n == 0) return stop(ts);
  if (n > 0) set_int(self, 1, n - 1);
  return field(self, 0);
}
Result<Value> repeat_repr(ThreadState& ts, Value self, CallArgs) {
  std::string out = type_name(type_of(self)) + "(" + PY_TRY(repr_utf8(ts, field(self, 0)));
  int64_t n = int_field(self, 1);
  if (n >= 0) out += ", " + std::to_string(n);
  return str_from_utf8(out + ")");
}
Result<Value> repeat_length_hint(ThreadState& ts, Value self, CallArgs) {
  int64_t n = int_field(self, 1);
  if (n < 0) return raise_type_error(ts, "len() of unsized object");
  return Value::small_int(n);
}

// --- accumulate(iterable, func=None, *, initial=None): [it, func, total, initial] ----

Result<Value> accumulate_new(ThreadState& ts, Value, CallArgs args) {
  Value iterable = args.nargs > 1 ? args[1] : keyword_arg(args, "iterable");
  Value func = args.nargs > 2 ? args[2] : keyword_arg(args, "func");
  if (args.nargs > 3) return raise_type_error(ts, "accumulate() takes at most 2 positional arguments (%zu given)", args.nargs - 1);
  if (iterable.is_null()) return raise_type_error(ts, "accumulate() missing required argument 'iterable' (pos 1)");
  PY_TRY(invalid_keywords(ts, "accumulate", args, {"iterable", "func", "initial"}));
  Value initial = keyword_arg(args, "initial");
  Value it = PY_TRY(get_iter(ts, iterable));
  Value o = make(args[0], 4);
  set(o, 0, it);
  set(o, 1, func.is_null() || func.is(g_none) ? Value() : func);
  set(o, 3, initial.is_null() || initial.is(g_none) ? Value() : initial);
  return o;
}
Result<Value> accumulate_next(ThreadState& ts, Value self, CallArgs) {
  Value initial = field(self, 3);
  if (!initial.is_null()) {
    set(self, 2, initial);
    set(self, 3, Value());
    return initial;
  }
  Value v = PY_TRY(iter_next(ts, field(self, 0)));
  if (v.is_absent()) return stop(ts);
  Value total = field(self, 2);
  if (total.is_null()) {
    total = v;
  } else {
    Value func = field(self, 1);
    total = func.is_null() ? PY_TRY(binary_op(ts, total, v, static_cast<uint32_t>(BinaryOp::Add)))
                           : PY_TRY(call(ts, func, {total, v}));
  }
  set(self, 2, total);
  return total;
}

// --- chain(*iterables), chain.from_iterable: [source iterator, active iterator] ------

Result<Value> chain_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "chain", args));
  Value o = make(args[0], 2);
  set(o, 0, PY_TRY(get_iter(ts, tuple_from(args.args + 1, static_cast<int64_t>(args.nargs) - 1))));
  return o;
}
Result<Value> chain_from_iterable(ThreadState& ts, Value cls, CallArgs args) {
  if (args.nargs != 1)
    return raise_type_error(ts, "chain.from_iterable() takes exactly one argument (%zu given)", args.nargs);
  Value source = PY_TRY(get_iter(ts, args[0]));
  Value o = make(cls, 2);
  set(o, 0, source);
  return o;
}
Result<Value> chain_next(ThreadState& ts, Value self, CallArgs) {
  while (true) {
    Value active = field(self, 1);
    if (active.is_null()) {
      Value source = field(self, 0);
      if (source.is_null()) return stop(ts);
      Value next_iterable = PY_TRY(iter_next(ts, source));
      if (next_iterable.is_absent()) {
        set(self, 0, Value());
        return stop(ts);
      }
      active = PY_TRY(get_iter(ts, next_iterable));
      set(self, 1, active);
    }
    Value v = PY_TRY(iter_next(ts, active));
    if (!v.is_absent()) return v;
    set(self, 1, Value());
  }
}

// --- compress(data, selectors): [data iterator, selector iterator] -------------------

Result<Value> compress_new(ThreadState& ts, Value, CallArgs args) {
  Value data = args.nargs > 1 ? args[1] : keyword_arg(args, "data");
  Value selectors = args.nargs > 2 ? args[2] : keyword_arg(args, "selectors");
  if (data.is_null()) return raise_type_error(ts, "compress() missing required argument 'data' (pos 1)");
  if (selectors.is_null()) return raise_type_error(ts, "compress() missing required argument 'selectors' (pos 2)");
  PY_TRY(invalid_keywords(ts, "compress", args, {"data", "selectors"}));
  Value d = PY_TRY(get_iter(ts, data));
  Value s = PY_TRY(get_iter(ts, selectors));
  Value o = make(args[0], 2);
  set(o, 0, d);
  set(o, 1, s);
  return o;
}
Result<Value> compress_next(ThreadState& ts, Value self, CallArgs) {
  while (true) {
    Value d = PY_TRY(iter_next(ts, field(self, 0)));
    if (d.is_absent()) return stop(ts);
    Value s = PY_TRY(iter_next(ts, field(self, 1)));
    if (s.is_absent()) return stop(ts);
    if (PY_TRY(is_true(ts, s))) return d;
  }
}

// --- dropwhile / takewhile / filterfalse (predicate, iterable): [pred, it, flag] -----

Result<Value> predicate_new(ThreadState& ts, const char* name, CallArgs args) {
  PY_TRY(no_keywords(ts, name, args));
  PY_TRY(arg_count(ts, name, args, 2, 2));
  Value it = PY_TRY(get_iter(ts, args[2]));
  Value o = make(args[0], 3);
  set(o, 0, args[1]);
  set(o, 1, it);
  set(o, 2, g_false);
  return o;
}
Result<bool> test(ThreadState& ts, Value pred, Value v) {
  if (pred.is(g_none)) return is_true(ts, v);
  return is_true(ts, PY_TRY(call(ts, pred, {v})));
}
Result<Value> dropwhile_new(ThreadState& ts, Value, CallArgs args) { return predicate_new(ts, "dropwhile", args); }
Result<Value> dropwhile_next(ThreadState& ts, Value self, CallArgs) {
  while (true) {
    Value v = PY_TRY(iter_next(ts, field(self, 1)));
    if (v.is_absent()) return stop(ts);
    if (field(self, 2).is(g_true)) return v;
    if (!PY_TRY(test(ts, field(self, 0), v))) {
      set(self, 2, g_true);
      return v;
    }
  }
}
Result<Value> takewhile_new(ThreadState& ts, Value, CallArgs args) { return predicate_new(ts, "takewhile", args); }
Result<Value> takewhile_next(ThreadState& ts, Value self, CallArgs) {
  if (field(self, 2).is(g_true)) return stop(ts);
  Value v = PY_TRY(iter_next(ts, field(self, 1)));
  if (v.is_absent()) return stop(ts);
  if (PY_TRY(test(ts, field(self, 0), v))) return v;
  set(self, 2, g_true);
  return stop(ts);
}
Result<Value> filterfalse_new(ThreadState& ts, Value, CallArgs args) { return predicate_new(ts, "filterfalse", args); }
Result<Value> filterfalse_next(ThreadState& ts, Value self, CallArgs) {
  while (true) {
    Value v = PY_TRY(iter_next(ts, field(self, 1)));
    if (v.is_absent()) return stop(ts);
    if (!PY_TRY(test(ts, field(self, 0), v))) return v;
  }
}

// --- groupby(iterable, key=None) ------------------------------------------------------
// groupby: [it, keyfunc, tgtkey, currkey, currvalue, currgrouper]; _grouper: [parent, tgtkey].

TypeObject* g_grouper_type = nullptr;

Result<Value> groupby_new(ThreadState& ts, Value, CallArgs args) {
  Value iterable = args.nargs > 1 ? args[1] : keyword_arg(args, "iterable");
  Value key = args.nargs > 2 ? args[2] : keyword_arg(args, "key");
  if (iterable.is_null()) return raise_type_error(ts, "groupby() missing required argument 'iterable' (pos 1)");
  PY_TRY(invalid_keywords(ts, "groupby", args, {"iterable", "key"}));
  if (args.nargs > 3) return raise_type_error(ts, "groupby() takes at most 2 arguments (%zu given)", args.nargs - 1);
  Value it = PY_TRY(get_iter(ts, iterable));
  Value o = make(args[0], 6);
  set(o, 0, it);
  set(o, 1, key.is_null() ? g_none : key);
  return o;
}
// Advances to the next item: false at the end of the input.
Result<bool> groupby_step(ThreadState& ts, Value gb) {
  Value v = PY_TRY(iter_next(ts, field(gb, 0)));
  if (v.is_absent()) return false;
  Value keyfunc = field(gb, 1);
  Value k = keyfunc.is(g_none) ? v : PY_TRY(call(ts, keyfunc, {v}));
  set(gb, 4, v);
  set(gb, 3, k);
  return true;
}
Result<Value> groupby_next(ThreadState& ts, Value self, CallArgs) {
  set(self, 5, Value());
  while (true) {
    Value curr = field(self, 3);
    Value tgt = field(self, 2);
    if (!curr.is_null()) {
      if (tgt.is_null()) break;
      if (!PY_TRY(equals(ts, tgt, curr))) break;
    }
    if (!PY_TRY(groupby_step(ts, self))) return stop(ts);
  }
  Value key = field(self, 3);
  set(self, 2, key);
  Value grouper = Value::from_object(native_state_new(g_grouper_type, 2));
  set(grouper, 0, self);
  set(grouper, 1, key);
  set(self, 5, grouper);
  return tuple_pack({key, grouper});
}
Result<Value> grouper_next(ThreadState& ts, Value self, CallArgs) {
  Value parent = field(self, 0);
  if (!field(parent, 5).is(self)) return stop(ts);
  if (field(parent, 4).is_null())
    if (!PY_TRY(groupby_step(ts, parent))) return stop(ts);
  if (!PY_TRY(equals(ts, field(self, 1), field(parent, 3)))) return stop(ts);
  Value v = field(parent, 4);
  set(parent, 4, Value());
  return v;
}

// --- islice(iterable, stop) / islice(iterable, start, stop[, step]) -------------------
// [it (null when done), next index, stop (-1: none), step, count]

Result<int64_t> islice_index(ThreadState& ts, Value v, const char* message) {
  if (v.is_small_int() && v.as_small_int() >= 0) return v.as_small_int();
  if (is_int(v) || !lookup_special(v, g_name___index__).is_null()) {
    Result<int64_t> n = index_as_ssize(ts, v);
    if (n.ok() && n.value() >= 0) return n.value();
    if (!n.ok()) clear_pending_exception(ts);
  }
  return raise_value_error(ts, "%s", message);
}
Result<Value> islice_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "islice", args));
  PY_TRY(arg_count(ts, "islice", args, 2, 4));
  int64_t start = 0, stop_at = -1, step = 1;
  if (args.nargs == 3) {
    if (!args[2].is(g_none))
      stop_at = PY_TRY(islice_index(
          ts, args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
  } else {
    const char* msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (!args[2].is(g_none)) start = PY_TRY(islice_index(ts, args[2], msg));
    if (!args[3].is(g_none))
      stop_at = PY_TRY(islice_index(
          ts, args[3], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    if (args.nargs == 5 && !args[4].is(g_none)) {
      Result<int64_t> s = islice_index(ts, args[4], "Step for islice() must be a positive integer or None.");
      if (!s.ok() || s.value() < 1) {
        if (!s.ok()) clear_pending_exception(ts);
        return raise_value_error(ts, "Step for islice() must be a positive integer or None.");
      }
      step = s.value();
    }
  }
  Value it = PY_TRY(get_iter(ts, args[1]));
  Value o = make(args[0], 5);
  set(o, 0, it);
  set_int(o, 1, start);
  set_int(o, 2, stop_at);
  set_int(o, 3, step);
  set_int(o, 4, 0);
  return o;
}
Result<Value> islice_next(ThreadState& ts, Value self, CallArgs) {
  Value it = field(self, 0);
  if (it.is_null()) return stop(ts);
  int64_t next = int_field(self, 1), stop_at = int_field(self, 2), cnt = int_field(self, 4);
  while (cnt < next) {
    Value skipped = PY_TRY(iter_next(ts, it));
    if (skipped.is_absent()) {
      set(self, 0, Value());
      return stop(ts);
    }
    set_int(self, 4, ++cnt);
  }
  if (stop_at != -1 && cnt >= stop_at) {
    set(self, 0, Value());
    return stop(ts);
  }
  Value item = PY_TRY(iter_next(ts, it));
  if (item.is_absent()) {
    set(self, 0, Value());
    return stop(ts);
  }
  set_int(self, 4, cnt + 1);
  int64_t step = int_field(self, 3);
  int64_t new_next = next + step;
  if (new_next < next || (stop_at != -1 && new_next > stop_at)) new_next = stop_at;
  set_int(self, 1, new_next);
  return item;
}

// --- pairwise(iterable): [it (null when done), previous item] -----------------------

Result<Value> pairwise_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "pairwise", args));
  PY_TRY(arg_count(ts, "pairwise", args, 1, 1));
  Value it = PY_TRY(get_iter(ts, args[1]));
  Value o = make(args[0], 2);
  set(o, 0, it);
  return o;
}
Result<Value> pairwise_next(ThreadState& ts, Value self, CallArgs) {
  Value it = field(self, 0);
  if (it.is_null()) return stop(ts);
  Value old = field(self, 1);
  if (old.is_null()) {
    old = PY_TRY(iter_next(ts, it));
    if (old.is_absent()) {
      set(self, 0, Value());
      return stop(ts);
    }
    set(self, 1, old);
  }
  Value v = PY_TRY(iter_next(ts, it));
  if (v.is_absent()) {
    set(self, 0, Value());
    set(self, 1, Value());
    return stop(ts);
  }
  set(self, 1, v);
  return tuple_pack({old, v});
}

// --- starmap(function, iterable): [function, it] ---------------------------------------

Result<Value> starmap_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "starmap", args));
  PY_TRY(arg_count(ts, "starmap", args, 2, 2));
  Value it = PY_TRY(get_iter(ts, args[2]));
  Value o = make(args[0], 2);
  set(o, 0, args[1]);
  set(o, 1, it);
  return o;
}
Result<Value> starmap_next(ThreadState& ts, Value self, CallArgs) {
  Value v = PY_TRY(iter_next(ts, field(self, 1)));
  if (v.is_absent()) return stop(ts);
  Value items = v;
  if (!v.is_object() || v.as_object()->kind() != ObjectKind::Tuple) items = list_to_tuple(PY_TRY(sequence_to_list(ts, v)));
  return call(ts, field(self, 0), CallArgs{tuple_items(items), static_cast<size_t>(tuple_size(items)), nullptr});
}

// --- tee(iterable, n=2) ---------------------------------------------------------------
// _tee: [shared, node]; shared (_tee_dataobject): [source iterator]; nodes: [value, next].
// A node without `next` is the unfilled tail shared by the tees that caught up.

TypeObject* g_tee_type = nullptr;
TypeObject* g_tee_data_type = nullptr;

Value new_node() { return Value::from_object(native_state_new(g_tee_data_type, 2)); }

Result<Value> tee_from(ThreadState& ts, Value iterable) {
  Value shared = Value::from_object(native_state_new(g_tee_data_type, 2));
  set(shared, 0, PY_TRY(get_iter(ts, iterable)));
  Value t = Value::from_object(native_state_new(g_tee_type, 2));
  set(t, 0, shared);
  set(t, 1, new_node());
  return t;
}
Value tee_copy_of(Value t) {
  Value c = Value::from_object(native_state_new(g_tee_type, 2));
  set(c, 0, field(t, 0));
  set(c, 1, field(t, 1));
  return c;
}
Result<Value> tee_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "_tee", args));
  PY_TRY(arg_count(ts, "_tee", args, 1, 1));
  if (type_of(args[1]) == g_tee_type) return tee_copy_of(args[1]);
  return tee_from(ts, args[1]);
}
Result<Value> tee_next(ThreadState& ts, Value self, CallArgs) {
  Value node = field(self, 1);
  if (field(node, 1).is_null()) {
    Value v = PY_TRY(iter_next(ts, field(field(self, 0), 0)));
    if (v.is_absent()) return stop(ts);
    // Another tee may have filled the node while the source ran.
    if (field(node, 1).is_null()) {
      set(node, 0, v);
      set(node, 1, new_node());
    }
  }
  set(self, 1, field(node, 1));
  return field(node, 0);
}
Result<Value> tee_copy(ThreadState&, Value self, CallArgs) { return tee_copy_of(self); }

Result<Value> itertools_tee(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(no_keywords(ts, "tee", args));
  if (args.nargs < 1 || args.nargs > 2)
    return raise_type_error(ts, "tee expected %s, got %zu", args.nargs < 1 ? "at least 1 argument" : "at most 2 arguments",
                            args.nargs);
  int64_t n = 2;
  if (args.nargs == 2) {
    if (!is_int(args[1]))
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(args[1]).c_str());
    n = PY_TRY(index_as_ssize(ts, args[1]));
  }
  if (n < 0) return raise_value_error(ts, "n must be >= 0");
  ValueVector tees;
  if (n == 0) return tuple_from(nullptr, 0);
  Value it = PY_TRY(get_iter(ts, args[0]));
  Value copy_method = PY_TRY(get_attr_optional(ts, it, str_intern("__copy__")));
  Value first = copy_method.is_absent() ? PY_TRY(tee_from(ts, it)) : it;
  tees.push_back(first);
  for (int64_t i = 1; i < n; ++i) tees.push_back(PY_TRY(call_method(ts, first, str_intern("__copy__"), {})));
  return tuple_from(tees.data(), static_cast<int64_t>(tees.size()));
}

// --- zip_longest(*iterables, fillvalue=None): [iterators list, fillvalue, active] -------

Result<Value> zip_longest_new(ThreadState& ts, Value, CallArgs args) {
  Value fill = g_none;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (str_to_utf8(args.kw_name(i)) != "fillvalue")
      return raise_type_error(ts, "zip_longest() got an unexpected keyword argument");
    fill = args.kw_value(i);
  }
  Value its = list_new();
  for (size_t i = 1; i < args.nargs; ++i) list_append(its, PY_TRY(get_iter(ts, args[i])));
  Value o = make(args[0], 3);
  set(o, 0, its);
  set(o, 1, fill);
  set_int(o, 2, static_cast<int64_t>(args.nargs) - 1);
  return o;
}
Result<Value> zip_longest_next(ThreadState& ts, Value self, CallArgs) {
  Value its = field(self, 0);
  int64_t n = list_size(its);
  int64_t active = int_field(self, 2);
  if (n == 0 || active == 0) return stop(ts);
  ValueVector items;
  for (int64_t i = 0; i < n; ++i) {
    Value it = list_get(its, i);
    if (it.is(g_none)) {
      items.push_back(field(self, 1));
      continue;
    }
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) {
      list_set(its, i, g_none);
      set_int(self, 2, --active);
      if (active == 0) return stop(ts);
      v = field(self, 1);
    }
    items.push_back(v);
  }
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}

// --- product(*iterables, repeat=1): [pools tuple, indices list, state] ----------------
// state: 0 before the first item, 1 running, 2 exhausted.

Result<Value> product_new(ThreadState& ts, Value, CallArgs args) {
  int64_t repeat = 1;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (str_to_utf8(args.kw_name(i)) != "repeat")
      return raise_type_error(ts, "'%s' is an invalid keyword argument for product()",
                              str_to_utf8(args.kw_name(i)).c_str());
    Value r = args.kw_value(i);
    if (!is_int(r)) return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(r).c_str());
    repeat = PY_TRY(index_as_ssize(ts, r));
  }
  if (repeat < 0) return raise_value_error(ts, "repeat argument cannot be negative");
  ValueVector base;
  for (size_t i = 1; i < args.nargs; ++i) base.push_back(list_to_tuple(PY_TRY(sequence_to_list(ts, args[i]))));
  ValueVector pools;
  for (int64_t r = 0; r < repeat; ++r)
    for (Value p : base) pools.push_back(p);
  Value o = make(args[0], 3);
  set(o, 0, tuple_from(pools.data(), static_cast<int64_t>(pools.size())));
  set(o, 1, list_from(nullptr, 0));
  set_int(o, 2, 0);
  return o;
}
Result<Value> product_next(ThreadState& ts, Value self, CallArgs) {
  int64_t state = int_field(self, 2);
  if (state == 2) return stop(ts);
  Value pools = field(self, 0);
  Value indices = field(self, 1);
  int64_t n = tuple_size(pools);
  if (state == 0) {
    for (int64_t i = 0; i < n; ++i) {
      if (tuple_size(tuple_item(pools, i)) == 0) {
        set_int(self, 2, 2);
        return stop(ts);
      }
      list_append(indices, Value::small_int(0));
    }
    set_int(self, 2, 1);
  } else {
    int64_t i = n - 1;
    for (; i >= 0; --i) {
      int64_t k = li(indices, i) + 1;
      if (k < tuple_size(tuple_item(pools, i))) {
        sli(indices, i, k);
        break;
      }
      sli(indices, i, 0);
    }
    if (i < 0) {
      set_int(self, 2, 2);
      return stop(ts);
    }
  }
  TupleObject* t = tuple_new(n);
  for (int64_t i = 0; i < n; ++i) stm::view(t)->items[i] = tuple_item(tuple_item(pools, i), li(indices, i));
  return Value::from_object(t);
}

// --- permutations / combinations / combinations_with_replacement ----------------------
// [pool tuple, indices list, cycles list (permutations), r, state (0 first, 1 running, 2 done)]

Result<Value> pool_of(ThreadState& ts, Value iterable) { return list_to_tuple(PY_TRY(sequence_to_list(ts, iterable))); }

Result<Value> combinatoric_new(ThreadState& ts, const char* name, CallArgs args, bool r_optional) {
  Value iterable = args.nargs > 1 ? args[1] : keyword_arg(args, "iterable");
  Value rv = args.nargs > 2 ? args[2] : keyword_arg(args, "r");
  if (args.nargs > 3) return raise_type_error(ts, "%s() takes at most 2 arguments (%zu given)", name, args.nargs - 1);
  if (iterable.is_null()) return raise_type_error(ts, "%s() missing required argument 'iterable' (pos 1)", name);
  if (rv.is_null() && !r_optional) return raise_type_error(ts, "%s() missing required argument 'r' (pos 2)", name);
  PY_TRY(invalid_keywords(ts, name, args, {"iterable", "r"}));
  Value pool = PY_TRY(pool_of(ts, iterable));
  int64_t n = tuple_size(pool);
  int64_t r = n;
  if (!rv.is_null() && !rv.is(g_none)) {
    if (!is_int(rv)) {
      if (r_optional) return raise_type_error(ts, "Expected int as r");
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(rv).c_str());
    }
    r = PY_TRY(index_as_ssize(ts, rv));
    if (r < 0) return raise_value_error(ts, "r must be non-negative");
  } else if (rv.is(g_none) && !r_optional) {
    return raise_type_error(ts, "'NoneType' object cannot be interpreted as an integer");
  }
  Value o = make(args[0], 5);
  set(o, 0, pool);
  set_int(o, 3, r);
  set_int(o, 4, 0);
  return o;
}

Result<Value> permutations_new(ThreadState& ts, Value, CallArgs args) {
  return combinatoric_new(ts, "permutations", args, true);
}
Result<Value> permutations_next(ThreadState& ts, Value self, CallArgs) {
  Value pool = field(self, 0);
  int64_t n = tuple_size(pool), r = int_field(self, 3), state = int_field(self, 4);
  if (state == 2 || r > n) return stop(ts);
  if (state == 0) {
    Value indices = range_list(n);
    Value cycles = list_new(r);
    for (int64_t i = 0; i < r; ++i) list_append(cycles, Value::small_int(n - i));
    set(self, 1, indices);
    set(self, 2, cycles);
    set_int(self, 4, 1);
    return pick(pool, indices, r);
  }
  Value indices = field(self, 1), cycles = field(self, 2);
  if (n == 0) {
    set_int(self, 4, 2);
    return stop(ts);
  }
  for (int64_t i = r - 1; i >= 0; --i) {
    int64_t c = li(cycles, i) - 1;
    sli(cycles, i, c);
    if (c == 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      int64_t first = li(indices, i);
      for (int64_t k = i; k < n - 1; ++k) sli(indices, k, li(indices, k + 1));
      sli(indices, n - 1, first);
      sli(cycles, i, n - i);
    } else {
      int64_t j = n - c;
      int64_t a = li(indices, i), b = li(indices, j);
      sli(indices, i, b);
      sli(indices, j, a);
      return pick(pool, indices, r);
    }
  }
  set_int(self, 4, 2);
  return stop(ts);
}

Result<Value> combinations_new(ThreadState& ts, Value, CallArgs args) {
  return combinatoric_new(ts, "combinations", args, false);
}
Result<Value> combinations_next(ThreadState& ts, Value self, CallArgs) {
  Value pool = field(self, 0);
  int64_t n = tuple_size(pool), r = int_field(self, 3), state = int_field(self, 4);
  if (state == 2 || r > n) return stop(ts);
  if (state == 0) {
    Value indices = range_list(r);
    set(self, 1, indices);
    set_int(self, 4, 1);
    return pick(pool, indices, r);
  }
  Value indices = field(self, 1);
  int64_t i = r - 1;
  while (i >= 0 && li(indices, i) == i + n - r) --i;
  if (i < 0) {
    set_int(self, 4, 2);
    return stop(ts);
  }
  sli(indices, i, li(indices, i) + 1);
  for (int64_t j = i + 1; j < r; ++j) sli(indices, j, li(indices, j - 1) + 1);
  return pick(pool, indices, r);
}

Result<Value> cwr_new(ThreadState& ts, Value, CallArgs args) {
  return combinatoric_new(ts, "combinations_with_replacement", args, false);
}
Result<Value> cwr_next(ThreadState& ts, Value self, CallArgs) {
  Value pool = field(self, 0);
  int64_t n = tuple_size(pool), r = int_field(self, 3), state = int_field(self, 4);
  if (state == 2 || (n == 0 && r > 0)) return stop(ts);
  if (state == 0) {
    Value indices = list_new(r);
    for (int64_t i = 0; i < r; ++i) list_append(indices, Value::small_int(0));
    set(self, 1, indices);
    set_int(self, 4, 1);
    return pick(pool, indices, r);
  }
  Value indices = field(self, 1);
  int64_t i = r - 1;
  while (i >= 0 && li(indices, i) == n - 1) --i;
  if (i < 0) {
    set_int(self, 4, 2);
    return stop(ts);
  }
  int64_t v = li(indices, i) + 1;
  for (int64_t j = i; j < r; ++j) sli(indices, j, v);
  return pick(pool, indices, r);
}

// --- Type table -----------------------------------------------------------------

#define ITER_METHODS(prefix)                                        \
  {"__new__", prefix##_new, 0, -1, kNativeStatic, nullptr},         \
  {"__next__", prefix##_next, 0, 0, 0, nullptr},                    \
  {"__iter__", iter_self, 0, 0, 0, nullptr}

const NativeMethod kCount[] = {ITER_METHODS(count), {"__repr__", count_repr, 0, 0, 0, nullptr}};
const NativeMethod kCycle[] = {ITER_METHODS(cycle)};
const NativeMethod kRepeat[] = {ITER_METHODS(repeat),
                                {"__repr__", repeat_repr, 0, 0, 0, nullptr},
                                {"__length_hint__", repeat_length_hint, 0, 0, 0, nullptr}};
const NativeMethod kAccumulate[] = {ITER_METHODS(accumulate)};
const NativeMethod kChain[] = {ITER_METHODS(chain),
                               {"from_iterable", chain_from_iterable, 0, -1, kNativeClass | kNativeNoKeywords, nullptr}};
const NativeMethod kCompress[] = {ITER_METHODS(compress)};
const NativeMethod kDropwhile[] = {ITER_METHODS(dropwhile)};
const NativeMethod kTakewhile[] = {ITER_METHODS(takewhile)};
const NativeMethod kFilterfalse[] = {ITER_METHODS(filterfalse)};
const NativeMethod kGroupby[] = {ITER_METHODS(groupby)};
const NativeMethod kGrouper[] = {{"__next__", grouper_next, 0, 0, 0, nullptr}, {"__iter__", iter_self, 0, 0, 0, nullptr}};
const NativeMethod kIslice[] = {ITER_METHODS(islice)};
const NativeMethod kPairwise[] = {ITER_METHODS(pairwise)};
const NativeMethod kStarmap[] = {ITER_METHODS(starmap)};
const NativeMethod kTee[] = {ITER_METHODS(tee), {"__copy__", tee_copy, 0, 0, 0, nullptr}};
const NativeMethod kZipLongest[] = {ITER_METHODS(zip_longest)};
const NativeMethod kProduct[] = {ITER_METHODS(product)};
const NativeMethod kPermutations[] = {ITER_METHODS(permutations)};
const NativeMethod kCombinations[] = {ITER_METHODS(combinations)};
const NativeMethod kCwr[] = {ITER_METHODS(cwr)};
#undef ITER_METHODS

const NativeMethod kFunctions[] = {{"tee", itertools_tee, 0, -1, 0, nullptr}};

struct TypeSpec {
  const char* name;
  std::span<const NativeMethod> methods;
  TypeObject** out;
};

TypeObject* make_type(const char* name, std::span<const NativeMethod> methods, uint32_t flags) {
  TypeObject* t = make_builtin_type(name, g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), flags);
  add_native_methods(t, methods);
  type_set_attr_nogc_fail(t, "__module__", str_intern("itertools"));
  return t;
}

}  // namespace

Result<Value> create_itertools_module(ThreadState&) {
  static TypeObject* types[21];
  static bool made = false;
  static const TypeSpec kSpecs[] = {
      {"count", kCount, nullptr},
      {"cycle", kCycle, nullptr},
      {"repeat", kRepeat, nullptr},
      {"accumulate", kAccumulate, nullptr},
      {"chain", kChain, nullptr},
      {"compress", kCompress, nullptr},
      {"dropwhile", kDropwhile, nullptr},
      {"takewhile", kTakewhile, nullptr},
      {"filterfalse", kFilterfalse, nullptr},
      {"groupby", kGroupby, nullptr},
      {"_grouper", kGrouper, &g_grouper_type},
      {"islice", kIslice, nullptr},
      {"pairwise", kPairwise, nullptr},
      {"starmap", kStarmap, nullptr},
      {"_tee", kTee, &g_tee_type},
      {"zip_longest", kZipLongest, nullptr},
      {"product", kProduct, nullptr},
      {"permutations", kPermutations, nullptr},
      {"combinations", kCombinations, nullptr},
      {"combinations_with_replacement", kCwr, nullptr},
  };
  constexpr size_t kCount_ = sizeof(kSpecs) / sizeof(kSpecs[0]);
  if (!made) {
    made = true;
    for (size_t i = 0; i < kCount_; ++i) {
      bool internal = kSpecs[i].name[0] == '_';
      types[i] = make_type(kSpecs[i].name, kSpecs[i].methods, internal ? 0u : static_cast<uint32_t>(kTypeBaseType));
      if (kSpecs[i].out) *kSpecs[i].out = types[i];
    }
    g_tee_data_type = make_type("_tee_dataobject", {}, 0);
  }
  Value module = module_new(str_intern("itertools"));
  for (size_t i = 0; i < kCount_; ++i) module_set(module, kSpecs[i].name, Value::from_object(types[i]));
  module_set(module, "_tee_dataobject", Value::from_object(g_tee_data_type));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
