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
// Inserts `entry` at the front of sys.path (the script's directory, after
// site ran).
void prepend_sys_path(ThreadState& ts, const std::string& entry);
// sys.modules (a dict), created at startup.
Value sys_modules();
void register_builtin_module(std::string_view name, Value module);

}  // namespace pystm
