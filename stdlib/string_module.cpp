// stdlib/string_module.cpp — the `_string` module behind string.Formatter
// (library reference "Custom String Formatting"): formatter_parser and
// formatter_field_name_split, parsing as CPython's MarkupIterator and
// FieldNameIterator do.
// Owns: the two parsers. Must never: evaluate a field (Formatter does that
// in Python). Splitting happens only at ASCII characters, so working on the
// UTF-8 bytes of the string keeps every code point whole.
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value text(const std::string& s, size_t begin, size_t end) { return str_from_utf8(s.substr(begin, end - begin)); }

// formatter_parser(s): list of (literal, field_name, format_spec, conversion);
// the last three are None for a trailing literal.
Result<Value> formatter_parser(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "expected str, got %s", type_name_of(args[0]).c_str());
  std::string s = str_to_utf8(args[0]);
  Value out = list_new();
  size_t i = 0, n = s.size();
  while (i < n) {
    // 1. Literal text up to a single brace; a doubled brace ends the literal
    //    after its first character.
    size_t start = i;
    bool field = false;
    size_t literal_end = n;
    while (i < n) {
      char c = s[i];
      if (c == '{' || c == '}') {
        if (i + 1 < n && s[i + 1] == c) {
          literal_end = i + 1;
          i += 2;
          break;
        }
        if (c == '}') return raise_value_error(ts, "Single '}' encountered in format string");
        literal_end = i;
        ++i;
        field = true;
        break;
      }
      ++i;
    }
    Value literal = text(s, start, literal_end);
    if (!field) {
      list_append(out, tuple_pack({literal, g_none, g_none, g_none}));
      continue;
    }
    // 2. The field, read left to right as CPython's parse_field: the name
    //    (brackets may hold any character), then !conversion, then :spec.
    if (i >= n) return raise_value_error(ts, "Single '{' encountered in format string");
    size_t name_start = i;
    char stop = 0;
    while (i < n) {
      char c = s[i];
      if (c == '{') return raise_value_error(ts, "unexpected '{' in field name");
      if (c == '[') {
        while (i < n && s[i] != ']') ++i;
        if (i < n) ++i;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        stop = c;
        break;
      }
      ++i;
    }
    if (!stop) return raise_value_error(ts, "expected '}' before end of string");
    Value name = text(s, name_start, i);
    ++i;
    Value conversion = g_none;
    Value spec = str_empty();
    if (stop == '!') {
      if (i >= n) return raise_value_error(ts, "end of string while looking for conversion specifier");
      conversion = text(s, i, i + 1);
      ++i;
      if (i >= n) return raise_value_error(ts, "unmatched '{' in format spec");
      stop = s[i++];
      if (stop != '}' && stop != ':') return raise_value_error(ts, "expected ':' after conversion specifier");
    }
    if (stop == ':') {
      size_t spec_start = i;
      int depth = 1;
      while (i < n) {
        if (s[i] == '{') ++depth;
        else if (s[i] == '}' && --depth == 0) break;
        ++i;
      }
      if (depth != 0) return raise_value_error(ts, "unmatched '{' in format spec");
      spec = text(s, spec_start, i);
      ++i;
    }
    list_append(out, tuple_pack({literal, name, spec, conversion}));
  }
  return get_iter(ts, out);
}

// formatter_field_name_split('a.b[0]') -> ('a', iterator of (True, 'b'), (False, 0)).
Result<Value> formatter_field_name_split(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "expected str, got %s", type_name_of(args[0]).c_str());
  std::string s = str_to_utf8(args[0]);
  auto as_key = [](const std::string& part) -> Value {
    bool digits = !part.empty();
    for (char c : part) digits &= c >= '0' && c <= '9';
    if (digits && part.size() < 18) return int_from_int64(std::stoll(part));
    return str_from_utf8(part);
  };
  size_t i = 0;
  while (i < s.size() && s[i] != '.' && s[i] != '[') ++i;
  Value first = as_key(s.substr(0, i));
  Value rest = list_new();
  while (i < s.size()) {
    if (s[i] == '.') {
      size_t start = ++i;
      while (i < s.size() && s[i] != '.' && s[i] != '[') ++i;
      if (i == start) return raise_value_error(ts, "Empty attribute in format string");
      list_append(rest, tuple_pack({g_true, str_from_utf8(s.substr(start, i - start))}));
    } else {
      size_t start = ++i;
      while (i < s.size() && s[i] != ']') ++i;
      if (i >= s.size()) return raise_value_error(ts, "Missing ']' in format string");
      if (i == start) return raise_value_error(ts, "Empty attribute in format string");
      list_append(rest, tuple_pack({g_false, as_key(s.substr(start, i - start))}));
      ++i;
      if (i < s.size() && s[i] != '.' && s[i] != '[')
        return raise_value_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return tuple_pack({first, PY_TRY(get_iter(ts, rest))});
}

const NativeMethod kFunctions[] = {
    {"formatter_parser", formatter_parser, 1, 1, kNativeNoKeywords, nullptr},
    {"formatter_field_name_split", formatter_field_name_split, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_string_module(ThreadState&) {
  Value module = module_new(str_intern("_string"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
