// runtime/objects/str_codecs.cpp — the built-in text codecs str needs before
// a codec registry exists: UTF-8, ASCII and Latin-1, with the strict, ignore
// replace, backslashreplace, xmlcharrefreplace and surrogateescape error
// handlers (plus surrogatepass for UTF-8).
// Owns: str.encode, str(bytes, encoding) and their error messages, which
// follow CPython 3.11 ("'ascii' codec can't encode character '\xe9' in
// position 0: ordinal not in range(128)"). Must never: accept malformed UTF-8
// in strict mode (overlong forms, surrogates, code points > U+10FFFF).
#include "runtime/core/utf8.h"
#include <cstring>
#include <string>
#include <vector>

#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"

namespace pystm {

namespace {

enum class Codec { Utf8, Ascii, Latin1, UnicodeEscape };
// Unknown handler names are only an error once a character needs handling.
enum class Handler { Strict, Ignore, Replace, SurrogatePass, BackslashReplace, XmlCharRefReplace, SurrogateEscape, Unknown };

std::string normalize(std::string name) {
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_' || c == ' ') c = '-';
    out.push_back(c);
  }
  return out;
}

bool codec_from_name(const std::string& raw, Codec* out) {
  std::string e = normalize(raw);
  if (e == "utf-8" || e == "utf8" || e == "u8" || e == "utf") *out = Codec::Utf8;
  else if (e == "ascii" || e == "us-ascii" || e == "646") *out = Codec::Ascii;
  else if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1" ||
           e == "latin" || e == "8859" || e == "cp819")
    *out = Codec::Latin1;
  else if (e == "unicode-escape") *out = Codec::UnicodeEscape;
  else return false;
  return true;
}

Status parse_codec(ThreadState& ts, Value encoding, Codec* out) {
  if (encoding.is_null()) { *out = Codec::Utf8; return ok_status(); }
  std::string raw = str_to_utf8(encoding);
  if (!codec_from_name(raw, out)) return raise(ts, g_exc_LookupError, "unknown encoding: %s", raw.c_str());
  return ok_status();
}

// Encodings the converters here do not know (UTF-16, the code pages, ...)
// go through the codec registry, `_codecs.encode`/`decode`, as in CPython;
// the result must be bytes (encoding) or str (decoding).
bool needs_registry(Value encoding, bool decoding) {
  Codec codec;
  if (encoding.is_null()) return false;
  if (!codec_from_name(str_to_utf8(encoding), &codec)) return true;
  return decoding && codec == Codec::UnicodeEscape;
}

Result<Value> through_registry(ThreadState& ts, Value object, Value encoding, Value errors, bool decoding) {
  Value codecs = PY_TRY(import_module_level(ts, str_intern("_codecs"), g_none, g_none, Value::small_int(0)));
  Value fn = PY_TRY(get_attr(ts, codecs, str_intern(decoding ? "decode" : "encode")));
  Value r = PY_TRY(call(ts, fn, {object, encoding, errors.is_null() ? str_intern("strict") : errors}));
  if (decoding && !is_str(r))
    return raise_type_error(ts, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                            str_to_utf8(encoding).c_str(), type_name_of(r).c_str());
  if (!decoding && !(r.is_object() && r.as_object()->kind() == ObjectKind::Bytes))
    return raise_type_error(ts, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                            str_to_utf8(encoding).c_str(), type_name_of(r).c_str());
  return r;
}

Status parse_handler(ThreadState& ts, Value errors, Handler* out) {
  if (errors.is_null()) { *out = Handler::Strict; return ok_status(); }
  std::string h = str_to_utf8(errors);
  if (h == "strict") *out = Handler::Strict;
  else if (h == "ignore") *out = Handler::Ignore;
  else if (h == "replace") *out = Handler::Replace;
  else if (h == "surrogatepass") *out = Handler::SurrogatePass;
  else if (h == "backslashreplace") *out = Handler::BackslashReplace;
  else if (h == "xmlcharrefreplace") *out = Handler::XmlCharRefReplace;
  else if (h == "surrogateescape") *out = Handler::SurrogateEscape;
  else *out = Handler::Unknown;
  return ok_status();
}

Error unknown_handler(ThreadState& ts, Value errors) {
  return raise(ts, g_exc_LookupError, "unknown error handler name '%s'", str_to_utf8(errors).c_str());
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::UnicodeEscape: return "unicode_escape";
  }
  return "";
}

// UnicodeEncodeError/UnicodeDecodeError built through their constructor, so
// they carry encoding, object, start, end and reason like CPython's.
Error codec_error(ThreadState& ts, TypeObject* type, Codec codec, Value object, int64_t start, int64_t end,
                  const char* reason) {
  Value args = tuple_pack({str_from_ascii(codec_name(codec)), object, int_from_int64(start), int_from_int64(end),
                           str_from_ascii(reason)});
  Result<Value> exc = exception_new(ts, type, args);
  if (!exc.ok()) return kError;
  return raise_value(ts, exc.value());
}

std::string escape_char(uint32_t cp) {
  char buf[16];
  if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

// Python's unicode_escape: backslash, tab, newline and return as escapes,
// other characters outside printable ASCII as \xhh, \uhhhh or \Uhhhhhhhh.
Result<Value> encode_unicode_escape(const StrObject* so) {
  std::string out;
  out.reserve(static_cast<size_t>(so->length));
  for (int64_t i = 0; i < so->length; ++i) {
    uint32_t cp = so->at(i);
    if (cp == '\\') out += "\\\\";
    else if (cp == '\t') out += "\\t";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 || cp >= 0x7f) out += escape_char(cp);
    else out.push_back(static_cast<char>(cp));
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

}  // namespace

std::string normalize_codec_name(std::string name) { return normalize(std::move(name)); }

Result<Value> str_encode_value(ThreadState& ts, Value s, Value encoding, Value errors) {
  if (needs_registry(encoding, false)) return through_registry(ts, s, encoding, errors, false);
  Codec codec;
  Handler handler;
  PY_TRY(parse_codec(ts, encoding, &codec));
  PY_TRY(parse_handler(ts, errors, &handler));
  // Other handlers (namereplace, those registered from Python) are the
  // registry's codecs' business.
  if (handler == Handler::Unknown) return through_registry(ts, s, encoding, errors, false);
  const StrObject* so = as_str(s);
  if (codec == Codec::UnicodeEscape) return encode_unicode_escape(so);
  if (so->ascii) return bytes_from(so->data, so->length);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : (codec == Codec::Latin1 ? 0x100 : 0x110000);
  std::string out;
  out.reserve(static_cast<size_t>(so->length));
  int64_t n = so->length;
  for (int64_t i = 0; i < n; ++i) {
    uint32_t cp = so->at(i);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    bool ok = codec == Codec::Utf8 ? (!surrogate || handler == Handler::SurrogatePass) : cp < limit;
    if (ok) {
      if (codec == Codec::Utf8) append_utf8(out, cp);
      else out.push_back(static_cast<char>(cp));
      continue;
    }
    switch (handler) {
      case Handler::Ignore: break;
      case Handler::Replace: out.push_back('?'); break;
      case Handler::BackslashReplace: out += escape_char(cp); break;
      case Handler::XmlCharRefReplace: out += "&#" + std::to_string(cp) + ";"; break;
      case Handler::SurrogateEscape:
        // Lone surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xFF.
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
          out.push_back(static_cast<char>(cp - 0xDC00));
          break;
        }
        [[fallthrough]];
      case Handler::Unknown:
        if (handler == Handler::Unknown) return unknown_handler(ts, errors);
        [[fallthrough]];
      default: {
        // The run of unencodable characters starting here.
        int64_t j = i + 1;
        auto bad = [&](uint32_t c) {
          return codec == Codec::Utf8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        };
        while (j < n && bad(so->at(j))) ++j;
        const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                             : codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
        return codec_error(ts, g_exc_UnicodeEncodeError, codec, s, i, j, reason);
      }
    }
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> str_decode_bytes(ThreadState& ts, const uint8_t* d, int64_t size, Value encoding, Value errors) {
  if (needs_registry(encoding, true)) return through_registry(ts, bytes_from(d, size), encoding, errors, true);
  Codec codec;
  Handler handler;
  PY_TRY(parse_codec(ts, encoding, &codec));
  PY_TRY(parse_handler(ts, errors, &handler));
  if (codec == Codec::Latin1) return str_from_latin1(d, size);
  if (handler == Handler::Unknown) return through_registry(ts, bytes_from(d, size), encoding, errors, true);
  if (codec == Codec::UnicodeEscape)
    return raise(ts, g_exc_NotImplementedError, "decoding with 'unicode_escape' is not supported yet");
  StrBuilder b(size);
  int64_t i = 0;
  while (i < size) {
    uint8_t b0 = d[i];
    if (b0 < 0x80) { b.append(b0); ++i; continue; }
    const char* reason = nullptr;
    int64_t bad_end = i + 1;
    uint32_t cp = 0;
    int64_t len = 0;
    if (codec == Codec::Ascii) {
      reason = "ordinal not in range(128)";
    } else {
      // UTF-8 (RFC 3629): the valid second-byte range depends on the lead byte.
      uint8_t lo = 0x80, hi = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1F; }
      else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3; cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED && handler != Handler::SurrogatePass) hi = 0x9F;
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4; cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
      } else {
        reason = "invalid start byte";
      }
      if (!reason) {
        int64_t k = 1;
        for (; k < len; ++k) {
          if (i + k >= size) { reason = "unexpected end of data"; bad_end = size; break; }
          uint8_t c = d[i + k];
          uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
          if (c < l || c > h) { reason = "invalid continuation byte"; bad_end = i + k; break; }
          cp = (cp << 6) | (c & 0x3F);
        }
        if (!reason) { b.append(cp); i += len; continue; }
      }
    }
    switch (handler) {
      case Handler::Ignore: break;
      case Handler::Replace: b.append(0xFFFD); break;
      case Handler::BackslashReplace:
        for (int64_t k = i; k < bad_end; ++k) b.append_ascii(escape_char(d[k]));
        break;
      case Handler::SurrogateEscape:
        for (int64_t k = i; k < bad_end; ++k) b.append(0xDC00 + d[k]);
        break;
      case Handler::XmlCharRefReplace:
        return raise_type_error(ts, "don't know how to handle UnicodeDecodeError in error callback");
      case Handler::Unknown: return unknown_handler(ts, errors);
      default:
        return codec_error(ts, g_exc_UnicodeDecodeError, codec, bytes_from(d, size), i, bad_end, reason);
    }
    i = bad_end;
  }
  return b.finish();
}

Result<Value> str_decode_call(ThreadState& ts, const uint8_t* data, int64_t size, CallArgs a) {
  const char* names[] = {"encoding", "errors"};
  Value given[2] = {a.nargs > 0 ? a[0] : Value(), a.nargs > 1 ? a[1] : Value()};
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string k = str_to_utf8(a.kw_name(i));
    int which = k == names[0] ? 0 : (k == names[1] ? 1 : -1);
    if (which < 0) return raise_type_error(ts, "'%s' is an invalid keyword argument for decode()", k.c_str());
    if (static_cast<size_t>(which) < a.nargs)
      return raise_type_error(ts, "argument for decode() given by name ('%s') and position (%d)", k.c_str(), which + 1);
    given[which] = a.kw_value(i);
  }
  for (int i = 0; i < 2; ++i) {
    if (!given[i].is_null() && !is_str(given[i])) {
      std::string tn = given[i].is(g_none) ? "None" : type_name_of(given[i]);
      return raise_type_error(ts, "decode() argument '%s' must be str, not %s", names[i], tn.c_str());
    }
  }
  return str_decode_bytes(ts, data, size, given[0], given[1]);
}

Result<Value> str_decode_object(ThreadState& ts, Value object, Value encoding, Value errors) {
  BytesArg arg;
  if (!PY_TRY(get_bytes_like(ts, object, &arg)))
    return raise_type_error(ts, "decoding to str: need a bytes-like object, %s found", type_name_of(object).c_str());
  std::string copy(arg.view);
  return str_decode_bytes(ts, reinterpret_cast<const uint8_t*>(copy.data()), static_cast<int64_t>(copy.size()),
                          encoding, errors);
}

}  // namespace pystm
