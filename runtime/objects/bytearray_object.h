// runtime/objects/bytearray_object.h — `bytearray`: a mutable byte string.
// Owns: ByteArrayObject and its storage (a ByteBuffer heap object, so the
// bytes are STM-visible), resizing, and the mutating methods of bytearray.
// Must never: keep the bytes in malloc memory, or resize while a memoryview
// exports the buffer (BufferError, like CPython).
// Invariant: 0 <= size <= buffer->capacity; exports >= 0.
#pragma once
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// A fixed-capacity byte array in the heap (bytearray storage); no references.
struct ByteBuffer : Object {
  static constexpr ObjectKind kKind = ObjectKind::ByteBuffer;
  int64_t capacity;
  alignas(8) uint8_t data[];
};

struct ByteArrayObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::ByteArray;
  int64_t size;
  int64_t exports;     // live memoryviews over this bytearray
  ByteBuffer* buffer;  // null while empty and never grown
  void visit_edges(gc::Visitor& v) { visit_ptr(v, buffer); }
};

Value bytearray_from(std::string_view data);
bool is_bytearray(Value v);  // bytearray or a subclass
// The current bytes (read barrier); valid until the bytearray is written or
// Python code runs.
std::string_view bytearray_view(Value v);
// The bytes for writing in place (write barrier); same validity.
uint8_t* bytearray_writable(Value v);
// Memoryview export accounting (delta +1 when a view is made, -1 on release).
void bytearray_add_export(Value v, int64_t delta);
int64_t bytearray_exports(Value v);
// Sets the size to n (new bytes are zero), growing the capacity amortised;
// callers check exports first.
void bytearray_resize(Value v, int64_t n);

// Replaces the bytes [start, stop) with `with` (appends are amortised O(n));
// BufferError when that resizes an exported bytearray. For storage owners
// such as array.array.
Status bytearray_splice(ThreadState& ts, Value v, int64_t start, int64_t stop, std::string_view with);
void init_bytearray_type();

}  // namespace pystm
