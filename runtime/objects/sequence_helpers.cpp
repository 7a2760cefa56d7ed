// runtime/objects/sequence_helpers.cpp — see sequence_helpers.h.
#include "runtime/objects/sequence_helpers.h"

#include <algorithm>
#include <vector>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/int_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

Result<int64_t> sequence_index(ThreadState& ts, Value key, int64_t length, const char* what) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else {
    // Only a key without __index__ gets the "indices must be" message; an
    // __index__ that fails propagates its own error.
    if (!is_int(key) && lookup_special(key, g_name___index__).is_null())
      return raise_type_error(ts, "%s indices must be integers or slices, not %s", what, type_name_of(key).c_str());
    Result<Value> r = index_value(ts, key);
    if (r.is_error()) return kError;
    if (!int_to_int64(r.value(), &i)) {
      return raise(ts, g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) return raise(ts, g_exc_IndexError, "%s index out of range", what);
  return i;
}

Result<int64_t> search_bound(ThreadState& ts, Value v, int64_t length) {
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null())
    return raise_type_error(ts, "slice indices must be integers or have an __index__ method");
  Value i = PY_TRY(index_value(ts, v));
  int64_t x;
  if (!int_to_int64(i, &x)) x = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  if (x < 0) x = std::max<int64_t>(0, x + length);
  return x;
}

Result<int64_t> repeat_count(ThreadState& ts, Value count) {
  int64_t n;
  if (!int_to_int64(count, &n)) return raise_overflow(ts, "cannot fit 'int' into an index-sized integer");
  return n;
}

Result<Value> sequence_compare(ThreadState& ts, const Value* a, int64_t na, const Value* b, int64_t nb,
                               uint32_t op) {
  int64_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (a[i].is(b[i])) continue;
    if (!PY_TRY(equals(ts, a[i], b[i]))) break;
  }
  if (i >= na || i >= nb) {
    return bool_value(bytecode::compare_ordered(na, nb, op));
  }
  if (op == 2) return g_false;
  if (op == 3) return g_true;
  return rich_compare(ts, a[i], b[i], op);
}

namespace {
thread_local std::vector<uint64_t> tls_repr_stack;
}

ReprGuard::ReprGuard(Value container) : recursive_(false) {
  for (uint64_t bits : tls_repr_stack)
    if (bits == container.bits()) recursive_ = true;
  if (!recursive_) tls_repr_stack.push_back(container.bits());
}

ReprGuard::~ReprGuard() {
  if (!recursive_) tls_repr_stack.pop_back();
}

}  // namespace pystm
