// runtime/vm/interpreter.h — the bytecode interpreter.
// Owns: executing frames (stackless for Python-to-Python calls), argument
// binding for Python functions, exception unwinding through exception tables,
// transaction boundaries at backward jumps. Must never: recurse on the C++
// stack for a Python-to-Python call made by bytecode.
#pragma once
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct FunctionObject;
struct CodeObject;
struct DictObject;
struct FrameObject;
struct ThreadState;

// Calls a Python function from C++ (runs a nested interpreter loop).
Result<Value> call_python_function(ThreadState& ts, FunctionObject* function, CallArgs args);
// Runs module- or class-level code with the given namespaces.
Result<Value> run_code(ThreadState& ts, CodeObject* code, DictObject* globals, Value locals);
// Runs `frame` until it returns (or raises); the frame is the entry frame.
Result<Value> run_frame(ThreadState& ts, FrameObject* frame);

}  // namespace pystm

namespace pystm {
// True when the last run_frame returned because its generator frame yielded
// (and clears the flag).
bool frame_yielded_and_reset();
// Resumes a suspended generator frame by raising the pending exception at its
// suspension point.
Result<Value> resume_frame_with_exception(ThreadState& ts, FrameObject* frame);
}  // namespace pystm
