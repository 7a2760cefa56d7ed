// runtime/objects/frame_object.cpp — frames.
#include "runtime/objects/frame_object.h"

#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/vm/builtin_types.h"

namespace pystm {

int32_t FrameObject::ncellfrees() const {
  const CodeObject* c = stm::view(code);
  return c->ncells + c->nfrees;
}

void FrameObject::visit_edges(gc::Visitor& v) {
  visit_ptr(v, code);
  visit_ptr(v, back);
  visit_ptr(v, function);
  visit_ptr(v, globals);
  visit_ptr(v, builtins);
  visit_value(v, locals);
  visit_value(v, locals_snapshot);
  // Every slot, not only the live ones: stale slots hold at most stacksize
  // dead values and the interpreter need not keep sp in the frame exact.
  for (int32_t i = 0; i < nslots; ++i) visit_value(v, slots[i]);
}

thread_local FrameCache tls_frame_cache;

FrameCache* frame_cache_of_thread() { return &tls_frame_cache; }

void frame_cache_visit(const FrameCache* cache, gc::Visitor& visitor) {
  for (int32_t n = 0; n <= kFrameCachedSlotLimit; ++n)
    for (int i = 0; i < cache->count[n]; ++i) visitor.visit(cache->frames[n][i]);
}

void frame_cache_forget() {
  for (int& count : tls_frame_cache.count) count = 0;
}

FrameObject* frame_allocate(int32_t nslots) {
  return allocate_object<FrameObject>(g_frame_type, sizeof(FrameObject) + nslots * sizeof(Value));
}

FrameObject* frame_new(CodeObject* code, DictObject* globals, DictObject* builtins, Value locals,
                       FunctionObject* function) {
  const CodeObject* c = stm::view(code);
  return frame_new_sized(code, c->nslots(), c->nlocals + c->ncells + c->nfrees, globals, builtins, locals,
                         function);
}

void frame_mark_escaped(FrameObject* frame) {
  for (FrameObject* f = frame; f; f = stm::read(f)->back) {
    if (stm::read(f)->flags & kFrameEscaped) break;
    stm::write(f)->flags |= kFrameEscaped;
  }
}

int frame_current_line(FrameObject* frame) {
  const FrameObject* f = stm::read(frame);
  return code_line_at(f->code, f->lasti);
}


}  // namespace pystm
