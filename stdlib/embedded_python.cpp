// stdlib/embedded_python.cpp — see embedded_python.h.
#include "stdlib/embedded_python.h"

#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Result<Value> run_embedded_python(ThreadState& ts, std::string_view source, const char* filename) {
  Value code = PY_TRY(compile_source(ts, source, filename, CompileMode::Exec));
  Value globals = dict_new();
  dict_set_str(globals, str_intern("__builtins__"), builtins_module());
  dict_set_str(globals, str_intern("__name__"), str_intern(filename));
  PY_TRY(run_code(ts, code.as<CodeObject>(), globals.as<DictObject>(), globals));
  return globals;
}

}  // namespace pystm
