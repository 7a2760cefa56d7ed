// stdlib/json_module.cpp — the `_json` accelerator (library reference
// "json — JSON encoder and decoder"): scanstring, the decoder's string-literal
// scanner; make_scanner, the decoder's value scanner (objects, arrays,
// numbers, constants, with the decoder's hooks); encode_basestring(_ascii),
// the encoder's string quoting; and make_encoder, the encoder's one-shot path
// (json.dumps without indent). json/decoder.py, json/scanner.py and
// json/encoder.py use them when `_json` provides them.
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
#include <cmath>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
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

// Appends `v` (a str) quoted and escaped as a JSON string literal.
void append_quoted(StrBuilder& out, Value v, bool ascii_only) {
  const StrObject* s = as_str(v);
  int64_t length = s->length;
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
}

Result<Value> encode(ThreadState& ts, CallArgs args, const char* name, bool ascii_only) {
  if (args.nargs != 1) return raise_type_error(ts, "%s() takes exactly one argument (%zu given)", name, args.nargs);
  Value v = args[0];
  if (!is_str(v)) return raise_type_error(ts, "first argument must be a string, not %s", type_name_of(v).c_str());
  StrBuilder out(str_length(v) + 2);
  append_quoted(out, v, ascii_only);
  return out.finish();
}

Result<Value> json_encode_basestring_ascii(ThreadState& ts, Value, CallArgs args) {
  return encode(ts, args, "encode_basestring_ascii", true);
}
Result<Value> json_encode_basestring(ThreadState& ts, Value, CallArgs args) {
  return encode(ts, args, "encode_basestring", false);
}

enum FunctionIndex { kScanstring, kMakeScanner, kEncodeAscii, kEncodeUnicode, kMakeEncoder };
extern const NativeMethod kFunctions[];
// --- make_encoder -----------------------------------------------------------

bool is_tuple(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }

enum EncoderField : int64_t {
  kMarkers,
  kDefault,
  kEncoder,
  kIndent,
  kKeySeparator,
  kItemSeparator,
  kSortKeys,
  kSkipKeys,
  kAllowNan,
  kEncoderFields,
};

// How string literals are quoted: one of the native functions of this module
// (no call), or any callable.
enum class Quoting { kAscii, kUnicode, kCallable };

struct Encoder {
  ThreadState& ts;
  StrBuilder out;
  bool check_circular;
  std::vector<const void*> active;  // containers being encoded (markers)
  Value default_fn, encoder, key_separator, item_separator;
  Quoting quoting;
  bool sort_keys, skip_keys, allow_nan;
};

Status append_string(Encoder& e, Value str) {
  if (e.quoting != Quoting::kCallable) {
    append_quoted(e.out, str, e.quoting == Quoting::kAscii);
    return ok_status();
  }
  Value encoded = PY_TRY(call(e.ts, e.encoder, {str}));
  if (!is_str(encoded))
    return raise_type_error(e.ts, "encoder() must return a string, not %s", type_name_of(encoded).c_str());
  e.out.append_str(encoded);
  return ok_status();
}

// repr() as the base type's own __repr__ would give it (a subclass's override
// is not used).
Result<Value> base_repr(ThreadState& ts, TypeObject* base, Value v) {
  Value repr = PY_TRY(get_attr(ts, Value::from_object(base), str_intern("__repr__")));
  Value text = PY_TRY(call(ts, repr, {v}));
  if (!is_str(text)) return raise_type_error(ts, "__repr__ returned non-string (type %s)", type_name_of(text).c_str());
  return text;
}

Status append_float(Encoder& e, Value v) {
  double d = float_value(v);
  if (!std::isfinite(d)) {
    if (!e.allow_nan) return raise_value_error(e.ts, "Out of range float values are not JSON compliant");
    e.out.append_ascii(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
    return ok_status();
  }
  if (type_of(v) == g_float_type) {
    e.out.append_ascii(float_repr(d));
    return ok_status();
  }
  e.out.append_str(PY_TRY(base_repr(e.ts, g_float_type, v)));
  return ok_status();
}

Status append_int(Encoder& e, Value v) {
  if (is_exact_int(v)) {
    e.out.append_ascii(int_to_string_base(v, 10));
    return ok_status();
  }
  e.out.append_str(PY_TRY(base_repr(e.ts, g_int_type, v)));
  return ok_status();
}

Status encode_value(Encoder& e, Value v);

// Marks `container` as being encoded for the circular-reference check.
struct ActiveScope {
  ActiveScope(Encoder& e, const void* container) : e_(e), pushed_(e.check_circular) {
    if (pushed_) e_.active.push_back(container);
  }
  ~ActiveScope() {
    if (pushed_) e_.active.pop_back();
  }
  ActiveScope(const ActiveScope&) = delete;
  ActiveScope& operator=(const ActiveScope&) = delete;
  Encoder& e_;
  bool pushed_;
};

Status enter_container(Encoder& e, Value v) {
  char probe;
  if (e.ts.recursion_depth > e.ts.recursion_limit || reinterpret_cast<uintptr_t>(&probe) < e.ts.native_stack_limit)
    return raise(e.ts, g_exc_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
  if (e.check_circular)
    for (const void* a : e.active)
      if (a == static_cast<const void*>(v.as_object())) return raise_value_error(e.ts, "Circular reference detected");
  return ok_status();
}

Status encode_sequence(Encoder& e, Value v, bool list) {
  int64_t n = list ? list_size(v) : tuple_size(v);
  if (n == 0) {
    e.out.append_ascii("[]");
    return ok_status();
  }
  PY_TRY(enter_container(e, v));
  ActiveScope active(e, v.as_object());
  e.out.append('[');
  for (int64_t i = 0; i < (list ? list_size(v) : n); ++i) {
    if (i > 0) e.out.append_str(e.item_separator);
    PY_TRY(encode_value(e, list ? list_get(v, i) : tuple_item(v, i)));
  }
  e.out.append(']');
  return ok_status();
}

// One key of a dict: appends it quoted; *skip when skipkeys drops it.
Status append_key(Encoder& e, Value key, bool* skip) {
  *skip = false;
  if (is_str(key)) return append_string(e, key);
  StrBuilder text;
  if (is_float(key)) {
    // float keys are quoted like the float's JSON text.
    StrBuilder saved = std::move(e.out);
    e.out = StrBuilder();
    Status st = append_float(e, key);
    Value spelled = e.out.finish();
    e.out = std::move(saved);
    PY_TRY(st);
    return append_string(e, spelled);
  }
  if (key.is(g_true) || key.is(g_false) || key.is(g_none))
    return append_string(e, str_from_ascii(key.is(g_true) ? "true" : key.is(g_false) ? "false" : "null"));
  if (is_int(key)) {
    if (is_exact_int(key)) return append_string(e, str_from_ascii(int_to_string_base(key, 10)));
    return append_string(e, PY_TRY(base_repr(e.ts, g_int_type, key)));
  }
  if (e.skip_keys) {
    *skip = true;
    return ok_status();
  }
  return raise_type_error(e.ts, "keys must be str, int, float, bool or None, not %s",
                          type_tp_name(type_of(key)).c_str());
}

Status encode_dict(Encoder& e, Value v) {
  if (dict_size(v) == 0) {
    e.out.append_ascii("{}");
    return ok_status();
  }
  PY_TRY(enter_container(e, v));
  ActiveScope active(e, v.as_object());
  e.out.append('{');
  bool first = true;
  auto member = [&](Value key, Value value) -> Status {
    bool skip = false;
    int64_t mark = e.out.length();
    if (!first) e.out.append_str(e.item_separator);
    PY_TRY(append_key(e, key, &skip));
    if (skip) {
      e.out.truncate(mark);
      return ok_status();
    }
    first = false;
    e.out.append_str(e.key_separator);
    return encode_value(e, value);
  };
  if (!e.sort_keys && is_exact_dict(v)) {
    int64_t pos = 0;
    Value key, value;
    while (dict_next(v, &pos, &key, &value)) PY_TRY(member(key, value));
  } else {
    Value items = PY_TRY(call_method(e.ts, v, str_intern("items"), {}));
    items = PY_TRY(sequence_to_list(e.ts, items));
    if (e.sort_keys) PY_TRY(call_method(e.ts, items, str_intern("sort"), {}));
    for (int64_t i = 0; i < list_size(items); ++i) {
      Value item = list_get(items, i);
      if (!is_tuple(item) || tuple_size(item) != 2) return raise_value_error(e.ts, "items must return 2-tuples");
      PY_TRY(member(tuple_item(item, 0), tuple_item(item, 1)));
    }
  }
  e.out.append('}');
  return ok_status();
}

Status encode_value(Encoder& e, Value v) {
  if (v.is(g_none)) {
    e.out.append_ascii("null");
    return ok_status();
  }
  if (v.is(g_true) || v.is(g_false)) {
    e.out.append_ascii(v.is(g_true) ? "true" : "false");
    return ok_status();
  }
  if (is_str(v)) return append_string(e, v);
  if (is_int(v)) return append_int(e, v);
  if (is_float(v)) return append_float(e, v);
  NestingScope nesting(e.ts);
  if (is_list(v)) return encode_sequence(e, v, true);
  if (is_tuple(v)) return encode_sequence(e, v, false);
  if (is_dict(v)) return encode_dict(e, v);
  // Anything else goes through default(), whose result is encoded instead.
  PY_TRY(enter_container(e, v));
  ActiveScope active(e, v.as_object());
  Value replacement = PY_TRY(call(e.ts, e.default_fn, {v}));
  return encode_value(e, replacement);
}

bool is_native(Value f, const NativeMethod* method) {
  return f.is_object() && f.as_object()->kind() == ObjectKind::BuiltinFunction &&
         stm::view(f.as<BuiltinFunctionObject>())->method == method;
}

// The encoder make_encoder returns: _iterencode(obj, _current_indent_level)
// -> a list holding the whole JSON text. `self` holds the settings.
Result<Value> json_iterencode(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs != 2) return raise_type_error(ts, "_iterencode() takes exactly 2 arguments (%zu given)", args.nargs);
  PY_TRY(index_as_ssize(ts, args[1]));
  Value encoder = tuple_item(self, kEncoder);
  Quoting quoting = is_native(encoder, &kFunctions[kEncodeAscii])     ? Quoting::kAscii
                    : is_native(encoder, &kFunctions[kEncodeUnicode]) ? Quoting::kUnicode
                                                                        : Quoting::kCallable;
  Encoder e{ts,
            StrBuilder(),
            !tuple_item(self, kMarkers).is(g_none),
            {},
            tuple_item(self, kDefault),
            encoder,
            tuple_item(self, kKeySeparator),
            tuple_item(self, kItemSeparator),
            quoting,
            tuple_item(self, kSortKeys).is(g_true),
            tuple_item(self, kSkipKeys).is(g_true),
            tuple_item(self, kAllowNan).is(g_true)};
  PY_TRY(encode_value(e, args[0]));
  Value chunks = list_new(1);
  list_append(chunks, e.out.finish());
  return chunks;
}

const NativeMethod kIterencode = {"_iterencode", json_iterencode, 0, -1, kNativeNoKeywords, nullptr};

// make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan)
Result<Value> json_make_encoder(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != kEncoderFields)
    return raise_type_error(ts, "make_encoder() takes exactly 9 arguments (%zu given)", args.nargs);
  if (!args[kMarkers].is(g_none) && !is_dict(args[kMarkers]))
    return raise_type_error(ts, "make_encoder() argument 1 must be dict or None, not %s",
                            type_name_of(args[kMarkers]).c_str());
  for (int64_t f : {kKeySeparator, kItemSeparator})
    if (!is_str(args[f]))
      return raise_type_error(ts, "make_encoder() argument %d must be str, not %s", static_cast<int>(f + 1),
                              type_name_of(args[f]).c_str());
  Value flags[3];
  for (int64_t f = kSortKeys; f <= kAllowNan; ++f) flags[f - kSortKeys] = bool_value(PY_TRY(is_true(ts, args[f])));
  Value settings = tuple_pack({args[kMarkers], args[kDefault], args[kEncoder], args[kIndent], args[kKeySeparator],
                               args[kItemSeparator], flags[0], flags[1], flags[2]});
  return make_builtin_function(&kIterencode, settings);
}

const NativeMethod kFunctions[] = {
    {"scanstring", json_scanstring, 0, -1, kNativeNoKeywords, nullptr},
    {"make_scanner", json_make_scanner, 0, -1, kNativeNoKeywords, nullptr},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0, -1, kNativeNoKeywords, nullptr},
    {"encode_basestring", json_encode_basestring, 0, -1, kNativeNoKeywords, nullptr},
    {"make_encoder", json_make_encoder, 0, -1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_json_module(ThreadState&) {
  Value module = module_new(str_intern("_json"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
