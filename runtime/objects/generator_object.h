// runtime/objects/generator_object.h — generators, coroutines and async
// generators: a suspended heap frame (the interpreter is stackless).
// Owns: GeneratorObject's layout, resuming (send/throw/close) including the
// delegation to a sub-iterator a frame is suspended on (yield from / await),
// and the handled-exception state each generator keeps while suspended.
// Must never: run a frame that is already running (ValueError instead).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct CodeObject;
struct FrameObject;
struct ThreadState;

struct GeneratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Generator;
  FrameObject* frame;   // null once finished
  CodeObject* code;
  Value name, qualname;
  Value exc_state;      // the exception its frame was handling when it yielded, or null
  // While resumed inline by FOR_ITER: the caller's handled exception and
  // outer handled exception, restored when the frame yields or ends.
  Value saved_handled, saved_outer;
  bool running;
  bool running_async;   // async generators: an asend/athrow awaitable is in progress (ag_running)
  bool closed;          // async generators: aclose() was called or it finished
  bool hooks_called;    // async generators: sys's firstiter hook has seen it
  void visit_edges(gc::Visitor& v) {
    visit_ptr(v, frame);
    visit_ptr(v, code);
    visit_value(v, name);
    visit_value(v, qualname);
    visit_value(v, exc_state);
    visit_value(v, saved_handled);
    visit_value(v, saved_outer);
  }
};

// What coroutine.__await__() returns: an iterator driving the coroutine.
struct CoroutineWrapperObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::CoroutineWrapper;
  Value coroutine;
  void visit_edges(gc::Visitor& v) { visit_value(v, coroutine); }
};

// type: g_generator_type, g_coroutine_type or g_async_generator_type.
Value generator_new(FrameObject* frame, TypeObject* type);
// Resumes with `sent` (or throws `exc` when non-null, without delegating).
// Yields: the value; return: the return value with *returned set
// (StopIteration is not raised here).
Result<Value> generator_resume(ThreadState& ts, Value gen, Value sent, Value exc, bool* returned);
// Stackless next(gen) for the interpreter's FOR_ITER on an exact generator:
// false when the generic path must run (running, finished, not a plain
// generator). Otherwise the generator is marked running, its handled
// exception swapped in (the caller's kept in the generator) and *frame is
// its frame, ready to run in the caller's loop (flag kFrameGenInline).
bool generator_enter_inline(ThreadState& ts, Value gen, FrameObject** frame);
// After that frame yielded, returned or raised (`raised`: the exception is
// pending, and a StopIteration escaping it becomes RuntimeError as in
// generator_resume): what generator_resume does after running the frame.
void generator_leave_inline(ThreadState& ts, Value gen, bool yielded, bool raised);
// gen.throw(exc): delegates to the sub-iterator the frame is suspended on
// (closing it for GeneratorExit when close_subiterator), else raises exc at
// the suspension point.
Result<Value> generator_throw(ThreadState& ts, Value gen, Value exc, bool close_subiterator, bool* returned);
// gen.close(): None, or RuntimeError "... ignored GeneratorExit".
Result<Value> generator_close(ThreadState& ts, Value gen);
// The sub-iterator of a `yield from`/`await` the frame is suspended on, or null.
Value generator_yieldfrom(Value gen);
// The frame last stopped at a plain `yield` (not the yield of a SEND loop).
bool generator_at_plain_yield(Value gen);
// The exception instance gen.throw(typ[, val[, tb]]) raises (CPython's
// argument normalisation and TypeErrors).
Result<Value> throw_arguments_to_exception(ThreadState& ts, CallArgs args);
bool is_generator_like(Value v);   // a generator, coroutine or async generator
void init_generator_type();

}  // namespace pystm
