// runtime/cli/site_startup.cpp — see site_startup.h.
#include "runtime/cli/site_startup.h"

#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"

namespace pystm::cli {

namespace {

// What site.setquit / setcopyright / sethelper do, minus the files of
// licence text site looks for next to the library.
constexpr const char* kSetup =
    "import builtins, sys, _sitebuiltins\n"
    "eof = 'Ctrl-D (i.e. EOF)'\n"
    "builtins.exit = _sitebuiltins.Quitter('exit', eof)\n"
    "builtins.quit = _sitebuiltins.Quitter('quit', eof)\n"
    "builtins.copyright = _sitebuiltins._Printer('copyright', sys.copyright)\n"
    "builtins.credits = _sitebuiltins._Printer('credits', 'pystm runs the Python language and library "
    "made by the Python\\ncommunity; see www.python.org for more information.')\n"
    "builtins.license = _sitebuiltins._Printer('license', 'See https://www.python.org/psf/license/')\n"
    "builtins.help = _sitebuiltins._Helper()\n";

void add_site_builtins(ThreadState& ts) {
  Value globals = dict_new();
  dict_set_str(globals, g_name___builtins__, builtins_module());
  dict_set_str(globals, g_name___name__, str_intern("<site>"));
  Result<Value> code = compile_source(ts, kSetup, "<site>", CompileMode::Exec);
  Result<Value> ran = code.is_error() ? Result<Value>(kError)
                                      : run_code(ts, code.value().as<CodeObject>(), globals.as<DictObject>(), globals);
  if (ran.is_error()) clear_pending_exception(ts);
}

}  // namespace

void run_site(ThreadState& ts) {
  Result<Value> site = import_module_level(ts, str_intern("site"), g_none, g_none, Value::small_int(0));
  if (site.ok()) return;
  Value exc = ts.pending_exception;
  clear_pending_exception(ts);
  write_stderr("pystm: 'import site' failed; continuing without it\n");
  print_exception(ts, exc);
  add_site_builtins(ts);
}

}  // namespace pystm::cli
