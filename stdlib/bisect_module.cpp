// stdlib/bisect_module.cpp — the `_bisect` module (library reference
// "bisect — Array bisection algorithm"): bisect_left/right and
// insort_left/right over any sequence, with lo/hi bounds and key=.
// Must never: index outside [0, len) — the comparisons run Python code that
// may shrink the sequence, and every access goes through get_item, which
// raises IndexError then.
#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

constexpr uint32_t kLt = static_cast<uint32_t>(bytecode::CompareOp::Lt);

struct BisectArgs {
  Value a, x, key;
  int64_t lo = 0, hi = -1;
};

Status parse(ThreadState& ts, const char* fname, CallArgs args, BisectArgs* out) {
  PY_TRY(check_keywords(ts, fname, args, {"a", "x", "lo", "hi", "key"}));
  const char* names[] = {"a", "x", "lo", "hi"};
  Value v[4];
  for (size_t i = 0; i < 4; ++i) v[i] = args.nargs > i ? args[i] : keyword_arg(args, names[i]);
  if (args.nargs > 4) return raise_type_error(ts, "%s() takes at most 4 positional arguments (%zu given)", fname, args.nargs);
  for (size_t i = 0; i < 2; ++i)
    if (v[i].is_null()) return raise_type_error(ts, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
  out->a = v[0];
  out->x = v[1];
  if (!v[2].is_null()) out->lo = PY_TRY(index_as_ssize(ts, v[2]));
  if (!v[3].is_null() && !v[3].is(g_none)) {
    if (lookup_special(v[3], g_name___index__).is_null())
      return raise_type_error(ts, "argument should be integer or None, not '%s'", type_name_of(v[3]).c_str());
    out->hi = PY_TRY(index_as_ssize(ts, v[3]));
  }
  out->key = keyword_arg(args, "key");
  if (out->key.is(g_none)) out->key = Value();
  if (out->lo < 0) return raise_value_error(ts, "lo must be non-negative");
  if (out->hi == -1) out->hi = PY_TRY(length(ts, out->a));
  return ok_status();
}

// The insertion point of x (already keyed) in a[lo:hi]; `right` puts it after
// equal items.
Result<int64_t> search(ThreadState& ts, const BisectArgs& b, Value x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Value item = PY_TRY(get_item(ts, b.a, Value::small_int(mid)));
    if (!b.key.is_null()) item = PY_TRY(call(ts, b.key, {item}));
    bool go_left = right ? PY_TRY(rich_compare_bool(ts, x, item, kLt)) : !PY_TRY(rich_compare_bool(ts, item, x, kLt));
    if (go_left)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

Result<Value> bisect(ThreadState& ts, CallArgs args, const char* fname, bool right) {
  BisectArgs b;
  PY_TRY(parse(ts, fname, args, &b));
  return Value::small_int(PY_TRY(search(ts, b, b.x, right)));
}

Result<Value> insort(ThreadState& ts, CallArgs args, const char* fname, bool right) {
  BisectArgs b;
  PY_TRY(parse(ts, fname, args, &b));
  Value keyed = b.key.is_null() ? b.x : PY_TRY(call(ts, b.key, {b.x}));
  int64_t index = PY_TRY(search(ts, b, keyed, right));
  PY_TRY(call_method(ts, b.a, str_intern("insert"), {Value::small_int(index), b.x}));
  return g_none;
}

Result<Value> bisect_left(ThreadState& ts, Value, CallArgs args) { return bisect(ts, args, "bisect_left", false); }
Result<Value> bisect_right(ThreadState& ts, Value, CallArgs args) { return bisect(ts, args, "bisect_right", true); }
Result<Value> insort_left(ThreadState& ts, Value, CallArgs args) { return insort(ts, args, "insort_left", false); }
Result<Value> insort_right(ThreadState& ts, Value, CallArgs args) { return insort(ts, args, "insort_right", true); }

const NativeMethod kFunctions[] = {
    {"bisect_left", bisect_left, 0, -1, 0, nullptr},
    {"bisect_right", bisect_right, 0, -1, 0, nullptr},
    {"insort_left", insort_left, 0, -1, 0, nullptr},
    {"insort_right", insort_right, 0, -1, 0, nullptr},
};

}  // namespace

Result<Value> create_bisect_module(ThreadState&) {
  Value module = module_new(str_intern("_bisect"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
