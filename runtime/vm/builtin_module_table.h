// runtime/vm/builtin_module_table.h — native modules made on first import.
// The table is defined by stdlib/ (stdlib/builtin_modules.cpp): the runtime
// names only this interface, so stdlib/ depends on runtime/ and not the
// other way round.
#pragma once
#include <span>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct BuiltinModuleSpec {
  const char* name;
  Result<Value> (*create)(ThreadState& ts);  // a new module object
};

std::span<const BuiltinModuleSpec> builtin_module_specs();

}  // namespace pystm
