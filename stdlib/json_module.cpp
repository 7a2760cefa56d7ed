// stdlib/json_module.cpp — the `_json` accelerator's string functions
// (library reference "json — JSON encoder and decoder"): scanstring, the
// decoder's string-literal scanner, and encode_basestring(_ascii), the
// encoder's string quoting. json/decoder.py and json/encoder.py use them
// when `_json` provides them; make_scanner and make_encoder are absent, so the
// pure-Python scanner and iterencode run around them.
// Must never: read past the end of the input (every index is checked against
// the length first); raise anything but json.decoder.JSONDecodeError for
// malformed input.
//
// Error messages and positions are the C accelerator's (what CPython 3.11
// runs): "Invalid control character at" (the character), "Invalid \\escape"
// (the backslash), "Invalid \\uXXXX escape" (the escape's 'u'),
// "Unterminated string starting at" (the opening quote).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

// Raises json.decoder.JSONDecodeError(message, doc, pos).
Error raise_decode_error(ThreadState& ts, const char* message, Value doc, int64_t pos) {
  Value module = PY_TRY(import_absolute_name(ts, "json.decoder"));
  Value type = PY_TRY(get_attr(ts, module, str_intern("JSONDecodeError")));
  Value exc = PY_TRY(call(ts, type, {str_from_ascii(message), doc, Value::small_int(pos)}));
  return raise_value(ts, exc);
}

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// The four hex digits at [at, at + 4) (the caller checked they exist), or -1.
int64_t scan_hex4(const StrObject* s, int64_t at) {
  int64_t value = 0;
  for (int64_t i = at; i < at + 4; ++i) {
    int digit = hex_value(s->at(i));
    if (digit < 0) return -1;
    value = value << 4 | digit;
  }
  return value;
}

// Scans the JSON string literal whose opening quote is at end - 1; returns
// the decoded str and sets *after to the index past the closing quote.
Result<Value> scan_string(ThreadState& ts, Value doc, int64_t end, bool strict, int64_t* after) {
  const StrObject* s = as_str(doc);
  int64_t length = s->length;
  int64_t begin = end - 1;
  StrBuilder out;
  int64_t next = end;
  for (;;) {
    // A run of plain characters up to a quote or a backslash.
    int64_t run = next;
    uint32_t c = 0;
    for (; next < length; ++next) {
      c = s->at(next);
      if (c == '"' || c == '\\') break;
      if (c <= 0x1f && strict) return raise_decode_error(ts, "Invalid control character at", doc, next);
    }
    if (next >= length) return raise_decode_error(ts, "Unterminated string starting at", doc, begin);
    if (next > run) out.append_str(doc, run, next);
    if (c == '"') {
      *after = next + 1;
      return out.finish();
    }
    // A backslash at `next`.
    ++next;
    if (next >= length) return raise_decode_error(ts, "Unterminated string starting at", doc, begin);
    c = s->at(next);
    if (c != 'u') {
      uint32_t decoded;
      switch (c) {
        case '"': case '\\': case '/': decoded = c; break;
        case 'b': decoded = '\b'; break;
        case 'f': decoded = '\f'; break;
        case 'n': decoded = '\n'; break;
        case 'r': decoded = '\r'; break;
        case 't': decoded = '\t'; break;
        default: return raise_decode_error(ts, "Invalid \\escape", doc, next - 1);
      }
      out.append(decoded);
      ++next;
      continue;
    }
    // \uXXXX, possibly the high half of a surrogate pair followed by the low.
    int64_t digits = next + 1;
    if (digits + 4 >= length) return raise_decode_error(ts, "Invalid \\uXXXX escape", doc, next);
    int64_t cp = scan_hex4(s, digits);
    if (cp < 0) return raise_decode_error(ts, "Invalid \\uXXXX escape", doc, next);
    next = digits + 4;
    if (cp >= 0xD800 && cp <= 0xDBFF && next + 6 < length && s->at(next) == '\\' && s->at(next + 1) == 'u') {
      int64_t low = scan_hex4(s, next + 2);
      if (low < 0) return raise_decode_error(ts, "Invalid \\uXXXX escape", doc, next + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10 | (low - 0xDC00));
        next += 6;
      }
    }
    out.append(static_cast<uint32_t>(cp));
  }
}

// scanstring(string, end, strict=True) -> (str, end)
Result<Value> json_scanstring(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 2 || args.nargs > 3)
    return raise_type_error(ts, "scanstring() takes %s (%zu given)",
                            args.nargs < 2 ? "at least 2 arguments" : "at most 3 arguments", args.nargs);
  Value doc = args[0];
  if (!is_str(doc))
    return raise_type_error(ts, "first argument must be a string, not %s", type_name_of(doc).c_str());
  int64_t end = PY_TRY(index_as_ssize(ts, args[1]));
  bool strict = args.nargs < 3 || PY_TRY(is_true(ts, args[2]));
  if (end < 0 || end > str_length(doc)) return raise_value_error(ts, "end is out of bounds");
  int64_t after = 0;
  Value decoded = PY_TRY(scan_string(ts, doc, end, strict, &after));
  return tuple_pack({decoded, Value::small_int(after)});
}

void append_u_escape(StrBuilder& out, uint32_t unit) {
  static const char kHex[] = "0123456789abcdef";
  out.append('\\');
  out.append('u');
  for (int shift = 12; shift >= 0; shift -= 4) out.append(static_cast<uint8_t>(kHex[(unit >> shift) & 0xF]));
}

// Appends the escape of `c` if JSON needs one whatever the output's charset;
// false when `c` may stand for itself.
bool append_common_escape(StrBuilder& out, uint32_t c) {
  const char* two = nullptr;
  switch (c) {
    case '"': two = "\\\""; break;
    case '\\': two = "\\\\"; break;
    case '\b': two = "\\b"; break;
    case '\f': two = "\\f"; break;
    case '\n': two = "\\n"; break;
    case '\r': two = "\\r"; break;
    case '\t': two = "\\t"; break;
    default:
      if (c >= 0x20) return false;
      append_u_escape(out, c);
      return true;
  }
  out.append_ascii(two);
  return true;
}

Result<Value> encode(ThreadState& ts, CallArgs args, const char* name, bool ascii_only) {
  if (args.nargs != 1) return raise_type_error(ts, "%s() takes exactly one argument (%zu given)", name, args.nargs);
  Value v = args[0];
  if (!is_str(v)) return raise_type_error(ts, "first argument must be a string, not %s", type_name_of(v).c_str());
  const StrObject* s = as_str(v);
  int64_t length = s->length;
  StrBuilder out(length + 2);
  out.append('"');
  int64_t run = 0;  // plain characters since `run` are copied in one piece
  for (int64_t i = 0; i < length; ++i) {
    uint32_t c = s->at(i);
    bool plain = c >= 0x20 && c != '"' && c != '\\' && (!ascii_only || c < 0x7F);
    if (plain) continue;
    if (i > run) out.append_str(v, run, i);
    run = i + 1;
    if (append_common_escape(out, c)) continue;
    // Only ASCII-only output gets here: c >= 0x7F.
    if (c >= 0x10000) {
      uint32_t n = c - 0x10000;
      append_u_escape(out, 0xD800 | ((n >> 10) & 0x3FF));
      append_u_escape(out, 0xDC00 | (n & 0x3FF));
    } else {
      append_u_escape(out, c);
    }
  }
  if (length > run) out.append_str(v, run, length);
  out.append('"');
  return out.finish();
}

Result<Value> json_encode_basestring_ascii(ThreadState& ts, Value, CallArgs args) {
  return encode(ts, args, "encode_basestring_ascii", true);
}
Result<Value> json_encode_basestring(ThreadState& ts, Value, CallArgs args) {
  return encode(ts, args, "encode_basestring", false);
}

const NativeMethod kFunctions[] = {
    {"scanstring", json_scanstring, 0, -1, kNativeNoKeywords, nullptr},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0, -1, kNativeNoKeywords, nullptr},
    {"encode_basestring", json_encode_basestring, 0, -1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_json_module(ThreadState&) {
  Value module = module_new(str_intern("_json"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
