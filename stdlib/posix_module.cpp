// stdlib/posix_module.cpp — the `posix` module os.py is built on (library
// reference "os — Miscellaneous operating system interfaces"): assembles
// the functions of posix_stat.cpp, posix_dir.cpp, posix_files.cpp and
// posix_process.cpp, the constants, and environ (bytes keys and values, as
// CPython's posix.environ; os.py decodes them).
// File-system and process effects are not transactional: each call makes
// the transaction inevitable first (as time.sleep does).
// Must never: perform an effect of its own (it only builds the module).
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/posix_support.h"

extern char** environ;

namespace pystm {

namespace {

const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    {"F_OK", F_OK},
    {"R_OK", R_OK},
    {"W_OK", W_OK},
    {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},
    {"O_APPEND", O_APPEND},
    {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY},
    {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},
    {"O_RSYNC", O_RSYNC},
    {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_NOATIME", O_NOATIME},
    {"O_PATH", O_PATH},
    {"O_TMPFILE", O_TMPFILE},
    {"O_LARGEFILE", 0},
    {"O_ACCMODE", O_ACCMODE},
    {"O_ASYNC", O_ASYNC},
    {"O_DIRECT", O_DIRECT},
    {"SEEK_DATA", SEEK_DATA},
    {"SEEK_HOLE", SEEK_HOLE},
    {"WNOHANG", WNOHANG},
    {"WUNTRACED", WUNTRACED},
    {"WCONTINUED", WCONTINUED},
    {"WEXITED", WEXITED},
    {"WSTOPPED", WSTOPPED},
    {"WNOWAIT", WNOWAIT},
    {"P_PID", P_PID},
    {"P_PGID", P_PGID},
    {"P_ALL", P_ALL},
    {"F_LOCK", F_LOCK},
    {"F_TLOCK", F_TLOCK},
    {"F_ULOCK", F_ULOCK},
    {"F_TEST", F_TEST},
    {"EX_OK", 0},
    {"EX_USAGE", 64},
    {"EX_DATAERR", 65},
    {"EX_NOINPUT", 66},
    {"EX_NOUSER", 67},
    {"EX_NOHOST", 68},
    {"EX_UNAVAILABLE", 69},
    {"EX_SOFTWARE", 70},
    {"EX_OSERR", 71},
    {"EX_OSFILE", 72},
    {"EX_CANTCREAT", 73},
    {"EX_IOERR", 74},
    {"EX_TEMPFAIL", 75},
    {"EX_PROTOCOL", 76},
    {"EX_NOPERM", 77},
    {"EX_CONFIG", 78},
    {"SCHED_OTHER", SCHED_OTHER},
    {"SCHED_FIFO", SCHED_FIFO},
    {"SCHED_RR", SCHED_RR},
    {"NGROUPS_MAX", 65536},
    {"TMP_MAX", 238328},
    {"PRIO_PROCESS", 0},
    {"PRIO_PGRP", 1},
    {"PRIO_USER", 2},
    {"CLD_EXITED", 1},
    {"CLD_KILLED", 2},
    {"CLD_DUMPED", 3},
    {"CLD_TRAPPED", 4},
    {"CLD_STOPPED", 5},
    {"CLD_CONTINUED", 6},
    {"ST_RDONLY", 1},
    {"ST_NOSUID", 2},
    {"RTLD_LAZY", 1},
    {"RTLD_NOW", 2},
    {"RTLD_GLOBAL", 0x100},
    {"RTLD_LOCAL", 0},
    {"RTLD_NODELETE", 0x1000},
    {"RTLD_NOLOAD", 4},
    {"RTLD_DEEPBIND", 8},
    {"GRND_NONBLOCK", 1},
    {"GRND_RANDOM", 2},
};

// Names os.py reads from _have_functions to build supports_fd & co.
// Each name promises what CPython's does: the *at calls take dir_fd, the f*
// calls take a descriptor for the path.
const char* const kHaveFunctions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR",   "HAVE_FCHMOD",   "HAVE_FCHMODAT",   "HAVE_FCHOWN",    "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS",   "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
    "HAVE_LINKAT",    "HAVE_LCHOWN",    "HAVE_LSTAT",   "HAVE_MKDIRAT",    "HAVE_MKNODAT",    "HAVE_MKFIFOAT",  "HAVE_OPENAT",
    "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
};

}  // namespace

Result<Value> create_posix_module(ThreadState& ts) {
  Value module = module_new(str_intern("posix"));
  for (auto functions : {posix_stat_functions(), posix_dir_functions(), posix_file_functions(),
                         posix_process_functions()})
    for (const NativeMethod& m : functions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  PY_TRY(posix_init_stat(ts, module));
  PY_TRY(posix_init_dir_types(ts, module));
  PY_TRY(posix_init_files(ts, module));
  PY_TRY(posix_init_process(ts, module));
  module_set(module, "error", Value::from_object(g_exc_OSError));
  Value have = list_new();
  for (const char* name : kHaveFunctions) list_append(have, str_intern(name));
  module_set(module, "_have_functions", have);
  Value env = dict_new();
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Value k = bytes_from(*e, eq - *e);
    Value v = bytes_from(eq + 1, static_cast<int64_t>(std::strlen(eq + 1)));
    PY_TRY(set_item(ts, env, k, v));
  }
  module_set(module, "environ", env);
  return module;
}

}  // namespace pystm
