// runtime/objects/str_format.cpp — printf-style `%` formatting and
// str.format / str.format_map.
// Owns: the two format-string parsers, argument fetching (positional, keyword,
// mapping, attribute and index chains) and the printf conversions.
// Must never: keep heap references in malloc memory across calls that may run
// Python code, except in the Value slots of ValueStack-like locals on the C++
// stack (scanned conservatively by the collector).
#include "runtime/objects/str_format.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

namespace {

bool is_tuple(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }

Result<Value> ascii_of(ThreadState& ts, Value v) {
  Value r = PY_TRY(repr(ts, v));
  return str_ascii_escape(r);
}

// -- printf-style ----------------------------------------------------------------

struct Conversion {
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  int64_t width = -1;
  int64_t precision = -1;
};

// Lays out sign + prefix + body with printf's width rules. The body is a
// str, or ASCII text (numbers: no heap string is made for their digits).
struct Body {
  Value str;              // when set
  std::string_view ascii; // otherwise
  int64_t length() const { return str.is_null() ? static_cast<int64_t>(ascii.size()) : str_length(str); }
  void append_to(StrBuilder& out) const {
    if (str.is_null())
      out.append_ascii(ascii);
    else
      out.append_str(str);
  }
};

void emit_padded(StrBuilder& out, const Conversion& c, std::string_view sign, std::string_view prefix, const Body& body,
                 bool numeric) {
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size()) + body.length();
  int64_t pad = c.width > len ? c.width - len : 0;
  if (c.left) {
    out.append_ascii(sign); out.append_ascii(prefix); body.append_to(out);
    out.append_repeated(' ', pad);
  } else if (c.zero && numeric) {
    out.append_ascii(sign); out.append_ascii(prefix);
    out.append_repeated('0', pad);
    body.append_to(out);
  } else {
    out.append_repeated(' ', pad);
    out.append_ascii(sign); out.append_ascii(prefix); body.append_to(out);
  }
}

std::string_view sign_of(bool negative, const Conversion& c) {
  return negative ? "-" : (c.plus ? "+" : (c.space ? " " : ""));
}

Result<Value> int_for_d(ThreadState& ts, Value v, uint32_t conv) {
  if (v.is(g_true)) return Value::small_int(1);
  if (v.is(g_false)) return Value::small_int(0);
  if (is_int(v)) return index_value(ts, v);
  if (is_float(v)) return int_from_double(ts, float_value(v));
  if (!lookup_special(v, g_name___index__).is_null()) return index_value(ts, v);
  if (!lookup_special(v, g_name___int__).is_null()) {
    Value r = PY_TRY(call_method(ts, v, g_name___int__, {}));
    if (!is_int(r)) return raise_type_error(ts, "__int__ returned non-int (type %s)", type_name_of(r).c_str());
    return r;
  }
  return raise_type_error(ts, "%%%c format: a real number is required, not %s", static_cast<char>(conv),
                          type_name_of(v).c_str());
}

Result<Value> int_for_x(ThreadState& ts, Value v, uint32_t conv) {
  if (v.is(g_true)) return Value::small_int(1);
  if (v.is(g_false)) return Value::small_int(0);
  if (is_int(v) || !lookup_special(v, g_name___index__).is_null()) return index_value(ts, v);
  return raise_type_error(ts, "%%%c format: an integer is required, not %s", static_cast<char>(conv),
                          type_name_of(v).c_str());
}

Result<double> double_for_f(ThreadState& ts, Value v) {
  if (is_float(v)) return float_value(v);
  if (v.is(g_true)) return 1.0;
  if (v.is(g_false)) return 0.0;
  if (is_int(v)) return int_to_double(ts, v);
  if (!lookup_special(v, g_name___float__).is_null()) {
    Value r = PY_TRY(call_method(ts, v, g_name___float__, {}));
    if (!is_float(r)) return raise_type_error(ts, "%s.__float__ returned non-float (type %s)", type_name_of(v).c_str(), type_name_of(r).c_str());
    return float_value(r);
  }
  if (!lookup_special(v, g_name___index__).is_null()) {
    Value i = PY_TRY(index_value(ts, v));
    return int_to_double(ts, i);
  }
  return raise_type_error(ts, "must be real number, not %s", type_name_of(v).c_str());
}

Status format_int_conversion(ThreadState& ts, StrBuilder& out, const Conversion& c, Value v, uint32_t conv) {
  bool negative = int_sign(v) < 0;
  std::string digits;
  std::string_view prefix;
  if (conv == 'x' || conv == 'X') {
    digits = int_to_string_base(v, 16);
    if (c.alternate) prefix = conv == 'x' ? "0x" : "0X";
  } else if (conv == 'o') {
    digits = int_to_string_base(v, 8);
    if (c.alternate) prefix = "0o";
  } else if (v.is_small_int()) {
    // The common case: no str on the heap for the digits.
    char text[24];
    digits.assign(text, std::to_chars(text, text + sizeof text, v.as_small_int()).ptr);
  } else {
    Value dec = PY_TRY(int_to_decimal(ts, v));
    digits = str_to_utf8(dec);
  }
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  if (conv == 'X')
    for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c.precision > static_cast<int64_t>(digits.size()))
    digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
  emit_padded(out, c, sign_of(negative, c), prefix, Body{Value(), digits}, true);
  return ok_status();
}

// %s / %b of bytes formatting: the bytes of a bytes-like value or of
// __bytes__(), as a latin-1 str (the engine builds text; bytes mode encodes
// it back at the end).
Result<Value> bytes_text_of(ThreadState& ts, Value v) {
  BytesArg arg;
  if (PY_TRY(get_bytes_like(ts, v, &arg)))
    return str_from_latin1(reinterpret_cast<const uint8_t*>(arg.view.data()), static_cast<int64_t>(arg.view.size()));
  Value method = lookup_special(v, str_intern("__bytes__"));
  if (method.is_null())
    return raise_type_error(ts, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            type_name_of(v).c_str());
  Value b = PY_TRY(call_special(ts, method, v, {}));
  if (!(b.is_object() && b.as_object()->kind() == ObjectKind::Bytes))
    return raise_type_error(ts, "__bytes__ returned non-bytes (type %s)", type_name_of(b).c_str());
  return str_from_latin1(bytes_data(b), bytes_size(b));
}

// The printf-style engine shared by str % args and bytes % args; in bytes
// mode `fmt` is the format's bytes as a latin-1 str.
Result<Value> percent_format(ThreadState& ts, Value fmt, Value args, bool bytes_mode) {
  const StrObject* f = as_str(fmt);
  int64_t n = f->length;
  // Arguments: a tuple's items, or args itself once. A key lookup makes the
  // looked-up value the (single) current argument, as CPython does.
  Value single = args;
  const Value* argv;
  int64_t argc;
  if (is_tuple(args)) { argv = tuple_items(args); argc = tuple_size(args); }
  else { argv = &single; argc = 1; }
  int64_t argi = 0;
  Value dict;
  if (!is_tuple(args) && !is_str(args) && !(bytes_mode && is_bytes_like(args)) &&
      !lookup_special(args, g_name___getitem__).is_null())
    dict = args;
  Value keyed;

  auto next_arg = [&](Value* out) -> Status {
    if (argi < argc) { *out = argv[argi++]; return ok_status(); }
    return raise_type_error(ts, "not enough arguments for format string");
  };

  StrBuilder out(n);
  int64_t i = 0;
  while (i < n) {
    uint32_t ch = f->at(i);
    if (ch != '%') {
      int64_t j = i;
      while (j < n && f->at(j) != '%') ++j;
      out.append_str(fmt, i, j);
      i = j;
      continue;
    }
    ++i;
    if (i >= n) return raise_value_error(ts, "incomplete format");
    if (f->at(i) == '%') { out.append('%'); ++i; continue; }
    if (f->at(i) == '(') {
      if (dict.is_null()) return raise_type_error(ts, "format requires a mapping");
      int64_t depth = 1, start = ++i;
      while (i < n && depth > 0) {
        if (f->at(i) == '(') ++depth;
        else if (f->at(i) == ')') --depth;
        ++i;
      }
      if (depth > 0) return raise_value_error(ts, "incomplete format key");
      Value key = str_substring(fmt, start, i - 1);
      if (bytes_mode) {
        std::string latin1;
        for (int64_t k = start; k < i - 1; ++k) latin1 += static_cast<char>(f->at(k));
        key = bytes_from(latin1.data(), static_cast<int64_t>(latin1.size()));
      }
      keyed = PY_TRY(get_item(ts, dict, key));
      argv = &keyed;
      argc = 1;
      argi = 0;
    }
    Conversion c;
    for (; i < n; ++i) {
      uint32_t fl = f->at(i);
      if (fl == '-') c.left = true;
      else if (fl == '+') c.plus = true;
      else if (fl == ' ') c.space = true;
      else if (fl == '#') c.alternate = true;
      else if (fl == '0') c.zero = true;
      else break;
    }
    if (i < n && f->at(i) == '*') {
      Value w;
      PY_TRY(next_arg(&w));
      if (!is_int(w)) return raise_type_error(ts, "* wants int");
      c.width = PY_TRY(index_as_ssize(ts, w));
      if (c.width < 0) { c.left = true; c.width = -c.width; }
      if (c.width > (int64_t{1} << 34)) return raise_memory_error(ts);
      ++i;
    } else {
      while (i < n && f->at(i) >= '0' && f->at(i) <= '9') {
        c.width = (c.width < 0 ? 0 : c.width) * 10 + (f->at(i) - '0');
        if (c.width > 2147483647) return raise_value_error(ts, "width too big");
        ++i;
      }
    }
    if (i < n && f->at(i) == '.') {
      ++i;
      c.precision = 0;
      if (i < n && f->at(i) == '*') {
        Value p;
        PY_TRY(next_arg(&p));
        if (!is_int(p)) return raise_type_error(ts, "* wants int");
        c.precision = PY_TRY(index_as_ssize(ts, p));
        if (c.precision > 2147483647 || c.precision < -2147483647 - 1)
          return raise(ts, g_exc_OverflowError, "Python int too large to convert to C int");
        if (c.precision < 0) c.precision = 0;
        ++i;
      } else {
        while (i < n && f->at(i) >= '0' && f->at(i) <= '9') {
          c.precision = c.precision * 10 + (f->at(i) - '0');
          if (c.precision > 2147483647) return raise_value_error(ts, "precision too big");
          ++i;
        }
      }
    }
    while (i < n && (f->at(i) == 'h' || f->at(i) == 'l' || f->at(i) == 'L')) ++i;
    if (i >= n) return raise_value_error(ts, "incomplete format");
    uint32_t conv = f->at(i);
    int64_t conv_index = i;
    ++i;
    Value v;
    PY_TRY(next_arg(&v));
    switch (conv) {
      case 'b':
        if (!bytes_mode) {
          return raise_value_error(ts, "unsupported format character '%c' (0x%x) at index %lld", 'b', conv,
                                   static_cast<long long>(conv_index));
        }
        [[fallthrough]];
      case 's': case 'r': case 'a': {
        Value text;
        if (bytes_mode) text = (conv == 's' || conv == 'b') ? PY_TRY(bytes_text_of(ts, v)) : PY_TRY(ascii_of(ts, v));
        else text = conv == 's' ? PY_TRY(str(ts, v)) : conv == 'r' ? PY_TRY(repr(ts, v)) : PY_TRY(ascii_of(ts, v));
        if (c.precision >= 0 && c.precision < str_length(text)) text = str_substring(text, 0, c.precision);
        emit_padded(out, c, "", "", Body{text, {}}, false);
        break;
      }
      case 'd': case 'i': case 'u': {
        Value iv = PY_TRY(int_for_d(ts, v, conv));
        PY_TRY(format_int_conversion(ts, out, c, iv, conv));
        break;
      }
      case 'x': case 'X': case 'o': {
        Value iv = PY_TRY(int_for_x(ts, v, conv));
        PY_TRY(format_int_conversion(ts, out, c, iv, conv));
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = PY_TRY(double_for_f(ts, v));
        bool negative = std::signbit(d) && !std::isnan(d);
        int p = c.precision < 0 ? 6 : static_cast<int>(c.precision);
        char type = static_cast<char>(conv);
        std::string digits = format_double_digits(std::fabs(d), type, p, c.alternate);
        emit_padded(out, c, sign_of(negative, c), "", Body{Value(), digits}, true);
        break;
      }
      case 'c': {
        uint32_t cp;
        if (bytes_mode) {
          if (is_bytes_like(v) && !(v.is_object() && v.as_object()->kind() == ObjectKind::MemoryView)) {
            BytesArg one;
            PY_TRY(get_bytes_like(ts, v, &one));
            if (one.view.size() != 1)
              return raise_type_error(ts, "%%c requires an integer in range(256) or a single byte");
            cp = static_cast<uint8_t>(one.view[0]);
          } else if (is_int(v)) {
            int64_t x;
            if (!int_to_int64(v, &x) || x < 0 || x > 255) return raise(ts, g_exc_OverflowError, "%%c arg not in range(256)");
            cp = static_cast<uint32_t>(x);
          } else {
            return raise_type_error(ts, "%%c requires an integer in range(256) or a single byte");
          }
        } else if (is_str(v)) {
          if (str_length(v) != 1) return raise_type_error(ts, "%%c requires int or char");
          cp = str_char_at(v, 0);
        } else if (is_int(v) || !lookup_special(v, g_name___index__).is_null()) {
          Value i = PY_TRY(index_value(ts, v));
          int64_t x;
          if (!int_to_int64(i, &x) || x < 0 || x > 0x10FFFF)
            return raise(ts, g_exc_OverflowError, "%%c arg not in range(0x110000)");
          cp = static_cast<uint32_t>(x);
        } else {
          return raise_type_error(ts, "%%c requires int or char");
        }
        emit_padded(out, c, "", "", Body{str_from_codepoint(cp), {}}, false);
        break;
      }
      default: {
        char shown = (conv >= 31 && conv <= 126) ? static_cast<char>(conv) : '?';
        return raise_value_error(ts, "unsupported format character '%c' (0x%x) at index %lld", shown, conv,
                                 static_cast<long long>(conv_index));
      }
    }
  }
  if (argi < argc && dict.is_null())
    return raise_type_error(ts, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
  Value text = out.finish();
  if (!bytes_mode) return text;
  std::string latin1;
  for (int64_t k = 0; k < str_length(text); ++k) latin1 += static_cast<char>(str_char_at(text, k));
  return bytes_from(latin1.data(), static_cast<int64_t>(latin1.size()));
}

}  // namespace

Result<Value> str_percent_format(ThreadState& ts, Value fmt, Value args) {
  return percent_format(ts, fmt, args, false);
}

Result<Value> bytes_percent_format(ThreadState& ts, std::string_view fmt, Value args) {
  Value text = str_from_latin1(reinterpret_cast<const uint8_t*>(fmt.data()), static_cast<int64_t>(fmt.size()));
  return percent_format(ts, text, args, true);
}

// -- str.format ----------------------------------------------------------------------

namespace {

struct FormatArgs {
  const Value* args;
  int64_t nargs;
  TupleObject* kwnames;
  const Value* kwvalues;
  Value mapping;          // format_map's argument, or null
  int auto_state = 0;     // 0 unknown, 1 automatic, 2 manual
  int64_t next_auto = 0;
};

Result<Value> lookup_keyword(ThreadState& ts, FormatArgs& fa, Value name) {
  if (!fa.mapping.is_null()) return get_item(ts, fa.mapping, name);
  if (fa.kwnames) {
    Value names = Value::from_object(fa.kwnames);
    for (int64_t i = 0; i < tuple_size(names); ++i)
      if (str_equal(tuple_item(names, i), name)) return fa.kwvalues[i];
  }
  return raise_with_args(ts, g_exc_KeyError, name);
}

// Parses a run of decimal digits as an index; -1 when `text` is not all digits.
Result<int64_t> parse_index(ThreadState& ts, Value text, int64_t start, int64_t stop) {
  if (start >= stop) return int64_t{-1};
  int64_t v = 0;
  for (int64_t i = start; i < stop; ++i) {
    uint32_t c = str_char_at(text, i);
    if (c < '0' || c > '9') return int64_t{-1};
    v = v * 10 + (c - '0');
    if (v > (int64_t{1} << 53)) return raise_value_error(ts, "Too many decimal digits in format string");
  }
  return v;
}

Result<Value> get_field(ThreadState& ts, FormatArgs& fa, Value field) {
  int64_t n = str_length(field);
  int64_t i = 0;
  while (i < n && str_char_at(field, i) != '.' && str_char_at(field, i) != '[') ++i;
  Value obj;
  int64_t index = PY_TRY(parse_index(ts, field, 0, i));
  if (i == 0) {
    if (fa.auto_state == 2)
      return raise_value_error(ts, "cannot switch from manual field specification to automatic field numbering");
    fa.auto_state = 1;
    index = fa.next_auto++;
  } else if (index >= 0) {
    if (fa.auto_state == 1)
      return raise_value_error(ts, "cannot switch from automatic field numbering to manual field specification");
    fa.auto_state = 2;
  }
  if (index >= 0) {
    if (!fa.mapping.is_null()) return raise_value_error(ts, "Format string contains positional fields");
    if (index >= fa.nargs)
      return raise(ts, g_exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                   static_cast<long long>(index));
    obj = fa.args[index];
  } else {
    obj = PY_TRY(lookup_keyword(ts, fa, str_substring(field, 0, i)));
  }
  while (i < n) {
    uint32_t c = str_char_at(field, i);
    if (c == '.') {
      int64_t start = ++i;
      while (i < n && str_char_at(field, i) != '.' && str_char_at(field, i) != '[') ++i;
      if (i == start) return raise_value_error(ts, "Empty attribute in format string");
      Value name = str_intern_value(str_substring(field, start, i));
      obj = PY_TRY(get_attr(ts, obj, name));
    } else if (c == '[') {
      int64_t start = ++i;
      while (i < n && str_char_at(field, i) != ']') ++i;
      if (i >= n) return raise_value_error(ts, "Missing ']' in format string");
      if (i == start) return raise_value_error(ts, "Empty attribute in format string");
      int64_t k = PY_TRY(parse_index(ts, field, start, i));
      Value key = k >= 0 ? int_from_int64(k) : str_substring(field, start, i);
      obj = PY_TRY(get_item(ts, obj, key));
      ++i;
      if (i < n && str_char_at(field, i) != '.' && str_char_at(field, i) != '[')
        return raise_value_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      return raise_value_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Result<Value> build_format(ThreadState& ts, Value fmt, FormatArgs& fa, int depth) {
  if (depth <= 0) return raise_value_error(ts, "Max string recursion exceeded");
  const StrObject* f = as_str(fmt);
  int64_t n = f->length;
  StrBuilder out(n);
  int64_t i = 0;
  while (i < n) {
    uint32_t c = f->at(i);
    if (c == '}') {
      if (i + 1 < n && f->at(i + 1) == '}') { out.append('}'); i += 2; continue; }
      return raise_value_error(ts, "Single '}' encountered in format string");
    }
    if (c != '{') {
      int64_t j = i;
      while (j < n && f->at(j) != '{' && f->at(j) != '}') ++j;
      out.append_str(fmt, i, j);
      i = j;
      continue;
    }
    if (i + 1 < n && f->at(i + 1) == '{') { out.append('{'); i += 2; continue; }
    if (i + 1 >= n) return raise_value_error(ts, "Single '{' encountered in format string");
    // A replacement field: name [! conversion] [: spec] }
    ++i;
    int64_t name_start = i;
    while (i < n) {
      uint32_t d = f->at(i);
      if (d == '[') {
        while (i < n && f->at(i) != ']') ++i;
        if (i < n) ++i;
        continue;
      }
      if (d == '}' || d == ':' || d == '!') break;
      if (d == '{') return raise_value_error(ts, "unexpected '{' in field name");
      ++i;
    }
    if (i >= n) return raise_value_error(ts, "expected '}' before end of string");
    Value field = str_substring(fmt, name_start, i);
    uint32_t conversion = 0;
    if (f->at(i) == '!') {
      ++i;
      if (i >= n) return raise_value_error(ts, "end of string while looking for conversion specifier");
      conversion = f->at(i++);
      if (i >= n) return raise_value_error(ts, "unmatched '{' in format spec");
      if (f->at(i) != ':' && f->at(i) != '}') return raise_value_error(ts, "expected ':' after conversion specifier");
    }
    Value spec;
    bool spec_nested = false;
    if (f->at(i) == ':') {
      int64_t spec_start = ++i;
      int depth_braces = 1;
      while (i < n) {
        uint32_t d = f->at(i);
        if (d == '{') { ++depth_braces; spec_nested = true; }
        else if (d == '}' && --depth_braces == 0) break;
        ++i;
      }
      if (i >= n) return raise_value_error(ts, "unmatched '{' in format spec");
      spec = str_substring(fmt, spec_start, i);
    }
    ++i;  // the closing '}'
    Value obj = PY_TRY(get_field(ts, fa, field));
    switch (conversion) {
      case 0: break;
      case 'r': obj = PY_TRY(repr(ts, obj)); break;
      case 's': obj = PY_TRY(str(ts, obj)); break;
      case 'a': obj = PY_TRY(ascii_of(ts, obj)); break;
      default: {
        std::string shown = conversion < 0x80 ? std::string(1, static_cast<char>(conversion))
                                              : str_to_utf8(str_from_codepoint(conversion));
        return raise_value_error(ts, "Unknown conversion specifier %s", shown.c_str());
      }
    }
    if (spec_nested) spec = PY_TRY(build_format(ts, spec, fa, depth - 1));
    Value text = PY_TRY(format_value(ts, obj, spec));
    out.append_str(text);
  }
  return out.finish();
}

}  // namespace

Result<Value> str_format_call(ThreadState& ts, Value fmt, const Value* args, int64_t nargs,
                              TupleObject* kwnames, const Value* kwvalues, Value mapping) {
  FormatArgs fa{args, nargs, kwnames, kwvalues, mapping};
  return build_format(ts, fmt, fa, 2);
}

}  // namespace pystm
