// runtime/objects/memoryview_object.cpp — `memoryview` (library reference
// §4.8.4 "Memory Views") over bytes and bytearray, one-dimensional, with the
// struct module's native single-character formats.
// Owns: view creation and export accounting on bytearrays, indexing,
// slicing into views that share the object's bytes, item and slice
// assignment into writable views, cast, tobytes/tolist/hex, release and the
// context-manager protocol, equality and hashing.
// Must never: copy the viewed bytes into the view, or read them after
// release() (ValueError "operation forbidden on released memoryview object").
#include "runtime/objects/memoryview_object.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_gmp.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

namespace {

constexpr uint32_t kNK = kNativeNoKeywords;
constexpr int64_t kReleased = 1;   // MemoryViewObject::released bits
constexpr int64_t kReadonly = 2;   // made by toreadonly()
constexpr int64_t kAtFormat = 4;   // the format was given as '@X' to cast()

MemoryViewObject* mv(Value v) { return v.as<MemoryViewObject>(); }

// A view of obj; `parent` is the view it derives from (null for a root).
Value view_new(Value obj, Value parent, int64_t start, int64_t step, int64_t length, int64_t format,
               int64_t inherited_flags) {
  Value root = parent;
  if (!parent.is_null()) {
    Value parent_root = stm::read(mv(parent))->root;
    if (!parent_root.is_null()) root = parent_root;
  }
  MemoryViewObject* m = allocate_object<MemoryViewObject>(g_memoryview_type);
  MemoryViewObject* w = stm::view(m);
  w->obj = obj;
  w->root = root;
  w->start = start;
  w->step = step;
  w->length = length;
  w->format = format;
  w->flags = inherited_flags & (kReadonly | kAtFormat);
  if (root.is_null() && is_bytearray(obj)) bytearray_add_export(obj, 1);
  return Value::from_object(m);
}

bool is_released(Value self) {
  const MemoryViewObject* r = stm::read(mv(self));
  if (r->flags & kReleased) return true;
  return !r->root.is_null() && (stm::read(mv(r->root))->flags & kReleased);
}

Status check_live(ThreadState& ts, Value self) {
  if (is_released(self))
    return raise_value_error(ts, "operation forbidden on released memoryview object");
  return ok_status();
}

bool is_readonly(Value self) {
  const MemoryViewObject* r = stm::read(mv(self));
  return (r->flags & kReadonly) || !is_bytearray(r->obj);
}

// The whole underlying object's bytes (valid until Python code runs).
std::string_view base_bytes(Value self) {
  Value obj = stm::read(mv(self))->obj;
  if (is_bytearray(obj)) return bytearray_view(obj);
  return std::string_view(reinterpret_cast<const char*>(bytes_data(obj)), bytes_size(obj));
}

// -- Item formats (struct module codes, native size and alignment) ----------------

int64_t item_size(int64_t format) {
  switch (format) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}
bool is_byte_format(int64_t format) { return format == 'B' || format == 'b' || format == 'c'; }

template <typename T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The item at p as struct.unpack would give it.
Value unpack(int64_t format, const uint8_t* p) {
  switch (format) {
    case 'b': return Value::small_int(load<int8_t>(p));
    case 'c': return bytes_from(p, 1);
    case '?': return bool_value(*p != 0);
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return int_from_int64(load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return int_from_uint64(load<uint64_t>(p));
    case 'f': return float_from_double(load<float>(p));
    case 'd': return float_from_double(load<double>(p));
    default: return Value::small_int(*p);
  }
}

std::string format_text(int64_t format) { return std::string(1, static_cast<char>(format)); }

// Packs v as one item of `format` into out[0 .. item_size).
Status pack(ThreadState& ts, int64_t format, Value v, uint8_t* out) {
  auto invalid_type = [&]() -> Error {
    return raise_type_error(ts, "memoryview: invalid type for format '%c'", static_cast<char>(format));
  };
  auto invalid_value = [&]() -> Error {
    return raise_value_error(ts, "memoryview: invalid value for format '%c'", static_cast<char>(format));
  };
  switch (format) {
    case 'c':
      if (!(v.is_object() && v.as_object()->kind() == ObjectKind::Bytes) || bytes_size(v) != 1) return invalid_type();
      *out = bytes_data(v)[0];
      return ok_status();
    case '?':
      *out = PY_TRY(is_true(ts, v)) ? 1 : 0;
      return ok_status();
    case 'f': case 'd': {
      double d;
      if (is_float(v)) d = float_value(v);
      else if (is_int(v)) d = PY_TRY(int_to_double(ts, v));
      else return invalid_type();
      if (format == 'f') {
        float f = static_cast<float>(d);
        std::memcpy(out, &f, sizeof f);
      } else {
        std::memcpy(out, &d, sizeof d);
      }
      return ok_status();
    }
    default: break;
  }
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null()) return invalid_type();
  Value iv = PY_TRY(index_value(ts, v));
  bool is_signed = format == 'b' || format == 'h' || format == 'i' || format == 'l' || format == 'q' || format == 'n';
  int64_t size = item_size(format);
  if (is_signed) {
    int64_t x;
    if (!int_to_int64(iv, &x)) return invalid_value();
    int64_t bits = size * 8;
    if (bits < 64 && (x < -(int64_t{1} << (bits - 1)) || x >= (int64_t{1} << (bits - 1)))) return invalid_value();
    std::memcpy(out, &x, static_cast<size_t>(size));  // little-endian: the low bytes
    return ok_status();
  }
  MpzView z(iv);
  if (mpz_sgn(z.get()) < 0 || mpz_sizeinbase(z.get(), 2) > static_cast<size_t>(size * 8)) return invalid_value();
  uint64_t u = mpz_sgn(z.get()) == 0 ? 0 : mpz_getlimbn(z.get(), 0);
  std::memcpy(out, &u, static_cast<size_t>(size));
  return ok_status();
}

// -- Construction and attributes -------------------------------------------------------

Result<Value> mv_new(ThreadState& ts, Value, CallArgs args) {
  Value object = args.nargs > 1 ? args[1] : keyword_arg(args, "object");
  PY_TRY(check_keywords(ts, "memoryview", args, {"object"}));
  if (object.is_null()) return raise_type_error(ts, "memoryview() missing required argument 'object' (pos 1)");
  if (is_memoryview(object)) {
    PY_TRY(check_live(ts, object));
    const MemoryViewObject* r = stm::read(mv(object));
    return view_new(r->obj, object, r->start, r->step, r->length, r->format, r->flags);
  }
  if (object.is_object() && object.as_object()->kind() == ObjectKind::Bytes)
    return view_new(object, Value(), 0, 1, bytes_size(object), 'B', 0);
  if (is_bytearray(object))
    return view_new(object, Value(), 0, 1, static_cast<int64_t>(bytearray_view(object).size()), 'B', 0);
  char format;
  Value storage = buffer_exporter_storage(object, &format);
  if (!storage.is_null() && item_size(format) > 0) {
    int64_t size = item_size(format);
    return view_new(storage, Value(), 0, size, static_cast<int64_t>(bytearray_view(storage).size()) / size, format, 0);
  }
  return raise_type_error(ts, "memoryview: a bytes-like object is required, not '%s'", type_name_of(object).c_str());
}

Result<Value> mv_release(ThreadState&, Value self, CallArgs) {
  const MemoryViewObject* r = stm::read(mv(self));
  if (r->flags & kReleased) return g_none;
  Value obj = r->obj;
  bool root = r->root.is_null();
  stm::write(mv(self))->flags |= kReleased;
  if (root && is_bytearray(obj)) bytearray_add_export(obj, -1);
  return g_none;
}
Result<Value> mv_enter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return self;
}
Result<Value> mv_exit(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(mv_release(ts, self, args));
  return g_none;
}

Result<Value> mv_len(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return Value::small_int(stm::read(mv(self))->length);
}
Result<Value> mv_obj(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return stm::read(mv(self))->obj;
}
Result<Value> mv_readonly(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return bool_value(is_readonly(self));
}
Result<Value> mv_format(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  const MemoryViewObject* r = stm::read(mv(self));
  return str_from_ascii((r->flags & kAtFormat ? "@" : "") + format_text(r->format));
}
Result<Value> mv_itemsize(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return Value::small_int(item_size(stm::read(mv(self))->format));
}
Result<Value> mv_nbytes(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  const MemoryViewObject* r = stm::read(mv(self));
  return Value::small_int(r->length * item_size(r->format));
}
Result<Value> mv_ndim(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return Value::small_int(1);
}
Result<Value> mv_shape(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return tuple_pack({Value::small_int(stm::read(mv(self))->length)});
}
Result<Value> mv_strides(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return tuple_pack({Value::small_int(stm::read(mv(self))->step)});
}
Result<Value> mv_suboffsets(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return tuple_pack({});
}
Result<Value> mv_contiguous(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  const MemoryViewObject* r = stm::read(mv(self));
  return bool_value(r->step == item_size(r->format) || r->length <= 1);
}

// -- Items -------------------------------------------------------------------------------

Result<int64_t> item_offset(ThreadState& ts, Value self, Value key) {
  if (!is_int(key) && lookup_special(key, g_name___index__).is_null()) {
    if (is_instance_of(key, g_tuple_type))
      return raise_type_error(ts, "cannot index 1-dimension view with %lld-element tuple",
                              static_cast<long long>(tuple_size(key)));
    return raise_type_error(ts, "memoryview: invalid slice key");
  }
  int64_t i = PY_TRY(index_as_ssize(ts, key));
  const MemoryViewObject* r = stm::read(mv(self));
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return raise(ts, g_exc_IndexError, "index out of bounds on dimension 1");
  return r->start + i * r->step;
}

Result<Value> mv_getitem(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_live(ts, self));
  Value key = args[0];
  const MemoryViewObject* r = stm::read(mv(self));
  if (is_slice(key)) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, r->length, &start, &stop, &step, &len));
    r = stm::read(mv(self));
    return view_new(r->obj, self, r->start + start * r->step, r->step * step, len, r->format,
                    r->flags);
  }
  int64_t at = PY_TRY(item_offset(ts, self, key));
  return unpack(stm::read(mv(self))->format, reinterpret_cast<const uint8_t*>(base_bytes(self).data()) + at);
}

Result<Value> mv_setitem(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_live(ts, self));
  if (is_readonly(self)) return raise_type_error(ts, "cannot modify read-only memory");
  Value key = args[0], value = args[1];
  const MemoryViewObject* r = stm::read(mv(self));
  int64_t format = r->format;
  if (is_slice(key)) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, r->length, &start, &stop, &step, &len));
    BytesArg src;
    PY_TRY(require_bytes_like(ts, value, &src));
    std::string data(src.view);
    int64_t src_format = is_memoryview(value) ? stm::read(mv(value))->format : 'B';
    int64_t size = item_size(format);
    if (src_format != format || static_cast<int64_t>(data.size()) != len * size)
      return raise_value_error(ts, "memoryview assignment: lvalue and rvalue have different structures");
    r = stm::read(mv(self));
    uint8_t* d = bytearray_writable(r->obj);
    for (int64_t i = 0; i < len; ++i)
      std::memcpy(d + r->start + (start + i * step) * r->step, data.data() + i * size, static_cast<size_t>(size));
    return g_none;
  }
  int64_t at = PY_TRY(item_offset(ts, self, key));
  uint8_t item[8];
  PY_TRY(pack(ts, format, value, item));
  std::memcpy(bytearray_writable(stm::read(mv(self))->obj) + at, item, static_cast<size_t>(item_size(format)));
  return g_none;
}

Result<Value> mv_delitem(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  if (is_readonly(self)) return raise_type_error(ts, "cannot modify read-only memory");
  return raise_type_error(ts, "cannot delete memory");
}

Result<Value> mv_tobytes(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "tobytes", args, {"order"}));
  std::string s = PY_TRY(memoryview_bytes(ts, self));
  return bytes_from(s.data(), static_cast<int64_t>(s.size()));
}

Result<Value> mv_tolist(ThreadState& ts, Value self, CallArgs) {
  std::string s = PY_TRY(memoryview_bytes(ts, self));
  int64_t format = stm::read(mv(self))->format, size = item_size(format);
  Value list = list_new(static_cast<int64_t>(s.size()) / size);
  for (size_t i = 0; i < s.size(); i += static_cast<size_t>(size))
    list_append(list, unpack(format, reinterpret_cast<const uint8_t*>(s.data()) + i));
  return list;
}

Result<Value> mv_hex(ThreadState& ts, Value self, CallArgs args) {
  std::string s = PY_TRY(memoryview_bytes(ts, self));
  Value b = bytes_from(s.data(), static_cast<int64_t>(s.size()));
  Value method = PY_TRY(get_attr(ts, b, str_intern("hex")));
  return call(ts, method, args);
}

Result<Value> mv_toreadonly(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  const MemoryViewObject* r = stm::read(mv(self));
  return view_new(r->obj, self, r->start, r->step, r->length, r->format, r->flags | kReadonly);
}

Result<Value> mv_cast(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "cast", args, {"format", "shape"}));
  Value format = args.nargs > 0 ? args[0] : keyword_arg(args, "format");
  Value shape = args.nargs > 1 ? args[1] : keyword_arg(args, "shape");
  if (format.is_null()) return raise_type_error(ts, "cast() missing required argument 'format' (pos 1)");
  PY_TRY(check_live(ts, self));
  if (!is_instance_of(format, g_str_type))
    return raise_type_error(ts, "cast() argument 'format' must be str, not %s", type_name_of(format).c_str());
  std::string f = str_to_utf8(format);
  bool at = f.size() == 2 && f[0] == '@';
  if (at) f = f.substr(1);
  const MemoryViewObject* r = stm::read(mv(self));
  int64_t old_size = item_size(r->format);
  if (r->step != old_size && r->length > 1)
    return raise_type_error(ts, "memoryview: casts are restricted to C-contiguous views");
  if (f.size() != 1 || item_size(f[0]) == 0)
    return raise_value_error(ts,
                             "memoryview: destination format must be a native single character format prefixed "
                             "with an optional '@'");
  if (!is_byte_format(r->format) && !is_byte_format(f[0]))
    return raise_type_error(ts, "memoryview: cannot cast between two non-byte formats");
  int64_t nbytes = r->length * old_size, size = item_size(f[0]);
  if (nbytes % size != 0) return raise_type_error(ts, "memoryview: length is not a multiple of itemsize");
  if (!shape.is_null())
    return raise(ts, g_exc_NotImplementedError, "memoryview: multi-dimensional casts are not supported yet");
  return view_new(r->obj, self, r->start, size, nbytes / size, f[0], (r->flags & kReadonly) | (at ? kAtFormat : 0));
}

Result<Value> mv_eq(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  // A released view equals only itself; live views compare item by item
  // even with themselves (a NaN item is unequal).
  if (is_released(self) || (is_memoryview(other) && is_released(other))) return bool_value(other.is(self));
  if (!is_bytes_like(other)) return g_notimplemented;
  std::string mine = PY_TRY(memoryview_bytes(ts, self));
  BytesArg theirs;
  PY_TRY(get_bytes_like(ts, other, &theirs));
  std::string other_bytes(theirs.view);
  int64_t my_format = stm::read(mv(self))->format;
  int64_t their_format = is_memoryview(other) ? stm::read(mv(other))->format : 'B';
  int64_t my_size = item_size(my_format), their_size = item_size(their_format);
  int64_t n = static_cast<int64_t>(mine.size()) / my_size;
  if (n != static_cast<int64_t>(other_bytes.size()) / their_size) return g_false;
  // Items compare by value, as struct.unpack gives them.
  for (int64_t i = 0; i < n; ++i) {
    Value a = unpack(my_format, reinterpret_cast<const uint8_t*>(mine.data()) + i * my_size);
    Value b = unpack(their_format, reinterpret_cast<const uint8_t*>(other_bytes.data()) + i * their_size);
    if (!PY_TRY(equals(ts, a, b))) return g_false;
  }
  return g_true;
}
Result<Value> mv_ne(ThreadState& ts, Value self, CallArgs args) {
  Value r = PY_TRY(mv_eq(ts, self, args));
  if (r.is(g_notimplemented)) return r;
  return bool_value(!r.is(g_true));
}

Result<Value> mv_hash(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  if (!is_readonly(self)) return raise_value_error(ts, "cannot hash writable memoryview object");
  if (!is_byte_format(stm::read(mv(self))->format))
    return raise_value_error(ts, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  std::string s = PY_TRY(memoryview_bytes(ts, self));
  Value b = bytes_from(s.data(), static_cast<int64_t>(s.size()));
  return int_from_int64(PY_TRY(hash(ts, b)));
}

Result<Value> mv_repr(ThreadState&, Value self, CallArgs) {
  char buf[64];
  bool released = is_released(self);
  std::snprintf(buf, sizeof buf, "<%smemory at %#llx>", released ? "released " : "",
                static_cast<unsigned long long>(self.bits()));
  return str_from_ascii(buf);
}

Result<Value> mv_iter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_live(ts, self));
  return seq_iterator_new(g_memory_iterator_type, self);
}

const NativeMethod kMemoryViewMethods[] = {
    {"__new__", mv_new, 0, -1, kNativeStatic, "Create a new memoryview object which references the given object."},
    {"__repr__", mv_repr, 0, 0, kNK, "Return repr(self)."},
    {"__hash__", mv_hash, 0, 0, kNK, "Return hash(self)."},
    {"__len__", mv_len, 0, 0, kNK, "Return len(self)."},
    {"__getitem__", mv_getitem, 1, 1, kNK, "Return self[key]."},
    {"__setitem__", mv_setitem, 2, 2, kNK, "Set self[key] to value."},
    {"__delitem__", mv_delitem, 1, 1, kNK, "Delete self[key]."},
    {"__iter__", mv_iter, 0, 0, kNK, "Implement iter(self)."},
    {"__eq__", mv_eq, 1, 1, kNK, "Return self==value."},
    {"__ne__", mv_ne, 1, 1, kNK, "Return self!=value."},
    {"__enter__", mv_enter, 0, 0, kNK, nullptr},
    {"__exit__", mv_exit, 0, -1, kNK, nullptr},
    {"release", mv_release, 0, 0, kNK, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", mv_tobytes, 0, 1, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, 0, kNK, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, 0, -1, 0, nullptr},
    {"toreadonly", mv_toreadonly, 0, 0, kNK, "Return a readonly version of the memoryview."},
    {"cast", mv_cast, 0, -1, 0, "Cast a memoryview to a new format or shape."},
};

const NativeMethod kMemoryViewProperties[] = {
    {"obj", mv_obj, 0, 0, kNK, "The underlying object of the memoryview."},
    {"readonly", mv_readonly, 0, 0, kNK, "A bool indicating whether the memory is read only."},
    {"format", mv_format, 0, 0, kNK, nullptr},
    {"itemsize", mv_itemsize, 0, 0, kNK, "The size in bytes of each element of the memoryview."},
    {"nbytes", mv_nbytes, 0, 0, kNK, nullptr},
    {"ndim", mv_ndim, 0, 0, kNK, nullptr},
    {"shape", mv_shape, 0, 0, kNK, nullptr},
    {"strides", mv_strides, 0, 0, kNK, nullptr},
    {"suboffsets", mv_suboffsets, 0, 0, kNK, nullptr},
    {"c_contiguous", mv_contiguous, 0, 0, kNK, nullptr},
    {"f_contiguous", mv_contiguous, 0, 0, kNK, nullptr},
    {"contiguous", mv_contiguous, 0, 0, kNK, nullptr},
};

}  // namespace

bool is_memoryview(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::MemoryView; }

Result<std::string> memoryview_bytes(ThreadState& ts, Value v) {
  PY_TRY(check_live(ts, v));
  const MemoryViewObject* r = stm::read(mv(v));
  int64_t start = r->start, step = r->step, length = r->length, size = item_size(r->format);
  std::string_view base = base_bytes(v);
  std::string out;
  out.reserve(static_cast<size_t>(length * size));
  for (int64_t i = 0; i < length; ++i) out.append(base.substr(static_cast<size_t>(start + i * step), static_cast<size_t>(size)));
  return out;
}

void init_memoryview_type() {
  add_native_methods(g_memoryview_type, kMemoryViewMethods);
  for (const NativeMethod& p : kMemoryViewProperties) add_native_property(g_memoryview_type, &p, nullptr);
}

Result<bool> memoryview_writable_bytes(ThreadState& ts, Value v, uint8_t** data, int64_t* size) {
  PY_TRY(check_live(ts, v));
  if (is_readonly(v)) return false;
  const MemoryViewObject* r = stm::read(mv(v));
  int64_t isize = item_size(r->format);
  if (r->length > 1 && r->step != isize) return false;
  *data = bytearray_writable(r->obj) + r->start;
  *size = r->length * isize;
  return true;
}

}  // namespace pystm
