// runtime/objects/memoryview_object.h — `memoryview` over bytes and
// bytearray (one-dimensional, one-byte formats 'B', 'b' and 'c').
// Owns: MemoryViewObject, slicing into views that share the underlying
// object's bytes, item assignment into writable views, cast, release.
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
  int64_t start;      // byte offset of item 0
  int64_t step;       // bytes between items (may be negative)
  int64_t length;     // number of items
  int64_t released;   // 1 after release() (the only field written after creation)
  int64_t format;     // 'B', 'b' or 'c'
  void visit_edges(gc::Visitor& v) { visit_value(v, obj); }
};

bool is_memoryview(Value v);
// The viewed bytes in order (a copy); ValueError on a released view.
Result<std::string> memoryview_bytes(ThreadState& ts, Value v);

void init_memoryview_type();

}  // namespace pystm
