// stdlib/random_module.cpp — the `_random` module (library reference
// "random"): _random.Random, the Mersenne Twister MT19937 that random.py
// builds on — seed (ints as CPython's init_by_array of their 32-bit words,
// other objects by hash, None from os.urandom), random(), getrandbits(),
// getstate()/setstate(). Same seed, same numbers as CPython.
// Owns: the generator state, kept in the heap (a list of 624 small ints and
// the index) so an aborted transaction rewinds it. Must never: keep it in
// C++ memory.
#include <sys/random.h>

#include <cstdint>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
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
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
TypeObject* g_random_type = nullptr;
enum RandomField : uint32_t { kState, kIndex, kRandomFields };

// The generator works on a C++ copy for the duration of one call and
// writes the words back (the heap list is the state).
struct Mt {
  uint32_t mt[kN];
  int index;
};
void load(Value self, Mt& m) {
  Value state = native_field(self, kState);
  for (int i = 0; i < kN; ++i) m.mt[i] = static_cast<uint32_t>(list_get(state, i).as_small_int());
  m.index = static_cast<int>(native_field(self, kIndex).as_small_int());
}
void store(Value self, const Mt& m) {
  Value state = list_new(kN);
  for (int i = 0; i < kN; ++i) list_append(state, Value::small_int(m.mt[i]));
  set_native_field(self, kState, state);
  set_native_field(self, kIndex, Value::small_int(m.index));
}

void init_genrand(Mt& m, uint32_t s) {
  m.mt[0] = s;
  for (int i = 1; i < kN; ++i) m.mt[i] = 1812433253u * (m.mt[i - 1] ^ (m.mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  m.index = kN;
}
void init_by_array(Mt& m, const std::vector<uint32_t>& key) {
  init_genrand(m, 19650218u);
  size_t i = 1, j = 0;
  size_t k = kN > key.size() ? kN : key.size();
  for (; k; --k) {
    m.mt[i] = (m.mt[i] ^ ((m.mt[i - 1] ^ (m.mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      m.mt[0] = m.mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (k = kN - 1; k; --k) {
    m.mt[i] = (m.mt[i] ^ ((m.mt[i - 1] ^ (m.mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      m.mt[0] = m.mt[kN - 1];
      i = 1;
    }
  }
  m.mt[0] = 0x80000000u;
}
void twist(Mt& m) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  int kk = 0;
  for (; kk < kN - kM; ++kk) {
    uint32_t y = (m.mt[kk] & 0x80000000u) | (m.mt[kk + 1] & 0x7fffffffu);
    m.mt[kk] = m.mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
  }
  for (; kk < kN - 1; ++kk) {
    uint32_t y = (m.mt[kk] & 0x80000000u) | (m.mt[kk + 1] & 0x7fffffffu);
    m.mt[kk] = m.mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
  }
  uint32_t y = (m.mt[kN - 1] & 0x80000000u) | (m.mt[0] & 0x7fffffffu);
  m.mt[kN - 1] = m.mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
  m.index = 0;
}
uint32_t temper(uint32_t y) {
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}
// One word from the heap state: reads one list item, except every 624th
// call, which regenerates the whole state.
uint32_t next_word(Value self) {
  int64_t index = native_field(self, kIndex).as_small_int();
  if (index >= kN) {
    Mt m;
    load(self, m);
    twist(m);
    store(self, m);
    index = 0;
  }
  uint32_t y = static_cast<uint32_t>(list_get(native_field(self, kState), index).as_small_int());
  set_native_field(self, kIndex, Value::small_int(index + 1));
  return temper(y);
}

// The 32-bit words of |n|, least significant first (at least one).
Result<std::vector<uint32_t>> words_of(ThreadState& ts, Value n) {
  Value a = PY_TRY(int_abs(ts, n));
  std::vector<uint32_t> key;
  Value mask = Value::small_int(0xFFFFFFFF);
  Value shift = Value::small_int(32);
  while (int_sign(a) != 0) {
    int64_t w = 0;
    int_to_int64(PY_TRY(int_and(ts, a, mask)), &w);
    key.push_back(static_cast<uint32_t>(w));
    a = PY_TRY(int_rshift(ts, a, shift));
  }
  if (key.empty()) key.push_back(0);
  return key;
}

Status seed_with(ThreadState& ts, Value self, Value arg) {
  Mt m;
  std::vector<uint32_t> key;
  if (arg.is_null() || arg.is(g_none)) {
    uint32_t buf[kN];
    size_t done = 0;
    while (done < sizeof buf) {
      ssize_t got = getrandom(reinterpret_cast<char*>(buf) + done, sizeof buf - done, 0);
      if (got <= 0) break;
      done += static_cast<size_t>(got);
    }
    key.assign(buf, buf + kN);
  } else if (is_int(arg)) {
    key = PY_TRY(words_of(ts, arg));
  } else {
    key = PY_TRY(words_of(ts, int_from_int64(PY_TRY(hash(ts, arg)))));
  }
  init_by_array(m, key);
  store(self, m);
  return ok_status();
}

Result<Value> random_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  if (type == g_random_type && args.nkw()) return raise_type_error(ts, "Random() takes no keyword arguments");
  if (type == g_random_type && args.nargs > 2)
    return raise_type_error(ts, "Random() expected at most 1 argument, got %zu", args.nargs - 1);
  Value self = Value::from_object(native_state_new(type, kRandomFields));
  PY_TRY(seed_with(ts, self, args.nargs > 1 ? args[1] : Value()));
  return self;
}
Result<Value> random_seed(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(seed_with(ts, self, args.nargs > 0 ? args[0] : Value()));
  return g_none;
}
Result<Value> random_random(ThreadState&, Value self, CallArgs) {
  uint32_t a = next_word(self) >> 5, b = next_word(self) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}
Result<Value> random_getrandbits(ThreadState& ts, Value self, CallArgs args) {
  int64_t k = PY_TRY(index_as_ssize(ts, args[0]));
  if (k < 0) return raise_value_error(ts, "number of bits must be non-negative");
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return Value::small_int(next_word(self) >> (32 - k));
  // Words least significant first; the last one keeps only its top bits.
  Value result = Value::small_int(0);
  int64_t shift = 0;
  for (int64_t left = k; left > 0; left -= 32, shift += 32) {
    uint32_t r = next_word(self);
    if (left < 32) r >>= (32 - left);
    Value part = PY_TRY(int_lshift(ts, Value::small_int(r), Value::small_int(shift)));
    result = PY_TRY(int_or(ts, result, part));
  }
  return result;
}
Result<Value> random_getstate(ThreadState&, Value self, CallArgs) {
  ValueVector items;
  Value state = native_field(self, kState);
  for (int i = 0; i < kN; ++i) items.push_back(list_get(state, i));
  items.push_back(native_field(self, kIndex));
  return tuple_from(items.data(), static_cast<int64_t>(items.size()));
}
Result<Value> random_setstate(ThreadState& ts, Value self, CallArgs args) {
  Value state = args[0];
  if (!is_instance_of(state, g_tuple_type)) return raise_type_error(ts, "state vector must be a tuple");
  if (tuple_size(state) != kN + 1) return raise_value_error(ts, "state vector is the wrong size");
  Mt m;
  for (int i = 0; i < kN; ++i) {
    int64_t w;
    if (!is_int(tuple_item(state, i)) || !int_to_int64(tuple_item(state, i), &w) || w < 0 || w > 0xFFFFFFFFll)
      return raise(ts, g_exc_OverflowError, "Python int too large to convert to C unsigned long");
    m.mt[i] = static_cast<uint32_t>(w);
  }
  int64_t index;
  if (!int_to_int64(tuple_item(state, kN), &index) || index < 0 || index > kN)
    return raise_value_error(ts, "invalid state");
  m.index = static_cast<int>(index);
  store(self, m);
  return g_none;
}
Result<Value> random_init(ThreadState&, Value, CallArgs) { return g_none; }

const NativeMethod kRandomMethods[] = {
    {"__new__", random_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", random_init, 0, -1, 0, nullptr},
    {"seed", random_seed, 0, 1, kNativeNoKeywords, nullptr},
    {"random", random_random, 0, 0, 0, nullptr},
    {"getrandbits", random_getrandbits, 1, 1, kNativeNoKeywords, nullptr},
    {"getstate", random_getstate, 0, 0, 0, nullptr},
    {"setstate", random_setstate, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_random_module(ThreadState&) {
  if (!g_random_type) {
    g_random_type = make_builtin_type("Random", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                      kTypeBaseType);
    add_native_methods(g_random_type, kRandomMethods);
    type_set_attr_nogc_fail(g_random_type, "__module__", str_intern("_random"));
  }
  Value module = module_new(str_intern("_random"));
  module_set(module, "Random", Value::from_object(g_random_type));
  return module;
}

}  // namespace pystm
