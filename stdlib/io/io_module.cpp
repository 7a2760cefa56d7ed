// stdlib/io/io_module.cpp — the `_io` module (library reference "io"):
// open() and its mode checks, open_code, text_encoding, the module's
// namespace, and the hook that flushes unclosed files at exit.
// Owns: module assembly and open()'s stacking of FileIO, a buffered layer
// and TextIOWrapper. Must never: do I/O itself (the layers do).
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/vm/runtime.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/exit_callbacks.h"
#include "runtime/vm/import.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"

namespace pystm::io {

void init_newline_decoder_type();

Result<Value> io_open(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "open", args,
                        {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}));
  if (args.nargs > 8) return raise_type_error(ts, "open() takes at most 8 arguments (%zu given)", args.nargs);
  Value file = arg_at(args, 0, "file");
  Value mode_v = arg_at(args, 1, "mode");
  Value buffering_v = arg_at(args, 2, "buffering");
  Value encoding = arg_at(args, 3, "encoding");
  Value errors = arg_at(args, 4, "errors");
  Value newline = arg_at(args, 5, "newline");
  Value closefd = arg_at(args, 6, "closefd");
  Value opener = arg_at(args, 7, "opener");
  if (file.is_null()) return raise_type_error(ts, "open() missing required argument 'file' (pos 1)");
  if (encoding.is(g_none)) encoding = Value();
  if (errors.is(g_none)) errors = Value();
  if (newline.is(g_none)) newline = Value();
  if (!mode_v.is_null() && !is_instance_of(mode_v, g_str_type))
    return raise_type_error(ts, "open() argument 'mode' must be str, not %s", type_name_of(mode_v).c_str());
  for (auto [v, name] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}, std::pair{newline, "newline"}})
    if (!v.is_null() && !is_instance_of(v, g_str_type))
      return raise_type_error(ts, "open() argument '%s' must be str or None, not %s", name, type_name_of(v).c_str());
  int64_t buffering = buffering_v.is_null() ? -1 : PY_TRY(index_as_ssize(ts, buffering_v));
  if (!is_int(file) && !is_str(file) && !(file.is_object() && file.as_object()->kind() == ObjectKind::Bytes)) {
    Value method = lookup_special(file, str_intern("__fspath__"));
    if (method.is_null())
      return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(file).c_str());
    file = PY_TRY(call_special(ts, method, file, {}));
  }
  std::string mode = mode_v.is_null() ? "r" : str_to_utf8(mode_v);
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  std::string seen;
  for (char c : mode) {
    if (std::string("xrwabt+").find(c) == std::string::npos || seen.find(c) != std::string::npos)
      return raise_value_error(ts, "invalid mode: '%s'", mode.c_str());
    seen += c;
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
    }
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';
  if (text && binary) return raise_value_error(ts, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return raise_value_error(ts, "must have exactly one of create/read/write/append mode");
  if (binary && !encoding.is_null()) return raise_value_error(ts, "binary mode doesn't take an encoding argument");
  if (binary && !errors.is_null()) return raise_value_error(ts, "binary mode doesn't take an errors argument");
  if (binary && !newline.is_null()) return raise_value_error(ts, "binary mode doesn't take a newline argument");
  if (binary && buffering == 1) {
    Value warnings = PY_TRY(import_module_level(ts, str_intern("warnings"), g_none, g_none, Value::small_int(0)));
    PY_TRY(call(ts, PY_TRY(get_attr(ts, warnings, str_intern("warn"))),
                {str_intern("line buffering (buffering=1) isn't supported in binary mode, the default buffer size "
                            "will be used"),
                 Value::from_object(g_exc_RuntimeWarning), Value::small_int(1)}));
  }
  Value raw_args[4] = {file, str_from_ascii(rawmode), closefd.is_null() ? g_true : closefd,
                       opener.is_null() ? g_none : opener};
  Value raw = PY_TRY(call(ts, Value::from_object(g_file_io_type), CallArgs{raw_args, 4, nullptr}));
  auto fail = [&]() -> Error {
    Value pending = ts.pending_exception;
    clear_pending_exception(ts);
    Result<Value> r = call_attr(ts, raw, str_intern("close"), {});
    if (!r.ok()) clear_pending_exception(ts);
    return raise_value(ts, pending);
  };
  bool line_buffering = false;
  if (buffering == 1 || buffering < 0) {
    Result<Value> tty = call_attr(ts, raw, str_intern("isatty"), {});
    if (!tty.ok()) return fail();
    Result<bool> is_tty = is_true(ts, tty.value());
    if (!is_tty.ok()) return fail();
    if (buffering == 1 || is_tty.value()) {
      buffering = -1;
      line_buffering = true;
    }
  }
  if (buffering < 0) {
    Result<Value> blk = get_attr(ts, raw, str_intern("_blksize"));
    if (!blk.ok()) return fail();
    buffering = blk.value().is_small_int() ? blk.value().as_small_int() : kDefaultBufferSize;
  }
  if (buffering < 0) {
    raise_value_error(ts, "invalid buffering size");
    return fail();
  }
  if (buffering == 0) {
    if (binary) return raw;
    raise_value_error(ts, "can't have unbuffered text I/O");
    return fail();
  }
  TypeObject* buffer_type = updating ? g_buffered_random_type
                            : (creating || writing || appending) ? g_buffered_writer_type
                                                                 : g_buffered_reader_type;
  Result<Value> buffer = call(ts, Value::from_object(buffer_type), {raw, Value::small_int(buffering)});
  if (!buffer.ok()) return fail();
  if (binary) return buffer.value();
  Value text_args[5] = {buffer.value(), encoding.is_null() ? g_none : encoding, errors.is_null() ? g_none : errors,
                        newline.is_null() ? g_none : newline, bool_value(line_buffering)};
  Result<Value> wrapper = call(ts, Value::from_object(g_text_io_wrapper_type), CallArgs{text_args, 5, nullptr});
  if (!wrapper.ok()) return fail();
  Status st = set_attr(ts, wrapper.value(), str_intern("mode"), mode_v.is_null() ? str_intern("r") : mode_v);
  if (!st.ok()) return fail();
  return wrapper.value();
}

namespace {

Result<Value> io_open_code(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "open_code", args, {"path"}));
  Value path = arg_at(args, 0, "path");
  if (path.is_null()) return raise_type_error(ts, "open_code() missing required argument 'path' (pos 1)");
  if (!is_instance_of(path, g_str_type))
    return raise_type_error(ts, "open_code() argument 'path' must be str, not %s", type_name_of(path).c_str());
  Value open_args[2] = {path, str_intern("rb")};
  return io_open(ts, Value(), CallArgs{open_args, 2, nullptr});
}

Result<Value> io_text_encoding(ThreadState&, Value, CallArgs args) {
  if (args.nargs > 0 && !args[0].is(g_none)) return args[0];
  return str_intern("locale");
}

Result<Value> flush_at_exit(ThreadState& ts, Value, CallArgs) {
  flush_all_at_exit(ts);
  return g_none;
}

const NativeMethod kOpen = {"open", io_open, 0, -1, 0, nullptr};
const NativeMethod kFunctions[] = {
    {"open_code", io_open_code, 0, 1, 0, nullptr},
    {"text_encoding", io_text_encoding, 1, 2, kNativeNoKeywords, nullptr},
};
const NativeMethod kFlushAtExit = {"_flush_open_files", flush_at_exit, 0, 0, 0, nullptr};

Value g_open_function;

}  // namespace

}  // namespace pystm::io

namespace pystm {

Result<Value> create_io_module(ThreadState& ts) {
  using namespace io;
  if (!g_iobase_type) {
    init_iobase_types();
    init_file_io_type();
    init_buffered_types();
    init_text_io_types();
    init_string_io_type();
    init_bytes_io_type();
    init_newline_decoder_type();
    g_open_function = make_builtin_function(&kOpen, Value());
    add_global_root(&g_open_function);
    // Unclosed files are flushed after the program's own exit callbacks
    // (registered first, so it runs last).
    Value callbacks = exit_callbacks();
    list_append(callbacks, Value());
    for (int64_t i = list_size(callbacks) - 1; i > 0; --i) list_set(callbacks, i, list_get(callbacks, i - 1));
    list_set(callbacks, 0, tuple_pack({make_builtin_function(&kFlushAtExit, Value()), tuple_pack({}), dict_new()}));
  }
  (void)ts;
  Value module = module_new(str_intern("_io"));
  module_set(module, "DEFAULT_BUFFER_SIZE", Value::small_int(kDefaultBufferSize));
  module_set(module, "BlockingIOError", Value::from_object(g_exc_BlockingIOError));
  module_set(module, "UnsupportedOperation", g_unsupported_operation);
  module_set(module, "open", g_open_function);
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (TypeObject* t : {g_iobase_type, g_raw_iobase_type, g_buffered_iobase_type, g_text_iobase_type, g_file_io_type,
                        g_buffered_reader_type, g_buffered_writer_type, g_buffered_random_type, g_buffered_rwpair_type,
                        g_text_io_wrapper_type, g_string_io_type, g_bytes_io_type, g_newline_decoder_type})
    module_set(module, type_name(t), Value::from_object(t));
  module_set(builtins_module(), "open", g_open_function);
  return module;
}

}  // namespace pystm
