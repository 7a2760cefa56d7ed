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

FrameObject* frame_new(CodeObject* code, DictObject* globals, DictObject* builtins, Value locals,
                       FunctionObject* function);
int frame_current_line(FrameObject* frame);
// Hands a finished frame back for reuse by frame_new, unless something may
// still reference it (a traceback or a generator).
void frame_release(FrameObject* frame);
// The calling thread's frames kept for reuse, and a visit of such a cache
// (the runtime's root enumerator visits every thread's).
struct FrameCache;
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
