// stdlib/posix_support.cpp — see posix_support.h.
#include "stdlib/posix_support.h"

#include <fcntl.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

Result<Value> posix_fspath_value(ThreadState& ts, Value p) {
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

Result<PosixPath> posix_path_arg(ThreadState& ts, Value p, const char* fname, bool allow_fd, bool allow_none) {
  PosixPath out;
  out.original = p;
  if (allow_none && (p.is_null() || p.is(g_none))) {
    out.original = Value();
    out.text = ".";
    return out;
  }
  if (allow_fd && is_int(p) && !is_instance_of(p, g_bool_type)) {
    out.fd = PY_TRY(posix_fd_arg(ts, p));
    return out;
  }
  bool pathlike = is_str(p) || is_bytes_value(p) || !lookup_special(p, str_intern("__fspath__")).is_null();
  if (!pathlike) {
    const char* kinds = allow_fd ? (allow_none ? "string, bytes, os.PathLike, integer or None"
                                               : "string, bytes, os.PathLike or integer")
                                 : (allow_none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    return raise_type_error(ts, "%s: path should be %s, not %s", fname, kinds, type_name_of(p).c_str());
  }
  Value s = PY_TRY(posix_fspath_value(ts, p));
  if (is_str(s)) {
    out.text = str_to_utf8(s);
  } else {
    out.text.assign(reinterpret_cast<const char*>(bytes_data(s)), static_cast<size_t>(bytes_size(s)));
    out.is_bytes = true;
  }
  if (out.text.find('\0') != std::string::npos) {
    if (!out.is_bytes) return raise_value_error(ts, "embedded null byte");
    return raise_value_error(ts, "%s: embedded null character in path", fname);
  }
  return out;
}

Value posix_name_value(const std::string& name, bool as_bytes) {
  return as_bytes ? bytes_from(name.data(), static_cast<int64_t>(name.size())) : str_from_utf8(name);
}

Error posix_path_error(ThreadState& ts, const PosixPath& p) {
  return raise_os_error(ts, errno, p.fd >= 0 ? Value() : p.original);
}

Error posix_path_error2(ThreadState& ts, int err, const PosixPath& a, const PosixPath& b) {
  raise_os_error(ts, err);
  // The same subclass, rebuilt with both names: (errno, strerror, filename, None, filename2).
  Value type = Value::from_object(type_of(ts.pending_exception));
  clear_pending_exception(ts);
  Value exc = PY_TRY(call(ts, type, {Value::small_int(err), str_from_utf8(std::strerror(err)), a.original, g_none,
                                     b.original}));
  return raise_value(ts, exc);
}

Result<int64_t> posix_int_arg(ThreadState& ts, Value v) {
  if (is_float(v)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
  return index_as_ssize(ts, v);
}

Result<int> posix_fileno_arg(ThreadState& ts, Value v) {
  Value n = v;
  if (!is_int(v)) {
    Value method = PY_TRY(get_attr_optional(ts, v, str_intern("fileno")));
    if (method.is_absent()) return raise_type_error(ts, "argument must be an int, or have a fileno() method.");
    n = PY_TRY(call(ts, method, {}));
    if (!is_int(n)) return raise_type_error(ts, "fileno() returned a non-integer");
  }
  int64_t fd = 0;
  if (!int_to_int64(n, &fd) || fd > INT_MAX || fd < INT_MIN)
    return raise_overflow(ts, "Python int too large to convert to C int");
  if (fd < 0) return raise_value_error(ts, "file descriptor cannot be a negative integer (%d)", static_cast<int>(fd));
  return static_cast<int>(fd);
}

Result<int> posix_dir_fd_arg(ThreadState& ts, Value v) {
  if (v.is_null() || v.is(g_none)) return AT_FDCWD;
  return posix_fd_arg(ts, v);
}

Result<int> posix_fd_arg(ThreadState& ts, Value v) {
  if (is_float(v)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
  Value i = PY_TRY(index_value(ts, v));
  int64_t n = 0;
  if (!int_to_int64(i, &n) || n > INT_MAX) return raise_overflow(ts, "fd is greater than maximum");
  if (n < INT_MIN) return raise_overflow(ts, "fd is less than minimum");
  return static_cast<int>(n);
}

Status posix_bind(ThreadState& ts, const char* fname, CallArgs args, std::initializer_list<const char*> names,
                  size_t required, Value* out) {
  size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value();
  if (args.nargs > n)
    return raise_type_error(ts, "%s() takes at most %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s",
                            args.nargs);
  for (size_t i = 0; i < args.nargs; ++i) out[i] = args[i];
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string key = str_to_utf8(args.kw_name(k));
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      ++i;
    }
    if (i == n) return raise_type_error(ts, "%s() got an unexpected keyword argument '%s'", fname, key.c_str());
    if (!out[i].is_null())
      return raise_type_error(ts, "argument for %s() given by name ('%s') and position (%zu)", fname, key.c_str(),
                              i + 1);
    out[i] = args.kw_value(k);
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null())
      return raise_type_error(ts, "%s() missing required argument '%s' (pos %zu)", fname, name, i + 1);
    ++i;
  }
  return ok_status();
}

}  // namespace pystm
