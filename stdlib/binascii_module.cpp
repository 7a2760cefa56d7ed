// stdlib/binascii_module.cpp — the `binascii` module (library reference
// "binascii — Convert between binary and ASCII"): base64 (with strict mode),
// hex (with separators), quoted-printable, uuencode, crc32 and crc_hqx, and
// the Error/Incomplete exceptions; what base64, quopri, uu, email and
// zipfile need.
// Owns: nothing but the two exception classes; every function maps bytes to
// new bytes.
// Must never: read past its input (every decoder checks the index first).
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_support.h"

namespace pystm {

namespace {

Value g_error;       // binascii.Error (a ValueError)
Value g_incomplete;  // binascii.Incomplete

template <typename... Args>
Error binascii_error(ThreadState& ts, const char* format, Args... args) {
  return raise_formatted(ts, g_error, format, args...);
}

Value bytes_of(const std::string& s) { return bytes_from(s.data(), static_cast<int64_t>(s.size())); }

// The input of an a2b_* function: bytes-like, or a str of ASCII characters.
Status ascii_input(ThreadState& ts, Value v, BytesArg* out) {
  if (is_str(v)) {
    out->owned = str_to_utf8(v);
    for (unsigned char c : out->owned)
      if (c >= 0x80) return raise_value_error(ts, "string argument should contain only ASCII characters");
    out->view = out->owned;
    return ok_status();
  }
  if (!PY_TRY(get_bytes_like(ts, v, out)))
    return raise_type_error(ts, "argument should be bytes, buffer or ASCII string, not '%s'", type_name_of(v).c_str());
  return ok_status();
}

// A bool keyword/positional option (any object's truth).
Result<bool> flag(ThreadState& ts, Value v, bool dflt) {
  if (v.is_null()) return dflt;
  return is_true(ts, v);
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const char kHexUpper[] = "0123456789ABCDEF";
const char kHexLower[] = "0123456789abcdef";

// -- base64 ------------------------------------------------------------------

Result<Value> a2b_base64(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "a2b_base64", args, {"strict_mode"}));
  bool strict = PY_TRY(flag(ts, keyword_arg(args, "strict_mode"), false));
  BytesArg in;
  PY_TRY(ascii_input(ts, args[0], &in));
  std::string_view s = in.view;
  std::string out;
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool padding = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '=') {
      padding = true;
      if (strict && i == 0) return binascii_error(ts, "Leading padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < s.size()) return binascii_error(ts, "Excess data after padding");
        return bytes_of(out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return binascii_error(ts, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding) return binascii_error(ts, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: left = static_cast<unsigned>(v); quad = 1; break;
      case 1: out += static_cast<char>((left << 2) | (v >> 4)); left = v & 0x0f; quad = 2; break;
      case 2: out += static_cast<char>((left << 4) | (v >> 2)); left = v & 0x03; quad = 3; break;
      default: out += static_cast<char>((left << 6) | v); left = 0; quad = 0; break;
    }
  }
  if (quad == 1)
    return binascii_error(ts,
                          "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a "
                          "multiple of 4",
                          out.size() / 3 * 4 + 1);
  if (quad != 0) return binascii_error(ts, "Incorrect padding");
  return bytes_of(out);
}

Result<Value> b2a_base64(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "b2a_base64", args, {"newline"}));
  bool newline = PY_TRY(flag(ts, keyword_arg(args, "newline"), true));
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  const auto* p = reinterpret_cast<const unsigned char*>(in.view.data());
  size_t n = in.view.size();
  std::string out;
  out.reserve((n + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    unsigned v = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (n - i == 1) {
    out += kB64[p[i] >> 2];
    out += kB64[(p[i] & 3) << 4];
    out += "==";
  } else if (n - i == 2) {
    unsigned v = (p[i] << 8) | p[i + 1];
    out += kB64[v >> 10];
    out += kB64[(v >> 4) & 63];
    out += kB64[(v & 15) << 2];
    out += '=';
  }
  if (newline) out += '\n';
  return bytes_of(out);
}

// -- hex ---------------------------------------------------------------------

Result<Value> b2a_hex(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "b2a_hex", args, {"data", "sep", "bytes_per_sep"}));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "data");
  Value sep = args.nargs > 1 ? args[1] : keyword_arg(args, "sep");
  Value per = args.nargs > 2 ? args[2] : keyword_arg(args, "bytes_per_sep");
  if (data.is_null()) return raise_type_error(ts, "b2a_hex() missing required argument 'data' (pos 1)");
  BytesArg in;
  PY_TRY(require_bytes_like(ts, data, &in));
  char sep_char = 0;
  if (!sep.is_null()) {
    std::string text;
    if (is_str(sep)) {
      if (str_length(sep) != 1) return raise_value_error(ts, "sep must be length 1.");
      text = std::string(1, static_cast<char>(str_char_at(sep, 0) & 0xff));
    } else {
      if (PY_TRY(length(ts, sep)) != 1) return raise_value_error(ts, "sep must be length 1.");
      BytesArg sb;
      if (!PY_TRY(get_bytes_like(ts, sep, &sb))) return raise_type_error(ts, "sep must be str or bytes.");
      text = std::string(sb.view);
    }
    sep_char = text[0];
  }
  int64_t group = per.is_null() ? 1 : PY_TRY(index_as_ssize(ts, per));
  size_t n = in.view.size();
  std::string out;
  out.reserve(n * 3);
  uint64_t every = group < 0 ? static_cast<uint64_t>(-group) : static_cast<uint64_t>(group);
  for (size_t i = 0; i < n; ++i) {
    if (sep.is_null() == false && every != 0 && i > 0) {
      // Groups are counted from the right for a positive count, from the
      // left for a negative one.
      bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (boundary) out += sep_char;
    }
    unsigned char c = static_cast<unsigned char>(in.view[i]);
    out += kHexLower[c >> 4];
    out += kHexLower[c & 15];
  }
  return bytes_of(out);
}

Result<Value> a2b_hex(ThreadState& ts, Value, CallArgs args) {
  BytesArg in;
  PY_TRY(ascii_input(ts, args[0], &in));
  std::string_view s = in.view;
  if (s.size() % 2) return binascii_error(ts, "Odd-length string");
  std::string out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = hex_value(static_cast<unsigned char>(s[i])), lo = hex_value(static_cast<unsigned char>(s[i + 1]));
    if (hi < 0 || lo < 0) return binascii_error(ts, "Non-hexadecimal digit found");
    out += static_cast<char>(hi * 16 + lo);
  }
  return bytes_of(out);
}

// -- quoted-printable ----------------------------------------------------------

Result<Value> a2b_qp(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "a2b_qp", args, {"data", "header"}));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "data");
  if (data.is_null()) return raise_type_error(ts, "a2b_qp() missing required argument 'data' (pos 1)");
  bool header = PY_TRY(flag(ts, args.nargs > 1 ? args[1] : keyword_arg(args, "header"), false));
  BytesArg in;
  PY_TRY(ascii_input(ts, data, &in));
  std::string_view s = in.view;
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '=') {
      if (++i >= s.size()) break;
      if (s[i] == '\n' || s[i] == '\r') {  // soft line break: skip to after the newline
        while (i < s.size() && s[i] != '\n') ++i;
        if (i < s.size()) ++i;
      } else if (s[i] == '=') {
        out += '=';
        ++i;
      } else if (i + 1 < s.size() && hex_value(static_cast<unsigned char>(s[i])) >= 0 &&
                 hex_value(static_cast<unsigned char>(s[i + 1])) >= 0) {
        out += static_cast<char>(hex_value(static_cast<unsigned char>(s[i])) * 16 +
                                 hex_value(static_cast<unsigned char>(s[i + 1])));
        i += 2;
      } else {
        out += '=';
      }
    } else if (header && c == '_') {
      out += ' ';
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return bytes_of(out);
}

Result<Value> b2a_qp(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "b2a_qp", args, {"data", "quotetabs", "istext", "header"}));
  Value data = args.nargs > 0 ? args[0] : keyword_arg(args, "data");
  if (data.is_null()) return raise_type_error(ts, "b2a_qp() missing required argument 'data' (pos 1)");
  bool quotetabs = PY_TRY(flag(ts, args.nargs > 1 ? args[1] : keyword_arg(args, "quotetabs"), false));
  bool istext = PY_TRY(flag(ts, args.nargs > 2 ? args[2] : keyword_arg(args, "istext"), true));
  bool header = PY_TRY(flag(ts, args.nargs > 3 ? args[3] : keyword_arg(args, "header"), false));
  BytesArg in;
  PY_TRY(require_bytes_like(ts, data, &in));
  std::string_view s = in.view;
  constexpr int kMaxLine = 76;
  size_t nl = s.find('\n');
  bool crlf = nl != std::string_view::npos && nl > 0 && s[nl - 1] == '\r';
  const char* eol = crlf ? "\r\n" : "\n";
  std::string out;
  int linelen = 0;
  size_t i = 0;
  auto escape = [&](unsigned char c) {
    out += '=';
    out += kHexUpper[c >> 4];
    out += kHexUpper[c & 15];
  };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool last = i + 1 == s.size();
    unsigned char next = last ? 0 : static_cast<unsigned char>(s[i + 1]);
    bool must_escape = c > 126 || c == '=' || (header && c == '_') ||
                       (c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
                       (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                       (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (must_escape) {
      if (linelen + 3 >= kMaxLine) {
        out += '=';
        out += eol;
        linelen = 0;
      }
      escape(c);
      linelen += 3;
      ++i;
    } else if (istext && (c == '\n' || (!last && c == '\r' && next == '\n'))) {
      linelen = 0;
      // Whitespace before a line end is escaped so that it survives transport.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        unsigned char ws = static_cast<unsigned char>(out.back());
        out.pop_back();
        escape(ws);
      }
      out += eol;
      i += c == '\r' ? 2 : 1;
    } else {
      if (!last && next != '\n' && linelen + 1 >= kMaxLine) {
        out += '=';
        out += eol;
        linelen = 0;
      }
      ++linelen;
      out += (header && c == ' ') ? '_' : static_cast<char>(c);
      ++i;
    }
  }
  return bytes_of(out);
}

// -- uuencode ----------------------------------------------------------------

Result<Value> a2b_uu(ThreadState& ts, Value, CallArgs args) {
  BytesArg in;
  PY_TRY(ascii_input(ts, args[0], &in));
  std::string_view s = in.view;
  // An empty line reads as a NUL length byte, like the C string it once was.
  size_t want = (static_cast<unsigned>(s.empty() ? 0 : static_cast<unsigned char>(s[0])) - ' ') & 077;
  size_t i = s.empty() ? 0 : 1;
  std::string out;
  unsigned left = 0;
  int bits = 0;
  while (out.size() < want) {
    unsigned c = 0;
    if (i < s.size() && s[i] != '\n' && s[i] != '\r') {
      unsigned char ch = static_cast<unsigned char>(s[i]);
      if (ch < ' ' || ch > ' ' + 64) return binascii_error(ts, "Illegal char");
      c = (ch - ' ') & 077;
    }
    ++i;
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((left >> bits) & 0xff);
      left &= (1u << bits) - 1;
    }
  }
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') return binascii_error(ts, "Trailing garbage");
  }
  return bytes_of(out);
}

Result<Value> b2a_uu(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "b2a_uu", args, {"backtick"}));
  bool backtick = PY_TRY(flag(ts, keyword_arg(args, "backtick"), false));
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  size_t n = in.view.size();
  if (n > 45) return binascii_error(ts, "At most 45 bytes at once");
  auto put = [&](std::string& out, unsigned v) { out += (backtick && v == 0) ? '`' : static_cast<char>(' ' + v); };
  std::string out;
  put(out, static_cast<unsigned>(n));
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = 0;
    for (size_t k = 0; k < 3; ++k) v = (v << 8) | (i + k < n ? static_cast<unsigned char>(in.view[i + k]) : 0);
    for (int shift = 18; shift >= 0; shift -= 6) put(out, (v >> shift) & 63);
  }
  out += '\n';
  return bytes_of(out);
}

// -- checksums ---------------------------------------------------------------

Result<Value> m_crc32(ThreadState& ts, Value, CallArgs args) {
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  uint32_t crc = args.nargs > 1 ? PY_TRY(masked_uint32(ts, args[1])) : 0;
  return int_from_uint64(checksum_crc32(crc, in.view.data(), in.view.size()));
}

Result<Value> m_crc_hqx(ThreadState& ts, Value, CallArgs args) {
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  uint32_t crc = PY_TRY(masked_uint32(ts, args[1])) & 0xffff;
  for (unsigned char c : in.view) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return Value::small_int(crc);
}

const NativeMethod kFunctions[] = {
    {"a2b_base64", a2b_base64, 1, 1, 0, nullptr},
    {"b2a_base64", b2a_base64, 1, 1, 0, nullptr},
    {"a2b_hex", a2b_hex, 1, 1, kNativeNoKeywords, nullptr},
    {"unhexlify", a2b_hex, 1, 1, kNativeNoKeywords, nullptr},
    {"b2a_hex", b2a_hex, 0, 3, 0, nullptr},
    {"hexlify", b2a_hex, 0, 3, 0, nullptr},
    {"a2b_qp", a2b_qp, 0, 2, 0, nullptr},
    {"b2a_qp", b2a_qp, 0, 4, 0, nullptr},
    {"a2b_uu", a2b_uu, 1, 1, kNativeNoKeywords, nullptr},
    {"b2a_uu", b2a_uu, 1, 1, 0, nullptr},
    {"crc32", m_crc32, 1, 2, kNativeNoKeywords, nullptr},
    {"crc_hqx", m_crc_hqx, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_binascii_module(ThreadState& ts) {
  if (g_error.is_null()) {
    g_error = PY_TRY(new_exception_class(ts, "binascii", "Error", g_exc_ValueError));
    add_global_root(&g_error);
    g_incomplete = PY_TRY(new_exception_class(ts, "binascii", "Incomplete", g_exc_Exception));
    add_global_root(&g_incomplete);
  }
  Value module = module_new(str_intern("binascii"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "Error", g_error);
  module_set(module, "Incomplete", g_incomplete);
  return module;
}

}  // namespace pystm
