// runtime/vm/call_binding.cpp — binding call arguments to a Python
// function's parameters (language reference §6.3.4 "Calls").
// Owns: frame creation for a call, with CPython 3.11's TypeError messages.
#include "runtime/vm/call_binding.h"

#include <string>
#include <vector>

#include "runtime/bytecode/code_unit.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

Error missing_arguments(ThreadState& ts, const std::string& fname, const std::vector<std::string>& names,
                        const char* kind) {
  return raise_type_error(ts, "%s() missing %zu required %s argument%s: %s", fname.c_str(), names.size(), kind,
                          names.size() == 1 ? "" : "s", join_names(names).c_str());
}

}  // namespace

Result<FrameObject*> bind_call(ThreadState& ts, FunctionObject* function, const Value* args, size_t nargs,
                               TupleObject* kwnames) {
  const FunctionObject* fn = stm::read(function);
  if (!kwnames)
    if (FrameObject* simple = bind_call_simple(function, fn, args, nargs)) return simple;
  CodeObject* code = fn->code;
  const CodeObject* c = stm::view(code);
  FrameObject* frame = frame_new(code, fn->globals, fn->builtins, Value(), function);
  FrameObject* f = stm::view(frame);
  Value* slots = f->slots;
  const int argcount = c->argcount;
  const int kwonly = c->kwonlyargcount;
  const int total_named = argcount + kwonly;
  const Value* varnames = tuple_items(Value::from_object(c->varnames));
  auto fname = [&]() { return str_to_utf8(fn->qualname); };

  // 1. Positional arguments.
  size_t npos = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < npos; ++i) slots[i] = args[i];
  Value kwargs_dict;
  int next_slot = total_named;
  if (c->flags & bytecode::CO_VARARGS) {
    size_t extra = nargs > npos ? nargs - npos : 0;
    slots[next_slot++] = tuple_from(args + npos, static_cast<int64_t>(extra));
  } else if (nargs > static_cast<size_t>(argcount)) {
    int64_t defaults = fn->defaults ? stm::view(fn->defaults)->size : 0;
    size_t nkw_given = 0;
    size_t nkw = kwnames ? static_cast<size_t>(stm::view(kwnames)->size) : 0;
    for (size_t k = 0; k < nkw; ++k) {
      Value name = stm::view(kwnames)->items[k];
      for (int i = 0; i < kwonly; ++i)
        if (str_equal(varnames[argcount + i], name)) ++nkw_given;
    }
    std::string takes;
    if (defaults > 0)
      takes = "from " + std::to_string(argcount - defaults) + " to " + std::to_string(argcount);
    else
      takes = std::to_string(argcount);
    std::string given = std::to_string(nargs);
    if (nkw_given > 0) {
      return raise_type_error(ts, "%s() takes %s positional argument%s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                              fname().c_str(), takes.c_str(), (argcount == 1 && defaults == 0) ? "" : "s", nargs,
                              nargs == 1 ? "" : "s", nkw_given, nkw_given == 1 ? "" : "s");
    }
    return raise_type_error(ts, "%s() takes %s positional argument%s but %s %s given", fname().c_str(), takes.c_str(),
                            (argcount == 1 && defaults == 0) ? "" : "s", given.c_str(), nargs == 1 ? "was" : "were");
  }
  if (c->flags & bytecode::CO_VARKEYWORDS) {
    kwargs_dict = dict_new();
    slots[next_slot++] = kwargs_dict;
  }

  // 2. Keyword arguments.
  size_t nkw = kwnames ? static_cast<size_t>(stm::view(kwnames)->size) : 0;
  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Value name = stm::view(kwnames)->items[k];
    Value value = args[nargs + k];
    int found = -1;
    for (int i = c->posonlyargcount; i < total_named; ++i) {
      if (varnames[i].is(name) || str_equal(varnames[i], name)) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      if (!slots[found].is_null())
        return raise_type_error(ts, "%s() got multiple values for argument '%s'", fname().c_str(),
                                str_to_utf8(name).c_str());
      slots[found] = value;
      continue;
    }
    if (!kwargs_dict.is_null()) {
      PY_TRY(dict_set(ts, kwargs_dict, name, value));
      continue;
    }
    bool is_posonly = false;
    for (int i = 0; i < c->posonlyargcount; ++i) is_posonly |= str_equal(varnames[i], name);
    if (is_posonly) {
      posonly_as_kw.push_back(str_to_utf8(name));
      continue;
    }
    return raise_type_error(ts, "%s() got an unexpected keyword argument '%s'", fname().c_str(),
                            str_to_utf8(name).c_str());
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
    return raise_type_error(ts, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            fname().c_str(), names.c_str());
  }

  // 3. Defaults for the positional parameters left unset.
  if (nargs < static_cast<size_t>(argcount)) {
    int64_t ndefaults = fn->defaults ? stm::view(fn->defaults)->size : 0;
    int first_default = argcount - static_cast<int>(ndefaults);
    std::vector<std::string> missing;
    for (int i = static_cast<int>(nargs); i < argcount; ++i) {
      if (!slots[i].is_null()) continue;
      if (i >= first_default) {
        slots[i] = stm::view(fn->defaults)->items[i - first_default];
      } else {
        missing.push_back(str_to_utf8(varnames[i]));
      }
    }
    if (!missing.empty()) return missing_arguments(ts, fname(), missing, "positional");
  }
  // 4. Keyword-only defaults.
  if (kwonly > 0) {
    std::vector<std::string> missing;
    for (int i = argcount; i < total_named; ++i) {
      if (!slots[i].is_null()) continue;
      Value d = fn->kwdefaults ? dict_get_str(Value::from_object(fn->kwdefaults), varnames[i]) : Value();
      if (d.is_null()) missing.push_back(str_to_utf8(varnames[i]));
      else slots[i] = d;
    }
    if (!missing.empty()) return missing_arguments(ts, fname(), missing, "keyword-only");
  }

  // 5. Cells (a captured parameter starts with the argument's value) and
  //    free variables from the closure.
  const int32_t* cell_args = c->cell_args();
  for (int32_t i = 0; i < c->ncells; ++i) {
    int32_t arg = cell_args[i];
    Value cell = cell_new(arg >= 0 ? slots[arg] : Value());
    stm::view(frame)->slots[c->nlocals + i] = cell;
  }
  if (c->nfrees > 0) {
    const TupleObject* closure = stm::view(fn->closure);
    for (int32_t i = 0; i < c->nfrees; ++i) stm::view(frame)->slots[c->nlocals + c->ncells + i] = closure->items[i];
  }
  return frame;
}

}  // namespace pystm
