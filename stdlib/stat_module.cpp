// stdlib/stat_module.cpp — the `_stat` module stat.py imports over its
// pure-Python definitions (library reference "stat — Interpreting stat()
// results"): the S_IS* tests, S_IMODE, S_IFMT, filemode and the constants.
// Must never: differ from stat.py's pure-Python results.
#include <sys/stat.h>

#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Result<int64_t> mode_arg(ThreadState& ts, Value v) {
  if (!is_int(v)) return raise_type_error(ts, "an integer is required");
  int64_t m = 0;
  if (!int_to_int64(v, &m) || m < 0 || m > 0xffffffffLL)
    return raise_overflow(ts, "mode out of range");
  return m;
}

template <int64_t Kind>
Result<Value> is_kind(ThreadState& ts, Value, CallArgs args) {
  int64_t m = PY_TRY(mode_arg(ts, args[0]));
  return bool_value((m & S_IFMT) == Kind && Kind != 0);
}
Result<Value> stat_s_imode(ThreadState& ts, Value, CallArgs args) {
  return int_from_int64(PY_TRY(mode_arg(ts, args[0])) & 07777);
}
Result<Value> stat_s_ifmt(ThreadState& ts, Value, CallArgs args) {
  return int_from_int64(PY_TRY(mode_arg(ts, args[0])) & S_IFMT);
}

Result<Value> stat_filemode(ThreadState& ts, Value, CallArgs args) {
  int64_t m = PY_TRY(mode_arg(ts, args[0]));
  std::string out(10, '-');
  switch (m & S_IFMT) {
    case S_IFLNK: out[0] = 'l'; break;
    case S_IFSOCK: out[0] = 's'; break;
    case S_IFREG: out[0] = '-'; break;
    case S_IFBLK: out[0] = 'b'; break;
    case S_IFDIR: out[0] = 'd'; break;
    case S_IFCHR: out[0] = 'c'; break;
    case S_IFIFO: out[0] = 'p'; break;
    default: out[0] = '?'; break;
  }
  const char* rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i)
    if (m & (0400 >> i)) out[static_cast<size_t>(1 + i)] = rwx[i];
  if (m & S_ISUID) out[3] = (m & S_IXUSR) ? 's' : 'S';
  if (m & S_ISGID) out[6] = (m & S_IXGRP) ? 's' : 'S';
  if (m & S_ISVTX) out[9] = (m & S_IXOTH) ? 't' : 'T';
  return str_from_ascii(out);
}

const NativeMethod kFunctions[] = {
    {"S_ISDIR", is_kind<S_IFDIR>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISCHR", is_kind<S_IFCHR>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISBLK", is_kind<S_IFBLK>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISREG", is_kind<S_IFREG>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISFIFO", is_kind<S_IFIFO>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISLNK", is_kind<S_IFLNK>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISSOCK", is_kind<S_IFSOCK>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISDOOR", is_kind<0>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISPORT", is_kind<0>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_ISWHT", is_kind<0>, 1, 1, kNativeNoKeywords, nullptr},
    {"S_IMODE", stat_s_imode, 1, 1, kNativeNoKeywords, nullptr},
    {"S_IFMT", stat_s_ifmt, 1, 1, kNativeNoKeywords, nullptr},
    {"filemode", stat_filemode, 1, 1, kNativeNoKeywords, nullptr},
};

const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5}, {"ST_SIZE", 6},
    {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
    {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK}, {"S_IFREG", S_IFREG}, {"S_IFIFO", S_IFIFO},
    {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK}, {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
    {"S_ISUID", S_ISUID}, {"S_ISGID", S_ISGID}, {"S_ENFMT", S_ISGID}, {"S_ISVTX", S_ISVTX},
    {"S_IREAD", S_IRUSR}, {"S_IWRITE", S_IWUSR}, {"S_IEXEC", S_IXUSR},
    {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
    {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
    {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
    {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4}, {"UF_OPAQUE", 0x8}, {"UF_NOUNLINK", 0x10},
    {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000}, {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000},
    {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
    {"FILE_ATTRIBUTE_ARCHIVE", 32}, {"FILE_ATTRIBUTE_COMPRESSED", 2048}, {"FILE_ATTRIBUTE_DEVICE", 64},
    {"FILE_ATTRIBUTE_DIRECTORY", 16}, {"FILE_ATTRIBUTE_ENCRYPTED", 16384}, {"FILE_ATTRIBUTE_HIDDEN", 2},
    {"FILE_ATTRIBUTE_INTEGRITY_STREAM", 32768}, {"FILE_ATTRIBUTE_NORMAL", 128},
    {"FILE_ATTRIBUTE_NOT_CONTENT_INDEXED", 8192}, {"FILE_ATTRIBUTE_NO_SCRUB_DATA", 131072},
    {"FILE_ATTRIBUTE_OFFLINE", 4096}, {"FILE_ATTRIBUTE_READONLY", 1}, {"FILE_ATTRIBUTE_REPARSE_POINT", 1024},
    {"FILE_ATTRIBUTE_SPARSE_FILE", 512}, {"FILE_ATTRIBUTE_SYSTEM", 4}, {"FILE_ATTRIBUTE_TEMPORARY", 256},
    {"FILE_ATTRIBUTE_VIRTUAL", 65536},
};

}  // namespace

Result<Value> create_stat_module(ThreadState&) {
  Value module = module_new(str_intern("_stat"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  return module;
}

}  // namespace pystm
