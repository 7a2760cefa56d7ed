// runtime/objects/generator_object.h — generators: a suspended frame.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct FrameObject;
struct ThreadState;

struct GeneratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Generator;
  FrameObject* frame;   // null once finished
  Value name, qualname;
  bool running;
  void visit_edges(gc::Visitor& v) { visit_ptr(v, frame); visit_value(v, name); visit_value(v, qualname); }
};

// type: g_generator_type or g_coroutine_type.
Value generator_new(FrameObject* frame, TypeObject* type);
// Resumes with `sent` (or throws `exc` when non-null). Yields: the value;
// return: the return value with *returned set (StopIteration is not raised here).
Result<Value> generator_resume(ThreadState& ts, Value gen, Value sent, Value exc, bool* returned);
void init_generator_type();

}  // namespace pystm
