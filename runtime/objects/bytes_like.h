// runtime/objects/bytes_like.h — the bytes-like protocol (the part of
// CPython's buffer protocol pystm has): reading the bytes of a bytes,
// bytearray or memoryview argument.
// Must never: keep a view past the next write to a bytearray or the next
// call into Python code (copy first when either can happen).
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// The bytes of an argument: a view into bytes/bytearray storage, or a copy
// for a memoryview. Not copyable (the view may point into `owned`).
struct BytesArg {
  std::string_view view;
  std::string owned;
  BytesArg() = default;
  BytesArg(const BytesArg&) = delete;
  BytesArg& operator=(const BytesArg&) = delete;
};

// Native types whose instances export a buffer kept in a bytearray they own
// (array.array): `storage` returns that bytearray and the struct format of
// its items. Registered once when the type is made; subclasses included.
using BufferStorageFn = Value (*)(Value obj, char* format);
void register_buffer_exporter(TypeObject* type, BufferStorageFn storage);
// The storage bytearray of an exporter instance (null when v is not one).
Value buffer_exporter_storage(Value v, char* format);

bool is_bytes_like(Value v);
// false (nothing raised) when v is not bytes-like; ValueError for a released
// memoryview.
Result<bool> get_bytes_like(ThreadState& ts, Value v, BytesArg* out);
// Like get_bytes_like, with TypeError "a bytes-like object is required, not 'T'".
Status require_bytes_like(ThreadState& ts, Value v, BytesArg* out);

}  // namespace pystm
