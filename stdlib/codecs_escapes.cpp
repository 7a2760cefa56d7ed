// stdlib/codecs_escapes.cpp — `_codecs`' escape codecs: unicode_escape,
// raw_unicode_escape (str <-> bytes) and escape_encode/escape_decode (bytes
// <-> bytes, what pickle's protocol 0 strings use).
// Owns: the escape grammars (CPython's: \x, \u, \U, \N{...}, octal, the
// one-letter escapes; unknown escapes kept as they are), keeping an
// incomplete escape for the next call when not final, and their errors.
// Must never: read past the input.
#include "stdlib/codecs_escapes.h"

#include <cstdio>

#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "stdlib/codec_errors.h"

namespace pystm {

namespace {

int hex_value(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code point one-letter escape `c` stands for, or -1.
int simple_escape(uint8_t c) {
  switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'b': return '\b';
    case 'f': return '\f';
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return -1;
  }
}

Result<Value> lookup_character_name(ThreadState& ts, std::string_view name) {
  Value ucd = PY_TRY(import_module_level(ts, str_intern("unicodedata"), g_none, g_none, Value::small_int(0)));
  Value lookup = PY_TRY(get_attr(ts, ucd, str_intern("lookup")));
  Result<Value> r = call(ts, lookup, {str_from_utf8(name)});
  if (r.is_error()) {
    if (!pending_exception_matches(ts, g_exc_KeyError)) return kError;
    clear_pending_exception(ts);
    return Value::absent();
  }
  return r;
}

// The arguments of an escape decoder: (data, errors=None, final=True); data
// may be str (its UTF-8) or bytes-like.
struct EscapeInput {
  BytesArg data;
  Value errors;
  bool final = true;
  const uint8_t* bytes() const { return reinterpret_cast<const uint8_t*>(data.view.data()); }
  int64_t size() const { return static_cast<int64_t>(data.view.size()); }
};

Status read_escape_input(ThreadState& ts, CallArgs args, const char* function, EscapeInput* in) {
  if (is_str(args[0])) {
    in->data.owned = str_to_utf8(args[0]);
    in->data.view = in->data.owned;
  } else {
    PY_TRY(require_bytes_like(ts, args[0], &in->data));
  }
  PY_TRY(errors_argument(ts, args, 1, function, &in->errors));
  if (args.nargs > 2) in->final = PY_TRY(is_true(ts, args[2]));
  return ok_status();
}

// Reads up to `digits` hex digits at *pos into *v; how many there were.
int read_hex(const uint8_t* d, int64_t n, int64_t* pos, int digits, uint32_t* v) {
  int k = 0;
  for (*v = 0; k < digits && *pos < n && hex_value(d[*pos]) >= 0; ++k)
    *v = *v * 16 + static_cast<uint32_t>(hex_value(d[(*pos)++]));
  return k;
}

// unicode_escape_decode(data, errors=None, final=True) -> (str, consumed)
Result<Value> unicode_escape_decode(ThreadState& ts, Value, CallArgs args) {
  EscapeInput in;
  PY_TRY(read_escape_input(ts, args, "unicode_escape_decode", &in));
  const uint8_t* d = in.bytes();
  int64_t n = in.size();
  bool final = in.final;
  DecodeErrors ctx{"unicodeescape", d, n, in.errors, Value(), Value()};
  StrBuilder out(n);
  int64_t pos = 0;
  while (pos < n) {
    if (d[pos] != '\\') {
      out.append(d[pos++]);
      continue;
    }
    int64_t start = pos;
    if (pos + 1 >= n) {
      if (!final) break;
      pos = PY_TRY(decode_error(ts, ctx, start, n, "\\ at end of string", out));
      continue;
    }
    uint8_t c = d[pos + 1];
    pos += 2;
    if (c == '\n') continue;
    if (int e = simple_escape(c); e >= 0) {
      out.append(static_cast<uint32_t>(e));
      continue;
    }
    if (c >= '0' && c <= '7') {
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && pos < n && d[pos] >= '0' && d[pos] <= '7'; ++k) v = v * 8 + (d[pos++] - '0');
      out.append(v);
      continue;
    }
    if (c == 'x' || c == 'u' || c == 'U') {
      int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      const char* reason = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                       : "truncated \\UXXXXXXXX escape";
      uint32_t v = 0;
      if (read_hex(d, n, &pos, digits, &v) < digits) {
        if (pos >= n && !final) {
          pos = start;
          break;
        }
        pos = PY_TRY(decode_error(ts, ctx, start, pos, reason, out));
        continue;
      }
      if (v > 0x10FFFF) {
        pos = PY_TRY(decode_error(ts, ctx, start, pos, "illegal Unicode character", out));
        continue;
      }
      out.append(v);
      continue;
    }
    if (c == 'N') {
      int64_t close = -1;
      if (pos < n && d[pos] == '{')
        for (int64_t k = pos + 1; k < n; ++k)
          if (d[k] == '}') {
            close = k;
            break;
          }
      if (close < 0 || close == pos + 1) {
        if (close < 0 && !final) {
          pos = start;
          break;
        }
        pos = PY_TRY(decode_error(ts, ctx, start, close < 0 ? n : close + 1, "malformed \\N character escape", out));
        continue;
      }
      Value ch = PY_TRY(lookup_character_name(
          ts, std::string_view(reinterpret_cast<const char*>(d + pos + 1), static_cast<size_t>(close - pos - 1))));
      if (ch.is_absent()) {
        pos = PY_TRY(decode_error(ts, ctx, start, close + 1, "unknown Unicode character name", out));
        continue;
      }
      out.append_str(ch);
      pos = close + 1;
      continue;
    }
    // An unknown escape stays as it is.
    out.append('\\');
    out.append(c);
  }
  return tuple_pack({out.finish(), int_from_int64(pos)});
}

Result<Value> unicode_escape_encode(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "unicode_escape_encode() argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  Value b = PY_TRY(str_encode_value(ts, args[0], str_intern("unicode_escape"), Value()));
  return tuple_pack({b, int_from_int64(str_length(args[0]))});
}

// raw_unicode_escape_decode(data, errors=None, final=True): only \u and \U
// after an odd number of backslashes are escapes.
Result<Value> raw_unicode_escape_decode(ThreadState& ts, Value, CallArgs args) {
  EscapeInput in;
  PY_TRY(read_escape_input(ts, args, "raw_unicode_escape_decode", &in));
  const uint8_t* d = in.bytes();
  int64_t n = in.size();
  bool final = in.final;
  DecodeErrors ctx{"rawunicodeescape", d, n, in.errors, Value(), Value()};
  StrBuilder out(n);
  int64_t pos = 0;
  while (pos < n) {
    if (d[pos] != '\\') {
      out.append(d[pos++]);
      continue;
    }
    int64_t run = pos;
    while (pos < n && d[pos] == '\\') out.append(d[pos++]);
    if (((pos - run) & 1) == 0 || pos >= n || (d[pos] != 'u' && d[pos] != 'U')) {
      if (pos >= n && !final && ((pos - run) & 1) == 1) {
        out.truncate(out.length() - 1);
        pos -= 1;
        break;
      }
      continue;
    }
    out.truncate(out.length() - 1);
    int64_t start = pos - 1;
    int digits = d[pos] == 'u' ? 4 : 8;
    ++pos;
    uint32_t v = 0;
    if (read_hex(d, n, &pos, digits, &v) < digits) {
      if (pos >= n && !final) {
        pos = start;
        break;
      }
      pos = PY_TRY(decode_error(ts, ctx, start, pos,
                                digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", out));
      continue;
    }
    if (v > 0x10FFFF) {
      pos = PY_TRY(decode_error(ts, ctx, start, pos, "\\Uxxxxxxxx out of range", out));
      continue;
    }
    out.append(v);
  }
  return tuple_pack({out.finish(), int_from_int64(pos)});
}

Result<Value> raw_unicode_escape_encode(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "raw_unicode_escape_encode() argument 1 must be str, not %s",
                            type_name_of(args[0]).c_str());
  Value unused_errors;
  PY_TRY(errors_argument(ts, args, 1, "raw_unicode_escape_encode", &unused_errors));
  const StrObject* s = as_str(args[0]);
  std::string out;
  char buf[16];
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t cp = s->at(i);
    if (cp < 0x100) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    std::snprintf(buf, sizeof buf, cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
    out += buf;
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(s->length)});
}

// escape_decode(data, errors=None) -> (bytes, consumed)
Result<Value> escape_decode(ThreadState& ts, Value, CallArgs args) {
  EscapeInput in;
  PY_TRY(read_escape_input(ts, args, "escape_decode", &in));
  std::string mode = in.errors.is_null() ? "strict" : str_to_utf8(in.errors);
  const uint8_t* d = in.bytes();
  int64_t n = in.size();
  std::string out;
  for (int64_t pos = 0; pos < n;) {
    if (d[pos] != '\\') {
      out.push_back(static_cast<char>(d[pos++]));
      continue;
    }
    int64_t start = pos++;
    if (pos >= n) return raise_value_error(ts, "Trailing \\ in string");
    uint8_t c = d[pos++];
    if (c == '\n') continue;
    if (int e = simple_escape(c); e >= 0) {
      out.push_back(static_cast<char>(e));
    } else if (c >= '0' && c <= '7') {
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && pos < n && d[pos] >= '0' && d[pos] <= '7'; ++k) v = v * 8 + (d[pos++] - '0');
      out.push_back(static_cast<char>(v & 0xFF));
    } else if (c == 'x') {
      if (pos + 1 < n && hex_value(d[pos]) >= 0 && hex_value(d[pos + 1]) >= 0) {
        out.push_back(static_cast<char>(hex_value(d[pos]) * 16 + hex_value(d[pos + 1])));
        pos += 2;
      } else if (mode == "strict") {
        return raise_value_error(ts, "invalid \\x escape at position %lld", static_cast<long long>(start));
      } else if (mode == "replace") {
        out.push_back('?');
      } else if (mode != "ignore") {
        return raise_value_error(ts, "decoding error; unknown error handling code: %s", mode.c_str());
      }
    } else {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    }
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(n)});
}

// escape_encode(bytes, errors=None) -> (bytes, length): repr's escapes, no quotes.
Result<Value> escape_encode(ThreadState& ts, Value, CallArgs args) {
  if (!is_instance_of(args[0], g_bytes_type))
    return raise_type_error(ts, "escape_encode() argument 1 must be bytes, not %s", type_name_of(args[0]).c_str());
  Value unused_errors;
  PY_TRY(errors_argument(ts, args, 1, "escape_encode", &unused_errors));
  const uint8_t* d = bytes_data(args[0]);
  int64_t n = bytes_size(args[0]);
  std::string out;
  char buf[8];
  for (int64_t i = 0; i < n; ++i) {
    uint8_t c = d[i];
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return tuple_pack({bytes_from(out.data(), static_cast<int64_t>(out.size())), int_from_int64(n)});
}

const NativeMethod kFunctions[] = {
    {"unicode_escape_decode", unicode_escape_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"unicode_escape_encode", unicode_escape_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"raw_unicode_escape_decode", raw_unicode_escape_decode, 1, 3, kNativeNoKeywords, nullptr},
    {"raw_unicode_escape_encode", raw_unicode_escape_encode, 1, 2, kNativeNoKeywords, nullptr},
    {"escape_decode", escape_decode, 1, 2, kNativeNoKeywords, nullptr},
    {"escape_encode", escape_encode, 1, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

std::span<const NativeMethod> escape_codec_functions() { return kFunctions; }

}  // namespace pystm
