// stdlib/posix_dir.cpp — directories in the `posix` module: scandir and
// DirEntry, listdir, mkdir, rmdir, getcwd, chdir (library reference "os —
// Files and Directories").
// Owns: the DirEntry and ScandirIterator types. A DirEntry is
// [name, path, d_type, stat cache, lstat cache, inode, dir fd]; the iterator is
// [entries list, index] (the directory is read whole when scandir() is
// called, so no DIR* outlives a transaction).
// Must never: touch the file system before making the transaction inevitable.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/objects/float_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/posix_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

TypeObject* g_direntry_type = nullptr;
TypeObject* g_scandir_iterator_type = nullptr;
// kDirFd: the directory's descriptor when scandir() was given one (the
// entry is then stat'ed relative to it), else -1.
enum DirEntryField : uint32_t { kName, kPath, kDType, kStat, kLStat, kInode, kDirFd, kDirEntryFields };

struct RawEntry {
  std::string name;
  int type;
  uint64_t inode;
};

// Reads a whole directory (by path, or by a duplicate of descriptor `fd`).
Result<std::vector<RawEntry>> read_directory(ThreadState& ts, const PosixPath& path) {
  PY_TRY(enter_inevitable(ts));
  DIR* dir = nullptr;
  if (path.fd >= 0) {
    int copy = ::dup(path.fd);
    if (copy < 0) return raise_os_error(ts, errno);
    dir = ::fdopendir(copy);
    if (!dir) {
      int err = errno;
      ::close(copy);
      return raise_os_error(ts, err);
    }
    ::rewinddir(dir);
  } else {
    dir = ::opendir(path.text.c_str());
    if (!dir) return posix_path_error(ts, path);
  }
  std::vector<RawEntry> out;
  errno = 0;
  while (dirent* e = ::readdir(dir)) {
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
      out.push_back({e->d_name, e->d_type, static_cast<uint64_t>(e->d_ino)});
    errno = 0;
  }
  int err = errno;
  ::closedir(dir);
  if (err != 0) return posix_path_error(ts, path);
  return out;
}

std::string value_text(Value v) {
  return is_str(v) ? str_to_utf8(v)
                   : std::string(reinterpret_cast<const char*>(bytes_data(v)), static_cast<size_t>(bytes_size(v)));
}

Result<Value> entry_stat_value(ThreadState& ts, Value self, bool follow) {
  uint32_t slot = follow ? kStat : kLStat;
  Value cached = native_field(self, slot);
  if (!cached.is_null()) return cached;
  // A DirEntry that is not a symlink has one stat for both.
  if (follow && native_field(self, kDType).as_small_int() != DT_LNK &&
      native_field(self, kDType).as_small_int() != DT_UNKNOWN) {
    Value l = PY_TRY(entry_stat_value(ts, self, false));
    set_native_field(self, kStat, l);
    return l;
  }
  Value path = native_field(self, kPath);
  std::string text = value_text(path);
  int dir_fd = static_cast<int>(native_field(self, kDirFd).as_small_int());
  struct stat st;
  PY_TRY(enter_inevitable(ts));
  int rc = ::fstatat(dir_fd >= 0 ? dir_fd : AT_FDCWD, text.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc != 0) return raise_os_error(ts, errno, path);
  Value r = PY_TRY(posix_stat_result(ts, &st));
  set_native_field(self, slot, r);
  return r;
}

Result<bool> follow_arg(ThreadState& ts, CallArgs args, const char* fname) {
  Value a[1];
  PY_TRY(posix_bind(ts, fname, args, {"follow_symlinks"}, 0, a));
  if (args.nargs > 0) return raise_type_error(ts, "DirEntry.%s() takes no positional arguments", fname);
  return a[0].is_null() ? true : is_true(ts, a[0]);
}

// The entry's file type (S_IFDIR, ...), from d_type when it is known.
Result<int64_t> entry_mode(ThreadState& ts, Value self, bool follow) {
  int64_t d_type = native_field(self, kDType).as_small_int();
  if (d_type != DT_UNKNOWN && !(follow && d_type == DT_LNK)) {
    switch (d_type) {
      case DT_DIR: return S_IFDIR;
      case DT_REG: return S_IFREG;
      case DT_LNK: return S_IFLNK;
      default: return 0;
    }
  }
  Result<Value> st = entry_stat_value(ts, self, follow);
  if (!st.ok()) {
    if (pending_exception_matches(ts, g_exc_FileNotFoundError)) {
      clear_pending_exception(ts);
      return 0;
    }
    return kError;
  }
  Value mode = PY_TRY(get_item(ts, st.value(), Value::small_int(0)));
  return mode.as_small_int() & S_IFMT;
}
Result<Value> entry_is_dir(ThreadState& ts, Value self, CallArgs args) {
  bool follow = PY_TRY(follow_arg(ts, args, "is_dir"));
  return bool_value(PY_TRY(entry_mode(ts, self, follow)) == S_IFDIR);
}
Result<Value> entry_is_file(ThreadState& ts, Value self, CallArgs args) {
  bool follow = PY_TRY(follow_arg(ts, args, "is_file"));
  return bool_value(PY_TRY(entry_mode(ts, self, follow)) == S_IFREG);
}
Result<Value> entry_is_symlink(ThreadState& ts, Value self, CallArgs) {
  return bool_value(PY_TRY(entry_mode(ts, self, false)) == S_IFLNK);
}
Result<Value> entry_stat(ThreadState& ts, Value self, CallArgs args) {
  bool follow = PY_TRY(follow_arg(ts, args, "stat"));
  return entry_stat_value(ts, self, follow);
}
Result<Value> entry_inode(ThreadState&, Value self, CallArgs) { return native_field(self, kInode); }
Result<Value> entry_name(ThreadState&, Value self, CallArgs) { return native_field(self, kName); }
Result<Value> entry_path(ThreadState&, Value self, CallArgs) { return native_field(self, kPath); }
Result<Value> entry_repr(ThreadState& ts, Value self, CallArgs) {
  return str_from_utf8("<DirEntry " + PY_TRY(repr_utf8(ts, native_field(self, kName))) + ">");
}
Result<Value> entry_new(ThreadState& ts, Value, CallArgs) {
  return raise_type_error(ts, "cannot create 'posix.DirEntry' instances");
}

const NativeMethod kDirEntryMethods[] = {
    {"__new__", entry_new, 0, -1, kNativeStatic, nullptr},
    {"is_dir", entry_is_dir, 0, -1, 0, nullptr},
    {"is_file", entry_is_file, 0, -1, 0, nullptr},
    {"is_symlink", entry_is_symlink, 0, 0, 0, nullptr},
    {"stat", entry_stat, 0, -1, 0, nullptr},
    {"inode", entry_inode, 0, 0, 0, nullptr},
    {"__fspath__", entry_path, 0, 0, 0, nullptr},
    {"__repr__", entry_repr, 0, 0, 0, nullptr},
};
const NativeMethod kDirEntryGetters[] = {
    {"name", entry_name, 0, 0, 0, nullptr},
    {"path", entry_path, 0, 0, 0, nullptr},
};

Result<Value> posix_scandir(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "scandir", args, {"path"}, 0, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "scandir", true, true));
  std::vector<RawEntry> names = PY_TRY(read_directory(ts, path));
  std::string prefix = path.original.is_null() ? "." : path.text;
  if (path.fd < 0 && !prefix.empty() && prefix.back() != '/') prefix += '/';
  Value entries = list_new();
  for (const RawEntry& raw : names) {
    Value e = Value::from_object(native_state_new(g_direntry_type, kDirEntryFields));
    set_native_field(e, kName, posix_name_value(raw.name, path.is_bytes));
    set_native_field(e, kPath, posix_name_value(path.fd >= 0 ? raw.name : prefix + raw.name, path.is_bytes));
    set_native_field(e, kDType, Value::small_int(raw.type));
    set_native_field(e, kInode, int_from_uint64(raw.inode));
    set_native_field(e, kDirFd, Value::small_int(path.fd));
    list_append(entries, e);
  }
  Value it = Value::from_object(native_state_new(g_scandir_iterator_type, 2));
  set_native_field(it, 0, entries);
  set_native_field(it, 1, Value::small_int(0));
  return it;
}
Result<Value> scandir_next(ThreadState& ts, Value self, CallArgs) {
  Value entries = native_field(self, 0);
  if (entries.is_null()) return raise_empty(ts, g_exc_StopIteration);
  int64_t i = native_field(self, 1).as_small_int();
  if (i >= list_size(entries)) {
    set_native_field(self, 0, Value());
    return raise_empty(ts, g_exc_StopIteration);
  }
  set_native_field(self, 1, Value::small_int(i + 1));
  return list_get(entries, i);
}
Result<Value> scandir_self(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> scandir_close(ThreadState&, Value self, CallArgs) {
  set_native_field(self, 0, Value());
  return g_none;
}
Result<Value> scandir_exit(ThreadState&, Value self, CallArgs) {
  set_native_field(self, 0, Value());
  return g_false;
}
const NativeMethod kScandirMethods[] = {
    {"__next__", scandir_next, 0, 0, 0, nullptr},
    {"__iter__", scandir_self, 0, 0, 0, nullptr},
    {"__enter__", scandir_self, 0, 0, 0, nullptr},
    {"__exit__", scandir_exit, 0, -1, 0, nullptr},
    {"close", scandir_close, 0, 0, 0, nullptr},
};

Result<Value> posix_listdir(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "listdir", args, {"path"}, 0, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "listdir", true, true));
  std::vector<RawEntry> names = PY_TRY(read_directory(ts, path));
  Value out = list_new();
  for (const RawEntry& raw : names) list_append(out, posix_name_value(raw.name, path.is_bytes));
  return out;
}

Result<Value> posix_mkdir(ThreadState& ts, Value, CallArgs args) {
  Value a[3];
  PY_TRY(posix_bind(ts, "mkdir", args, {"path", "mode", "dir_fd"}, 1, a));
  int64_t mode = a[1].is_null() ? 0777 : PY_TRY(posix_int_arg(ts, a[1]));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "mkdir"));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[2]));
  PY_TRY(enter_inevitable(ts));
  if (::mkdirat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode)) != 0) return posix_path_error(ts, path);
  return g_none;
}

Result<Value> posix_rmdir(ThreadState& ts, Value, CallArgs args) {
  Value a[2];
  PY_TRY(posix_bind(ts, "rmdir", args, {"path", "dir_fd"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "rmdir"));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[1]));
  PY_TRY(enter_inevitable(ts));
  if (::unlinkat(dir_fd, path.text.c_str(), AT_REMOVEDIR) != 0) return posix_path_error(ts, path);
  return g_none;
}

Result<Value> cwd(ThreadState& ts, bool as_bytes) {
  PY_TRY(enter_inevitable(ts));
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_os_error(ts, errno);
    buf.resize(buf.size() * 2);
  }
  buf.resize(std::strlen(buf.c_str()));
  return posix_name_value(buf, as_bytes);
}
Result<Value> posix_getcwd(ThreadState& ts, Value, CallArgs) { return cwd(ts, false); }
Result<Value> posix_getcwdb(ThreadState& ts, Value, CallArgs) { return cwd(ts, true); }

Result<Value> posix_chdir(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "chdir", args, {"path"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "chdir", true));
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::fchdir(path.fd) : ::chdir(path.text.c_str());
  if (rc != 0) return posix_path_error(ts, path);
  return g_none;
}
Result<Value> posix_fchdir(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  if (::fchdir(fd) != 0) return raise_os_error(ts, errno);
  return g_none;
}

const NativeMethod kFunctions[] = {
    {"scandir", posix_scandir, 0, -1, 0, nullptr},  {"listdir", posix_listdir, 0, -1, 0, nullptr},
    {"mkdir", posix_mkdir, 0, -1, 0, nullptr},      {"rmdir", posix_rmdir, 0, -1, 0, nullptr},
    {"getcwd", posix_getcwd, 0, 0, 0, nullptr},     {"getcwdb", posix_getcwdb, 0, 0, 0, nullptr},
    {"chdir", posix_chdir, 0, -1, 0, nullptr},      {"fchdir", posix_fchdir, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

std::span<const NativeMethod> posix_dir_functions() { return kFunctions; }

Status posix_init_dir_types(ThreadState&, Value module) {
  if (!g_direntry_type) {
    g_direntry_type = make_builtin_type("DirEntry", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_direntry_type, kDirEntryMethods);
    for (const NativeMethod& g : kDirEntryGetters) add_native_property(g_direntry_type, &g, nullptr);
    type_set_attr_nogc_fail(g_direntry_type, "__module__", str_intern("posix"));
    g_scandir_iterator_type =
        make_builtin_type("ScandirIterator", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_scandir_iterator_type, kScandirMethods);
    type_set_attr_nogc_fail(g_scandir_iterator_type, "__module__", str_intern("posix"));
  }
  module_set(module, "DirEntry", Value::from_object(g_direntry_type));
  return ok_status();
}

}  // namespace pystm
