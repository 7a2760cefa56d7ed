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
// **kwargs or keyword-only parameters, the missing trailing parameters
// covered by defaults. Cells and free variables (closures, comprehensions)
// are set up as bind_call does; a cell is the only allocation besides the
// frame, and no Python code runs. Null when the call is not that simple
// (bind_call then binds it, with its errors); never raises.
inline FrameObject* bind_call_simple(FunctionObject* function, const FunctionObject* fn, const Value* args,
                                     size_t nargs) {
  const CodeObject* c = stm::view(fn->code);
  if ((c->flags & (bytecode::CO_VARARGS | bytecode::CO_VARKEYWORDS)) || c->kwonlyargcount != 0) return nullptr;
  const size_t argcount = static_cast<size_t>(c->argcount);
  const TupleObject* defaults = nullptr;
  if (nargs != argcount) {
    if (nargs > argcount || !fn->defaults) return nullptr;
    defaults = stm::view(fn->defaults);
    if (argcount - nargs > static_cast<size_t>(defaults->size)) return nullptr;
  }
  const int32_t ncellfrees = c->ncells + c->nfrees;
  FrameObject* frame = frame_new_sized(fn->code, c->nlocals + ncellfrees + c->stacksize, c->nlocals + ncellfrees,
                                       fn->globals, fn->builtins, Value(), function);
  Value* slots = stm::view(frame)->slots;
  for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
  if (defaults) {
    size_t first_default = argcount - static_cast<size_t>(defaults->size);
    for (size_t i = nargs; i < argcount; ++i) slots[i] = defaults->items[i - first_default];
  }
  if (ncellfrees != 0) [[unlikely]] {
    // A captured parameter's cell starts with the argument; the frame is a
    // root meanwhile (it is on this C++ stack), so cell_new may collect.
    const int32_t* cell_args = c->cell_args();
    for (int32_t i = 0; i < c->ncells; ++i) {
      int32_t arg = cell_args[i];
      Value cell = cell_new(arg >= 0 ? slots[arg] : Value());
      slots[c->nlocals + i] = cell;
    }
    if (c->nfrees > 0) {
      const TupleObject* closure = stm::view(fn->closure);
      for (int32_t i = 0; i < c->nfrees; ++i) slots[c->nlocals + c->ncells + i] = closure->items[i];
    }
  }
  return frame;
}

}  // namespace pystm
