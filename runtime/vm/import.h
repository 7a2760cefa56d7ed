// runtime/vm/import.h — the import statement. For now: built-in modules
// (sys, builtins) from a registry; file-system imports come with the
// standard-library issue.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

Result<Value> import_module_level(ThreadState& ts, Value name, Value globals, Value fromlist, Value level);
// The source file of module `full_name` (its parent packages are imported
// first), for `pystm -m`; *is_package tells whether it is a package's
// __init__.py. Absent when there is no such module.
Result<Value> find_module_source(ThreadState& ts, const std::string& full_name, bool* is_package);
// Runs source file `file` again in the namespace of `module` (reload).
Result<Value> run_module_source(ThreadState& ts, Value module, const std::string& file);
// `import full_name` without the binding: the module itself.
Result<Value> import_absolute_name(ThreadState& ts, const std::string& full_name);
// The finder in sys.meta_path through which importlib (import_module,
// find_spec, reload, pkgutil) reaches the native import system
// (import_finder.cpp).
Value native_import_finder();
// Gives a module the import statement made its __spec__ (and __loader__)
// once importlib is loaded; before that, the first call does it for every
// module so far. origin: the file, or null for a built-in module.
Status attach_module_spec(ThreadState& ts, Value module, Value name, Value origin, bool is_package);
// Inserts `entry` at the front of sys.path (the script's directory, after
// site ran).
void prepend_sys_path(ThreadState& ts, const std::string& entry);
// sys.modules (a dict), created at startup.
Value sys_modules();
void register_builtin_module(std::string_view name, Value module);

}  // namespace pystm
