// stdlib/heapq_module.cpp — the `_heapq` module (library reference "heapq —
// Heap queue algorithm"): heappush, heappop, heapify, heapreplace,
// heappushpop and the max-heap helpers heapq.py uses for merge/nlargest.
// The sift loops make the same comparisons, in the same order, as
// heapq.py's pure-Python _siftdown/_siftup.
// Must never: index the list without checking its size after a comparison
// (comparisons run Python code that may resize it: RuntimeError, as
// CPython).
#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

constexpr uint32_t kLt = static_cast<uint32_t>(bytecode::CompareOp::Lt);

// `fname` names the function; functions of two arguments say "argument 1".
Status require_list(ThreadState& ts, Value heap, const char* fname, bool two_args) {
  if (!is_list(heap))
    return raise_type_error(ts, "%s() argument%s must be list, not %s", fname, two_args ? " 1" : "",
                            heap.is(g_none) ? "None" : type_name_of(heap).c_str());
  return ok_status();
}

// a < b for a min-heap, b < a for a max-heap.
Result<bool> before(ThreadState& ts, Value a, Value b, bool max) {
  return max ? rich_compare_bool(ts, b, a, kLt) : rich_compare_bool(ts, a, b, kLt);
}

Status changed(ThreadState& ts) { return raise(ts, g_exc_RuntimeError, "list changed size during iteration"); }

// Moves the item at pos towards the root while it comes before its parent.
Status sift_down(ThreadState& ts, Value heap, int64_t start, int64_t pos, bool max) {
  int64_t size = list_size(heap);
  if (pos >= size) return raise(ts, g_exc_IndexError, "list index out of range");
  Value item = list_get(heap, pos);
  while (pos > start) {
    int64_t parent_pos = (pos - 1) >> 1;
    Value parent = list_get(heap, parent_pos);
    bool lt = PY_TRY(before(ts, item, parent, max));
    if (list_size(heap) != size) return changed(ts);
    if (!lt) break;
    list_set(heap, pos, parent);
    pos = parent_pos;
  }
  list_set(heap, pos, item);
  return ok_status();
}

// Moves the smaller child up until a leaf is reached, puts the item there and
// sifts it down again (fewer comparisons than stopping early, as heapq.py).
Status sift_up(ThreadState& ts, Value heap, int64_t pos, bool max) {
  int64_t end = list_size(heap);
  int64_t start = pos;
  if (pos >= end) return raise(ts, g_exc_IndexError, "list index out of range");
  Value item = list_get(heap, pos);
  int64_t child = 2 * pos + 1;
  while (child < end) {
    int64_t right = child + 1;
    if (right < end) {
      bool lt = PY_TRY(before(ts, list_get(heap, child), list_get(heap, right), max));
      if (list_size(heap) != end) return changed(ts);
      if (!lt) child = right;
    }
    list_set(heap, pos, list_get(heap, child));
    pos = child;
    child = 2 * pos + 1;
  }
  list_set(heap, pos, item);
  return sift_down(ts, heap, start, pos, max);
}

Result<Value> heappush(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(require_list(ts, args[0], "heappush", true));
  list_append(args[0], args[1]);
  PY_TRY(sift_down(ts, args[0], 0, list_size(args[0]) - 1, false));
  return g_none;
}

Result<Value> pop(ThreadState& ts, Value heap, bool max) {
  PY_TRY(require_list(ts, heap, max ? "_heappop_max" : "heappop", false));
  int64_t n = list_size(heap);
  if (n == 0) return raise(ts, g_exc_IndexError, "index out of range");
  Value last = list_pop_last(heap);
  if (n == 1) return last;
  Value top = list_get(heap, 0);
  list_set(heap, 0, last);
  PY_TRY(sift_up(ts, heap, 0, max));
  return top;
}
Result<Value> heappop(ThreadState& ts, Value, CallArgs args) { return pop(ts, args[0], false); }
Result<Value> heappop_max(ThreadState& ts, Value, CallArgs args) { return pop(ts, args[0], true); }

Result<Value> replace(ThreadState& ts, Value heap, Value item, bool max) {
  PY_TRY(require_list(ts, heap, max ? "_heapreplace_max" : "heapreplace", true));
  if (list_size(heap) == 0) return raise(ts, g_exc_IndexError, "index out of range");
  Value top = list_get(heap, 0);
  list_set(heap, 0, item);
  PY_TRY(sift_up(ts, heap, 0, max));
  return top;
}
Result<Value> heapreplace(ThreadState& ts, Value, CallArgs args) { return replace(ts, args[0], args[1], false); }
Result<Value> heapreplace_max(ThreadState& ts, Value, CallArgs args) { return replace(ts, args[0], args[1], true); }

Result<Value> heappushpop(ThreadState& ts, Value, CallArgs args) {
  Value heap = args[0], item = args[1];
  PY_TRY(require_list(ts, heap, "heappushpop", true));
  if (list_size(heap) == 0) return item;
  Value top = list_get(heap, 0);
  bool lt = PY_TRY(rich_compare_bool(ts, top, item, kLt));
  if (!lt) return item;
  if (list_size(heap) == 0) return raise(ts, g_exc_IndexError, "index out of range");
  top = list_get(heap, 0);
  list_set(heap, 0, item);
  PY_TRY(sift_up(ts, heap, 0, false));
  return top;
}

Result<Value> heapify_impl(ThreadState& ts, Value heap, bool max) {
  PY_TRY(require_list(ts, heap, max ? "_heapify_max" : "heapify", false));
  for (int64_t i = list_size(heap) / 2 - 1; i >= 0; --i) {
    if (i >= list_size(heap)) continue;
    PY_TRY(sift_up(ts, heap, i, max));
  }
  return g_none;
}
Result<Value> heapify(ThreadState& ts, Value, CallArgs args) { return heapify_impl(ts, args[0], false); }
Result<Value> heapify_max(ThreadState& ts, Value, CallArgs args) { return heapify_impl(ts, args[0], true); }

const NativeMethod kFunctions[] = {
    {"heappush", heappush, 2, 2, kNativeNoKeywords, nullptr},
    {"heappop", heappop, 1, 1, kNativeNoKeywords, nullptr},
    {"heapify", heapify, 1, 1, kNativeNoKeywords, nullptr},
    {"heapreplace", heapreplace, 2, 2, kNativeNoKeywords, nullptr},
    {"heappushpop", heappushpop, 2, 2, kNativeNoKeywords, nullptr},
    {"_heappop_max", heappop_max, 1, 1, kNativeNoKeywords, nullptr},
    {"_heapify_max", heapify_max, 1, 1, kNativeNoKeywords, nullptr},
    {"_heapreplace_max", heapreplace_max, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_heapq_module(ThreadState&) {
  Value module = module_new(str_intern("_heapq"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
