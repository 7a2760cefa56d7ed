// runtime/vm/import.h — the import statement. For now: built-in modules
// (sys, builtins) from a registry; file-system imports come with the
// standard-library issue.
#pragma once
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

Result<Value> import_module_level(ThreadState& ts, Value name, Value globals, Value fromlist, Value level);
// sys.modules (a dict), created at startup.
Value sys_modules();
void register_builtin_module(std::string_view name, Value module);

}  // namespace pystm
