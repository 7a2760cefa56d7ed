// stdlib/builtin_modules.cpp — the table of native modules (see
// runtime/vm/builtin_module_table.h). One line per module.
#include "runtime/vm/builtin_module_table.h"

namespace pystm {

Result<Value> create_ast_module(ThreadState& ts);
Result<Value> create_math_module(ThreadState& ts);
Result<Value> create_time_module(ThreadState& ts);
Result<Value> create_sre_module(ThreadState& ts);

std::span<const BuiltinModuleSpec> builtin_module_specs() {
  static const BuiltinModuleSpec kModules[] = {
      {"_ast", create_ast_module},
      {"math", create_math_module},
      {"time", create_time_module},
      {"_sre", create_sre_module},
  };
  return kModules;
}

}  // namespace pystm
