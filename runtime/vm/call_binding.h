// runtime/vm/call_binding.h — argument binding for calls of Python functions.
#pragma once
#include <cstddef>

#include "runtime/core/result.h"

namespace pystm {

struct FunctionObject;
struct FrameObject;
struct TupleObject;
struct ThreadState;

// A new frame for `function` with its parameters bound from the vectorcall
// arguments (keyword values follow the positional ones, named by kwnames).
Result<FrameObject*> bind_call(ThreadState& ts, FunctionObject* function, const Value* args, size_t nargs,
                               TupleObject* kwnames);

}  // namespace pystm
