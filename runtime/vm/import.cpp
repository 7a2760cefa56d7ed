// runtime/vm/import.cpp — the import statement (language reference §5 "The
// import system"): sys.modules, built-in modules, and source modules and
// packages found on sys.path / a package's __path__, absolute and relative.
// Source files are compiled through the bytecode cache (vm/bytecode_cache).
#include "runtime/vm/import.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "runtime/builtins/builtins_module.h"
#include "runtime/bytecode/code_unit.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_module_table.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/bytecode_cache.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_sys_modules;

bool is_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The directories to search: the parent package's __path__, or sys.path.
Result<Value> search_path(ThreadState& ts, Value parent) {
  if (!parent.is_null()) {
    Value path = PY_TRY(get_attr_optional(ts, parent, str_intern("__path__")));
    if (path.is_absent()) return Value::absent();
    return sequence_to_list(ts, path);
  }
  Value path = PY_TRY(get_attr(ts, sys_module(), str_intern("path")));
  return sequence_to_list(ts, path);
}

// The code object of source file `file`: from its bytecode cache when that
// is valid, else compiled (and cached unless sys.dont_write_bytecode).
Result<Value> compile_module_file(ThreadState& ts, const std::string& file) {
  struct stat st;
  SourceStamp stamp;
  bool stamped = ::stat(file.c_str(), &st) == 0;
  if (stamped) stamp = {static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                        static_cast<uint64_t>(st.st_size)};
  int optimize = optimize_level();
  if (stamped) {
    if (std::shared_ptr<bytecode::CodeUnit> cached = load_cached_code(file, stamp, optimize))
      return code_from_unit(ts, *cached);
  }
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  std::shared_ptr<bytecode::CodeUnit> unit = PY_TRY(compile_source_unit(ts, source, file, CompileMode::Exec));
  Value dont_write = dict_get_str(module_dict(sys_module()), str_intern("dont_write_bytecode"));
  bool write = !dont_write.is_null() && !PY_TRY(is_true(ts, dont_write));
  // The source must not have changed while it was read, or the cache would
  // pair old code with the new stamp.
  struct stat after;
  if (write && stamped && ::stat(file.c_str(), &after) == 0 && after.st_size == st.st_size &&
      after.st_mtim.tv_sec == st.st_mtim.tv_sec && after.st_mtim.tv_nsec == st.st_mtim.tv_nsec &&
      static_cast<uint64_t>(source.size()) == stamp.size) {
    PY_TRY(enter_inevitable(ts));  // a file write cannot be rolled back
    store_cached_code(file, stamp, optimize, *unit);
  }
  return code_from_unit(ts, *unit);
}

// Loads the source module or package `full_name` (whose last component is
// `leaf`) from the first directory of `dirs` that has it; absent if none does.
Result<Value> load_from_path(ThreadState& ts, const std::string& full_name, const std::string& leaf, Value dirs) {
  for (int64_t i = 0; i < list_size(dirs); ++i) {
    Value entry = list_get(dirs, i);
    if (type_of(entry) != g_str_type) continue;
    std::string dir = str_to_utf8(entry);
    std::string base = dir.empty() ? leaf : dir + "/" + leaf;
    std::string file;
    bool package = false;
    if (is_file(base + "/__init__.py")) {
      file = base + "/__init__.py";
      package = true;
    } else if (is_file(base + ".py")) {
      file = base + ".py";
    } else {
      continue;
    }

    Value module = module_new(str_from_utf8(full_name));
    Value dict = module_dict(module);
    dict_set_str(dict, g_name___file__, str_from_utf8(file));
    dict_set_str(dict, g_name___builtins__, builtins_module());
    std::string package_name = package ? full_name : full_name.substr(0, full_name.rfind('.') == std::string::npos
                                                                            ? 0
                                                                            : full_name.rfind('.'));
    dict_set_str(dict, g_name___package__, str_from_utf8(package_name));
    if (package) {
      Value search = str_from_utf8(base);
      dict_set_str(dict, str_intern("__path__"), list_from(&search, 1));
    }
    PY_TRY(attach_module_spec(ts, module, str_from_utf8(full_name), str_from_utf8(file), package));
    // Registered before it runs, so circular imports see the partial module.
    PY_TRY(dict_set(ts, sys_modules(), str_from_utf8(full_name), module));
    Result<Value> code = compile_module_file(ts, file);
    Result<Value> ran = code.is_error() ? Result<Value>(kError)
                                        : run_code(ts, code.value().as<CodeObject>(), dict.as<DictObject>(), dict);
    if (ran.is_error()) {
      Value pending = ts.pending_exception;
      clear_pending_exception(ts);
      Result<bool> removed = dict_del(ts, sys_modules(), str_from_utf8(full_name));
      (void)removed;
      ts.pending_exception = pending;
      return kError;
    }
    // The module may have replaced itself in sys.modules.
    Value final = PY_TRY(dict_get(ts, sys_modules(), str_from_utf8(full_name)));
    return final.is_absent() ? module : final;
  }
  return Value::absent();
}

// ModuleNotFoundError(message) with `name` set, as importlib raises it
// (site and others test exc.name).
Error raise_module_not_found(ThreadState& ts, const std::string& name, const std::string& message) {
  (void)raise(ts, g_exc_ModuleNotFoundError, "%s", message.c_str());
  Value exc = ts.pending_exception;
  clear_pending_exception(ts);
  Status named = generic_set_attr(ts, exc, str_intern("name"), str_from_utf8(name));
  if (named.is_error()) clear_pending_exception(ts);
  ts.pending_exception = exc;
  return kError;
}

// Imports `full_name` and its parents (importlib's _gcd_import).
Result<Value> import_absolute(ThreadState& ts, const std::string& full_name) {
  Value parent;
  Value module;
  size_t start = 0;
  for (;;) {
    size_t dot = full_name.find('.', start);
    std::string prefix = full_name.substr(0, dot);
    std::string leaf = full_name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    Value found = PY_TRY(dict_get(ts, sys_modules(), str_from_utf8(prefix)));
    if ((found.is_absent() || found.is(g_none)) && parent.is_null()) {
      // A native module made on its first import.
      for (const BuiltinModuleSpec& spec : builtin_module_specs()) {
        if (prefix != spec.name) continue;
        // Native modules keep their types and constants in malloc-side
        // roots, which an abort would not undo.
        PY_TRY(enter_inevitable(ts));
        found = PY_TRY(spec.create(ts));
        note_module_functions(found, str_intern(spec.name));
        PY_TRY(attach_module_spec(ts, found, str_from_utf8(prefix), Value(), false));
        PY_TRY(dict_set(ts, sys_modules(), str_from_utf8(prefix), found));
        break;
      }
    }
    if (found.is_absent() || found.is(g_none)) {
      Value dirs = PY_TRY(search_path(ts, parent));
      if (dirs.is_absent()) {
        return raise_module_not_found(ts, prefix, "No module named '" + prefix + "'; '" +
                                                      full_name.substr(0, start - 1) + "' is not a package");
      }
      found = PY_TRY(load_from_path(ts, prefix, leaf, dirs));
      if (found.is_absent()) return raise_module_not_found(ts, prefix, "No module named '" + prefix + "'");
      if (!parent.is_null()) PY_TRY(set_attr(ts, parent, str_from_utf8(leaf), found));
    }
    module = found;
    if (dot == std::string::npos) return module;
    parent = module;
    start = dot + 1;
  }
}

// The absolute name for a relative import of `name` at `level` from a module
// whose globals are `globals`.
Result<std::string> resolve_relative(ThreadState& ts, const std::string& name, Value globals, int64_t level) {
  Value package;
  if (!globals.is_null() && is_dict(globals)) {
    package = dict_get_str(globals, g_name___package__);
    if (package.is_null() || package.is(g_none)) {
      Value mod_name = dict_get_str(globals, g_name___name__);
      if (!mod_name.is_null() && type_of(mod_name) == g_str_type) {
        if (!dict_get_str(globals, str_intern("__path__")).is_null()) {
          package = mod_name;
        } else {
          std::string n = str_to_utf8(mod_name);
          size_t dot = n.rfind('.');
          package = str_from_utf8(dot == std::string::npos ? "" : n.substr(0, dot));
        }
      }
    }
  }
  if (package.is_null() || package.is(g_none) || type_of(package) != g_str_type || str_length(package) == 0)
    return raise(ts, g_exc_ImportError, "attempted relative import with no known parent package");
  std::string base = str_to_utf8(package);
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return raise(ts, g_exc_ImportError, "attempted relative import beyond top-level package");
    base = base.substr(0, dot);
  }
  return name.empty() ? base : base + "." + name;
}

}  // namespace

Result<Value> find_module_source(ThreadState& ts, const std::string& full_name, bool* is_package) {
  size_t dot = full_name.rfind('.');
  Value parent;
  if (dot != std::string::npos) parent = PY_TRY(import_absolute(ts, full_name.substr(0, dot)));
  Value dirs = PY_TRY(search_path(ts, parent));
  if (dirs.is_absent()) return Value::absent();
  std::string leaf = dot == std::string::npos ? full_name : full_name.substr(dot + 1);
  for (int64_t i = 0; i < list_size(dirs); ++i) {
    Value entry = list_get(dirs, i);
    if (type_of(entry) != g_str_type) continue;
    std::string dir = str_to_utf8(entry);
    std::string base = dir.empty() ? leaf : dir + "/" + leaf;
    if (is_file(base + "/__init__.py")) {
      *is_package = true;
      return str_from_utf8(base + "/__init__.py");
    }
    if (is_file(base + ".py")) {
      *is_package = false;
      return str_from_utf8(base + ".py");
    }
  }
  return Value::absent();
}

Result<Value> run_module_source(ThreadState& ts, Value module, const std::string& file) {
  Value code = PY_TRY(compile_module_file(ts, file));
  Value dict = module_dict(module);
  return run_code(ts, code.as<CodeObject>(), dict.as<DictObject>(), dict);
}

Result<Value> import_absolute_name(ThreadState& ts, const std::string& full_name) {
  return import_absolute(ts, full_name);
}

void prepend_sys_path(ThreadState& ts, const std::string& entry) {
  Result<Value> path = get_attr(ts, sys_module(), str_intern("path"));
  if (path.ok() && is_list(path.value())) {
    Result<Value> done = call_method(ts, path.value(), str_intern("insert"), {Value::small_int(0), str_from_utf8(entry)});
    if (done.ok()) return;
  }
  clear_pending_exception(ts);
}

Value sys_modules() {
  if (g_sys_modules.is_null()) {
    g_sys_modules = dict_new();
    add_global_root(&g_sys_modules);
  }
  return g_sys_modules;
}

void register_builtin_module(std::string_view name, Value module) {
  dict_set_str(sys_modules(), str_intern(name), module);
}

Result<Value> import_module_level(ThreadState& ts, Value name, Value globals, Value fromlist, Value level) {
  if (!is_str(name)) return raise_type_error(ts, "module name must be str, not %s", type_name_of(name).c_str());
  int64_t lvl = level.is_small_int() ? level.as_small_int() : 0;
  if (lvl < 0) return raise_value_error(ts, "level must be >= 0");
  std::string requested = str_to_utf8(name);
  std::string full = lvl > 0 ? PY_TRY(resolve_relative(ts, requested, globals, lvl)) : requested;
  if (full.empty()) return raise_value_error(ts, "Empty module name");
  Value module = PY_TRY(import_absolute(ts, full));
  bool has_fromlist = !fromlist.is_null() && !fromlist.is(g_none) && PY_TRY(is_true(ts, fromlist));
  if (!has_fromlist) {
    if (lvl == 0 || requested.empty()) {
      // `import a.b` binds `a`.
      std::string top = full.substr(0, full.find('.'));
      if (lvl > 0) return module;
      return PY_TRY(dict_get(ts, sys_modules(), str_from_utf8(top)));
    }
    // `from . import x` style with an empty fromlist does not occur; a
    // relative `import` binds the first component after the package.
    std::string cut = full.substr(0, full.size() - requested.size() + requested.find('.'));
    Value m = PY_TRY(dict_get(ts, sys_modules(), str_from_utf8(cut)));
    return m.is_absent() ? module : m;
  }
  // `from package import submodule`: import submodules named in fromlist.
  Value path = PY_TRY(get_attr_optional(ts, module, str_intern("__path__")));
  if (!path.is_absent()) {
    Value names = PY_TRY(sequence_to_list(ts, fromlist));
    for (int64_t i = 0; i < list_size(names); ++i) {
      Value item = list_get(names, i);
      if (type_of(item) != g_str_type) continue;
      std::string leaf = str_to_utf8(item);
      if (leaf == "*") continue;
      Value existing = PY_TRY(get_attr_optional(ts, module, item));
      if (!existing.is_absent()) continue;
      Result<Value> sub = import_absolute(ts, full + "." + leaf);
      if (sub.is_error()) {
        // A missing submodule is reported by IMPORT_FROM as "cannot import name";
        // a module missing inside an existing submodule propagates (as CPython's
        // _handle_fromlist, which swallows the error only when it names the submodule).
        if (!pending_exception_matches(ts, g_exc_ModuleNotFoundError)) return kError;
        Value saved = ts.pending_exception;
        clear_pending_exception(ts);
        bool is_package = false;
        Result<Value> source = find_module_source(ts, full + "." + leaf, &is_package);
        if (source.is_error()) clear_pending_exception(ts);
        else if (!source.value().is_absent() && !source.value().is_null()) {
          ts.pending_exception = saved;
          return kError;
        }
      }
    }
  }
  return module;
}

}  // namespace pystm
