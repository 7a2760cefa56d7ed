// stdlib/pwd_grp_modules.cpp — the `pwd` and `grp` modules (library
// reference "pwd — The password database", "grp — The group database"):
// lookups by id and name and the whole databases, as struct sequences.
// Must never: keep the C library's static entries past the call (they are
// copied into Python values at once).
#include <grp.h>
#include <pwd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/struct_sequence.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_struct_passwd, g_struct_group;
const char* const kPasswdFields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"};
const StructSequenceSpec kPasswdSpec{"pwd", "struct_passwd", kPasswdFields, 7};
const char* const kGroupFields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem"};
const StructSequenceSpec kGroupSpec{"grp", "struct_group", kGroupFields, 4};

Result<Value> passwd_value(ThreadState& ts, const passwd* p) {
  Value type = PY_TRY(struct_sequence_type(ts, &g_struct_passwd, kPasswdSpec));
  const Value items[] = {str_from_utf8(p->pw_name),  str_from_utf8(p->pw_passwd ? p->pw_passwd : ""),
                         int_from_int64(p->pw_uid),  int_from_int64(p->pw_gid),
                         str_from_utf8(p->pw_gecos ? p->pw_gecos : ""), str_from_utf8(p->pw_dir),
                         str_from_utf8(p->pw_shell)};
  return struct_sequence_new(ts, type, items);
}

Result<Value> group_value(ThreadState& ts, const group* g) {
  Value type = PY_TRY(struct_sequence_type(ts, &g_struct_group, kGroupSpec));
  Value members = list_new();
  for (char** m = g->gr_mem; m && *m; ++m) list_append(members, str_from_utf8(*m));
  const Value items[] = {str_from_utf8(g->gr_name), str_from_utf8(g->gr_passwd ? g->gr_passwd : ""),
                         int_from_int64(g->gr_gid), members};
  return struct_sequence_new(ts, type, items);
}

Result<int64_t> id_arg(ThreadState& ts, Value v) {
  if (is_float(v)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
  return index_as_ssize(ts, v);
}

Result<Value> pwd_getpwuid(ThreadState& ts, Value, CallArgs args) {
  int64_t uid = PY_TRY(id_arg(ts, args[0]));
  passwd entry, *found = nullptr;
  std::vector<char> buf(16384);
  if (uid >= 0 && uid <= 0xffffffffLL) ::getpwuid_r(static_cast<uid_t>(uid), &entry, buf.data(), buf.size(), &found);
  if (!found) {
    Value key = str_from_utf8("getpwuid(): uid not found: " + std::to_string(uid));
    return raise_with_args(ts, g_exc_KeyError, key);
  }
  return passwd_value(ts, found);
}

Result<Value> pwd_getpwnam(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "getpwnam() argument must be str, not %s", type_name_of(args[0]).c_str());
  std::string name = str_to_utf8(args[0]);
  passwd entry, *found = nullptr;
  std::vector<char> buf(16384);
  if (name.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
  ::getpwnam_r(name.c_str(), &entry, buf.data(), buf.size(), &found);
  if (!found) {
    Value key = str_from_utf8("getpwnam(): name not found: " + PY_TRY(repr_utf8(ts, args[0])));
    return raise_with_args(ts, g_exc_KeyError, key);
  }
  return passwd_value(ts, found);
}

Result<Value> pwd_getpwall(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  Value out = list_new();
  ::setpwent();
  while (passwd* p = ::getpwent()) {
    Result<Value> v = passwd_value(ts, p);
    if (!v.ok()) {
      ::endpwent();
      return kError;
    }
    list_append(out, v.value());
  }
  ::endpwent();
  return out;
}

Result<Value> grp_getgrgid(ThreadState& ts, Value, CallArgs args) {
  int64_t gid = PY_TRY(id_arg(ts, args[0]));
  group entry, *found = nullptr;
  std::vector<char> buf(65536);
  if (gid >= 0 && gid <= 0xffffffffLL) ::getgrgid_r(static_cast<gid_t>(gid), &entry, buf.data(), buf.size(), &found);
  if (!found) {
    Value key = str_from_utf8("getgrgid(): gid not found: " + std::to_string(gid));
    return raise_with_args(ts, g_exc_KeyError, key);
  }
  return group_value(ts, found);
}

Result<Value> grp_getgrnam(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "getgrnam() argument must be str, not %s", type_name_of(args[0]).c_str());
  std::string name = str_to_utf8(args[0]);
  if (name.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
  group entry, *found = nullptr;
  std::vector<char> buf(65536);
  ::getgrnam_r(name.c_str(), &entry, buf.data(), buf.size(), &found);
  if (!found) {
    Value key = str_from_utf8("getgrnam(): name not found: " + PY_TRY(repr_utf8(ts, args[0])));
    return raise_with_args(ts, g_exc_KeyError, key);
  }
  return group_value(ts, found);
}

Result<Value> grp_getgrall(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  Value out = list_new();
  ::setgrent();
  while (group* g = ::getgrent()) {
    Result<Value> v = group_value(ts, g);
    if (!v.ok()) {
      ::endgrent();
      return kError;
    }
    list_append(out, v.value());
  }
  ::endgrent();
  return out;
}

const NativeMethod kPwdFunctions[] = {
    {"getpwuid", pwd_getpwuid, 1, 1, kNativeNoKeywords, nullptr},
    {"getpwnam", pwd_getpwnam, 1, 1, kNativeNoKeywords, nullptr},
    {"getpwall", pwd_getpwall, 0, 0, 0, nullptr},
};
const NativeMethod kGrpFunctions[] = {
    {"getgrgid", grp_getgrgid, 1, 1, 0, nullptr},
    {"getgrnam", grp_getgrnam, 1, 1, 0, nullptr},
    {"getgrall", grp_getgrall, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_pwd_module(ThreadState& ts) {
  Value module = module_new(str_intern("pwd"));
  for (const NativeMethod& m : kPwdFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "struct_passwd", PY_TRY(struct_sequence_type(ts, &g_struct_passwd, kPasswdSpec)));
  return module;
}

Result<Value> create_grp_module(ThreadState& ts) {
  Value module = module_new(str_intern("grp"));
  for (const NativeMethod& m : kGrpFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "struct_group", PY_TRY(struct_sequence_type(ts, &g_struct_group, kGroupSpec)));
  return module;
}

}  // namespace pystm
