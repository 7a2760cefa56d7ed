// stdlib/posix_module.cpp — the `posix` module os.py is built on (library
// reference "os — Miscellaneous operating system interfaces"): environ,
// the file and directory calls the pure-Python standard library uses at
// import time and in common code (stat/lstat/fstat with stat_result,
// listdir, scandir-free walk helpers, getcwd, mkdir, rmdir, unlink/remove,
// rename/replace, open/close/read/write, access, chdir, urandom, ...), and
// the usual constants. File-system effects are not transactional: each call
// makes the transaction inevitable first (as time.sleep does).
// Owns: stat_result (a NativeStateObject of its ten fields plus the
// nanosecond times). Must never: return a partially filled result on error.
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stm/transaction.h"

extern char** environ;

namespace pystm {

namespace {

TypeObject* g_stat_result_type = nullptr;

// --- Paths ---------------------------------------------------------------------

bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

// os.fspath(): str and bytes as they are, else __fspath__().
Result<Value> fspath(ThreadState& ts, Value p) {
  if (is_str(p) || is_bytes_value(p)) return p;
  Value method = lookup_special(p, str_intern("__fspath__"));
  if (method.is_null())
    return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(p).c_str());
  Value r = PY_TRY(call_special(ts, method, p, {}));
  if (!is_str(r) && !is_bytes_value(r))
    return raise_type_error(ts, "expected %s.__fspath__() to return str or bytes, not %s", type_name_of(p).c_str(),
                            type_name_of(r).c_str());
  return r;
}

struct Path {
  Value original;
  std::string text;
  bool is_bytes = false;
};

// `kinds` names what the call accepts, for CPython's TypeError message.
Result<Path> path_arg(ThreadState& ts, Value p, const char* fname, const char* kinds = "string, bytes or os.PathLike") {
  bool pathlike = is_str(p) || is_bytes_value(p) || !lookup_special(p, str_intern("__fspath__")).is_null();
  if (!pathlike)
    return raise_type_error(ts, "%s: path should be %s, not %s", fname, kinds, type_name_of(p).c_str());
  Value s = PY_TRY(fspath(ts, p));
  Path out;
  out.original = p;
  if (is_str(s)) {
    out.text = str_to_utf8(s);
  } else {
    out.text.assign(reinterpret_cast<const char*>(bytes_data(s)), static_cast<size_t>(bytes_size(s)));
    out.is_bytes = true;
  }
  if (out.text.find('\0') != std::string::npos) return raise_value_error(ts, "%s: embedded null character in path", fname);
  return out;
}

Value name_value(const std::string& name, bool as_bytes) {
  return as_bytes ? bytes_from(name.data(), static_cast<int64_t>(name.size())) : str_from_utf8(name);
}

Error os_error(ThreadState& ts, const Path& p) { return raise_os_error(ts, errno, p.original); }

// --- stat_result -------------------------------------------------------------------

const char* const kStatFields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                   "st_atime", "st_mtime", "st_ctime"};
constexpr uint32_t kStatVisible = 10;
// Fields 10..12: float times; 13..15: *_ns ints; 16: st_blksize, 17: st_blocks, 18: st_rdev.
constexpr uint32_t kStatFieldCount = 19;

Value make_stat_result(const struct stat& st) {
  Value r = Value::from_object(native_state_new(g_stat_result_type, kStatFieldCount));
  auto set_i = [&](uint32_t i, int64_t v) { set_native_field(r, i, int_from_int64(v)); };
  set_i(0, st.st_mode);
  set_i(1, static_cast<int64_t>(st.st_ino));
  set_i(2, static_cast<int64_t>(st.st_dev));
  set_i(3, static_cast<int64_t>(st.st_nlink));
  set_i(4, st.st_uid);
  set_i(5, st.st_gid);
  set_i(6, st.st_size);
  set_i(7, st.st_atim.tv_sec);
  set_i(8, st.st_mtim.tv_sec);
  set_i(9, st.st_ctim.tv_sec);
  const timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
  for (int k = 0; k < 3; ++k) {
    set_native_field(r, 10 + k, float_from_double(static_cast<double>(times[k]->tv_sec) + times[k]->tv_nsec * 1e-9));
    set_i(13 + k, static_cast<int64_t>(times[k]->tv_sec) * 1000000000 + times[k]->tv_nsec);
  }
  set_i(16, st.st_blksize);
  set_i(17, st.st_blocks);
  set_i(18, static_cast<int64_t>(st.st_rdev));
  return r;
}

// Builds stat_result's tuple view (the ten classic fields).
Value tuple_new_from_fields(Value stat_result) {
  TupleObject* t = tuple_new(kStatVisible);
  for (uint32_t i = 0; i < kStatVisible; ++i) stm::view(t)->items[i] = native_field(stat_result, i);
  return Value::from_object(t);
}

template <uint32_t I>
Result<Value> stat_field(ThreadState&, Value self, CallArgs) { return native_field(self, I); }

Result<Value> stat_len(ThreadState&, Value, CallArgs) { return Value::small_int(kStatVisible); }
Result<Value> stat_getitem(ThreadState& ts, Value self, CallArgs args) {
  Value items = tuple_new_from_fields(self);
  return get_item(ts, items, args[0]);
}
Result<Value> stat_iter(ThreadState& ts, Value self, CallArgs) { return get_iter(ts, tuple_new_from_fields(self)); }
Result<Value> stat_eq(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_stat_result_type) return g_notimplemented;
  return bool_value(PY_TRY(equals(ts, tuple_new_from_fields(self), tuple_new_from_fields(args[0]))));
}
Result<Value> stat_repr(ThreadState& ts, Value self, CallArgs) {
  std::string out = "os.stat_result(";
  for (uint32_t i = 0; i < kStatVisible; ++i) {
    if (i) out += ", ";
    out += std::string(kStatFields[i]) + "=" + PY_TRY(repr_utf8(ts, native_field(self, i)));
  }
  return str_from_utf8(out + ")");
}

const NativeMethod kStatMethods[] = {
    {"__len__", stat_len, 0, 0, 0, nullptr},
    {"__getitem__", stat_getitem, 1, 1, 0, nullptr},
    {"__iter__", stat_iter, 0, 0, 0, nullptr},
    {"__eq__", stat_eq, 1, 1, 0, nullptr},
    {"__repr__", stat_repr, 0, 0, 0, nullptr},
};
const NativeMethod kStatGetters[] = {
    {"st_mode", stat_field<0>, 0, 0, 0, nullptr},       {"st_ino", stat_field<1>, 0, 0, 0, nullptr},
    {"st_dev", stat_field<2>, 0, 0, 0, nullptr},        {"st_nlink", stat_field<3>, 0, 0, 0, nullptr},
    {"st_uid", stat_field<4>, 0, 0, 0, nullptr},        {"st_gid", stat_field<5>, 0, 0, 0, nullptr},
    {"st_size", stat_field<6>, 0, 0, 0, nullptr},       {"st_atime", stat_field<10>, 0, 0, 0, nullptr},
    {"st_mtime", stat_field<11>, 0, 0, 0, nullptr},     {"st_ctime", stat_field<12>, 0, 0, 0, nullptr},
    {"st_atime_ns", stat_field<13>, 0, 0, 0, nullptr},  {"st_mtime_ns", stat_field<14>, 0, 0, 0, nullptr},
    {"st_ctime_ns", stat_field<15>, 0, 0, 0, nullptr},  {"st_blksize", stat_field<16>, 0, 0, 0, nullptr},
    {"st_blocks", stat_field<17>, 0, 0, 0, nullptr},    {"st_rdev", stat_field<18>, 0, 0, 0, nullptr},
};


// --- scandir / DirEntry ----------------------------------------------------------
// DirEntry: [name, path, d_type, stat cache, lstat cache]; ScandirIterator: [entries list, index].

TypeObject* g_direntry_type = nullptr;
TypeObject* g_scandir_iterator_type = nullptr;
enum DirEntryField : uint32_t { kName, kPath, kDType, kStat, kLStat, kDirEntryFields };

Result<Value> entry_stat_value(ThreadState& ts, Value self, bool follow) {
  uint32_t slot = follow ? kStat : kLStat;
  Value cached = native_field(self, slot);
  if (!cached.is_null()) return cached;
  Value path = native_field(self, kPath);
  std::string text = is_str(path) ? str_to_utf8(path)
                                  : std::string(reinterpret_cast<const char*>(bytes_data(path)),
                                                static_cast<size_t>(bytes_size(path)));
  struct stat st;
  stm::become_inevitable();
  int rc = follow ? ::stat(text.c_str(), &st) : ::lstat(text.c_str(), &st);
  if (rc != 0) return raise_os_error(ts, errno, path);
  Value r = make_stat_result(st);
  set_native_field(self, slot, r);
  return r;
}
Result<bool> follow_arg(ThreadState& ts, CallArgs args, const char* fname) {
  PY_TRY(check_keywords(ts, fname, args, {"follow_symlinks"}));
  Value f = keyword_arg(args, "follow_symlinks");
  return f.is_null() ? true : is_true(ts, f);
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
  int64_t mode = 0;
  int_to_int64(native_field(st.value(), 0), &mode);
  return mode & S_IFMT;
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
Result<Value> entry_inode(ThreadState& ts, Value self, CallArgs) {
  return native_field(PY_TRY(entry_stat_value(ts, self, false)), 1);
}
Result<Value> entry_name(ThreadState&, Value self, CallArgs) { return native_field(self, kName); }
Result<Value> entry_path(ThreadState&, Value self, CallArgs) { return native_field(self, kPath); }
Result<Value> entry_repr(ThreadState& ts, Value self, CallArgs) {
  return str_from_utf8("<DirEntry " + PY_TRY(repr_utf8(ts, native_field(self, kName))) + ">");
}

const NativeMethod kDirEntryMethods[] = {
    {"is_dir", entry_is_dir, 0, 0, 0, nullptr},
    {"is_file", entry_is_file, 0, 0, 0, nullptr},
    {"is_symlink", entry_is_symlink, 0, 0, 0, nullptr},
    {"stat", entry_stat, 0, 0, 0, nullptr},
    {"inode", entry_inode, 0, 0, 0, nullptr},
    {"__fspath__", entry_path, 0, 0, 0, nullptr},
    {"__repr__", entry_repr, 0, 0, 0, nullptr},
};
const NativeMethod kDirEntryGetters[] = {
    {"name", entry_name, 0, 0, 0, nullptr},
    {"path", entry_path, 0, 0, 0, nullptr},
};

Result<Value> posix_scandir(ThreadState& ts, Value, CallArgs args) {
  Path path{str_from_ascii("."), ".", false};
  if (args.nargs > 0 && !args[0].is(g_none))
    path = PY_TRY(path_arg(ts, args[0], "scandir", "string, bytes, os.PathLike, integer or None"));
  stm::become_inevitable();
  DIR* dir = opendir(path.text.c_str());
  if (!dir) return os_error(ts, path);
  std::vector<std::pair<std::string, int>> names;
  while (dirent* e = readdir(dir)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    names.emplace_back(e->d_name, e->d_type);
  }
  closedir(dir);
  std::string prefix = args.nargs > 0 && !args[0].is(g_none) ? path.text : ".";
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  if (args.nargs == 0 || args[0].is(g_none)) prefix = "./";
  Value entries = list_new();
  for (const auto& [name, type] : names) {
    Value e = Value::from_object(native_state_new(g_direntry_type, kDirEntryFields));
    set_native_field(e, kName, name_value(name, path.is_bytes));
    set_native_field(e, kPath, name_value(prefix + name, path.is_bytes));
    set_native_field(e, kDType, Value::small_int(type));
    list_append(entries, e);
  }
  Value it = Value::from_object(native_state_new(g_scandir_iterator_type, 2));
  set_native_field(it, 0, entries);
  set_native_field(it, 1, Value::small_int(0));
  return it;
}
Result<Value> scandir_next(ThreadState& ts, Value self, CallArgs) {
  Value entries = native_field(self, 0);
  int64_t i = native_field(self, 1).as_small_int();
  if (entries.is_null() || i >= list_size(entries)) return raise_empty(ts, g_exc_StopIteration);
  set_native_field(self, 1, Value::small_int(i + 1));
  return list_get(entries, i);
}
Result<Value> scandir_self(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> scandir_close(ThreadState&, Value self, CallArgs) {
  set_native_field(self, 0, Value());
  return g_none;
}
const NativeMethod kScandirMethods[] = {
    {"__next__", scandir_next, 0, 0, 0, nullptr},
    {"__iter__", scandir_self, 0, 0, 0, nullptr},
    {"__enter__", scandir_self, 0, 0, 0, nullptr},
    {"__exit__", scandir_close, 0, -1, 0, nullptr},
    {"close", scandir_close, 0, 0, 0, nullptr},
};

// --- Functions -------------------------------------------------------------------

Result<Value> stat_common(ThreadState& ts, CallArgs args, const char* fname, bool follow) {
  PY_TRY(check_keywords(ts, fname, args, {"path", "dir_fd", "follow_symlinks"}));
  Value p = args.nargs > 0 ? args[0] : keyword_arg(args, "path");
  if (p.is_null()) return raise_type_error(ts, "%s() missing required argument 'path' (pos 1)", fname);
  Value fs = keyword_arg(args, "follow_symlinks");
  if (!fs.is_null()) follow = PY_TRY(is_true(ts, fs));
  struct stat st;
  stm::become_inevitable();
  if (p.is_small_int()) {
    if (fstat(static_cast<int>(p.as_small_int()), &st) != 0) return raise_os_error(ts, errno);
    return make_stat_result(st);
  }
  Path path = PY_TRY(path_arg(ts, p, fname, "string, bytes, os.PathLike or integer"));
  int rc = follow ? ::stat(path.text.c_str(), &st) : ::lstat(path.text.c_str(), &st);
  if (rc != 0) return os_error(ts, path);
  return make_stat_result(st);
}
Result<Value> posix_stat(ThreadState& ts, Value, CallArgs args) { return stat_common(ts, args, "stat", true); }
Result<Value> posix_lstat(ThreadState& ts, Value, CallArgs args) { return stat_common(ts, args, "lstat", false); }
Result<Value> posix_fstat(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  struct stat st;
  stm::become_inevitable();
  if (fstat(static_cast<int>(fd), &st) != 0) return raise_os_error(ts, errno);
  return make_stat_result(st);
}

Result<Value> posix_getcwd(ThreadState& ts, Value, CallArgs) {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return raise_os_error(ts, errno);
  return str_from_utf8(buf);
}
Result<Value> posix_getcwdb(ThreadState& ts, Value, CallArgs) {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return raise_os_error(ts, errno);
  return bytes_from(buf, static_cast<int64_t>(std::strlen(buf)));
}

Result<Value> posix_listdir(ThreadState& ts, Value, CallArgs args) {
  Path path{str_from_ascii("."), ".", false};
  if (args.nargs > 0 && !args[0].is(g_none))
    path = PY_TRY(path_arg(ts, args[0], "listdir", "string, bytes, os.PathLike, integer or None"));
  stm::become_inevitable();
  DIR* dir = opendir(path.text.c_str());
  if (!dir) return os_error(ts, path);
  std::vector<std::string> names;
  while (dirent* e = readdir(dir)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    names.emplace_back(e->d_name);
  }
  closedir(dir);
  Value out = list_new();
  for (const std::string& n : names) list_append(out, name_value(n, path.is_bytes));
  return out;
}

// Calls taking one path and returning None.
template <int (*Fn)(const char*)>
Result<Value> path_call(ThreadState& ts, CallArgs args, const char* fname) {
  Path path = PY_TRY(path_arg(ts, args[0], fname));
  stm::become_inevitable();
  if (Fn(path.text.c_str()) != 0) return os_error(ts, path);
  return g_none;
}
Result<Value> posix_rmdir(ThreadState& ts, Value, CallArgs args) { return path_call<::rmdir>(ts, args, "rmdir"); }
Result<Value> posix_unlink(ThreadState& ts, Value, CallArgs args) { return path_call<::unlink>(ts, args, "unlink"); }
Result<Value> posix_remove(ThreadState& ts, Value, CallArgs args) { return path_call<::unlink>(ts, args, "remove"); }
Result<Value> posix_chdir(ThreadState& ts, Value, CallArgs args) { return path_call<::chdir>(ts, args, "chdir"); }

Result<Value> posix_mkdir(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "mkdir", args, {"path", "mode", "dir_fd"}));
  Value p = args.nargs > 0 ? args[0] : keyword_arg(args, "path");
  Value m = args.nargs > 1 ? args[1] : keyword_arg(args, "mode");
  int64_t mode = m.is_null() ? 0777 : PY_TRY(index_as_ssize(ts, m));
  Path path = PY_TRY(path_arg(ts, p, "mkdir"));
  stm::become_inevitable();
  if (::mkdir(path.text.c_str(), static_cast<mode_t>(mode)) != 0) return os_error(ts, path);
  return g_none;
}

Result<Value> rename_common(ThreadState& ts, CallArgs args, const char* fname) {
  Path from = PY_TRY(path_arg(ts, args[0], fname));
  Path to = PY_TRY(path_arg(ts, args[1], fname));
  stm::become_inevitable();
  if (::rename(from.text.c_str(), to.text.c_str()) != 0) {
    int err = errno;
    return raise_os_error(ts, err, from.original);
  }
  return g_none;
}
Result<Value> posix_rename(ThreadState& ts, Value, CallArgs args) { return rename_common(ts, args, "rename"); }
Result<Value> posix_replace(ThreadState& ts, Value, CallArgs args) { return rename_common(ts, args, "replace"); }

Result<Value> posix_access(ThreadState& ts, Value, CallArgs args) {
  Path path = PY_TRY(path_arg(ts, args[0], "access"));
  int64_t mode = PY_TRY(index_as_ssize(ts, args[1]));
  return bool_value(::access(path.text.c_str(), static_cast<int>(mode)) == 0);
}

Result<Value> posix_open(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "open", args, {"path", "flags", "mode", "dir_fd"}));
  Value p = args.nargs > 0 ? args[0] : keyword_arg(args, "path");
  Value f = args.nargs > 1 ? args[1] : keyword_arg(args, "flags");
  Value m = args.nargs > 2 ? args[2] : keyword_arg(args, "mode");
  if (p.is_null() || f.is_null()) return raise_type_error(ts, "open() missing required argument");
  Path path = PY_TRY(path_arg(ts, p, "open"));
  int64_t flags = PY_TRY(index_as_ssize(ts, f));
  int64_t mode = m.is_null() ? 0777 : PY_TRY(index_as_ssize(ts, m));
  stm::become_inevitable();
  int fd = ::open(path.text.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return os_error(ts, path);
  return Value::small_int(fd);
}
Result<Value> posix_close(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  stm::become_inevitable();
  if (::close(static_cast<int>(fd)) != 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> posix_read(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t n = PY_TRY(index_as_ssize(ts, args[1]));
  if (n < 0) return raise_value_error(ts, "negative count");
  std::string buf(static_cast<size_t>(n), '\0');
  stm::become_inevitable();
  ssize_t got;
  do got = ::read(static_cast<int>(fd), buf.data(), buf.size());
  while (got < 0 && errno == EINTR);
  if (got < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), got);
}
Result<Value> posix_write(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  if (!is_bytes_value(args[1]))
    return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(args[1]).c_str());
  stm::become_inevitable();
  if (fd == 1 || fd == 2) flush_std_streams();
  ssize_t put;
  do put = ::write(static_cast<int>(fd), bytes_data(args[1]), static_cast<size_t>(bytes_size(args[1])));
  while (put < 0 && errno == EINTR);
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}
Result<Value> posix_isatty(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  return bool_value(::isatty(static_cast<int>(fd)) == 1);
}

Result<Value> posix_fspath(ThreadState& ts, Value, CallArgs args) { return fspath(ts, args[0]); }
Result<Value> posix_strerror(ThreadState& ts, Value, CallArgs args) {
  int64_t code = PY_TRY(index_as_ssize(ts, args[0]));
  return str_from_utf8(std::strerror(static_cast<int>(code)));
}
Result<Value> posix_urandom(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  if (n < 0) return raise_value_error(ts, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t done = 0;
  while (done < buf.size()) {
    ssize_t got = getrandom(buf.data() + done, buf.size() - done, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(ts, errno);
    }
    done += static_cast<size_t>(got);
  }
  return bytes_from(buf.data(), n);
}
Result<Value> posix_getpid(ThreadState&, Value, CallArgs) { return Value::small_int(getpid()); }
Result<Value> posix_getppid(ThreadState&, Value, CallArgs) { return Value::small_int(getppid()); }
Result<Value> posix_getuid(ThreadState&, Value, CallArgs) { return Value::small_int(getuid()); }
Result<Value> posix_geteuid(ThreadState&, Value, CallArgs) { return Value::small_int(geteuid()); }
Result<Value> posix_getgid(ThreadState&, Value, CallArgs) { return Value::small_int(getgid()); }
Result<Value> posix_cpu_count(ThreadState&, Value, CallArgs) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? Value::small_int(n) : g_none;
}
Result<Value> posix_exit(ThreadState& ts, Value, CallArgs args) {
  int64_t code = PY_TRY(index_as_ssize(ts, args[0]));
  flush_std_streams();
  ::_exit(static_cast<int>(code));
}
Result<std::string> env_text(ThreadState& ts, Value v, const char* fname) {
  if (is_str(v)) return str_to_utf8(v);
  if (is_bytes_value(v)) return std::string(reinterpret_cast<const char*>(bytes_data(v)), static_cast<size_t>(bytes_size(v)));
  return raise_type_error(ts, "%s: expected str, bytes or os.PathLike object, not %s", fname, type_name_of(v).c_str());
}
Result<Value> posix_putenv(ThreadState& ts, Value, CallArgs args) {
  std::string key = PY_TRY(env_text(ts, args[0], "putenv"));
  std::string value = PY_TRY(env_text(ts, args[1], "putenv"));
  if (key.empty() || key.find('=') != std::string::npos) return raise_value_error(ts, "illegal environment variable name");
  stm::become_inevitable();
  if (::setenv(key.c_str(), value.c_str(), 1) != 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> posix_unsetenv(ThreadState& ts, Value, CallArgs args) {
  std::string key = PY_TRY(env_text(ts, args[0], "unsetenv"));
  if (key.empty() || key.find('=') != std::string::npos) return raise_value_error(ts, "illegal environment variable name");
  stm::become_inevitable();
  if (::unsetenv(key.c_str()) != 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> posix_umask(ThreadState& ts, Value, CallArgs args) {
  int64_t mask = PY_TRY(index_as_ssize(ts, args[0]));
  return Value::small_int(::umask(static_cast<mode_t>(mask)));
}

const NativeMethod kPosixFunctions[] = {
    {"stat", posix_stat, 0, 1, 0, nullptr},
    {"lstat", posix_lstat, 0, 1, 0, nullptr},
    {"fstat", posix_fstat, 1, 1, kNativeNoKeywords, nullptr},
    {"getcwd", posix_getcwd, 0, 0, 0, nullptr},
    {"getcwdb", posix_getcwdb, 0, 0, 0, nullptr},
    {"listdir", posix_listdir, 0, 1, 0, nullptr},
    {"mkdir", posix_mkdir, 0, 2, 0, nullptr},
    {"rmdir", posix_rmdir, 1, 1, 0, nullptr},
    {"unlink", posix_unlink, 1, 1, 0, nullptr},
    {"remove", posix_remove, 1, 1, 0, nullptr},
    {"chdir", posix_chdir, 1, 1, 0, nullptr},
    {"rename", posix_rename, 2, 2, 0, nullptr},
    {"replace", posix_replace, 2, 2, 0, nullptr},
    {"access", posix_access, 2, 2, 0, nullptr},
    {"open", posix_open, 0, 3, 0, nullptr},
    {"close", posix_close, 1, 1, kNativeNoKeywords, nullptr},
    {"read", posix_read, 2, 2, kNativeNoKeywords, nullptr},
    {"write", posix_write, 2, 2, kNativeNoKeywords, nullptr},
    {"isatty", posix_isatty, 1, 1, kNativeNoKeywords, nullptr},
    {"fspath", posix_fspath, 1, 1, 0, nullptr},
    {"strerror", posix_strerror, 1, 1, kNativeNoKeywords, nullptr},
    {"urandom", posix_urandom, 1, 1, kNativeNoKeywords, nullptr},
    {"getpid", posix_getpid, 0, 0, 0, nullptr},
    {"getppid", posix_getppid, 0, 0, 0, nullptr},
    {"getuid", posix_getuid, 0, 0, 0, nullptr},
    {"geteuid", posix_geteuid, 0, 0, 0, nullptr},
    {"getgid", posix_getgid, 0, 0, 0, nullptr},
    {"cpu_count", posix_cpu_count, 0, 0, 0, nullptr},
    {"_exit", posix_exit, 1, 1, kNativeNoKeywords, nullptr},
    {"umask", posix_umask, 1, 1, kNativeNoKeywords, nullptr},
    {"scandir", posix_scandir, 0, 1, 0, nullptr},
    {"putenv", posix_putenv, 2, 2, kNativeNoKeywords, nullptr},
    {"unsetenv", posix_unsetenv, 1, 1, kNativeNoKeywords, nullptr},
};

const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    {"F_OK", F_OK},         {"R_OK", R_OK},           {"W_OK", W_OK},           {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},   {"O_RDWR", O_RDWR},       {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},     {"O_APPEND", O_APPEND},   {"O_NONBLOCK", O_NONBLOCK},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR},   {"SEEK_END", SEEK_END},
    {"EX_OK", 0},
};

}  // namespace

Result<Value> create_posix_module(ThreadState& ts) {
  if (!g_stat_result_type) {
    g_stat_result_type =
        make_builtin_type("stat_result", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_stat_result_type, kStatMethods);
    for (const NativeMethod& g : kStatGetters) add_native_property(g_stat_result_type, &g, nullptr);
    type_set_attr_nogc_fail(g_stat_result_type, "__module__", str_intern("os"));
    type_set_attr_nogc_fail(g_stat_result_type, "__hash__", g_none);
    g_direntry_type = make_builtin_type("DirEntry", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_direntry_type, kDirEntryMethods);
    for (const NativeMethod& g : kDirEntryGetters) add_native_property(g_direntry_type, &g, nullptr);
    type_set_attr_nogc_fail(g_direntry_type, "__module__", str_intern("posix"));
    g_scandir_iterator_type =
        make_builtin_type("ScandirIterator", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_scandir_iterator_type, kScandirMethods);
    type_set_attr_nogc_fail(g_scandir_iterator_type, "__module__", str_intern("posix"));
  }
  Value module = module_new(str_intern("posix"));
  for (const NativeMethod& m : kPosixFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  module_set(module, "stat_result", Value::from_object(g_stat_result_type));
  module_set(module, "DirEntry", Value::from_object(g_direntry_type));
  module_set(module, "error", Value::from_object(g_exc_OSError));
  module_set(module, "_have_functions", list_new());
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
