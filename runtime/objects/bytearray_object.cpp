// runtime/objects/bytearray_object.cpp — `bytearray` (library reference
// §4.8.2 and §4.6.4 "Mutable Sequence Types"): storage, resizing, item and
// slice assignment and deletion, and the mutating methods. The methods it
// shares with bytes are in byte_methods.cpp.
// Must never: write the bytes without the write barrier on the ByteBuffer,
// or change the size while memoryviews export the buffer.
#include "runtime/objects/bytearray_object.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/byte_methods.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

namespace {

ByteBuffer* byte_buffer_new(int64_t capacity) {
  ByteBuffer* b = allocate_object<ByteBuffer>(nullptr, sizeof(ByteBuffer) + static_cast<size_t>(capacity));
  stm::view(b)->capacity = capacity;
  return b;
}

ByteArrayObject* ba(Value v) { return v.as<ByteArrayObject>(); }

// Replaces the contents (the size may change: callers check exports first).
void set_contents(Value self, std::string_view data) {
  int64_t n = static_cast<int64_t>(data.size());
  const ByteArrayObject* r = stm::read(ba(self));
  int64_t capacity = r->buffer ? stm::read(r->buffer)->capacity : 0;
  if (n > capacity) {
    ByteBuffer* fresh = byte_buffer_new(std::max<int64_t>(n, capacity + (capacity >> 1) + 8));
    std::memcpy(stm::view(fresh)->data, data.data(), data.size());
    ByteArrayObject* w = stm::write(ba(self));
    w->buffer = fresh;
    w->size = n;
    return;
  }
  if (n) std::memmove(stm::write(r->buffer)->data, data.data(), data.size());
  stm::write(ba(self))->size = n;
}

Status check_resizable(ThreadState& ts, Value self) {
  if (stm::read(ba(self))->exports > 0)
    return raise(ts, g_exc_BufferError, "Existing exports of data: object cannot be re-sized");
  return ok_status();
}

// Appends in place with amortised growth (`data` must not point into self).
void append_in_place(Value self, std::string_view data) {
  const ByteArrayObject* r = stm::read(ba(self));
  int64_t n = r->size, need = n + static_cast<int64_t>(data.size());
  int64_t capacity = r->buffer ? stm::read(r->buffer)->capacity : 0;
  if (need > capacity) {
    ByteBuffer* fresh = byte_buffer_new(std::max<int64_t>(need, capacity + (capacity >> 1) + 8));
    r = stm::read(ba(self));
    if (n) std::memcpy(stm::view(fresh)->data, stm::read(r->buffer)->data, static_cast<size_t>(n));
    stm::write(ba(self))->buffer = fresh;
    r = stm::read(ba(self));
  }
  std::memcpy(stm::write(r->buffer)->data + n, data.data(), data.size());
  stm::write(ba(self))->size = need;
}

// Replaces the bytes [start, stop) with `with` (a resize unless equal lengths).
Status splice(ThreadState& ts, Value self, int64_t start, int64_t stop, std::string_view with) {
  if (static_cast<int64_t>(with.size()) != stop - start) PY_TRY(check_resizable(ts, self));
  int64_t size = stm::read(ba(self))->size;
  if (start == size && stop == size) {  // append: amortised O(len(with))
    if (!with.empty()) append_in_place(self, with);
    return ok_status();
  }
  if (with.empty() && stop == size) {  // truncate
    stm::write(ba(self))->size = start;
    return ok_status();
  }
  std::string s(bytearray_view(self));
  std::string out = s.substr(0, start);
  out += with;
  out += s.substr(stop);
  set_contents(self, out);
  return ok_status();
}

// Deletes the `len` bytes start, start+step, ...
Status delete_slice(ThreadState& ts, Value self, int64_t start, int64_t step, int64_t len) {
  if (len == 0) return ok_status();
  PY_TRY(check_resizable(ts, self));
  std::string s(bytearray_view(self));
  std::vector<bool> drop(s.size(), false);
  for (int64_t i = 0, j = start; i < len; ++i, j += step) drop[j] = true;
  std::string keep;
  for (size_t i = 0; i < s.size(); ++i)
    if (!drop[i]) keep += s[i];
  set_contents(self, keep);
  return ok_status();
}

Result<uint8_t> byte_value(ThreadState& ts, Value v) {
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null())
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  Value iv = PY_TRY(index_value(ts, v));
  int64_t b;
  if (!int_to_int64(iv, &b) || b < 0 || b > 255) return raise_value_error(ts, "byte must be in range(0, 256)");
  return static_cast<uint8_t>(b);
}

// The right-hand side of a slice assignment, extend or +=.
Result<std::string> iterable_bytes(ThreadState& ts, Value v) {
  BytesArg a;
  if (PY_TRY(get_bytes_like(ts, v, &a))) return std::string(a.view);
  Value it = PY_TRY(get_iter(ts, v));
  std::string out;
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    out += static_cast<char>(PY_TRY(byte_value(ts, item)));
  }
  return out;
}

Result<int64_t> item_index(ThreadState& ts, Value self, Value key, int64_t* length) {
  if (!is_int(key) && lookup_special(key, g_name___index__).is_null())
    return raise_type_error(ts, "bytearray indices must be integers or slices, not %s", type_name_of(key).c_str());
  Value iv = PY_TRY(index_value(ts, key));
  int64_t i;
  if (!int_to_int64(iv, &i)) return raise(ts, g_exc_IndexError, "cannot fit 'int' into an index-sized integer");
  *length = static_cast<int64_t>(bytearray_view(self).size());
  if (i < 0) i += *length;
  if (i < 0 || i >= *length) return raise(ts, g_exc_IndexError, "bytearray index out of range");
  return i;
}

// -- Construction ------------------------------------------------------------------

Result<Value> bytearray_new_method(ThreadState&, Value, CallArgs) { return bytearray_from(""); }

// bytearray(source=b'', encoding=None, errors=None)
Result<Value> bytearray_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 3) return raise_type_error(ts, "bytearray() takes at most 3 arguments (%zu given)", args.nargs);
  const char* names[] = {"source", "encoding", "errors"};
  Value given[3];
  for (size_t i = 0; i < 3; ++i) given[i] = i < args.nargs ? args[i] : Value();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key = str_to_utf8(args.kw_name(k));
    size_t i = 0;
    while (i < 3 && key != names[i]) ++i;
    if (i == 3) return raise_type_error(ts, "bytearray() got an unexpected keyword argument '%s'", key.c_str());
    if (i < args.nargs)
      return raise_type_error(ts, "argument for bytearray() given by name ('%s') and position (%zu)", key.c_str(),
                              i + 1);
    given[i] = args.kw_value(k);
  }
  std::string data = PY_TRY(byte_source_to_string(ts, given[0], given[1], given[2], "bytearray"));
  if (static_cast<int64_t>(data.size()) != static_cast<int64_t>(bytearray_view(self).size()))
    PY_TRY(check_resizable(ts, self));
  set_contents(self, data);
  return g_none;
}

// -- Methods ------------------------------------------------------------------------------

Result<Value> m_repr(ThreadState&, Value self, CallArgs) {
  std::string name = type_name_of(self);
  return str_from_ascii(name + "(" + byte_literal_repr(bytearray_view(self)) + ")");
}

Result<Value> m_setitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0], value = args[1];
  if (is_slice(key)) {
    std::string data;
    if (value.is(self)) {
      data = std::string(bytearray_view(self));
    } else if (is_int(value) || is_instance_of(value, g_str_type) ||
               (!is_bytes_like(value) && lookup_special(value, g_name___iter__).is_null() &&
                lookup_special(value, g_name___getitem__).is_null())) {
      return raise_type_error(ts, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else {
      data = PY_TRY(iterable_bytes(ts, value));
    }
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, static_cast<int64_t>(bytearray_view(self).size()), &start, &stop, &step, &len));
    if (step == 1) {
      if (stop < start) stop = start;
      PY_TRY(splice(ts, self, start, stop, data));
      return g_none;
    }
    if (data.empty()) {  // b[::2] = b'' deletes, as CPython does
      PY_TRY(delete_slice(ts, self, start, step, len));
      return g_none;
    }
    if (static_cast<int64_t>(data.size()) != len)
      return raise_value_error(ts, "attempt to assign bytes of size %zu to extended slice of size %lld", data.size(),
                               static_cast<long long>(len));
    uint8_t* d = bytearray_writable(self);
    for (int64_t i = 0, j = start; i < len; ++i, j += step) d[j] = static_cast<uint8_t>(data[i]);
    return g_none;
  }
  int64_t length;
  int64_t i = PY_TRY(item_index(ts, self, key, &length));
  uint8_t b = PY_TRY(byte_value(ts, value));
  bytearray_writable(self)[i] = b;
  return g_none;
}

Result<Value> m_delitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0];
  if (is_slice(key)) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, static_cast<int64_t>(bytearray_view(self).size()), &start, &stop, &step, &len));
    PY_TRY(delete_slice(ts, self, start, step, len));
    return g_none;
  }
  int64_t length;
  int64_t i = PY_TRY(item_index(ts, self, key, &length));
  PY_TRY(splice(ts, self, i, i + 1, ""));
  return g_none;
}

Result<Value> m_append(ThreadState& ts, Value self, CallArgs args) {
  uint8_t b = PY_TRY(byte_value(ts, args[0]));
  int64_t n = static_cast<int64_t>(bytearray_view(self).size());
  char c = static_cast<char>(b);
  PY_TRY(splice(ts, self, n, n, std::string_view(&c, 1)));
  return g_none;
}

Result<Value> m_extend(ThreadState& ts, Value self, CallArgs args) {
  Value v = args[0];
  if (!is_bytes_like(v) && lookup_special(v, g_name___iter__).is_null() &&
      lookup_special(v, g_name___getitem__).is_null())
    return raise_type_error(ts, "can't extend bytearray with %s", type_name_of(v).c_str());
  std::string data = PY_TRY(iterable_bytes(ts, v));
  int64_t n = static_cast<int64_t>(bytearray_view(self).size());
  PY_TRY(splice(ts, self, n, n, data));
  return g_none;
}

Result<Value> m_iadd(ThreadState& ts, Value self, CallArgs args) {
  BytesArg a;
  if (!PY_TRY(get_bytes_like(ts, args[0], &a)))
    return raise_type_error(ts, "can't concat %s to bytearray", type_name_of(args[0]).c_str());
  std::string data(a.view);
  int64_t n = static_cast<int64_t>(bytearray_view(self).size());
  PY_TRY(splice(ts, self, n, n, data));
  return self;
}

Result<Value> m_imul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0]) && lookup_special(args[0], g_name___index__).is_null()) return g_notimplemented;
  int64_t count = PY_TRY(index_as_ssize(ts, args[0]));
  std::string s(bytearray_view(self));
  if (count < 0) count = 0;
  if (count > 0 && static_cast<int64_t>(s.size()) > (int64_t{1} << 34) / count) return raise_memory_error(ts);
  if (count != 1 && !s.empty()) PY_TRY(check_resizable(ts, self));
  std::string out;
  for (int64_t i = 0; i < count; ++i) out += s;
  set_contents(self, out);
  return self;
}

Result<Value> m_insert(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  uint8_t b = PY_TRY(byte_value(ts, args[1]));
  int64_t n = static_cast<int64_t>(bytearray_view(self).size());
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  char c = static_cast<char>(b);
  PY_TRY(splice(ts, self, i, i, std::string_view(&c, 1)));
  return g_none;
}

Result<Value> m_pop(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = args.nargs > 0 ? PY_TRY(index_as_ssize(ts, args[0])) : -1;
  int64_t n = static_cast<int64_t>(bytearray_view(self).size());
  if (n == 0) return raise(ts, g_exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "pop index out of range");
  uint8_t b = static_cast<uint8_t>(bytearray_view(self)[i]);
  PY_TRY(splice(ts, self, i, i + 1, ""));
  return Value::small_int(b);
}

Result<Value> m_remove(ThreadState& ts, Value self, CallArgs args) {
  uint8_t b = PY_TRY(byte_value(ts, args[0]));
  std::string_view s = bytearray_view(self);
  size_t at = s.find(static_cast<char>(b));
  if (at == std::string_view::npos) return raise_value_error(ts, "value not found in bytearray");
  PY_TRY(splice(ts, self, static_cast<int64_t>(at), static_cast<int64_t>(at) + 1, ""));
  return g_none;
}

Result<Value> m_reverse(ThreadState&, Value self, CallArgs) {
  std::string s(bytearray_view(self));
  std::reverse(s.begin(), s.end());
  set_contents(self, s);
  return g_none;
}

Result<Value> m_clear(ThreadState& ts, Value self, CallArgs) {
  if (!bytearray_view(self).empty()) PY_TRY(check_resizable(ts, self));
  set_contents(self, "");
  return g_none;
}

Result<Value> m_copy(ThreadState&, Value self, CallArgs) { return bytearray_from(std::string(bytearray_view(self))); }

Result<Value> m_alloc(ThreadState&, Value self, CallArgs) {
  const ByteArrayObject* r = stm::read(ba(self));
  return Value::small_int(r->buffer ? stm::read(r->buffer)->capacity + 1 : 0);
}

constexpr uint32_t kNK = kNativeNoKeywords;

const NativeMethod kByteArrayMethods[] = {
    {"__new__", bytearray_new_method, 0, -1, kNativeStatic, "Create and return a new object."},
    {"__init__", bytearray_init, 0, -1, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__repr__", m_repr, 0, 0, kNK, "Return repr(self)."},
    {"__setitem__", m_setitem, 2, 2, kNK, "Set self[key] to value."},
    {"__delitem__", m_delitem, 1, 1, kNK, "Delete self[key]."},
    {"__iadd__", m_iadd, 1, 1, kNK, "Implement self+=value."},
    {"__imul__", m_imul, 1, 1, kNK, "Implement self*=value."},
    {"__alloc__", m_alloc, 0, 0, kNK, nullptr},
    {"append", m_append, 1, 1, kNK, nullptr},
    {"extend", m_extend, 1, 1, kNK, nullptr},
    {"insert", m_insert, 2, 2, kNK, nullptr},
    {"pop", m_pop, 0, 1, kNK, nullptr},
    {"remove", m_remove, 1, 1, kNK, nullptr},
    {"reverse", m_reverse, 0, 0, kNK, nullptr},
    {"clear", m_clear, 0, 0, kNK, nullptr},
    {"copy", m_copy, 0, 0, kNK, nullptr},
};

}  // namespace

Value bytearray_from(std::string_view data) {
  ByteArrayObject* obj = allocate_object<ByteArrayObject>(g_bytearray_type);
  if (!data.empty()) {
    ByteBuffer* buffer = byte_buffer_new(static_cast<int64_t>(data.size()));
    std::memcpy(stm::view(buffer)->data, data.data(), data.size());
    stm::view(obj)->buffer = buffer;
    stm::view(obj)->size = static_cast<int64_t>(data.size());
  }
  return Value::from_object(obj);
}

bool is_bytearray(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::ByteArray; }

std::string_view bytearray_view(Value v) {
  const ByteArrayObject* r = stm::read(ba(v));
  if (r->size == 0) return std::string_view();
  return std::string_view(reinterpret_cast<const char*>(stm::read(r->buffer)->data), static_cast<size_t>(r->size));
}

uint8_t* bytearray_writable(Value v) {
  const ByteArrayObject* r = stm::read(ba(v));
  if (!r->buffer) return nullptr;
  return stm::write(r->buffer)->data;
}

void bytearray_add_export(Value v, int64_t delta) { stm::write(ba(v))->exports += delta; }
int64_t bytearray_exports(Value v) { return stm::read(ba(v))->exports; }
Status bytearray_splice(ThreadState& ts, Value v, int64_t start, int64_t stop, std::string_view with) {
  return splice(ts, v, start, stop, with);
}

void bytearray_resize(Value v, int64_t n) {
  int64_t size = stm::read(ba(v))->size;
  if (n > size) append_in_place(v, std::string(static_cast<size_t>(n - size), '\0'));
  else stm::write(ba(v))->size = n;
}

void init_bytearray_type() {
  add_native_methods(g_bytearray_type, kByteArrayMethods);
  add_byte_methods(g_bytearray_type);
  type_set_attr_nogc_fail(g_bytearray_type, "__hash__", g_none);
}

}  // namespace pystm
