// runtime/vm/runtime.h — process-wide startup of the Python runtime.
// Owns: initialisation order (heap, STM, types, names, builtins), the gc
// tracer that dispatches on object kinds, and the process's gc roots.
#pragma once
#include <string>
#include <vector>

#include "runtime/core/value.h"

namespace pystm {

struct RuntimeOptions {
  std::vector<std::string> argv;   // sys.argv
  std::vector<std::string> path;   // sys.path
  std::string executable;
};

// Idempotent. Creates the calling thread's ThreadState.
void initialize_runtime(const RuntimeOptions& options = RuntimeOptions{});
// Keeps `*slot` alive (a C++ global holding a Value); for values created at startup.
void add_global_root(Value* slot);

}  // namespace pystm
