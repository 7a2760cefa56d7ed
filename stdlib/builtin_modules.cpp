// stdlib/builtin_modules.cpp — the table of native modules (see
// runtime/vm/builtin_module_table.h). One line per module.
#include "runtime/vm/builtin_module_table.h"

namespace pystm {

Result<Value> create_ast_module(ThreadState& ts);
Result<Value> create_math_module(ThreadState& ts);
Result<Value> create_time_module(ThreadState& ts);
Result<Value> create_sre_module(ThreadState& ts);
Result<Value> create_weakref_module(ThreadState& ts);
Result<Value> create_gc_module(ThreadState& ts);
Result<Value> create_itertools_module(ThreadState& ts);
Result<Value> create_thread_module(ThreadState& ts);
Result<Value> create_collections_module(ThreadState& ts);
Result<Value> create_functools_module(ThreadState& ts);
Result<Value> create_posix_module(ThreadState& ts);
Result<Value> create_atexit_module(ThreadState& ts);
Result<Value> create_errno_module(ThreadState& ts);
Result<Value> create_string_module(ThreadState& ts);
Result<Value> create_contextvars_module(ThreadState& ts);
Result<Value> create_codecs_module(ThreadState& ts);
Result<Value> create_random_module(ThreadState& ts);
Result<Value> create_sha512_module(ThreadState& ts);
Result<Value> create_pystm_module(ThreadState& ts);
Result<Value> create_struct_module(ThreadState& ts);
Result<Value> create_binascii_module(ThreadState& ts);
Result<Value> create_zlib_module(ThreadState& ts);
Result<Value> create_hashlib_module(ThreadState& ts);
Result<Value> create_blake2_module(ThreadState& ts);
Result<Value> create_bisect_module(ThreadState& ts);
Result<Value> create_json_module(ThreadState& ts);
Result<Value> create_heapq_module(ThreadState& ts);
Result<Value> create_unicodedata_module(ThreadState& ts);
Result<Value> create_array_module(ThreadState& ts);
Result<Value> create_cmath_module(ThreadState& ts);
Result<Value> create_io_module(ThreadState& ts);
Result<Value> create_imp_module(ThreadState& ts);
Result<Value> create_warnings_module(ThreadState& ts);
Result<Value> create_marshal_module(ThreadState& ts);
Result<Value> create_csv_module(ThreadState& ts);
Result<Value> create_signal_module(ThreadState& ts);
Result<Value> create_select_module(ThreadState& ts);
Result<Value> create_socket_module(ThreadState& ts);
Result<Value> create_posixsubprocess_module(ThreadState& ts);
Result<Value> create_fcntl_module(ThreadState& ts);
Result<Value> create_pwd_module(ThreadState& ts);
Result<Value> create_grp_module(ThreadState& ts);
Result<Value> create_resource_module(ThreadState& ts);
Result<Value> create_termios_module(ThreadState& ts);
Result<Value> create_locale_module(ThreadState& ts);
Result<Value> create_stat_module(ThreadState& ts);

std::span<const BuiltinModuleSpec> builtin_module_specs() {
  static const BuiltinModuleSpec kModules[] = {
      {"_ast", create_ast_module},
      {"math", create_math_module},
      {"time", create_time_module},
      {"_sre", create_sre_module},
      {"_weakref", create_weakref_module},
      {"gc", create_gc_module},
      {"itertools", create_itertools_module},
      {"_thread", create_thread_module},
      {"_collections", create_collections_module},
      {"_functools", create_functools_module},
      {"posix", create_posix_module},
      {"atexit", create_atexit_module},
      {"errno", create_errno_module},
      {"_string", create_string_module},
      {"_contextvars", create_contextvars_module},
      {"_codecs", create_codecs_module},
      {"_random", create_random_module},
      {"_sha512", create_sha512_module},
      {"pystm", create_pystm_module},
      {"_struct", create_struct_module},
      {"binascii", create_binascii_module},
      {"zlib", create_zlib_module},
      {"_hashlib", create_hashlib_module},
      {"_blake2", create_blake2_module},
      {"_bisect", create_bisect_module},
      {"_json", create_json_module},
      {"_heapq", create_heapq_module},
      {"unicodedata", create_unicodedata_module},
      {"array", create_array_module},
      {"cmath", create_cmath_module},
      {"_io", create_io_module},
      {"_imp", create_imp_module},
      {"_warnings", create_warnings_module},
      {"marshal", create_marshal_module},
      {"_csv", create_csv_module},
      {"_signal", create_signal_module},
      {"select", create_select_module},
      {"_socket", create_socket_module},
      {"_posixsubprocess", create_posixsubprocess_module},
      {"fcntl", create_fcntl_module},
      {"pwd", create_pwd_module},
      {"grp", create_grp_module},
      {"resource", create_resource_module},
      {"termios", create_termios_module},
      {"_locale", create_locale_module},
      {"_stat", create_stat_module},
  };
  return kModules;
}

}  // namespace pystm
