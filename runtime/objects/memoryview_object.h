// runtime/objects/memoryview_object.h — `memoryview` over bytes and
// bytearray, one-dimensional, with the struct module's native single-character
// formats ('B' by default; others through cast()).
// Owns: MemoryViewObject, slicing into views that share the underlying
// object's bytes, item assignment into writable views, cast, release.
//
// Exports: only a root view (memoryview(obj) on a bytearray) counts as an
// export of the bytearray; views derived from it (slices, casts,
// memoryview(view)) share the root's export and count as released once the
// root is. CPython frees derived views by reference counting, which pystm
// has not: counting them would keep a bytearray locked by every temporary
// slice, and letting them outlive the root's export would let them see a
// resized buffer.
// Must never: copy the viewed bytes into the view (views share memory), or
// touch the bytes after release().
#pragma once
#include <string>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct MemoryViewObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::MemoryView;
  Value obj;          // the bytes or bytearray viewed
  Value root;         // the view made by memoryview(obj) this one derives from; null for that view itself
  int64_t start;      // byte offset of item 0
  int64_t step;       // bytes between items (may be negative)
  int64_t length;     // number of items
  int64_t flags;      // released / readonly bits (release() is the only write after creation)
  int64_t format;     // a struct format character: 'B', 'b', 'c', 'h', 'i', 'q', 'd', ...
  // start and step are in bytes; an item is item_size(format) bytes.
  void visit_edges(gc::Visitor& v) {
    visit_value(v, obj);
    visit_value(v, root);
  }
};

bool is_memoryview(Value v);
// The viewed bytes in order (a copy); ValueError on a released view.
Result<std::string> memoryview_bytes(ThreadState& ts, Value v);

// The bytes of a writable view whose items are contiguous (step equal to the
// item size), for writing in place: false (nothing raised) for a read-only
// or strided view; ValueError on a released view. Valid until the bytearray
// is resized or Python code runs.
Result<bool> memoryview_writable_bytes(ThreadState& ts, Value v, uint8_t** data, int64_t* size);
void init_memoryview_type();

}  // namespace pystm
