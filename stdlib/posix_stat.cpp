// stdlib/posix_stat.cpp — os.stat_result and the calls that make one:
// stat, lstat, fstat (library reference "os.stat"), and statvfs.
// Owns: the stat_result and statvfs_result struct-sequence classes.
// Must never: return a partially filled result on error.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <cerrno>

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "stdlib/posix_support.h"
#include "stdlib/struct_sequence.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

const char* const kStatFields[] = {"st_mode",     "st_ino",      "st_dev",      "st_nlink",   "st_uid",
                                   "st_gid",      "st_size",     nullptr,       nullptr,      nullptr,
                                   "st_atime",    "st_mtime",    "st_ctime",    "st_atime_ns", "st_mtime_ns",
                                   "st_ctime_ns", "st_blksize",  "st_blocks",   "st_rdev"};
const int kStatFallback[] = {7, 8, 9};  // st_atime/st_mtime/st_ctime from the int items
const StructSequenceSpec kStatSpec{"os", "stat_result", kStatFields, 10, kStatFallback};
Value g_stat_result;

const char* const kStatvfsFields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree",   "f_bavail", "f_files",
                                      "f_ffree", "f_favail", "f_flag",   "f_namemax", "f_fsid"};
const StructSequenceSpec kStatvfsSpec{"os", "statvfs_result", kStatvfsFields, 10};
Value g_statvfs_result;

Result<Value> stat_call(ThreadState& ts, CallArgs args, const char* fname, bool follow_default) {
  Value a[3];
  PY_TRY(posix_bind(ts, fname, args, {"path", "dir_fd", "follow_symlinks"}, 1, a));
  bool follow = follow_default;
  if (!a[2].is_null()) follow = PY_TRY(is_true(ts, a[2]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[1]));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], fname, true));
  struct stat st;
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::fstat(path.fd, &st)
                        : ::fstatat(dir_fd, path.text.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc != 0) return posix_path_error(ts, path);
  return posix_stat_result(ts, &st);
}

Result<Value> posix_stat(ThreadState& ts, Value, CallArgs args) { return stat_call(ts, args, "stat", true); }
Result<Value> posix_lstat(ThreadState& ts, Value, CallArgs args) { return stat_call(ts, args, "lstat", false); }
Result<Value> posix_fstat(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  struct stat st;
  PY_TRY(enter_inevitable(ts));
  if (::fstat(fd, &st) != 0) return raise_os_error(ts, errno);
  return posix_stat_result(ts, &st);
}

Result<Value> posix_statvfs(ThreadState& ts, Value, CallArgs args) {
  PosixPath path = PY_TRY(posix_path_arg(ts, args[0], "statvfs", true));
  struct statvfs st;
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::fstatvfs(path.fd, &st) : ::statvfs(path.text.c_str(), &st);
  if (rc != 0) return posix_path_error(ts, path);
  Value type = PY_TRY(struct_sequence_type(ts, &g_statvfs_result, kStatvfsSpec));
  const Value items[] = {int_from_uint64(st.f_bsize),  int_from_uint64(st.f_frsize), int_from_uint64(st.f_blocks),
                         int_from_uint64(st.f_bfree),  int_from_uint64(st.f_bavail), int_from_uint64(st.f_files),
                         int_from_uint64(st.f_ffree),  int_from_uint64(st.f_favail), int_from_uint64(st.f_flag),
                         int_from_uint64(st.f_namemax), int_from_uint64(st.f_fsid)};
  return struct_sequence_new(ts, type, items);
}

const NativeMethod kFunctions[] = {
    {"stat", posix_stat, 0, -1, 0, nullptr},
    {"lstat", posix_lstat, 0, -1, 0, nullptr},
    {"fstat", posix_fstat, 1, 1, kNativeNoKeywords, nullptr},
    {"statvfs", posix_statvfs, 1, 1, 0, nullptr},
    {"fstatvfs", posix_statvfs, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> posix_stat_result_type(ThreadState& ts) { return struct_sequence_type(ts, &g_stat_result, kStatSpec); }

Result<Value> posix_stat_result(ThreadState& ts, const void* raw) {
  const struct stat& st = *static_cast<const struct stat*>(raw);
  Value type = PY_TRY(posix_stat_result_type(ts));
  const timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
  Value items[19];
  items[0] = int_from_int64(st.st_mode);
  items[1] = int_from_uint64(st.st_ino);
  items[2] = int_from_uint64(st.st_dev);
  items[3] = int_from_int64(static_cast<int64_t>(st.st_nlink));
  items[4] = int_from_int64(st.st_uid);
  items[5] = int_from_int64(st.st_gid);
  items[6] = int_from_int64(st.st_size);
  for (int k = 0; k < 3; ++k) {
    items[7 + k] = int_from_int64(times[k]->tv_sec);
    items[10 + k] = float_from_double(static_cast<double>(times[k]->tv_sec) + times[k]->tv_nsec * 1e-9);
    Value ns = PY_TRY(int_mul(ts, int_from_int64(times[k]->tv_sec), int_from_int64(1000000000)));
    items[13 + k] = PY_TRY(int_add(ts, ns, int_from_int64(times[k]->tv_nsec)));
  }
  items[16] = int_from_int64(st.st_blksize);
  items[17] = int_from_int64(st.st_blocks);
  items[18] = int_from_uint64(st.st_rdev);
  return struct_sequence_new(ts, type, items);
}

std::span<const NativeMethod> posix_stat_functions() { return kFunctions; }

Status posix_init_stat(ThreadState& ts, Value module) {
  module_set(module, "stat_result", PY_TRY(posix_stat_result_type(ts)));
  module_set(module, "statvfs_result", PY_TRY(struct_sequence_type(ts, &g_statvfs_result, kStatvfsSpec)));
  return ok_status();
}

}  // namespace pystm
