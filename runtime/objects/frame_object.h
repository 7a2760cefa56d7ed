// runtime/objects/frame_object.h — execution frames, in the heap (the
// interpreter is stackless: a Python call pushes a frame, not a C++ call).
// Owns: FrameObject's layout: locals, cells, then the value stack, in one
// slot array. Must never: be written without a write barrier once it may be
// committed (the interpreter re-opens it for writing after every boundary).
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct CodeObject;
struct FunctionObject;
struct DictObject;

enum FrameFlag : uint32_t {
  kFrameEntry = 1u << 0,      // returning from it leaves the interpreter loop
  kFrameGenerator = 1u << 1,  // owned by a generator
  kFrameEscaped = 1u << 2,    // referenced from outside its activation (traceback)
  kFrameInit = 1u << 3,       // __init__ run inline by CALL: returns None, its caller keeps the instance
  kFrameGenInline = 1u << 4,  // a generator resumed by FOR_ITER in its caller's loop: yield/return go back there
  kFrameBinaryOp = 1u << 5,   // type(a).__op__(a, b) run inline by BINARY_OP: a and b stay on the caller's stack
};

struct FrameObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Frame;
  CodeObject* code;
  FrameObject* back;
  FunctionObject* function;   // null for module/class bodies run directly
  DictObject* globals;
  DictObject* builtins;
  Value locals;               // mapping for module and class bodies; null otherwise
  int32_t pc;                 // index of the next instruction
  int32_t sp;                 // number of live slots (locals + cells + stack)
  int32_t stack_base;         // nlocals + ncells + nfrees
  int32_t nslots;
  uint32_t flags;
  int32_t lasti;              // the instruction being executed (for tracebacks)
  Value locals_snapshot;      // function frames: the dict f_locals refreshes and returns, or null
  Value slots[];

  Value* cells() { return slots + stack_base - ncellfrees(); }
  int32_t ncellfrees() const;
  void visit_edges(gc::Visitor& v);
};

// Finished frames kept for reuse, by slot count: most calls allocate no frame.
// The cache holds references, so it is a gc root (frame_cache_visit).
inline constexpr int32_t kFrameCachedSlotLimit = 64;
inline constexpr int kFramesPerSize = 16;
struct FrameCache {
  FrameObject* frames[kFrameCachedSlotLimit + 1][kFramesPerSize];
  int count[kFrameCachedSlotLimit + 1];
};
extern thread_local FrameCache tls_frame_cache;

// A new frame (its slots all null) from the calling thread's cache or the heap.
FrameObject* frame_allocate(int32_t nslots);
inline FrameObject* frame_new_sized(CodeObject* code, int32_t nslots, int32_t stack_base, DictObject* globals,
                                    DictObject* builtins, Value locals, FunctionObject* function) {
  FrameObject* f;
  FrameObject* fv;
  FrameCache& cache = tls_frame_cache;
  if (nslots <= kFrameCachedSlotLimit && cache.count[nslots] > 0) [[likely]] {
    f = cache.frames[nslots][--cache.count[nslots]];
    fv = stm::write(f);  // slots were cleared by frame_release
    fv->back = nullptr;
    fv->pc = 0;
    fv->flags = 0;
    fv->lasti = 0;
    fv->locals_snapshot = Value();
  } else {
    f = frame_allocate(nslots);
    fv = stm::view(f);
  }
  fv->code = code;
  fv->globals = globals;
  fv->builtins = builtins;
  fv->locals = locals;
  fv->function = function;
  fv->stack_base = stack_base;
  fv->sp = stack_base;
  fv->nslots = nslots;
  return f;
}
FrameObject* frame_new(CodeObject* code, DictObject* globals, DictObject* builtins, Value locals,
                       FunctionObject* function);
int frame_current_line(FrameObject* frame);
// Hands a finished frame back for reuse by frame_new, unless something may
// still reference it (a traceback or a generator).
inline void frame_release(FrameObject* frame) {
  const FrameObject* f = stm::read(frame);
  if (f->flags & (kFrameGenerator | kFrameEscaped)) return;
  int32_t n = f->nslots;
  if (n > kFrameCachedSlotLimit) return;
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
// The calling thread's frames kept for reuse, and a visit of such a cache
// (the runtime's root enumerator visits every thread's).
FrameCache* frame_cache_of_thread();
void frame_cache_visit(const FrameCache* cache, gc::Visitor& visitor);
// Forgets the calling thread's cached frames: after an abort, a frame
// released by the aborted transaction may be live again.
void frame_cache_forget();
// The frame becomes visible to Python (sys._getframe, tb_frame, f_back,
// gi_frame): it and its callers are never reused, so f_back, f_locals and
// f_lineno keep answering after they return.
void frame_mark_escaped(FrameObject* frame);
// frame.f_* attributes (frame_attributes.cpp).
void init_frame_type();

// locals() of a running frame: the namespace of module and class frames;
// for a function frame one dict per frame, refreshed from its variables on
// each call (CPython 3.11: names exec() adds to it stay).
Value frame_locals(FrameObject* frame);

}  // namespace pystm
