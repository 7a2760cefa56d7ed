// runtime/builtins/builtins_module.h — the `builtins` and `sys` modules.
#pragma once
#include <string_view>

#include "runtime/core/value.h"

namespace pystm {

struct RuntimeOptions;

void init_builtins_module(const RuntimeOptions& options);
Value builtins_module();
Value sys_module();
// Writes text to sys.stdout / sys.stderr (whatever objects they are now;
// the C streams when there are none). write_stderr flushes stdout first.
void write_stdout(std::string_view text);
void write_stderr(std::string_view text);
void flush_std_streams();
// Makes sys.stdin/stdout/stderr TextIOWrappers over FileIO 0/1/2 (through
// the _io module); called once the module table can be imported from.
void install_std_streams();
void init_sys_module(const RuntimeOptions& options);
// sys's coroutine and async-generator functions (sys_async_hooks.cpp).
void add_sys_async_functions(Value sys);
// sys.exit status for SystemExit(code): prints a non-int code to stderr.
int system_exit_status(Value exc);

}  // namespace pystm
