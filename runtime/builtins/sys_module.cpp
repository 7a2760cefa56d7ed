// runtime/builtins/sys_module.cpp — the `sys` module (the part the skeleton
// needs: argv, exit, std streams, version, path, modules, recursion limit,
// exc_info). The complete module comes with the standard-library issue.
#include <cfloat>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/int_string_conversion.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/namespace_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_module_table.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"

namespace pystm {

namespace {

Value g_sys;
bool g_unbuffered = false;  // RuntimeOptions::unbuffered, for the std streams

// sys.stdin/stdout/stderr: the objects the C++ helpers below write through
// (looked up on sys each time: programs replace them).
Value std_stream(ThreadState& ts, const char* name) {
  Result<Value> v = get_attr_optional(ts, g_sys, str_intern(name));
  if (!v.ok()) {
    clear_pending_exception(ts);
    return Value();
  }
  if (v.value().is_absent() || v.value().is(g_none)) return Value();
  return v.value();
}

// Calls stream.method(args) with any pending exception kept aside; errors
// are dropped (there is nowhere left to report them). False when it failed
// or there is no such stream.
bool stream_call(ThreadState& ts, const char* stream, const char* method, std::initializer_list<Value> args) {
  Value saved = ts.pending_exception;
  clear_pending_exception(ts);
  Value target = std_stream(ts, stream);
  bool ok = false;
  if (!target.is_null()) {
    Result<Value> fn = get_attr(ts, target, str_intern(method));
    ok = fn.ok() && call(ts, fn.value(), args).ok();
    if (!ok) clear_pending_exception(ts);
  }
  ts.pending_exception = saved;
  return ok;
}

// One standard stream as CPython makes it on POSIX: TextIOWrapper (UTF-8,
// newline '\n') over a BufferedReader/Writer over FileIO(fd, closefd=False);
// with -u / PYTHONUNBUFFERED the output streams write through to the FileIO.
Result<Value> make_std_stream(ThreadState& ts, Value io, int fd) {
  bool reading = fd == 0;
  bool tty = isatty(fd) == 1;
  bool env_unbuffered = g_unbuffered;
  bool unbuffered = !reading && env_unbuffered;
  Value raw_args[3] = {Value::small_int(fd), str_intern(reading ? "rb" : "wb"), g_false};
  Value raw = PY_TRY(call(ts, PY_TRY(get_attr(ts, io, str_intern("FileIO"))), CallArgs{raw_args, 3, nullptr}));
  const char* names[] = {"<stdin>", "<stdout>", "<stderr>"};
  PY_TRY(set_attr(ts, raw, str_intern("name"), str_intern(names[fd])));
  Value buffer = raw;
  if (!unbuffered)
    buffer = PY_TRY(call(ts, PY_TRY(get_attr(ts, io, str_intern(reading ? "BufferedReader" : "BufferedWriter"))), {raw}));
  Value text_args[6] = {buffer,
                        str_intern("utf-8"),
                        str_intern(fd == 2 ? "backslashreplace" : "surrogateescape"),
                        str_intern("\n"),
                        bool_value(!unbuffered && !reading && (tty || fd == 2)),
                        bool_value(env_unbuffered)};
  Value text = PY_TRY(call(ts, PY_TRY(get_attr(ts, io, str_intern("TextIOWrapper"))), CallArgs{text_args, 6, nullptr}));
  PY_TRY(set_attr(ts, text, str_intern("mode"), str_intern(reading ? "r" : "w")));
  return text;
}

Result<Value> sys_exit(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 0) return raise_empty(ts, g_exc_SystemExit);
  return raise_with_args(ts, g_exc_SystemExit, args[0]);
}
Result<Value> sys_getrecursionlimit(ThreadState& ts, Value, CallArgs) { return Value::small_int(ts.recursion_limit); }
Result<Value> sys_getswitchinterval(ThreadState&, Value, CallArgs) { return float_from_double(switch_interval()); }
Result<Value> sys_setswitchinterval(ThreadState& ts, Value, CallArgs args) {
  double seconds;
  if (is_float(args[0])) seconds = float_value(args[0]);
  else if (is_int(args[0])) seconds = PY_TRY(int_to_double(ts, args[0]));
  else return raise_type_error(ts, "must be real number, not %s", type_name_of(args[0]).c_str());
  if (!(seconds > 0)) return raise_value_error(ts, "switch interval must be strictly positive");
  set_switch_interval(seconds);
  return g_none;
}
Result<Value> sys_setrecursionlimit(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  if (n < 1) return raise_value_error(ts, "recursion limit must be greater or equal than 1");
  ts.recursion_limit = static_cast<int>(n);
  return g_none;
}
Result<Value> sys_exc_info(ThreadState& ts, Value, CallArgs) {
  Value e = current_handled_exception(ts);
  if (e.is_null() || e.is(g_none)) return tuple_pack({g_none, g_none, g_none});
  Value tb = stm::read(e.as<ExceptionObject>())->traceback;
  return tuple_pack({Value::from_object(type_of(e)), e, tb.is_null() ? g_none : tb});
}
Result<Value> sys_exception(ThreadState& ts, Value, CallArgs) {
  Value e = current_handled_exception(ts);
  return e.is_null() ? g_none : e;
}
Result<Value> sys_intern(ThreadState& ts, Value, CallArgs args) {
  if (type_of(args[0]) != g_str_type)
    return raise_type_error(ts, "intern() argument must be str, not %s", type_name_of(args[0]).c_str());
  return str_intern_value(args[0]);
}

// sys._getframe([depth]): the caller's frame, or the one `depth` calls out.
Result<Value> sys_getframe(ThreadState& ts, Value, CallArgs args) {
  int64_t depth = args.nargs > 0 ? PY_TRY(index_as_ssize(ts, args[0])) : 0;
  FrameObject* f = ts.frame;
  while (f && depth > 0) {
    f = stm::read(f)->back;
    --depth;
  }
  if (!f) return raise_value_error(ts, "call stack is not deep enough");
  frame_mark_escaped(f);
  return Value::from_object(f);
}

Result<Value> sys_getfilesystemencoding(ThreadState&, Value, CallArgs) { return str_intern("utf-8"); }
// No audit hooks yet: sys.audit only checks its event argument.
Result<Value> sys_audit(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "expected str for argument 'event', not %s", type_name_of(args[0]).c_str());
  return g_none;
}
Result<Value> sys_getfilesystemencodeerrors(ThreadState&, Value, CallArgs) { return str_intern("surrogateescape"); }

// sys.displayhook(value): the interactive echo — repr(value) on sys.stdout,
// and builtins._ = value (None is not echoed and leaves _ alone).
Result<Value> sys_displayhook(ThreadState& ts, Value, CallArgs args) {
  Value v = args[0];
  if (v.is(g_none)) return g_none;
  Value builtins = module_dict(builtins_module());
  dict_set_str(builtins, str_intern("_"), g_none);
  Value text = PY_TRY(repr(ts, v));
  Value out = dict_get_str(module_dict(g_sys), str_intern("stdout"));
  if (out.is_null() || out.is(g_none)) return raise(ts, g_exc_RuntimeError, "lost sys.stdout");
  PY_TRY(call_method(ts, out, str_intern("write"), {text}));
  PY_TRY(call_method(ts, out, str_intern("write"), {str_intern("\n")}));
  dict_set_str(builtins, str_intern("_"), v);
  return g_none;
}
const NativeMethod kDisplayHook = {"displayhook", sys_displayhook, 1, 1, kNativeNoKeywords, nullptr};
// sys.excepthook(type, value, traceback): prints like an uncaught exception.
Result<Value> sys_excepthook(ThreadState& ts, Value, CallArgs args) {
  flush_std_streams();
  print_exception(ts, args[1]);
  return g_none;
}

Result<Value> sys_get_int_max_str_digits(ThreadState&, Value, CallArgs) {
  return Value::small_int(int_max_str_digits());
}
Result<Value> sys_set_int_max_str_digits(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "set_int_max_str_digits", args, {"maxdigits"}));
  Value arg = args.nargs > 0 ? args[0] : keyword_arg(args, "maxdigits");
  if (arg.is_null())
    return raise_type_error(ts, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  int64_t n = PY_TRY(index_as_ssize(ts, arg));
  if (n != 0 && n < kMinMaxStrDigits)
    return raise_value_error(ts, "maxdigits must be 0 or larger than %lld", static_cast<long long>(kMinMaxStrDigits));
  set_int_max_str_digits(n);
  return g_none;
}

// sys.version_info: a tuple whose items also have names (CPython's struct
// sequence): sys.version_info.major, repr "sys.version_info(major=3, ...)".
const char* const kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
template <int index>
Result<Value> version_field(ThreadState&, Value self, CallArgs) { return tuple_item(self, index); }
Result<Value> version_repr(ThreadState& ts, Value self, CallArgs) {
  std::string out = "sys.version_info(";
  for (int i = 0; i < 5; ++i) {
    if (i) out += ", ";
    out += std::string(kVersionFields[i]) + "=" + PY_TRY(repr_utf8(ts, tuple_item(self, i)));
  }
  return str_from_utf8(out + ")");
}
const NativeMethod kVersionGetters[] = {
    {"major", version_field<0>, 0, 0, 0, nullptr},        {"minor", version_field<1>, 0, 0, 0, nullptr},
    {"micro", version_field<2>, 0, 0, 0, nullptr},        {"releaselevel", version_field<3>, 0, 0, 0, nullptr},
    {"serial", version_field<4>, 0, 0, 0, nullptr},
};
const NativeMethod kVersionMethods[] = {{"__repr__", version_repr, 0, 0, 0, nullptr}};

// sys.breakpointhook(*args, **kws): calls the function $PYTHONBREAKPOINT
// names ("module.attr"; pdb.set_trace when unset or empty; "0" disables).
// One that cannot be imported is ignored with a RuntimeWarning.
Result<Value> sys_breakpointhook(ThreadState& ts, Value, CallArgs args) {
  const char* env = std::getenv("PYTHONBREAKPOINT");
  std::string target = env == nullptr || *env == '\0' ? "pdb.set_trace" : env;
  if (target == "0") return g_none;
  size_t dot = target.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Result<Value> module = import_module_level(ts, str_from_utf8(module_name), Value(), tuple_pack({str_intern("*")}),
                                             Value::small_int(0));
  Result<Value> hook = module.ok() ? get_attr(ts, module.value(), str_from_utf8(attr)) : module;
  if (!hook.ok()) {
    if (!pending_exception_matches(ts, g_exc_ImportError) && !pending_exception_matches(ts, g_exc_AttributeError))
      return kError;
    clear_pending_exception(ts);
    Value warnings = PY_TRY(import_module_level(ts, str_intern("warnings"), Value(), Value(), Value::small_int(0)));
    std::string message = "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"";
    PY_TRY(call_method(ts, warnings, str_intern("warn"), {str_from_utf8(message), Value::from_object(g_exc_RuntimeWarning)}));
    return g_none;
  }
  return call(ts, hook.value(), args);
}

Value make_version_info() {
  TypeObject* type = make_builtin_type("version_info", g_tuple_type, ObjectKind::Tuple, sizeof(TupleObject), 0);
  add_native_methods(type, kVersionMethods);
  for (const NativeMethod& g : kVersionGetters) add_native_property(type, &g, nullptr);
  type_set_attr_nogc_fail(type, "__module__", str_intern("sys"));
  Value items = tuple_pack({Value::small_int(3), Value::small_int(11), Value::small_int(2), str_from_ascii("final"),
                            Value::small_int(0)});
  return retype_instance(items, type);
}

const NativeMethod kSysFunctions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, kNativeNoKeywords, nullptr},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, 1, 0, nullptr},
    {"excepthook", sys_excepthook, 3, 3, kNativeNoKeywords, nullptr},
    {"_getframe", sys_getframe, 0, 1, kNativeNoKeywords, nullptr},
    {"exit", sys_exit, 0, 1, kNativeNoKeywords, nullptr},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0, nullptr},
    {"getswitchinterval", sys_getswitchinterval, 0, 0, 0, nullptr},
    {"setswitchinterval", sys_setswitchinterval, 1, 1, kNativeNoKeywords, nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0, nullptr},
    {"exc_info", sys_exc_info, 0, 0, 0, nullptr},
    {"exception", sys_exception, 0, 0, 0, nullptr},
    {"intern", sys_intern, 1, 1, 0, nullptr},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, 0, 0, nullptr},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0, 0, nullptr},
    {"getdefaultencoding", sys_getfilesystemencoding, 0, 0, 0, nullptr},
    {"audit", sys_audit, 1, -1, kNativeNoKeywords, nullptr},
    {"breakpointhook", sys_breakpointhook, 0, -1, 0, nullptr},
};

}  // namespace

Value sys_module() { return g_sys; }

void write_stdout(std::string_view text) {
  ThreadState& ts = current_thread_state();
  if (!stream_call(ts, "stdout", "write", {str_from_utf8(text)})) std::fwrite(text.data(), 1, text.size(), stdout);
}
// stdout is flushed first, so a traceback follows the output before it.
void write_stderr(std::string_view text) {
  ThreadState& ts = current_thread_state();
  stream_call(ts, "stdout", "flush", {});
  if (!stream_call(ts, "stderr", "write", {str_from_utf8(text)})) std::fwrite(text.data(), 1, text.size(), stderr);
  stream_call(ts, "stderr", "flush", {});
}
void flush_std_streams() {
  ThreadState& ts = current_thread_state();
  stream_call(ts, "stdout", "flush", {});
  stream_call(ts, "stderr", "flush", {});
  std::fflush(stdout);
  std::fflush(stderr);
}

void install_std_streams() {
  ThreadState& ts = current_thread_state();
  Result<Value> io = import_module_level(ts, str_intern("_io"), g_none, g_none, Value::small_int(0));
  const char* names[] = {"stdin", "stdout", "stderr"};
  for (int fd = 0; fd < 3 && io.ok(); ++fd) {
    Result<Value> stream = make_std_stream(ts, io.value(), fd);
    if (!stream.ok()) {
      // fd closed at startup (e.g. `pystm x.py <&-`): None, as CPython does.
      clear_pending_exception(ts);
      module_set(g_sys, names[fd], g_none);
      module_set(g_sys, (std::string("__") + names[fd] + "__").c_str(), g_none);
      continue;
    }
    module_set(g_sys, names[fd], stream.value());
    module_set(g_sys, (std::string("__") + names[fd] + "__").c_str(), stream.value());
  }
  if (!io.ok()) {
    std::fputs("pystm: cannot create the standard streams (_io)\n", stderr);
    clear_pending_exception(ts);
  }
}

int system_exit_status(Value exc) {
  ThreadState& ts = current_thread_state();
  Value args = exception_args(exc);
  if (tuple_size(args) == 0) return 0;
  Value code = tuple_size(args) == 1 ? tuple_item(args, 0) : args;
  if (code.is(g_none)) return 0;
  int64_t n;
  if (is_int(code) && int_to_int64(code, &n)) return static_cast<int>(n & 0xff);
  Result<std::string> text = str_utf8(ts, code);
  if (text.ok()) write_stderr(text.value() + "\n");
  else clear_pending_exception(ts);
  return 1;
}

void init_sys_module(const RuntimeOptions& options) {
  g_unbuffered = options.unbuffered;
  g_sys = module_new(str_intern("sys"));
  add_global_root(&g_sys);
  for (const NativeMethod& m : kSysFunctions) {
    Value f = make_builtin_function(&m, Value());
    module_set(g_sys, m.name, f);
    // The originals, kept for code that restores them.
    if (std::strcmp(m.name, "excepthook") == 0) module_set(g_sys, "__excepthook__", f);
    if (std::strcmp(m.name, "breakpointhook") == 0) module_set(g_sys, "__breakpointhook__", f);
  }
  add_sys_async_functions(g_sys);
  ValueVector argv;
  for (const std::string& a : options.argv) argv.push_back(str_from_utf8(a));
  if (argv.empty()) argv.push_back(str_from_ascii(""));
  module_set(g_sys, "argv", list_from(argv.data(), static_cast<int64_t>(argv.size())));
  module_set(g_sys, "executable", str_from_utf8(options.executable));
  module_set(g_sys, "version", str_from_ascii("3.11.2 (pystm " PYSTM_VERSION ") [GCC]"));
  module_set(g_sys, "version_info", make_version_info());
  module_set(g_sys, "hexversion", Value::small_int(0x030b02f0));
  // cache_tag None: no bytecode cache (importlib then never writes one).
  ValueVector strings;
  for (const std::string& w : options.warnoptions) strings.push_back(str_from_utf8(w));
  module_set(g_sys, "warnoptions", list_from(strings.data(), static_cast<int64_t>(strings.size())));
  strings.clear();
  for (const std::string& a : options.orig_argv) strings.push_back(str_from_utf8(a));
  module_set(g_sys, "orig_argv", list_from(strings.data(), static_cast<int64_t>(strings.size())));
  strings.clear();
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
    module_set(g_sys, name, str_intern("/usr"));
  module_set(g_sys, "platlibdir", str_intern("lib"));
  module_set(g_sys, "copyright",
             str_from_ascii("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                            "pystm: Python 3.11 without a global interpreter lock."));
  module_set(g_sys, "maxunicode", Value::small_int(0x10FFFF));
  module_set(g_sys, "dont_write_bytecode", bool_value(options.flags.dont_write_bytecode != 0));
  module_set(g_sys, "displayhook", make_builtin_function(&kDisplayHook, Value()));
  module_set(g_sys, "__displayhook__", dict_get_str(module_dict(g_sys), str_intern("displayhook")));
  Value finder = native_import_finder();
  module_set(g_sys, "meta_path", list_from(&finder, 1));
  module_set(g_sys, "path_hooks", list_new());
  module_set(g_sys, "path_importer_cache", dict_new());
  module_set(g_sys, "api_version", Value::small_int(1013));
  module_set(g_sys, "float_repr_style", str_intern("short"));
  // sys.float_info: the attributes of CPython's struct sequence (not indexable yet).
  module_set(g_sys, "float_info",
             simple_namespace_new({{"max", float_from_double(DBL_MAX)}, {"max_exp", Value::small_int(DBL_MAX_EXP)},
                                   {"max_10_exp", Value::small_int(DBL_MAX_10_EXP)},
                                   {"min", float_from_double(DBL_MIN)}, {"min_exp", Value::small_int(DBL_MIN_EXP)},
                                   {"min_10_exp", Value::small_int(DBL_MIN_10_EXP)}, {"dig", Value::small_int(DBL_DIG)},
                                   {"mant_dig", Value::small_int(DBL_MANT_DIG)},
                                   {"epsilon", float_from_double(DBL_EPSILON)}, {"radix", Value::small_int(FLT_RADIX)},
                                   {"rounds", Value::small_int(1)}}));
  // sys.hash_info: the parameters of numeric hashing (fractions, decimal and
  // statistics hash their numbers with them); attributes only, like float_info.
  module_set(g_sys, "hash_info",
             simple_namespace_new({{"width", Value::small_int(64)}, {"modulus", int_from_int64((int64_t{1} << 61) - 1)},
                                   {"inf", Value::small_int(314159)}, {"nan", Value::small_int(0)},
                                   {"imag", Value::small_int(1000003)}, {"algorithm", str_intern("siphash13")},
                                   {"hash_bits", Value::small_int(64)}, {"seed_bits", Value::small_int(128)},
                                   {"cutoff", Value::small_int(0)}}));
  // -X name -> True, -X name=value -> 'value'.
  Value xoptions = dict_new();
  module_set(g_sys, "_xoptions", xoptions);
  for (const std::string& x : options.xoptions) {
    size_t eq = x.find('=');
    dict_set_str(xoptions, str_from_utf8(x.substr(0, eq)),
                 eq == std::string::npos ? g_true : str_from_utf8(x.substr(eq + 1)));
  }
  const SysFlags& fl = options.flags;
  // sys.flags: the attributes of CPython's struct sequence (not indexable yet).
  module_set(g_sys, "flags",
             simple_namespace_new({{"debug", Value::small_int(fl.debug)}, {"inspect", Value::small_int(fl.inspect)},
                                   {"interactive", Value::small_int(fl.interactive)},
                                   {"optimize", Value::small_int(fl.optimize)},
                                   {"dont_write_bytecode", Value::small_int(fl.dont_write_bytecode)},
                                   {"no_user_site", Value::small_int(fl.no_user_site)},
                                   {"no_site", Value::small_int(fl.no_site)},
                                   {"ignore_environment", Value::small_int(fl.ignore_environment)},
                                   {"verbose", Value::small_int(fl.verbose)},
                                   {"bytes_warning", Value::small_int(fl.bytes_warning)},
                                   {"quiet", Value::small_int(fl.quiet)}, {"hash_randomization", Value::small_int(1)},
                                   {"isolated", Value::small_int(fl.isolated)}, {"dev_mode", bool_value(fl.dev_mode)},
                                   {"utf8_mode", Value::small_int(0)}, {"warn_default_encoding", Value::small_int(0)},
                                   {"safe_path", bool_value(fl.safe_path)}, {"int_max_str_digits", Value::small_int(-1)}}));
  // sys.int_info: the attributes of CPython's struct sequence.
  module_set(g_sys, "int_info",
             simple_namespace_new({{"bits_per_digit", Value::small_int(30)}, {"sizeof_digit", Value::small_int(4)},
                                   {"default_max_str_digits", Value::small_int(kDefaultMaxStrDigits)},
                                   {"str_digits_check_threshold", Value::small_int(kMinMaxStrDigits)}}));
  module_set(g_sys, "implementation",
             simple_namespace_new({{"name", str_intern("pystm")},
                                   {"cache_tag", g_none},
                                   {"version", dict_get_str(module_dict(g_sys), str_intern("version_info"))},
                                   {"hexversion", Value::small_int(0x030b02f0)},
                                   {"_multiarch", str_intern("x86_64-linux-gnu")}}));
  module_set(g_sys, "maxsize", int_from_int64(INT64_MAX));
  module_set(g_sys, "byteorder", str_from_ascii("little"));
  module_set(g_sys, "platform", str_from_ascii("linux"));
  ValueVector path;
  for (const std::string& p : options.path) path.push_back(str_from_utf8(p));
  module_set(g_sys, "path", list_from(path.data(), static_cast<int64_t>(path.size())));
  module_set(g_sys, "modules", sys_modules());
  ValueVector names;
  names.push_back(str_from_ascii("builtins"));
  names.push_back(str_from_ascii("sys"));
  for (const BuiltinModuleSpec& spec : builtin_module_specs()) names.push_back(str_from_ascii(spec.name));
  module_set(g_sys, "builtin_module_names", tuple_from(names.data(), static_cast<int64_t>(names.size())));
  register_builtin_module("sys", g_sys);
}

}  // namespace pystm
