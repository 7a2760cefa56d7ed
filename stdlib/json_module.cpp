// stdlib/json_module.cpp — the `_json` accelerator (library reference
// "json — JSON encoder and decoder"): scanstring, the decoder's string-literal
// scanner; make_scanner, the decoder's value scanner (objects, arrays,
// numbers, constants, with the decoder's hooks); and encode_basestring(_ascii),
// the encoder's string quoting. json/decoder.py, json/scanner.py and
// json/encoder.py use them when `_json` provides them; make_encoder is absent,
// so the pure-Python iterencode runs around the quoting functions.
// Must never: read past the end of the input (every index is checked against
// the length first); raise anything but json.decoder.JSONDecodeError for
// malformed input.
//
// Error messages and positions are the C accelerator's (what CPython 3.11
// runs): "Invalid control character at" (the character), "Invalid \\escape"
// (the backslash), "Invalid \\uXXXX escape" (the escape's 'u'),
// "Unterminated string starting at" (the opening quote); the scanner raises
// StopIteration(index) where no value starts (json.decoder turns it into
// "Expecting value"), "Expecting property name enclosed in double quotes",
// "Expecting ':' delimiter" and "Expecting ',' delimiter" at the character.
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/builtin_types.h"
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

// --- make_scanner -----------------------------------------------------------

// The decoder's settings, read once by make_scanner (as the accelerator does).
enum ScannerField : int64_t {
  kStrict,
  kObjectHook,
  kObjectPairsHook,
  kParseFloat,
  kParseInt,
  kParseConstant,
  kScannerFields,
};

struct Scanner {
  ThreadState& ts;
  Value doc;
  const StrObject* s;  // view of doc (immutable: stays valid while Python code runs)
  int64_t length;
  bool strict;
  Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
};

bool is_json_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int64_t skip_space(const Scanner& sc, int64_t i) {
  while (i < sc.length && is_json_space(sc.s->at(i))) ++i;
  return i;
}

bool matches(const Scanner& sc, int64_t at, std::string_view word) {
  if (at + static_cast<int64_t>(word.size()) > sc.length) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (sc.s->at(at + static_cast<int64_t>(k)) != static_cast<uint8_t>(word[k])) return false;
  return true;
}

Error stop_iteration(ThreadState& ts, int64_t at) { return raise_with_args(ts, g_exc_StopIteration, Value::small_int(at)); }

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

Result<Value> scan_value(Scanner& sc, int64_t at, int64_t* after);

// Nesting costs a level of the recursion limit, as in CPython's accelerator.
struct NestingScope {
  explicit NestingScope(ThreadState& ts) : ts_(ts) { ++ts_.recursion_depth; }
  ~NestingScope() { --ts_.recursion_depth; }
  NestingScope(const NestingScope&) = delete;
  NestingScope& operator=(const NestingScope&) = delete;
  ThreadState& ts_;
};

Status check_nesting(ThreadState& ts, const char* what) {
  char probe;
  if (ts.recursion_depth > ts.recursion_limit || reinterpret_cast<uintptr_t>(&probe) < ts.native_stack_limit)
    return raise(ts, g_exc_RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
  return ok_status();
}

// The number starting at `at` (JSON's grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?),
// or StopIteration(at) when none does.
Result<Value> scan_number(Scanner& sc, int64_t at, int64_t* after) {
  const StrObject* s = sc.s;
  int64_t i = at;
  if (s->at(i) == '-') {
    ++i;
    if (i >= sc.length) return stop_iteration(sc.ts, at);
  }
  uint32_t first = s->at(i);
  if (first >= '1' && first <= '9') {
    ++i;
    while (i < sc.length && is_digit(s->at(i))) ++i;
  } else if (first == '0') {
    ++i;
  } else {
    return stop_iteration(sc.ts, at);
  }
  bool is_float = false;
  if (i + 1 < sc.length && s->at(i) == '.' && is_digit(s->at(i + 1))) {
    is_float = true;
    i += 2;
    while (i < sc.length && is_digit(s->at(i))) ++i;
  }
  if (i + 1 < sc.length && (s->at(i) == 'e' || s->at(i) == 'E')) {
    int64_t e = i + 1;
    if (e < sc.length && (s->at(e) == '-' || s->at(e) == '+')) ++e;
    int64_t digits = e;
    while (e < sc.length && is_digit(s->at(e))) ++e;
    if (e > digits) {
      is_float = true;
      i = e;
    }
  }
  *after = i;
  Value hook = is_float ? sc.parse_float : sc.parse_int;
  TypeObject* plain = is_float ? g_float_type : g_int_type;
  if (!(hook.is_object() && static_cast<void*>(hook.as_object()) == static_cast<void*>(plain))) return call(sc.ts, hook, {str_substring(sc.doc, at, i)});
  std::string text;
  text.reserve(static_cast<size_t>(i - at));
  for (int64_t k = at; k < i; ++k) text.push_back(static_cast<char>(s->at(k)));
  return is_float ? float_from_string(sc.ts, text) : int_from_string(sc.ts, text, 10);
}

Result<Value> scan_object(Scanner& sc, int64_t at, int64_t* after) {
  ThreadState& ts = sc.ts;
  NestingScope nesting(ts);
  PY_TRY(check_nesting(ts, "object"));
  bool pairs = !sc.object_pairs_hook.is(g_none);
  Value result = pairs ? list_new() : dict_new();
  int64_t i = skip_space(sc, at);
  if (i >= sc.length || sc.s->at(i) != '}') {
    for (;;) {
      if (i >= sc.length || sc.s->at(i) != '"')
        return raise_decode_error(ts, "Expecting property name enclosed in double quotes", sc.doc, i);
      int64_t next = 0;
      Value key = PY_TRY(scan_string(ts, sc.doc, i + 1, sc.strict, &next));
      i = skip_space(sc, next);
      if (i >= sc.length || sc.s->at(i) != ':') return raise_decode_error(ts, "Expecting ':' delimiter", sc.doc, i);
      i = skip_space(sc, i + 1);
      Value value = PY_TRY(scan_value(sc, i, &next));
      if (pairs)
        list_append(result, tuple_pack({key, value}));
      else
        PY_TRY(dict_set(ts, result, key, value));
      i = skip_space(sc, next);
      if (i < sc.length && sc.s->at(i) == '}') break;
      if (i >= sc.length || sc.s->at(i) != ',') return raise_decode_error(ts, "Expecting ',' delimiter", sc.doc, i);
      i = skip_space(sc, i + 1);
    }
  }
  *after = i + 1;
  if (pairs) return call(ts, sc.object_pairs_hook, {result});
  if (!sc.object_hook.is(g_none)) return call(ts, sc.object_hook, {result});
  return result;
}

Result<Value> scan_array(Scanner& sc, int64_t at, int64_t* after) {
  ThreadState& ts = sc.ts;
  NestingScope nesting(ts);
  PY_TRY(check_nesting(ts, "array"));
  Value result = list_new();
  int64_t i = skip_space(sc, at);
  if (i >= sc.length || sc.s->at(i) != ']') {
    for (;;) {
      int64_t next = 0;
      Value value = PY_TRY(scan_value(sc, i, &next));
      list_append(result, value);
      i = skip_space(sc, next);
      if (i < sc.length && sc.s->at(i) == ']') break;
      if (i >= sc.length || sc.s->at(i) != ',') return raise_decode_error(ts, "Expecting ',' delimiter", sc.doc, i);
      i = skip_space(sc, i + 1);
    }
  }
  *after = i + 1;
  return result;
}

Result<Value> scan_constant(Scanner& sc, int64_t at, std::string_view word, int64_t* after) {
  *after = at + static_cast<int64_t>(word.size());
  return call(sc.ts, sc.parse_constant, {str_from_ascii(word)});
}

Result<Value> scan_value(Scanner& sc, int64_t at, int64_t* after) {
  if (at < 0) return raise_value_error(sc.ts, "idx cannot be negative");
  if (at >= sc.length) return stop_iteration(sc.ts, at);
  switch (sc.s->at(at)) {
    case '"':
      return scan_string(sc.ts, sc.doc, at + 1, sc.strict, after);
    case '{':
      return scan_object(sc, at + 1, after);
    case '[':
      return scan_array(sc, at + 1, after);
    case 'n':
      if (matches(sc, at, "null")) {
        *after = at + 4;
        return g_none;
      }
      break;
    case 't':
      if (matches(sc, at, "true")) {
        *after = at + 4;
        return g_true;
      }
      break;
    case 'f':
      if (matches(sc, at, "false")) {
        *after = at + 5;
        return g_false;
      }
      break;
    case 'N':
      if (matches(sc, at, "NaN")) return scan_constant(sc, at, "NaN", after);
      break;
    case 'I':
      if (matches(sc, at, "Infinity")) return scan_constant(sc, at, "Infinity", after);
      break;
    case '-':
      if (matches(sc, at, "-Infinity")) return scan_constant(sc, at, "-Infinity", after);
      break;
    default:
      break;
  }
  return scan_number(sc, at, after);
}

// The scanner make_scanner returns: scan_once(string, idx) -> (value, end).
// `self` is the tuple of the decoder's settings (ScannerField order).
Result<Value> json_scan_once(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs != 2) return raise_type_error(ts, "scan_once() takes exactly 2 arguments (%zu given)", args.nargs);
  Value doc = args[0];
  if (!is_str(doc)) return raise_type_error(ts, "first argument must be a string, not %s", type_name_of(doc).c_str());
  int64_t at = PY_TRY(index_as_ssize(ts, args[1]));
  Scanner sc{ts, doc, as_str(doc), str_length(doc), tuple_item(self, kStrict).is(g_true),
             tuple_item(self, kObjectHook), tuple_item(self, kObjectPairsHook), tuple_item(self, kParseFloat),
             tuple_item(self, kParseInt), tuple_item(self, kParseConstant)};
  int64_t after = 0;
  Value value = PY_TRY(scan_value(sc, at, &after));
  return tuple_pack({value, Value::small_int(after)});
}

const NativeMethod kScanOnce = {"scan_once", json_scan_once, 0, -1, kNativeNoKeywords, nullptr};

// make_scanner(context): reads the decoder's strict flag and hooks now.
Result<Value> json_make_scanner(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 1) return raise_type_error(ts, "make_scanner() takes exactly one argument (%zu given)", args.nargs);
  Value context = args[0];
  const char* names[] = {"strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
  Value fields[kScannerFields];
  for (int64_t f = 0; f < kScannerFields; ++f) fields[f] = PY_TRY(get_attr(ts, context, str_intern(names[f])));
  fields[kStrict] = bool_value(PY_TRY(is_true(ts, fields[kStrict])));
  Value settings = tuple_pack({fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]});
  return make_builtin_function(&kScanOnce, settings);
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
    {"make_scanner", json_make_scanner, 0, -1, kNativeNoKeywords, nullptr},
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
