// stdlib/codec_errors.cpp — see codec_errors.h.
#include "stdlib/codec_errors.h"

#include <cstdio>

#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value g_error_handlers;  // dict: name -> callable

Result<Value> make_exception(ThreadState& ts, TypeObject* type, const char* encoding, Value object, int64_t start,
                             int64_t end, const char* reason) {
  Value args = tuple_pack({str_from_utf8(encoding), object, int_from_int64(start), int_from_int64(end),
                           str_from_utf8(reason)});
  return exception_new(ts, type, args);
}

// The handler named by `errors`, found once per codec call.
Result<Value> handler_for(ThreadState& ts, Value errors, Value* cache) {
  if (cache->is_null()) *cache = PY_TRY(lookup_error_handler(ts, errors));
  return *cache;
}

// A handler's resume position: negative counts from the end; outside the
// input is IndexError.
Result<int64_t> resume_position(ThreadState& ts, Value position, int64_t length) {
  int64_t pos = PY_TRY(index_as_ssize(ts, position));
  if (pos < 0) pos += length;
  if (pos < 0 || pos > length)
    return raise(ts, g_exc_IndexError, "position %lld from error handler out of bounds", static_cast<long long>(pos));
  return pos;
}

// --- The built-in handlers (what lookup_error returns) -----------------------------

struct ErrorFields {
  int64_t start = 0, end = 0;
  Value object;
  bool encode = false, decode = false;
};

Result<ErrorFields> error_fields(ThreadState& ts, Value exc) {
  ErrorFields f;
  f.encode = is_instance_of(exc, g_exc_UnicodeEncodeError);
  f.decode = is_instance_of(exc, g_exc_UnicodeDecodeError);
  if (!f.encode && !f.decode)
    return raise_type_error(ts, "don't know how to handle %s in error callback", type_name_of(exc).c_str());
  f.start = PY_TRY(index_as_ssize(ts, PY_TRY(get_attr(ts, exc, str_intern("start")))));
  f.end = PY_TRY(index_as_ssize(ts, PY_TRY(get_attr(ts, exc, str_intern("end")))));
  f.object = PY_TRY(get_attr(ts, exc, str_intern("object")));
  int64_t size = 0;
  if (f.encode && is_str(f.object)) size = str_length(f.object);
  else if (f.decode && is_bytes_like(f.object)) size = PY_TRY(length(ts, f.object));
  if (f.start < 0) f.start = 0;
  if (f.start > size) f.start = size;
  if (f.end > size) f.end = size;
  if (f.end < f.start) f.end = f.start;
  return f;
}

Error cannot_handle(ThreadState& ts, Value exc) {
  return raise_type_error(ts, "don't know how to handle %s in error callback", type_name_of(exc).c_str());
}

std::string backslash_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

Result<Value> strict_errors(ThreadState& ts, Value, CallArgs args) {
  if (is_instance_of(args[0], g_exc_BaseException)) return raise_value(ts, args[0]);
  return raise_type_error(ts, "codec must pass exception instance");
}

Result<Value> ignore_errors(ThreadState& ts, Value, CallArgs args) {
  ErrorFields f = PY_TRY(error_fields(ts, args[0]));
  return tuple_pack({str_empty(), int_from_int64(f.end)});
}

Result<Value> replace_errors(ThreadState& ts, Value, CallArgs args) {
  ErrorFields f = PY_TRY(error_fields(ts, args[0]));
  StrBuilder b;
  if (f.decode) b.append(0xFFFD);
  else b.append_repeated('?', f.end - f.start);
  return tuple_pack({b.finish(), int_from_int64(f.end)});
}

Result<Value> backslashreplace_errors(ThreadState& ts, Value, CallArgs args) {
  ErrorFields f = PY_TRY(error_fields(ts, args[0]));
  std::string out;
  if (f.decode) {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, f.object, &data));
    for (int64_t i = f.start; i < f.end; ++i) out += backslash_escape(static_cast<uint8_t>(data.view[i]));
  } else {
    for (int64_t i = f.start; i < f.end; ++i) out += backslash_escape(str_char_at(f.object, i));
  }
  return tuple_pack({str_from_ascii(out), int_from_int64(f.end)});
}

Result<Value> xmlcharrefreplace_errors(ThreadState& ts, Value, CallArgs args) {
  ErrorFields f = PY_TRY(error_fields(ts, args[0]));
  if (!f.encode) return cannot_handle(ts, args[0]);
  std::string out;
  for (int64_t i = f.start; i < f.end; ++i) out += "&#" + std::to_string(str_char_at(f.object, i)) + ";";
  return tuple_pack({str_from_ascii(out), int_from_int64(f.end)});
}

// \N{NAME} from unicodedata, else the backslash escape.
Result<Value> namereplace_errors(ThreadState& ts, Value, CallArgs args) {
  ErrorFields f = PY_TRY(error_fields(ts, args[0]));
  if (!f.encode) return cannot_handle(ts, args[0]);
  Value ucd = PY_TRY(import_module_level(ts, str_intern("unicodedata"), g_none, g_none, Value::small_int(0)));
  Value name_fn = PY_TRY(get_attr(ts, ucd, str_intern("name")));
  std::string out;
  for (int64_t i = f.start; i < f.end; ++i) {
    uint32_t cp = str_char_at(f.object, i);
    Value name = PY_TRY(call(ts, name_fn, {str_from_codepoint(cp), g_none}));
    if (is_str(name)) out += "\\N{" + str_to_utf8(name) + "}";
    else out += backslash_escape(cp);
  }
  return tuple_pack({str_from_ascii(out), int_from_int64(f.end)});
}

// Bytes 0x80..0xFF that could not be decoded become U+DC80..U+DCFF, and back.
Result<Value> surrogateescape_errors(ThreadState& ts, Value, CallArgs args) {
  Value exc = args[0];
  ErrorFields f = PY_TRY(error_fields(ts, exc));
  if (f.decode) {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, f.object, &data));
    StrBuilder b;
    int64_t consumed = 0;
    while (consumed < 4 && f.start + consumed < f.end) {
      uint8_t byte = static_cast<uint8_t>(data.view[f.start + consumed]);
      if (byte < 128) break;
      b.append(0xDC00 + byte);
      ++consumed;
    }
    if (consumed == 0) return raise_value(ts, exc);
    return tuple_pack({b.finish(), int_from_int64(f.start + consumed)});
  }
  std::string out;
  for (int64_t i = f.start; i < f.end; ++i) {
    uint32_t cp = str_char_at(f.object, i);
    if (cp < 0xDC80 || cp > 0xDCFF) return raise_value(ts, exc);
    out.push_back(static_cast<char>(cp - 0xDC00));
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(f.end)});
}

// The unit size and byte order of a UTF codec named in an exception
// (0: not a UTF codec surrogatepass knows).
struct UtfForm {
  int unit = 0;
  bool big_endian = false;
};

Result<UtfForm> utf_form(ThreadState& ts, Value exc) {
  Value encoding = PY_TRY(get_attr(ts, exc, str_intern("encoding")));
  std::string name;
  if (is_str(encoding))
    for (char c : str_to_utf8(encoding)) name += c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  UtfForm form;
  if (name == "utf-8" || name == "utf8") form.unit = 1;
  else if (name == "utf-16" || name == "utf-16-le" || name == "utf-16le" || name == "utf16") form.unit = 2;
  else if (name == "utf-16-be" || name == "utf-16be") form = {2, true};
  else if (name == "utf-32" || name == "utf-32-le" || name == "utf-32le" || name == "utf32") form.unit = 4;
  else if (name == "utf-32-be" || name == "utf-32be") form = {4, true};
  return form;
}

// Lone surrogates pass through a UTF codec as if they were characters.
Result<Value> surrogatepass_errors(ThreadState& ts, Value, CallArgs args) {
  Value exc = args[0];
  ErrorFields f = PY_TRY(error_fields(ts, exc));
  UtfForm form = PY_TRY(utf_form(ts, exc));
  if (form.unit == 0) return raise_value(ts, exc);
  if (f.encode) {
    std::string out;
    for (int64_t i = f.start; i < f.end; ++i) {
      uint32_t cp = str_char_at(f.object, i);
      if (cp < 0xD800 || cp > 0xDFFF) return raise_value(ts, exc);
      if (form.unit == 1) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        continue;
      }
      for (int k = 0; k < form.unit; ++k) {
        int shift = form.big_endian ? 8 * (form.unit - 1 - k) : 8 * k;
        out.push_back(static_cast<char>((cp >> shift) & 0xFF));
      }
    }
    return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(f.end)});
  }
  BytesArg data;
  PY_TRY(require_bytes_like(ts, f.object, &data));
  const uint8_t* d = reinterpret_cast<const uint8_t*>(data.view.data());
  int64_t n = static_cast<int64_t>(data.view.size());
  int64_t len = form.unit == 1 ? 3 : form.unit;
  if (f.start + len > n) return raise_value(ts, exc);
  uint32_t cp = 0;
  if (form.unit == 1) {
    const uint8_t* p = d + f.start;
    if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return raise_value(ts, exc);
    cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  } else {
    for (int k = 0; k < form.unit; ++k) {
      int shift = form.big_endian ? 8 * (form.unit - 1 - k) : 8 * k;
      cp |= static_cast<uint32_t>(d[f.start + k]) << shift;
    }
  }
  if (cp < 0xD800 || cp > 0xDFFF) return raise_value(ts, exc);
  return tuple_pack({str_from_codepoint(cp), int_from_int64(f.start + len)});
}

Result<Value> codecs_register_error(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "register_error() argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  if (!is_callable(args[1])) return raise_type_error(ts, "handler must be callable");
  PY_TRY(set_item(ts, g_error_handlers, args[0], args[1]));
  return g_none;
}

Result<Value> codecs_lookup_error(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "lookup_error() argument must be str, not %s", type_name_of(args[0]).c_str());
  return lookup_error_handler(ts, args[0]);
}

// The built-in handlers under CPython's function names; the registry names
// them without the _errors suffix.
const NativeMethod kHandlers[] = {
    {"strict_errors", strict_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"ignore_errors", ignore_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"replace_errors", replace_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"backslashreplace_errors", backslashreplace_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"xmlcharrefreplace_errors", xmlcharrefreplace_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"namereplace_errors", namereplace_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"surrogateescape", surrogateescape_errors, 1, 1, kNativeNoKeywords, nullptr},
    {"surrogatepass", surrogatepass_errors, 1, 1, kNativeNoKeywords, nullptr},
};

const NativeMethod kFunctions[] = {
    {"register_error", codecs_register_error, 2, 2, kNativeNoKeywords, nullptr},
    {"lookup_error", codecs_lookup_error, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

bool is_strict(Value errors) { return errors.is_null() || str_to_utf8(errors) == "strict"; }

Status errors_argument(ThreadState& ts, CallArgs args, size_t index, const char* function, Value* out) {
  *out = Value();
  if (args.nargs <= index || args[index].is(g_none)) return ok_status();
  if (!is_str(args[index]))
    return raise_type_error(ts, "%s() argument %zu must be str or None, not %s", function, index + 1,
                            type_name_of(args[index]).c_str());
  *out = args[index];
  return ok_status();
}

Result<Value> lookup_error_handler(ThreadState& ts, Value name) {
  Value h = PY_TRY(dict_get(ts, g_error_handlers, name));
  if (h.is_absent() || h.is_null())
    return raise(ts, g_exc_LookupError, "unknown error handler name '%s'", str_to_utf8(name).c_str());
  return h;
}

Result<int64_t> encode_error(ThreadState& ts, EncodeErrors& ctx, int64_t start, int64_t end, const char* reason,
                             std::string& out) {
  Value exc = PY_TRY(make_exception(ts, g_exc_UnicodeEncodeError, ctx.encoding, ctx.str, start, end, reason));
  if (is_strict(ctx.errors)) return raise_value(ts, exc);
  Value handler = PY_TRY(handler_for(ts, ctx.errors, &ctx.handler));
  Value r = PY_TRY(call(ts, handler, {exc}));
  if (!is_instance_of(r, g_tuple_type) || tuple_size(r) != 2 ||
      !(is_str(tuple_item(r, 0)) || is_instance_of(tuple_item(r, 0), g_bytes_type)) || !is_int(tuple_item(r, 1)))
    return raise_type_error(ts, "encoding error handler must return (str/bytes, int) tuple");
  Value replacement = tuple_item(r, 0);
  int64_t pos = PY_TRY(resume_position(ts, tuple_item(r, 1), str_length(ctx.str)));
  if (is_str(replacement)) {
    for (int64_t i = 0; i < str_length(replacement); ++i)
      if (!ctx.put(str_char_at(replacement, i), out, ctx.codec)) return raise_value(ts, exc);
  } else {
    if (bytes_size(replacement) % ctx.unit != 0) return raise_value(ts, exc);
    out.append(reinterpret_cast<const char*>(bytes_data(replacement)), static_cast<size_t>(bytes_size(replacement)));
  }
  return pos;
}

Result<int64_t> decode_error(ThreadState& ts, DecodeErrors& ctx, int64_t start, int64_t end, const char* reason,
                             StrBuilder& out) {
  if (ctx.object.is_null()) ctx.object = bytes_from(ctx.data, ctx.size);
  Value exc = PY_TRY(make_exception(ts, g_exc_UnicodeDecodeError, ctx.encoding, ctx.object, start, end, reason));
  if (is_strict(ctx.errors)) return raise_value(ts, exc);
  Value handler = PY_TRY(handler_for(ts, ctx.errors, &ctx.handler));
  Value r = PY_TRY(call(ts, handler, {exc}));
  if (!is_instance_of(r, g_tuple_type) || tuple_size(r) != 2 || !is_str(tuple_item(r, 0)) || !is_int(tuple_item(r, 1)))
    return raise_type_error(ts, "decoding error handler must return (str, int) tuple");
  out.append_str(tuple_item(r, 0));
  return resume_position(ts, tuple_item(r, 1), ctx.size);
}

std::span<const NativeMethod> codec_error_functions() { return kFunctions; }

Status init_codec_errors(ThreadState& ts) {
  if (!g_error_handlers.is_null()) return ok_status();
  g_error_handlers = dict_new();
  add_global_root(&g_error_handlers);
  const char* names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                         "surrogateescape", "surrogatepass"};
  for (size_t i = 0; i < std::size(names); ++i)
    PY_TRY(set_item(ts, g_error_handlers, str_intern(names[i]), make_builtin_function(&kHandlers[i], Value())));
  return ok_status();
}

}  // namespace pystm
