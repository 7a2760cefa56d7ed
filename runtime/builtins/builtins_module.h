// runtime/builtins/builtins_module.h — the `builtins` and `sys` modules.
#pragma once
#include <string_view>

#include "runtime/core/value.h"

namespace pystm {

struct RuntimeOptions;

void init_builtins_module(const RuntimeOptions& options);
Value builtins_module();
Value sys_module();
// Writes text to sys.stdout / sys.stderr (the process's streams for now).
void write_stdout(std::string_view text);
void write_stderr(std::string_view text);
void flush_std_streams();
void init_sys_module(const RuntimeOptions& options);
// sys.exit status for SystemExit(code): prints a non-int code to stderr.
int system_exit_status(Value exc);
// Temporary bytearray/memoryview/complex stand-ins
// (placeholder_builtin_types.cpp); each a no-op once builtins defines it.
void install_placeholder_builtin_types();

}  // namespace pystm
