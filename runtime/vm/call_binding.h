// runtime/vm/call_binding.h — argument binding for calls of Python functions.
#pragma once
#include <cstddef>

#include "runtime/bytecode/code_unit.h"
#include "runtime/core/result.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/tuple_object.h"

namespace pystm {

struct FunctionObject;
struct FrameObject;
struct TupleObject;
struct ThreadState;

// A new frame for `function` with its parameters bound from the vectorcall
// arguments (keyword values follow the positional ones, named by kwnames).
Result<FrameObject*> bind_call(ThreadState& ts, FunctionObject* function, const Value* args, size_t nargs,
                               TupleObject* kwnames);

// bind_call for the common call: positional arguments only, no *args,
// **kwargs, keyword-only parameters, cells or free variables, the missing
// trailing parameters covered by defaults. Null when the call is not that
// simple (bind_call then binds it, with its errors); never raises.
inline FrameObject* bind_call_simple(FunctionObject* function, const FunctionObject* fn, const Value* args,
                                     size_t nargs) {
  const CodeObject* c = stm::view(fn->code);
  if ((c->flags & (bytecode::CO_VARARGS | bytecode::CO_VARKEYWORDS)) || c->kwonlyargcount != 0 ||
      c->ncells != 0 || c->nfrees != 0)
    return nullptr;
  const size_t argcount = static_cast<size_t>(c->argcount);
  const TupleObject* defaults = nullptr;
  if (nargs != argcount) {
    if (nargs > argcount || !fn->defaults) return nullptr;
    defaults = stm::view(fn->defaults);
    if (argcount - nargs > static_cast<size_t>(defaults->size)) return nullptr;
  }
  FrameObject* frame =
      frame_new_sized(fn->code, c->nlocals + c->stacksize, c->nlocals, fn->globals, fn->builtins, Value(), function);
  Value* slots = stm::view(frame)->slots;
  for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
  if (defaults) {
    size_t first_default = argcount - static_cast<size_t>(defaults->size);
    for (size_t i = nargs; i < argcount; ++i) slots[i] = defaults->items[i - first_default];
  }
  return frame;
}

}  // namespace pystm
