// runtime/objects/file_object.cpp — see file_object.h (library reference
// "open()" and "io — Core tools for working with streams").
#include "runtime/objects/file_object.h"

#include <cerrno>
#include <string>
#include <sys/stat.h>

#include "runtime/core/value_vector.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

TypeObject* g_text_file_type = nullptr;
TypeObject* g_binary_reader_type = nullptr;
TypeObject* g_binary_writer_type = nullptr;
Value g_unsupported_operation;  // io.UnsupportedOperation (OSError, ValueError)

FileObject* as_file(Value v) { return v.as<FileObject>(); }

// Every file operation is irreversible: it runs inevitable.
Result<FILE*> live_file(ThreadState& ts, Value self) {
  FILE* f = stm::read(as_file(self))->file;
  if (!f) return raise_value_error(ts, "I/O operation on closed file.");
  stm::become_inevitable();
  return f;
}

Error unsupported(ThreadState& ts, const char* what) {
  return raise_with_args(ts, g_unsupported_operation.as<TypeObject>(), str_from_ascii(what));
}

Result<FILE*> readable_file(ThreadState& ts, Value self) {
  FILE* f = PY_TRY(live_file(ts, self));
  if (!stm::read(as_file(self))->readable) return unsupported(ts, "not readable");
  return f;
}

Result<FILE*> writable_file(ThreadState& ts, Value self) {
  FILE* f = PY_TRY(live_file(ts, self));
  if (!stm::read(as_file(self))->writable) return unsupported(ts, "not writable");
  return f;
}

// Reads one line (through '\n', or a lone '\r' in text mode, which becomes
// '\n': universal newlines). Empty at end of file.
std::string read_line(FILE* f, bool text) {
  std::string line;
  int c;
  while ((c = std::fgetc(f)) != EOF) {
    if (text && c == '\r') {
      int next = std::fgetc(f);
      if (next != '\n' && next != EOF) std::ungetc(next, f);
      line += '\n';
      break;
    }
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  return line;
}

// Reads up to `limit` characters (text) or bytes (binary); all when limit < 0.
std::string read_chunk(FILE* f, bool text, int64_t limit) {
  std::string out;
  int64_t count = 0;
  int c;
  while ((limit < 0 || count < limit) && (c = std::fgetc(f)) != EOF) {
    if (text && c == '\r') {
      int next = std::fgetc(f);
      if (next != '\n' && next != EOF) std::ungetc(next, f);
      c = '\n';
    }
    out += static_cast<char>(c);
    // Count characters, not UTF-8 continuation bytes; finish a started sequence.
    if (!text || (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    if (text && limit >= 0 && count == limit) {
      int peek;
      while ((peek = std::fgetc(f)) != EOF && (static_cast<unsigned char>(peek) & 0xC0) == 0x80) out += static_cast<char>(peek);
      if (peek != EOF) std::ungetc(peek, f);
    }
  }
  return out;
}

Value make_result(bool text, const std::string& data) {
  if (text) return str_from_utf8(data);
  return bytes_from(data.data(), static_cast<int64_t>(data.size()));
}

Result<Value> file_read(ThreadState& ts, Value self, CallArgs args) {
  FILE* f = PY_TRY(readable_file(ts, self));
  int64_t limit = -1;
  if (args.nargs > 0 && !args[0].is(g_none)) limit = PY_TRY(index_as_ssize(ts, args[0]));
  bool text = stm::read(as_file(self))->text;
  return make_result(text, read_chunk(f, text, limit));
}

Result<Value> file_readline(ThreadState& ts, Value self, CallArgs) {
  FILE* f = PY_TRY(readable_file(ts, self));
  bool text = stm::read(as_file(self))->text;
  return make_result(text, read_line(f, text));
}

Result<Value> file_readlines(ThreadState& ts, Value self, CallArgs) {
  FILE* f = PY_TRY(readable_file(ts, self));
  bool text = stm::read(as_file(self))->text;
  Value list = list_new(0);
  for (;;) {
    std::string line = read_line(f, text);
    if (line.empty()) break;
    list_append(list, make_result(text, line));
  }
  return list;
}

Result<Value> file_next(ThreadState& ts, Value self, CallArgs) {
  FILE* f = PY_TRY(readable_file(ts, self));
  bool text = stm::read(as_file(self))->text;
  std::string line = read_line(f, text);
  if (line.empty()) return raise_empty(ts, g_exc_StopIteration);
  return make_result(text, line);
}

Result<Value> file_write(ThreadState& ts, Value self, CallArgs args) {
  FILE* f = PY_TRY(writable_file(ts, self));
  Value data = args[0];
  if (stm::read(as_file(self))->text) {
    if (!is_instance_of(data, g_str_type))
      return raise_type_error(ts, "write() argument must be str, not %s", type_name_of(data).c_str());
    std::string s = str_to_utf8(data);
    if (std::fwrite(s.data(), 1, s.size(), f) != s.size()) return raise_os_error(ts, errno);
    return Value::small_int(str_length(data));
  }
  BytesArg bytes;
  PY_TRY(require_bytes_like(ts, data, &bytes));
  size_t n = bytes.view.size();
  if (std::fwrite(bytes.view.data(), 1, n, f) != n) return raise_os_error(ts, errno);
  return Value::small_int(static_cast<int64_t>(n));
}

Result<Value> file_writelines(ThreadState& ts, Value self, CallArgs args) {
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value line = PY_TRY(iter_next(ts, it));
    if (line.is_absent()) break;
    PY_TRY(file_write(ts, self, CallArgs{&line, 1, nullptr}));
  }
  return g_none;
}

Result<Value> file_close(ThreadState&, Value self, CallArgs) {
  FILE* f = stm::read(as_file(self))->file;
  if (f) {
    stm::become_inevitable();
    std::fclose(f);
    stm::write(as_file(self))->file = nullptr;
  }
  return g_none;
}

Result<Value> file_flush(ThreadState& ts, Value self, CallArgs) {
  FILE* f = PY_TRY(live_file(ts, self));
  std::fflush(f);
  return g_none;
}

Result<Value> file_enter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(live_file(ts, self));
  return self;
}

Result<Value> file_exit(ThreadState& ts, Value self, CallArgs args) { return file_close(ts, self, args); }
Result<Value> file_iter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(live_file(ts, self));
  return self;
}
Result<Value> file_fileno(ThreadState& ts, Value self, CallArgs) {
  return Value::small_int(fileno(PY_TRY(live_file(ts, self))));
}
Result<Value> file_tell(ThreadState& ts, Value self, CallArgs) {
  return Value::small_int(std::ftell(PY_TRY(live_file(ts, self))));
}
Result<Value> file_seek(ThreadState& ts, Value self, CallArgs args) {
  FILE* f = PY_TRY(live_file(ts, self));
  int64_t offset = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  if (std::fseek(f, offset, static_cast<int>(whence)) != 0) return raise_os_error(ts, errno);
  return Value::small_int(std::ftell(f));
}
Result<Value> file_readable(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(live_file(ts, self));
  return bool_value(stm::read(as_file(self))->readable);
}
Result<Value> file_writable(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(live_file(ts, self));
  return bool_value(stm::read(as_file(self))->writable);
}
Result<Value> file_closed(ThreadState&, Value self, CallArgs) { return bool_value(!stm::read(as_file(self))->file); }
Result<Value> file_name(ThreadState&, Value self, CallArgs) { return stm::read(as_file(self))->name; }
Result<Value> file_mode(ThreadState&, Value self, CallArgs) { return stm::read(as_file(self))->mode; }
Result<Value> file_encoding(ThreadState&, Value, CallArgs) { return str_from_ascii("UTF-8"); }
Result<Value> file_repr(ThreadState& ts, Value self, CallArgs) {
  const FileObject* f = stm::read(as_file(self));
  std::string type(type_name(type_of(self)));
  if (!f->file) return str_from_utf8("<_io." + type + " [closed]>");
  std::string out = "<_io." + type + " name=" + PY_TRY(repr_utf8(ts, f->name));
  if (f->text) out += " mode=" + PY_TRY(repr_utf8(ts, f->mode)) + " encoding='UTF-8'";
  return str_from_utf8(out + ">");
}

const NativeMethod kFileMethods[] = {
    {"read", file_read, 0, 1, kNativeNoKeywords, nullptr},
    {"readline", file_readline, 0, 1, kNativeNoKeywords, nullptr},
    {"readlines", file_readlines, 0, 1, kNativeNoKeywords, nullptr},
    {"write", file_write, 1, 1, kNativeNoKeywords, nullptr},
    {"writelines", file_writelines, 1, 1, kNativeNoKeywords, nullptr},
    {"close", file_close, 0, 0, 0, nullptr},
    {"flush", file_flush, 0, 0, 0, nullptr},
    {"fileno", file_fileno, 0, 0, 0, nullptr},
    {"tell", file_tell, 0, 0, 0, nullptr},
    {"seek", file_seek, 1, 2, kNativeNoKeywords, nullptr},
    {"readable", file_readable, 0, 0, 0, nullptr},
    {"writable", file_writable, 0, 0, 0, nullptr},
    {"__enter__", file_enter, 0, 0, 0, nullptr},
    {"__exit__", file_exit, 0, -1, 0, nullptr},
    {"__iter__", file_iter, 0, 0, 0, nullptr},
    {"__next__", file_next, 0, 0, 0, nullptr},
    {"__repr__", file_repr, 0, 0, 0, nullptr},
};
const NativeMethod kFileGetters[] = {
    {"closed", file_closed, 0, 0, 0, nullptr},
    {"name", file_name, 0, 0, 0, nullptr},
    {"mode", file_mode, 0, 0, 0, nullptr},
    {"encoding", file_encoding, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> builtin_open(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "open", args, {"file", "mode", "buffering", "encoding", "errors", "newline"}));
  Value file = args.nargs > 0 ? args[0] : keyword_arg(args, "file");
  Value mode = args.nargs > 1 ? args[1] : keyword_arg(args, "mode");
  Value encoding = args.nargs > 3 ? args[3] : keyword_arg(args, "encoding");
  if (file.is_null()) return raise_type_error(ts, "open() missing required argument 'file' (pos 1)");
  if (mode.is_null()) mode = str_from_ascii("r");
  if (!is_instance_of(file, g_str_type))
    return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(file).c_str());
  if (!is_instance_of(mode, g_str_type))
    return raise_type_error(ts, "open() argument 'mode' must be str, not %s", type_name_of(mode).c_str());
  std::string m = str_to_utf8(mode);
  // The checks and messages of CPython's _io.open, in its order.
  int rwax = 0;
  bool plus = false, binary = false, text_flag = false, bad = false;
  char primary = 0;
  std::string seen;
  for (char c : m) {
    if (seen.find(c) != std::string::npos || std::string("rwaxb+t").find(c) == std::string::npos) bad = true;
    seen += c;
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
      ++rwax;
      primary = c;
    }
    plus |= c == '+';
    binary |= c == 'b';
    text_flag |= c == 't';
  }
  if (bad) return raise_value_error(ts, "invalid mode: '%s'", m.c_str());
  if (text_flag && binary) return raise_value_error(ts, "can't have text and binary mode at once");
  if (rwax > 1) return raise_value_error(ts, "must have exactly one of create/read/write/append mode");
  if (rwax == 0)
    return raise_value_error(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary && !encoding.is_null() && !encoding.is(g_none))
    return raise_value_error(ts, "binary mode doesn't take an encoding argument");
  // An unknown encoding fails at open(), before the file is touched.
  if (!binary && !encoding.is_null() && !encoding.is(g_none)) {
    if (!is_str(encoding))
      return raise_type_error(ts, "open() argument 'encoding' must be str or None, not %s", type_name_of(encoding).c_str());
    PY_TRY(str_encode_value(ts, str_from_ascii(""), encoding, Value()));
  }
  std::string c_mode;
  switch (primary) {
    case 'r': c_mode = plus ? "r+" : "r"; break;
    case 'w': c_mode = plus ? "w+" : "w"; break;
    case 'a': c_mode = plus ? "a+" : "a"; break;
    default: c_mode = plus ? "w+x" : "wx"; break;
  }
  stm::become_inevitable();
  FILE* f = std::fopen(str_to_utf8(file).c_str(), (c_mode + "b").c_str());
  if (!f) return raise_os_error(ts, errno, file);
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {  // fopen(dir, "r") succeeds; open() must not
    std::fclose(f);
    return raise_os_error(ts, EISDIR, file);
  }
  TypeObject* type = !binary ? g_text_file_type : (primary == 'r' && !plus ? g_binary_reader_type : g_binary_writer_type);
  FileObject* obj = allocate_object<FileObject>(type);
  FileObject* v = stm::view(obj);
  v->file = f;
  v->name = file;
  v->mode = mode;
  v->text = !binary;
  v->readable = primary == 'r' || plus;
  v->writable = primary != 'r' || plus;
  return Value::from_object(obj);
}

void init_file_types() {
  g_text_file_type = make_builtin_type("TextIOWrapper", g_object_type, ObjectKind::File, sizeof(FileObject), 0);
  g_binary_reader_type = make_builtin_type("BufferedReader", g_object_type, ObjectKind::File, sizeof(FileObject), 0);
  g_binary_writer_type = make_builtin_type("BufferedWriter", g_object_type, ObjectKind::File, sizeof(FileObject), 0);
  for (TypeObject* t : {g_text_file_type, g_binary_reader_type, g_binary_writer_type}) {
    add_native_methods(t, kFileMethods);
    for (const NativeMethod& g : kFileGetters) add_native_property(t, &g, nullptr);
    type_set_attr_nogc_fail(t, "__module__", str_intern("_io"));
  }
  // io.UnsupportedOperation derives from both OSError and ValueError.
  ThreadState& ts = current_thread_state();
  Value ns = dict_new();
  dict_set_str(ns, g_name___module__, str_intern("io"));
  Result<Value> type = type_new(ts, g_type_type, str_intern("UnsupportedOperation"),
                                tuple_pack({Value::from_object(g_exc_OSError), Value::from_object(g_exc_ValueError)})
                                    .as<TupleObject>(),
                                ns.as<DictObject>());
  g_unsupported_operation = type.ok() ? type.value() : Value::from_object(g_exc_OSError);
  add_global_root(&g_unsupported_operation);
}

}  // namespace pystm
