// stdlib/codecs_utf16_32.cpp — the UTF-16 and UTF-32 codec functions of
// `_codecs` (utf_16[_le|_be]_encode/decode, utf_16_ex_decode and the same
// for UTF-32) that encodings.utf_16/utf_32 and their incremental codecs
// (io.TextIOWrapper's) call.
// Owns: byte-order marks (written by the plain utf_16/utf_32 encoders,
// detected and consumed by the plain and _ex decoders), surrogate pairs,
// keeping an incomplete unit or pair for the next call when not final, and
// CPython's error reasons and ranges.
// Must never: read past the input, or pass a lone surrogate through unless
// an error handler says so.
#include "stdlib/codecs_utf16_32.h"

#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "stdlib/codec_errors.h"

namespace pystm {

namespace {

// unit: 2 or 4 bytes; order: -1 little-endian, 1 big-endian, 0 native
// (little) with a byte-order mark.
struct UtfCodec {
  int unit;
  bool big_endian;
};

const char* codec_name(int unit, int order) {
  if (unit == 2) return order < 0 ? "utf-16-le" : order > 0 ? "utf-16-be" : "utf-16";
  return order < 0 ? "utf-32-le" : order > 0 ? "utf-32-be" : "utf-32";
}

void put_unit(std::string& out, uint32_t v, const UtfCodec& c) {
  for (int k = 0; k < c.unit; ++k) {
    int shift = c.big_endian ? 8 * (c.unit - 1 - k) : 8 * k;
    out.push_back(static_cast<char>((v >> shift) & 0xFF));
  }
}

void put_char(std::string& out, uint32_t cp, const UtfCodec& c) {
  if (c.unit == 2 && cp >= 0x10000) {
    cp -= 0x10000;
    put_unit(out, 0xD800 + (cp >> 10), c);
    put_unit(out, 0xDC00 + (cp & 0x3FF), c);
  } else {
    put_unit(out, cp, c);
  }
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// A handler's replacement character: encodable unless a surrogate.
bool put_replacement(uint32_t cp, std::string& out, const void* codec) {
  if (is_surrogate(cp)) return false;
  put_char(out, cp, *static_cast<const UtfCodec*>(codec));
  return true;
}

Result<Value> utf_encode(ThreadState& ts, CallArgs args, int unit, int fixed_order, const char* function) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "%s() argument 1 must be str, not %s", function, type_name_of(args[0]).c_str());
  Value errors;
  PY_TRY(errors_argument(ts, args, 1, function, &errors));
  int order = fixed_order;
  if (fixed_order == 0 && args.nargs > 2) {
    int64_t v = PY_TRY(index_as_ssize(ts, args[2]));
    order = v < 0 ? -1 : v > 0 ? 1 : 0;
  }
  UtfCodec codec{unit, order > 0};
  Value s = args[0];
  int64_t n = str_length(s);
  std::string out;
  out.reserve(static_cast<size_t>(n * unit + unit));
  if (order == 0) put_unit(out, 0xFEFF, codec);
  EncodeErrors ctx{codec_name(unit, order), s, errors, put_replacement, &codec, Value(), unit};
  const StrObject* so = as_str(s);
  for (int64_t i = 0; i < n;) {
    uint32_t cp = so->at(i);
    if (!is_surrogate(cp)) {
      put_char(out, cp, codec);
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (j < n && is_surrogate(so->at(j))) ++j;
    i = PY_TRY(encode_error(ts, ctx, i, j, "surrogates not allowed", out));
    so = as_str(s);
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(n)});
}

uint32_t read_unit(const uint8_t* p, const UtfCodec& c) {
  uint32_t v = 0;
  for (int k = 0; k < c.unit; ++k) {
    int shift = c.big_endian ? 8 * (c.unit - 1 - k) : 8 * k;
    v |= static_cast<uint32_t>(p[k]) << shift;
  }
  return v;
}

struct DecodeResult {
  Value str;
  int64_t consumed;
  int order;  // the byte order found in a mark, or the one given
};

// Decodes data with byte order `order` (0: look for a mark, else native).
Result<DecodeResult> utf_decode(ThreadState& ts, const uint8_t* d, int64_t n, Value errors, int unit, int order,
                                bool final) {
  int64_t pos = 0;
  if (order == 0 && n >= unit) {
    UtfCodec le{unit, false};
    uint32_t first = read_unit(d, le);
    if (first == 0xFEFF) {
      order = -1;
      pos = unit;
    } else if ((unit == 2 && first == 0xFFFE) || (unit == 4 && first == 0xFFFE0000u)) {
      order = 1;
      pos = unit;
    }
  }
  // Errors name the codec after the byte order in use (no mark: native).
  UtfCodec codec{unit, order > 0};
  DecodeErrors ctx{codec_name(unit, order > 0 ? 1 : -1), d, n, errors, Value(), Value()};
  StrBuilder out(n / unit);
  while (pos < n) {
    if (n - pos < unit) {
      if (!final) break;
      pos = PY_TRY(decode_error(ts, ctx, pos, n, "truncated data", out));
      continue;
    }
    uint32_t v = read_unit(d + pos, codec);
    if (unit == 4) {
      if (v > 0x10FFFF) {
        pos = PY_TRY(decode_error(ts, ctx, pos, pos + 4, "code point not in range(0x110000)", out));
      } else if (is_surrogate(v)) {
        pos = PY_TRY(decode_error(ts, ctx, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                                  out));
      } else {
        out.append(v);
        pos += 4;
      }
      continue;
    }
    if (!is_surrogate(v)) {
      out.append(v);
      pos += 2;
      continue;
    }
    if (v >= 0xDC00) {
      pos = PY_TRY(decode_error(ts, ctx, pos, pos + 2, "illegal encoding", out));
      continue;
    }
    if (n - pos < 4) {
      if (!final) break;
      pos = PY_TRY(decode_error(ts, ctx, pos, n, "unexpected end of data", out));
      continue;
    }
    uint32_t low = read_unit(d + pos + 2, codec);
    if (low < 0xDC00 || low > 0xDFFF) {
      pos = PY_TRY(decode_error(ts, ctx, pos, pos + 2, "illegal UTF-16 surrogate", out));
      continue;
    }
    out.append(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00));
    pos += 4;
  }
  return DecodeResult{out.finish(), pos, order};
}

Status decode_arguments(ThreadState& ts, CallArgs args, const char* function, BytesArg* data, Value* errors) {
  PY_TRY(require_bytes_like(ts, args[0], data));
  PY_TRY(errors_argument(ts, args, 1, function, errors));
  return ok_status();
}

// utf_N[_le|_be]_decode(data, errors=None, final=False) -> (str, consumed)
Result<Value> decode_function(ThreadState& ts, CallArgs args, int unit, int order, const char* function) {
  BytesArg data;
  Value errors;
  PY_TRY(decode_arguments(ts, args, function, &data, &errors));
  bool final = args.nargs > 2 ? PY_TRY(is_true(ts, args[2])) : false;
  DecodeResult r = PY_TRY(utf_decode(ts, reinterpret_cast<const uint8_t*>(data.view.data()),
                                     static_cast<int64_t>(data.view.size()), errors, unit, order, final));
  return tuple_pack({r.str, int_from_int64(r.consumed)});
}

// utf_N_ex_decode(data, errors=None, byteorder=0, final=False)
//   -> (str, consumed, byteorder found: -1, 1, or 0 when still unknown)
Result<Value> ex_decode_function(ThreadState& ts, CallArgs args, int unit, const char* function) {
  BytesArg data;
  Value errors;
  PY_TRY(decode_arguments(ts, args, function, &data, &errors));
  int order = 0;
  if (args.nargs > 2) {
    int64_t v = PY_TRY(index_as_ssize(ts, args[2]));
    order = v < 0 ? -1 : v > 0 ? 1 : 0;
  }
  bool final = args.nargs > 3 ? PY_TRY(is_true(ts, args[3])) : false;
  DecodeResult r = PY_TRY(utf_decode(ts, reinterpret_cast<const uint8_t*>(data.view.data()),
                                     static_cast<int64_t>(data.view.size()), errors, unit, order, final));
  return tuple_pack({r.str, int_from_int64(r.consumed), Value::small_int(r.order)});
}

#define UTF_FUNCTIONS(N, UNIT)                                                                                   \
  Result<Value> utf_##N##_encode(ThreadState& ts, Value, CallArgs a) {                                          \
    return utf_encode(ts, a, UNIT, 0, "utf_" #N "_encode");                                                     \
  }                                                                                                              \
  Result<Value> utf_##N##_le_encode(ThreadState& ts, Value, CallArgs a) {                                       \
    return utf_encode(ts, a, UNIT, -1, "utf_" #N "_le_encode");                                                 \
  }                                                                                                              \
  Result<Value> utf_##N##_be_encode(ThreadState& ts, Value, CallArgs a) {                                       \
    return utf_encode(ts, a, UNIT, 1, "utf_" #N "_be_encode");                                                  \
  }                                                                                                              \
  Result<Value> utf_##N##_decode(ThreadState& ts, Value, CallArgs a) {                                          \
    return decode_function(ts, a, UNIT, 0, "utf_" #N "_decode");                                                \
  }                                                                                                              \
  Result<Value> utf_##N##_le_decode(ThreadState& ts, Value, CallArgs a) {                                       \
    return decode_function(ts, a, UNIT, -1, "utf_" #N "_le_decode");                                            \
  }                                                                                                              \
  Result<Value> utf_##N##_be_decode(ThreadState& ts, Value, CallArgs a) {                                       \
    return decode_function(ts, a, UNIT, 1, "utf_" #N "_be_decode");                                             \
  }                                                                                                              \
  Result<Value> utf_##N##_ex_decode(ThreadState& ts, Value, CallArgs a) {                                       \
    return ex_decode_function(ts, a, UNIT, "utf_" #N "_ex_decode");                                             \
  }
UTF_FUNCTIONS(16, 2)
UTF_FUNCTIONS(32, 4)
#undef UTF_FUNCTIONS

const NativeMethod kFunctions[] = {
    {"utf_16_encode", utf_16_encode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_16_le_encode", utf_16_le_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"utf_16_be_encode", utf_16_be_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"utf_16_decode", utf_16_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_16_le_decode", utf_16_le_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_16_be_decode", utf_16_be_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_16_ex_decode", utf_16_ex_decode, 1, 4, kNativeNoKeywords, nullptr},
    {"utf_32_encode", utf_32_encode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_32_le_encode", utf_32_le_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"utf_32_be_encode", utf_32_be_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"utf_32_decode", utf_32_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_32_le_decode", utf_32_le_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_32_be_decode", utf_32_be_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"utf_32_ex_decode", utf_32_ex_decode, 1, 4, kNativeNoKeywords, nullptr},
};

}  // namespace

std::span<const NativeMethod> utf16_32_codec_functions() { return kFunctions; }

}  // namespace pystm
