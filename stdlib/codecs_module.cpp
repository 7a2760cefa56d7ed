// stdlib/codecs_module.cpp — the `_codecs` module under codecs.py and the
// encodings package (library reference "codecs — Codec registry and base
// classes"): the search-function registry and lookup cache, encode/decode
// through it, and the utf-8, ascii and latin-1 codec functions over the
// runtime's own converters (runtime/objects/str_codecs.cpp); the other
// codecs and the error handlers are codec_errors.cpp and codecs_*.cpp.
// Owns: the registry state, two heap values rooted for the process (a list
// of search functions, a dict cache by normalized name). Must never: cache
// a failed lookup.
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/codec_errors.h"
#include "stdlib/codecs_charmap.h"
#include "stdlib/codecs_escapes.h"
#include "stdlib/codecs_utf16_32.h"

namespace pystm {

namespace {

Value g_search_functions;  // list
Value g_codec_cache;       // dict: normalized name -> CodecInfo

bool is_bytes_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Bytes; }

// CPython's normalizestring: lower case, spaces become underscores... and
// hyphens stay (the encodings package normalizes further itself).
std::string normalize(const std::string& name) {
  std::string out;
  for (char c : name) out += c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

Result<Value> codec_lookup(ThreadState& ts, Value encoding) {
  if (!is_str(encoding)) return raise_type_error(ts, "lookup() argument must be str, not %s", type_name_of(encoding).c_str());
  Value key = str_from_utf8(normalize(str_to_utf8(encoding)));
  Value cached = PY_TRY(dict_get(ts, g_codec_cache, key));
  if (!cached.is_absent() && !cached.is_null()) return cached;
  if (list_size(g_search_functions) == 0)
    PY_TRY(import_module_level(ts, str_intern("encodings"), g_none, g_none, Value::small_int(0)));
  for (int64_t i = 0; i < list_size(g_search_functions); ++i) {
    Value info = PY_TRY(call(ts, list_get(g_search_functions, i), {key}));
    if (info.is(g_none)) continue;
    if (!is_instance_of(info, g_tuple_type) || tuple_size(info) != 4)
      return raise_type_error(ts, "codec search functions must return 4-tuples");
    PY_TRY(set_item(ts, g_codec_cache, key, info));
    return info;
  }
  return raise(ts, g_exc_LookupError, "unknown encoding: %s", str_to_utf8(encoding).c_str());
}

Result<Value> codecs_register(ThreadState& ts, Value, CallArgs args) {
  if (!is_callable(args[0])) return raise_type_error(ts, "argument must be callable");
  list_append(g_search_functions, args[0]);
  return g_none;
}
Result<Value> codecs_unregister(ThreadState& ts, Value, CallArgs args) {
  Value kept = list_new();
  for (int64_t i = 0; i < list_size(g_search_functions); ++i)
    if (!list_get(g_search_functions, i).is(args[0])) list_append(kept, list_get(g_search_functions, i));
  g_search_functions = kept;
  g_codec_cache = dict_new();
  (void)ts;
  return g_none;
}
Result<Value> codecs_lookup(ThreadState& ts, Value, CallArgs args) { return codec_lookup(ts, args[0]); }

// encode/decode(obj, encoding='utf-8', errors='strict') through the registry.
Result<Value> code_through(ThreadState& ts, CallArgs args, bool encode) {
  const char* fname = encode ? "encode" : "decode";
  PY_TRY(check_keywords(ts, fname, args, {"obj", "encoding", "errors"}));
  Value obj = args.nargs > 0 ? args[0] : keyword_arg(args, "obj");
  Value encoding = args.nargs > 1 ? args[1] : keyword_arg(args, "encoding");
  Value errors = args.nargs > 2 ? args[2] : keyword_arg(args, "errors");
  if (obj.is_null()) return raise_type_error(ts, "%s() missing required argument 'obj' (pos 1)", fname);
  if (encoding.is_null()) encoding = str_intern("utf-8");
  if (errors.is_null()) errors = str_intern("strict");
  Value info = PY_TRY(codec_lookup(ts, encoding));
  Value r = PY_TRY(call(ts, tuple_item(info, encode ? 0 : 1), {obj, errors}));
  if (!is_instance_of(r, g_tuple_type) || tuple_size(r) != 2)
    return raise_type_error(ts, "%s must return a tuple (object, integer)", encode ? "encoder" : "decoder");
  return tuple_item(r, 0);
}
Result<Value> codecs_encode(ThreadState& ts, Value, CallArgs args) { return code_through(ts, args, true); }
Result<Value> codecs_decode(ThreadState& ts, Value, CallArgs args) { return code_through(ts, args, false); }

// --- utf-8 / ascii / latin-1 -------------------------------------------------------

Value errors_or_null(CallArgs args, size_t i) {
  return args.nargs > i && !args[i].is(g_none) ? args[i] : Value();
}

// Handlers the runtime's converters apply themselves; any other goes
// through the registry (namereplace, handlers registered from Python).
bool converter_handles(Value errors) {
  if (errors.is_null()) return true;
  std::string h = str_to_utf8(errors);
  return h == "strict" || h == "ignore" || h == "replace" || h == "backslashreplace" || h == "xmlcharrefreplace" ||
         h == "surrogateescape" || h == "surrogatepass";
}

// One code point in ascii (limit 128), latin-1 (256) or utf-8 (0).
struct ByteCodec {
  uint32_t limit;
};
bool put_byte_codec(uint32_t cp, std::string& out, const void* codec) {
  uint32_t limit = static_cast<const ByteCodec*>(codec)->limit;
  if (limit != 0) {
    if (cp >= limit) return false;
    out.push_back(static_cast<char>(cp));
    return true;
  }
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  char buf[4];
  int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (n == 1) buf[0] = static_cast<char>(cp);
  else {
    for (int k = n - 1; k > 0; --k, cp >>= 6) buf[k] = static_cast<char>(0x80 | (cp & 0x3F));
    buf[0] = static_cast<char>((0xF0 << (4 - n)) | cp);
  }
  out.append(buf, static_cast<size_t>(n));
  return true;
}

Result<Value> encode_through_handler(ThreadState& ts, Value s, Value errors, const char* codec) {
  ByteCodec bc{std::string(codec) == "ascii" ? 128u : std::string(codec) == "latin-1" ? 256u : 0u};
  EncodeErrors ctx{codec, s, errors, put_byte_codec, &bc, Value()};
  const char* reason = bc.limit == 128   ? "ordinal not in range(128)"
                       : bc.limit == 256 ? "ordinal not in range(256)"
                                         : "surrogates not allowed";
  int64_t n = str_length(s);
  std::string out;
  for (int64_t i = 0; i < n;) {
    if (put_byte_codec(str_char_at(s, i), out, &bc)) {
      ++i;
      continue;
    }
    int64_t j = i + 1;
    std::string scratch;
    while (j < n && !put_byte_codec(str_char_at(s, j), scratch, &bc)) ++j;
    i = PY_TRY(encode_error(ts, ctx, i, j, reason, out));
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> encode_with(ThreadState& ts, CallArgs args, const char* codec) {
  if (!is_str(args[0])) return raise_type_error(ts, "%s_encode() argument 1 must be str, not %s", codec, type_name_of(args[0]).c_str());
  Value errors = errors_or_null(args, 1);
  Value b = converter_handles(errors) ? PY_TRY(str_encode_value(ts, args[0], str_intern(codec), errors))
                                      : PY_TRY(encode_through_handler(ts, args[0], errors, codec));
  return tuple_pack({b, int_from_int64(str_length(args[0]))});
}
Result<Value> utf_8_encode(ThreadState& ts, Value, CallArgs args) { return encode_with(ts, args, "utf-8"); }
Result<Value> ascii_encode(ThreadState& ts, Value, CallArgs args) { return encode_with(ts, args, "ascii"); }
Result<Value> latin_1_encode(ThreadState& ts, Value, CallArgs args) { return encode_with(ts, args, "latin-1"); }

// Length of the longest prefix of data that does not end inside a UTF-8
// sequence (an incremental decoder keeps the rest for later).
int64_t complete_utf8_prefix(const uint8_t* data, int64_t n) {
  for (int64_t back = 1; back <= 3 && back <= n; ++back) {
    uint8_t c = data[n - back];
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: look further back
    int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

// Decoding with a handler the converters do not apply: the converter finds
// each error (strictly), the registry's handler replaces it.
Result<Value> decode_through_handler(ThreadState& ts, const uint8_t* d, int64_t n, Value errors, const char* codec) {
  DecodeErrors ctx{codec, d, n, errors, Value(), Value()};
  StrBuilder out(n);
  for (int64_t pos = 0; pos < n;) {
    Result<Value> piece = str_decode_bytes(ts, d + pos, n - pos, str_intern(codec), Value());
    if (piece.ok()) {
      out.append_str(piece.value());
      break;
    }
    if (!pending_exception_matches(ts, g_exc_UnicodeDecodeError)) return kError;
    Value exc = ts.pending_exception;
    clear_pending_exception(ts);
    int64_t start = PY_TRY(index_as_ssize(ts, PY_TRY(get_attr(ts, exc, str_intern("start")))));
    int64_t end = PY_TRY(index_as_ssize(ts, PY_TRY(get_attr(ts, exc, str_intern("end")))));
    std::string reason = str_to_utf8(PY_TRY(get_attr(ts, exc, str_intern("reason"))));
    if (start > 0) out.append_str(PY_TRY(str_decode_bytes(ts, d + pos, start, str_intern(codec), Value())));
    pos = PY_TRY(decode_error(ts, ctx, pos + start, pos + end, reason.c_str(), out));
  }
  return out.finish();
}

Result<Value> decode_with(ThreadState& ts, CallArgs args, const char* codec, bool incremental) {
  Value data = args[0];
  if (!is_bytes_value(data))
    return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(data).c_str());
  int64_t n = bytes_size(data);
  bool final = true;
  if (incremental && args.nargs > 2) final = PY_TRY(is_true(ts, args[2]));
  int64_t use = final ? n : complete_utf8_prefix(bytes_data(data), n);
  Value errors = errors_or_null(args, 1);
  Value s = converter_handles(errors)
                ? PY_TRY(str_decode_bytes(ts, bytes_data(data), use, str_intern(codec), errors))
                : PY_TRY(decode_through_handler(ts, bytes_data(data), use, errors, codec));
  return tuple_pack({s, int_from_int64(use)});
}
Result<Value> utf_8_decode(ThreadState& ts, Value, CallArgs args) { return decode_with(ts, args, "utf-8", true); }
Result<Value> ascii_decode(ThreadState& ts, Value, CallArgs args) { return decode_with(ts, args, "ascii", false); }
Result<Value> latin_1_decode(ThreadState& ts, Value, CallArgs args) { return decode_with(ts, args, "latin-1", false); }

// readbuffer_encode(data, errors=None) -> (bytes, length): any bytes-like or str.
Result<Value> readbuffer_encode(ThreadState& ts, Value, CallArgs args) {
  if (is_str(args[0])) {
    std::string text = str_to_utf8(args[0]);
    return tuple_pack({bytes_from(text.data(), static_cast<int64_t>(text.size())),
                       int_from_int64(static_cast<int64_t>(text.size()))});
  }
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  return tuple_pack({bytes_from(data.view.data(), static_cast<int64_t>(data.view.size())),
                     int_from_int64(static_cast<int64_t>(data.view.size()))});
}

const NativeMethod kFunctions[] = {
    {"register", codecs_register, 1, 1, kNativeNoKeywords, nullptr},
    {"unregister", codecs_unregister, 1, 1, kNativeNoKeywords, nullptr},
    {"lookup", codecs_lookup, 1, 1, kNativeNoKeywords, nullptr},
    {"encode", codecs_encode, 0, 3, 0, nullptr},
    {"decode", codecs_decode, 0, 3, 0, nullptr},
    {"utf_8_encode", utf_8_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"utf_8_decode", utf_8_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"ascii_encode", ascii_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"ascii_decode", ascii_decode, 1, 2, kNativeNoKeywords, nullptr},
    {"latin_1_encode", latin_1_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"latin_1_decode", latin_1_decode, 1, 2, kNativeNoKeywords, nullptr},
    {"readbuffer_encode", readbuffer_encode, 1, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_codecs_module(ThreadState& ts) {
  if (g_search_functions.is_null()) {
    g_search_functions = list_new();
    add_global_root(&g_search_functions);
    g_codec_cache = dict_new();
    add_global_root(&g_codec_cache);
  }
  Value module = module_new(str_intern("_codecs"));
  PY_TRY(init_codec_errors(ts));
  for (auto functions : {std::span<const NativeMethod>(kFunctions), codec_error_functions(), utf16_32_codec_functions(),
                         escape_codec_functions(), charmap_codec_functions()})
    for (const NativeMethod& m : functions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
