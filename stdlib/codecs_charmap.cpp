// stdlib/codecs_charmap.cpp — `_codecs`' charmap codec: the single-byte
// code pages of the encodings package (cp1252, cp437, iso8859_15, mac_roman,
// ...) decode through a 256-character table or a mapping, and encode
// through the dict charmap_build makes from that table (CPython makes an
// EncodingMap object; a dict answers the same lookups).
// Owns: the mapping protocols (int, str/bytes, None or a missing key) and
// "character maps to <undefined>" errors.
// Must never: accept a mapping result outside the ranges CPython allows.
#include "stdlib/codecs_charmap.h"

#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "stdlib/codec_errors.h"

namespace pystm {

namespace {

constexpr const char* kUndefined = "character maps to <undefined>";

// mapping[key], or absent when the mapping has no such key (LookupError).
Result<Value> map_lookup(ThreadState& ts, Value mapping, uint32_t key) {
  if (is_exact_dict(mapping)) return dict_get(ts, mapping, Value::small_int(key));
  Result<Value> r = get_item(ts, mapping, Value::small_int(key));
  if (r.is_error() && pending_exception_matches(ts, g_exc_LookupError)) {
    clear_pending_exception(ts);
    return Value::absent();
  }
  return r;
}

// charmap_decode(data, errors=None, mapping=None) -> (str, consumed)
Result<Value> charmap_decode(ThreadState& ts, Value, CallArgs args) {
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  Value errors;
  PY_TRY(errors_argument(ts, args, 1, "charmap_decode", &errors));
  Value mapping = args.nargs > 2 ? args[2] : g_none;
  const uint8_t* d = reinterpret_cast<const uint8_t*>(data.view.data());
  int64_t n = static_cast<int64_t>(data.view.size());
  if (mapping.is(g_none)) {
    Value s = PY_TRY(str_decode_bytes(ts, d, n, str_intern("latin-1"), errors));
    return tuple_pack({s, int_from_int64(n)});
  }
  DecodeErrors ctx{"charmap", d, n, errors, Value(), Value()};
  StrBuilder out(n);
  bool table = is_str(mapping);
  for (int64_t pos = 0; pos < n;) {
    uint8_t b = d[pos];
    if (table) {
      uint32_t cp = b < str_length(mapping) ? str_char_at(mapping, b) : 0xFFFE;
      if (cp == 0xFFFE) {
        pos = PY_TRY(decode_error(ts, ctx, pos, pos + 1, kUndefined, out));
        continue;
      }
      out.append(cp);
      ++pos;
      continue;
    }
    Value x = PY_TRY(map_lookup(ts, mapping, b));
    bool undefined = x.is_absent() || x.is(g_none);
    if (!undefined && is_int(x)) {
      int64_t v = 0;
      if (!int_to_int64(x, &v) || v < 0 || v > 0x10FFFF)
        return raise_type_error(ts, "character mapping must be in range(0x110000)");
      if (v == 0xFFFE) undefined = true;
      else out.append(static_cast<uint32_t>(v));
    } else if (!undefined && is_str(x)) {
      if (str_length(x) == 1 && str_char_at(x, 0) == 0xFFFE) undefined = true;
      else out.append_str(x);
    } else if (!undefined) {
      return raise_type_error(ts, "character mapping must return integer, None or str");
    }
    if (undefined) {
      pos = PY_TRY(decode_error(ts, ctx, pos, pos + 1, kUndefined, out));
      continue;
    }
    ++pos;
  }
  return tuple_pack({out.finish(), int_from_int64(n)});
}

// charmap_build(decoding_table) -> {code point: byte}
Result<Value> charmap_build(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "charmap_build() argument must be str, not %s", type_name_of(args[0]).c_str());
  Value map = dict_new();
  int64_t n = str_length(args[0]);
  for (int64_t i = 0; i < n && i < 256; ++i) {
    uint32_t cp = str_char_at(args[0], i);
    if (cp == 0xFFFE) continue;
    Value key = Value::small_int(cp);
    if (PY_TRY(dict_get(ts, map, key)).is_absent()) PY_TRY(dict_set(ts, map, key, Value::small_int(i)));
  }
  return map;
}

struct EncodeMap {
  ThreadState* ts;
  Value mapping;
  bool failed = false;  // the mapping raised (not a missing key)
};

// 1: appended, 0: undefined, -1: error raised.
int encode_one(uint32_t cp, std::string& out, EncodeMap& m) {
  ThreadState& ts = *m.ts;
  Result<Value> r = map_lookup(ts, m.mapping, cp);
  if (r.is_error()) return -1;
  Value x = r.value();
  if (x.is_absent() || x.is(g_none)) return 0;
  if (is_int(x)) {
    int64_t v = 0;
    if (!int_to_int64(x, &v) || v < 0 || v > 255) {
      raise_type_error(ts, "character mapping must be in range(256)");
      return -1;
    }
    out.push_back(static_cast<char>(v));
    return 1;
  }
  if (is_instance_of(x, g_bytes_type)) {
    out.append(reinterpret_cast<const char*>(bytes_data(x)), static_cast<size_t>(bytes_size(x)));
    return 1;
  }
  raise_type_error(ts, "character mapping must return integer, bytes or None, not %s", type_name_of(x).c_str());
  return -1;
}

bool put_mapped(uint32_t cp, std::string& out, const void* codec) {
  EncodeMap& m = *const_cast<EncodeMap*>(static_cast<const EncodeMap*>(codec));
  int r = encode_one(cp, out, m);
  if (r < 0) m.failed = true;
  return r == 1;
}

// charmap_encode(str, errors=None, mapping=None) -> (bytes, length)
Result<Value> charmap_encode(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "charmap_encode() argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  Value errors;
  PY_TRY(errors_argument(ts, args, 1, "charmap_encode", &errors));
  Value mapping = args.nargs > 2 ? args[2] : g_none;
  Value s = args[0];
  int64_t n = str_length(s);
  if (mapping.is(g_none)) {
    Value b = PY_TRY(str_encode_value(ts, s, str_intern("latin-1"), errors));
    return tuple_pack({b, int_from_int64(n)});
  }
  EncodeMap map{&ts, mapping};
  EncodeErrors ctx{"charmap", s, errors, put_mapped, &map, Value()};
  std::string out;
  for (int64_t i = 0; i < n;) {
    int r = encode_one(str_char_at(s, i), out, map);
    if (r < 0) return kError;
    if (r == 1) {
      ++i;
      continue;
    }
    // The run of unmappable characters starting here.
    int64_t j = i + 1;
    for (; j < n; ++j) {
      std::string scratch;
      int k = encode_one(str_char_at(s, j), scratch, map);
      if (k < 0) return kError;
      if (k == 1) break;
    }
    Result<int64_t> next = encode_error(ts, ctx, i, j, kUndefined, out);
    if (map.failed) return kError;
    i = PY_TRY(std::move(next));
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(n)});
}

const NativeMethod kFunctions[] = {
    {"charmap_decode", charmap_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"charmap_encode", charmap_encode, 1, 3, kNativeNoKeywords, nullptr},
    {"charmap_build", charmap_build, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

std::span<const NativeMethod> charmap_codec_functions() { return kFunctions; }

}  // namespace pystm
