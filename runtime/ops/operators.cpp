// runtime/ops/operators.cpp — binary, unary and comparison operators
// (language reference §6.7–6.10; data model §3.3.8 "Emulating numeric types",
// §3.3.1 rich comparisons).
#include "runtime/bytecode/binary_op.h"
#include "runtime/bytecode/code_unit.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
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

// Numeric fast paths (runtime/objects/int_object.cpp): any mix of int, bool
// and float; g_notimplemented / *handled = false for other operands.
Result<Value> number_binary(ThreadState& ts, Value a, Value b, uint32_t binary_op);
Result<Value> number_compare(ThreadState& ts, Value a, Value b, int compare_op, bool* handled);

namespace {

struct BinarySlot {
  Value* name;
  Value* reflected;
  Value* inplace;
  const char* symbol;
};

const BinarySlot& binary_slot(uint32_t op) {
  static const BinarySlot slots[] = {
      {&g_name___add__, &g_name___radd__, &g_name___iadd__, "+"},
      {&g_name___sub__, &g_name___rsub__, &g_name___isub__, "-"},
      {&g_name___mul__, &g_name___rmul__, &g_name___imul__, "*"},
      {&g_name___matmul__, &g_name___rmatmul__, &g_name___imatmul__, "@"},
      {&g_name___truediv__, &g_name___rtruediv__, &g_name___itruediv__, "/"},
      {&g_name___mod__, &g_name___rmod__, &g_name___imod__, "%"},
      {&g_name___pow__, &g_name___rpow__, &g_name___ipow__, "**"},
      {&g_name___lshift__, &g_name___rlshift__, &g_name___ilshift__, "<<"},
      {&g_name___rshift__, &g_name___rrshift__, &g_name___irshift__, ">>"},
      {&g_name___or__, &g_name___ror__, &g_name___ior__, "|"},
      {&g_name___xor__, &g_name___rxor__, &g_name___ixor__, "^"},
      {&g_name___and__, &g_name___rand__, &g_name___iand__, "&"},
      {&g_name___floordiv__, &g_name___rfloordiv__, &g_name___ifloordiv__, "//"},
  };
  return slots[op % bytecode::kInplaceOffset];
}

inline bool is_number(Value v) {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  ObjectKind k = v.as_object()->kind();
  if (k == ObjectKind::BigInt || k == ObjectKind::Float) return true;
  return k == ObjectKind::Singleton && (v.is(g_true) || v.is(g_false));
}

// A number whose type is int, bool or float itself: the operator shortcuts
// (number_binary, number_compare) are only what the special methods would
// do when no subclass of those types could have overridden them.
inline bool is_exact_number(Value v) {
  if (v.is_small_int()) return true;
  if (!is_number(v)) return false;
  TypeObject* t = v.as_object()->type();
  return t == g_int_type || t == g_float_type || t == g_bool_type;
}

// Calls type(obj).name(obj, other); g_notimplemented when there is no such method.
Result<Value> try_special(ThreadState& ts, Value obj, Value name, Value other) {
  Value method = lookup_special(obj, name);
  if (method.is_null()) return g_notimplemented;
  return call_special(ts, method, obj, {other});
}

Result<Value> binary_unsupported(ThreadState& ts, Value a, Value b, uint32_t op);

Result<Value> binary_dispatch(ThreadState& ts, Value a, Value b, uint32_t plain) {
  const BinarySlot& slot = binary_slot(plain);
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool try_reflected = ta != tb;
  // A subclass operand that overrides the reflected method goes first.
  if (try_reflected && type_is_subtype(tb, ta) && !type_lookup(tb, *slot.reflected).is_null() &&
      !type_lookup(tb, *slot.reflected).is(type_lookup(ta, *slot.reflected))) {
    Value r = PY_TRY(try_special(ts, b, *slot.reflected, a));
    if (!r.is(g_notimplemented)) return r;
    try_reflected = false;
  }
  Value r = PY_TRY(try_special(ts, a, *slot.name, b));
  if (!r.is(g_notimplemented)) return r;
  if (try_reflected) {
    r = PY_TRY(try_special(ts, b, *slot.reflected, a));
    if (!r.is(g_notimplemented)) return r;
  }
  return g_notimplemented;
}

}  // namespace

Result<Value> binary_op(ThreadState& ts, Value a, Value b, uint32_t op) {
  uint32_t plain = op % bytecode::kInplaceOffset;
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int(), r;
    switch (static_cast<bytecode::BinaryOp>(plain)) {
      case bytecode::BinaryOp::Add:
        if (!__builtin_add_overflow(x, y, &r) && Value::fits_small_int(r)) return Value::small_int(r);
        break;
      case bytecode::BinaryOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r) && Value::fits_small_int(r)) return Value::small_int(r);
        break;
      case bytecode::BinaryOp::Mult:
        if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small_int(r)) return Value::small_int(r);
        break;
      case bytecode::BinaryOp::BitAnd: return Value::small_int(x & y);
      case bytecode::BinaryOp::BitOr: return Value::small_int(x | y);
      case bytecode::BinaryOp::BitXor: return Value::small_int(x ^ y);
      case bytecode::BinaryOp::FloorDiv:
        if (y > 0) { int64_t q = x / y; if ((x % y) && (x < 0)) --q; return Value::small_int(q); }
        break;
      case bytecode::BinaryOp::Mod:
        if (y > 0) { int64_t m = x % y; if (m < 0) m += y; return Value::small_int(m); }
        break;
      default:
        break;
    }
  }
  if (is_exact_number(a) && is_exact_number(b)) {
    Value r = PY_TRY(number_binary(ts, a, b, plain));
    if (!r.is(g_notimplemented)) return r;
  }
  if (op >= bytecode::kInplaceOffset) {
    const BinarySlot& slot = binary_slot(plain);
    Value r = PY_TRY(try_special(ts, a, *slot.inplace, b));
    if (!r.is(g_notimplemented)) return r;
  }
  Value r = PY_TRY(binary_dispatch(ts, a, b, plain));
  if (!r.is(g_notimplemented)) return r;
  return binary_unsupported(ts, a, b, op);
}

Value binary_forward_method(Value a, Value b, uint32_t op) {
  // An instance of a Python class: not a number, so only the special
  // methods take part.
  if (!a.is_object() || a.as_object()->kind() != ObjectKind::Instance) return Value();
  uint32_t plain = op % bytecode::kInplaceOffset;
  const BinarySlot& slot = binary_slot(plain);
  TypeObject* ta = a.as_object()->type();
  if (op >= bytecode::kInplaceOffset && !type_lookup(ta, *slot.inplace).is_null()) return Value();
  TypeObject* tb = type_of(b);
  if (ta != tb && type_is_subtype(tb, ta)) return Value();  // b's reflected method may go first
  Value method = type_lookup(ta, *slot.name);
  if (!method.is_object() || method.as_object()->kind() != ObjectKind::Function) return Value();
  if (stm::view(stm::read(method.as<FunctionObject>())->code)->flags &
      (bytecode::CO_GENERATOR | bytecode::CO_COROUTINE | bytecode::CO_ASYNC_GENERATOR))
    return Value();
  return method;
}

Result<Value> binary_op_after_forward(ThreadState& ts, Value a, Value b, uint32_t op) {
  if (type_of(a) != type_of(b)) {
    Value r = PY_TRY(try_special(ts, b, *binary_slot(op % bytecode::kInplaceOffset).reflected, a));
    if (!r.is(g_notimplemented)) return r;
  }
  return binary_unsupported(ts, a, b, op);
}

namespace {

// binary_op's answer when no method took the operands: the TypeError.
Result<Value> binary_unsupported(ThreadState& ts, Value a, Value b, uint32_t op) {
  uint32_t plain = op % bytecode::kInplaceOffset;
  const BinarySlot& slot = binary_slot(plain);
  if (plain == static_cast<uint32_t>(bytecode::BinaryOp::Pow) && op < bytecode::kInplaceOffset)
    return raise_type_error(ts, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", type_name_of(a).c_str(),
                            type_name_of(b).c_str());
  if (plain == static_cast<uint32_t>(bytecode::BinaryOp::Mult)) {
    // Sequence repetition by a non-integer (CPython's sequence_repeat error).
    auto is_repeatable = [](Value v) {
      return is_instance_of(v, g_list_type) || is_instance_of(v, g_tuple_type) || is_instance_of(v, g_bytes_type) ||
             is_instance_of(v, g_bytearray_type);
    };
    if (is_repeatable(a) || is_repeatable(b)) {
      // The count may be any object with __index__ (CPython's sq_repeat path).
      Value count = is_repeatable(a) ? b : a;
      if (!is_int(count) && !lookup_special(count, g_name___index__).is_null()) {
        Value n = PY_TRY(index_value(ts, count));
        return is_repeatable(a) ? binary_op(ts, a, n, op) : binary_op(ts, n, b, op);
      }
      return raise_type_error(ts, "can't multiply sequence by non-int of type '%s'", type_name_of(count).c_str());
    }
  }
  if (plain == static_cast<uint32_t>(bytecode::BinaryOp::Add) && is_instance_of(a, g_str_type))
    return raise_type_error(ts, "can only concatenate str (not \"%s\") to str", type_name_of(b).c_str());
  return raise_type_error(ts, "unsupported operand type(s) for %s%s: '%s' and '%s'", slot.symbol,
                          op >= bytecode::kInplaceOffset ? "=" : "", type_name_of(a).c_str(), type_name_of(b).c_str());
}

}  // namespace

Result<Value> unary_op(ThreadState& ts, Value v, uint32_t op) {
  switch (static_cast<bytecode::UnaryOp>(op)) {
    case bytecode::UnaryOp::Not:
      return bool_value(!PY_TRY(is_true(ts, v)));
    case bytecode::UnaryOp::Negative:
      if (v.is_small_int() && v.as_small_int() != Value::kSmallIntMin) return Value::small_int(-v.as_small_int());
      if (is_number(v) && !v.is_small_int() && v.as_object()->kind() == ObjectKind::Float)
        return float_from_double(-float_value(v));
      if (is_number(v)) return int_neg(ts, v);
      break;
    case bytecode::UnaryOp::Positive:
      if (v.is_small_int()) return v;
      if (is_number(v) && v.as_object()->kind() == ObjectKind::Float) return v;
      if (is_number(v)) return int_add(ts, v, Value::small_int(0));
      break;
    case bytecode::UnaryOp::Invert:
      if (v.is_small_int()) return Value::small_int(~v.as_small_int());
      if (is_number(v) && v.as_object()->kind() != ObjectKind::Float) return int_invert(ts, v);
      break;
  }
  Value name;
  const char* symbol = "";
  switch (static_cast<bytecode::UnaryOp>(op)) {
    case bytecode::UnaryOp::Negative: name = g_name___neg__; symbol = "-"; break;
    case bytecode::UnaryOp::Positive: name = g_name___pos__; symbol = "+"; break;
    default: name = g_name___invert__; symbol = "~"; break;
  }
  Value method = lookup_special(v, name);
  if (method.is_null())
    return raise_type_error(ts, "bad operand type for unary %s: '%s'", symbol, type_name_of(v).c_str());
  return call_special(ts, method, v, {});
}

Result<Value> rich_compare(ThreadState& ts, Value a, Value b, uint32_t op) {
  if (a.is_small_int() && b.is_small_int())
    return bool_value(bytecode::compare_ordered(a.as_small_int(), b.as_small_int(), op));
  if (a.is_object() && b.is_object() && a.as_object()->kind() == ObjectKind::Str &&
      b.as_object()->kind() == ObjectKind::Str && type_of(a) == g_str_type && type_of(b) == g_str_type) {
    if (op == 2) return bool_value(str_equal(a, b));
    if (op == 3) return bool_value(!str_equal(a, b));
    return bool_value(bytecode::compare_ordered(str_compare(a, b), 0, op));
  }
  if (a.is_object() && b.is_object()) {
    TypeObject* ta = type_of(a);
    if (ta == type_of(b)) {
      // Exact floats, and exact tuples (what sort keys usually are): what
      // float.__lt__ / tuple.__lt__ would do, without finding and calling them.
      if (ta == g_float_type) return bool_value(bytecode::compare_ordered(float_value(a), float_value(b), op));
      if (ta == g_tuple_type)
        return sequence_compare(ts, tuple_items(a), tuple_size(a), tuple_items(b), tuple_size(b), op);
    }
  }
  if (is_exact_number(a) && is_exact_number(b)) {
    bool handled = false;
    Value r = PY_TRY(number_compare(ts, a, b, static_cast<int>(op), &handled));
    if (handled) return r;
  }
  static Value* const names[] = {&g_name___lt__, &g_name___le__, &g_name___eq__,
                                 &g_name___ne__, &g_name___gt__, &g_name___ge__};
  static const uint32_t reflected[] = {4, 5, 2, 3, 0, 1};
  static const char* symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool checked_reflected = false;
  if (ta != tb && type_is_subtype(tb, ta) && !type_lookup(tb, *names[reflected[op]]).is_null()) {
    checked_reflected = true;
    Value r = PY_TRY(try_special(ts, b, *names[reflected[op]], a));
    if (!r.is(g_notimplemented)) return r;
  }
  Value r = PY_TRY(try_special(ts, a, *names[op], b));
  if (!r.is(g_notimplemented)) return r;
  if (!checked_reflected) {
    r = PY_TRY(try_special(ts, b, *names[reflected[op]], a));
    if (!r.is(g_notimplemented)) return r;
  }
  if (op == 2) return bool_value(a.is(b));
  if (op == 3) return bool_value(!a.is(b));
  return raise_type_error(ts, "'%s' not supported between instances of '%s' and '%s'", symbols[op],
                          type_tp_name(type_of(a)).c_str(), type_tp_name(type_of(b)).c_str());
}

Result<bool> rich_compare_bool(ThreadState& ts, Value a, Value b, uint32_t op) {
  if (a.is(b)) {
    if (op == 2) return true;
    if (op == 3) return false;
  }
  Value r = PY_TRY(rich_compare(ts, a, b, op));
  if (r.is(g_true)) return true;
  if (r.is(g_false)) return false;
  return is_true(ts, r);
}

Result<bool> equals(ThreadState& ts, Value a, Value b) {
  if (a.is(b)) return true;
  return rich_compare_bool(ts, a, b, 2);
}

}  // namespace pystm
