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

// Finished frames kept for reuse, by slot count: most calls allocate no frame.
// The cache holds references, so it is a gc root (frame_cache_visit).
namespace {
constexpr int32_t kCachedSlotLimit = 64;
constexpr int kFramesPerSize = 16;
}  // namespace
struct FrameCache {
  FrameObject* frames[kCachedSlotLimit + 1][kFramesPerSize];
  int count[kCachedSlotLimit + 1];
};
namespace {
thread_local FrameCache tls_frame_cache;
}  // namespace

FrameCache* frame_cache_of_thread() { return &tls_frame_cache; }

void frame_release(FrameObject* frame) {
  const FrameObject* f = stm::read(frame);
  if (f->flags & (kFrameGenerator | kFrameEscaped)) return;
  int32_t n = f->nslots;
  if (n > kCachedSlotLimit) return;
  FrameCache& cache = tls_frame_cache;
  if (cache.count[n] >= kFramesPerSize) return;
  // Cleared now rather than on reuse: a cached frame must not keep its dead
  // locals alive (the cache is a root, and weak references must see them die).
  FrameObject* fw = stm::write(frame);
  for (int32_t i = 0; i < n; ++i) fw->slots[i] = Value();
  fw->locals = Value();
  fw->locals_snapshot = Value();
  fw->function = nullptr;
  cache.frames[n][cache.count[n]++] = frame;
}

void frame_cache_visit(const FrameCache* cache, gc::Visitor& visitor) {
  for (int32_t n = 0; n <= kCachedSlotLimit; ++n)
    for (int i = 0; i < cache->count[n]; ++i) visitor.visit(cache->frames[n][i]);
}

void frame_cache_forget() {
  for (int& count : tls_frame_cache.count) count = 0;
}

FrameObject* frame_new(CodeObject* code, DictObject* globals, DictObject* builtins, Value locals,
                       FunctionObject* function) {
  const CodeObject* c = stm::view(code);
  int32_t nslots = c->nslots();
  FrameObject* f;
  FrameObject* fv;
  FrameCache& cache = tls_frame_cache;
  if (nslots <= kCachedSlotLimit && cache.count[nslots] > 0) {
    f = cache.frames[nslots][--cache.count[nslots]];
    fv = stm::write(f);  // slots were cleared by frame_release
    fv->back = nullptr;
    fv->pc = 0;
    fv->flags = 0;
    fv->lasti = 0;
    fv->locals_snapshot = Value();
  } else {
    f = allocate_object<FrameObject>(g_frame_type, sizeof(FrameObject) + nslots * sizeof(Value));
    fv = stm::view(f);
  }
  fv->code = code;
  fv->globals = globals;
  fv->builtins = builtins;
  fv->locals = locals;
  fv->function = function;
  fv->stack_base = c->nlocals + c->ncells + c->nfrees;
  fv->sp = fv->stack_base;
  fv->nslots = nslots;
  return f;
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
