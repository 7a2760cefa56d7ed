// runtime/vm/runtime.h — process-wide startup of the Python runtime.
// Owns: initialisation order (heap, STM, types, names, builtins), the gc
// tracer that dispatches on object kinds, and the process's gc roots.
#pragma once
#include <string>
#include <vector>

#include "runtime/core/value.h"

namespace pystm {

// sys.flags (CPython's field names), set from the command line.
struct SysFlags {
  int debug = 0, inspect = 0, interactive = 0, optimize = 0, dont_write_bytecode = 0, no_user_site = 0,
      no_site = 0, ignore_environment = 0, verbose = 0, bytes_warning = 0, quiet = 0, isolated = 0;
  bool safe_path = false, dev_mode = false;
};

struct RuntimeOptions {
  std::vector<std::string> argv;   // sys.argv
  std::vector<std::string> path;   // sys.path
  std::string executable;
  std::vector<std::string> orig_argv;    // sys.orig_argv
  std::vector<std::string> warnoptions;  // sys.warnoptions
  std::vector<std::string> xoptions;     // sys._xoptions, as "name" or "name=value"
  SysFlags flags;
  bool unbuffered = false;  // -u / PYTHONUNBUFFERED: sys.stdout and sys.stderr write through
};

// Idempotent. Creates the calling thread's ThreadState.
void initialize_runtime(const RuntimeOptions& options = RuntimeOptions{});
// Keeps `*slot` alive (a C++ global holding a Value); for values created at startup.
void add_global_root(Value* slot);

}  // namespace pystm
