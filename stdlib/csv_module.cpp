// stdlib/csv_module.cpp — the `_csv` module under csv.py (library reference
// "csv"): Dialect, reader, writer, the dialect registry, field_size_limit.
// Owns: dialect validation with CPython's messages, the reader's character
// state machine (quoted fields, doubled quotes, escapes, newlines inside
// quotes, QUOTE_NONNUMERIC) and the writer's quoting and escaping.
// Must never: keep Python values outside the heap while Python code runs
// (a row under construction is C++ text until it is complete).
#include <string>
#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

enum Quoting : int64_t { kQuoteMinimal = 0, kQuoteAll = 1, kQuoteNonNumeric = 2, kQuoteNone = 3 };
// Dialect fields; a code point or -1 (None) for the single characters.
enum : uint32_t { kDelimiter, kQuotechar, kEscapechar, kDoublequote, kSkipInitialSpace, kLineterminator, kQuoting,
                  kStrict, kDialectFields };
enum : uint32_t { kReaderInput, kReaderDialect, kReaderLineNum, kReaderFields };
enum : uint32_t { kWriterWrite, kWriterDialect, kWriterFields };

TypeObject* g_dialect_type = nullptr;
TypeObject* g_reader_type = nullptr;
TypeObject* g_writer_type = nullptr;
Value g_csv_error;
Value g_dialects;  // dict name -> Dialect
int64_t g_field_limit = 128 * 1024;

const char* const kAttrNames[] = {"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                                  "lineterminator", "quoting", "strict"};

int64_t fint(Value obj, uint32_t i) { return native_field(obj, i).as_small_int(); }

Error csv_error(ThreadState& ts, const std::string& message) {
  return raise_with_args(ts, g_csv_error.as<TypeObject>(), str_from_utf8(message));
}

Result<int64_t> char_attr(ThreadState& ts, Value v, const char* name, bool allow_none, int64_t dflt) {
  if (v.is_null()) return dflt;
  if (allow_none && v.is(g_none)) return -1;
  if (!is_str(v))
    return raise_type_error(ts, "\"%s\" must be string%s, not %s", name, allow_none ? " or None" : "",
                            type_name_of(v).c_str());
  if (str_length(v) != 1) return raise_type_error(ts, "\"%s\" must be a 1-character string", name);
  return static_cast<int64_t>(str_char_at(v, 0));
}

Result<bool> bool_attr(ThreadState& ts, Value v, bool dflt) {
  if (v.is_null()) return dflt;
  return is_true(ts, v);
}

// Dialect(dialect=None, **kwargs): attributes of `dialect` (a name, an
// object with the attributes, or None), overridden by the keywords.
Result<Value> dialect_new_from(ThreadState& ts, TypeObject* type, Value dialect, CallArgs kwargs) {
  if (!dialect.is_null() && is_str(dialect)) {
    Value found = dict_get_str(g_dialects, dialect);
    if (found.is_null()) return csv_error(ts, "unknown dialect");
    dialect = found;
  }
  if (!dialect.is_null() && !dialect.is(g_none) && kwargs.nkw() == 0 && type_of(dialect) == g_dialect_type &&
      type == g_dialect_type)
    return dialect;
  Value attrs[kDialectFields];
  for (uint32_t i = 0; i < kDialectFields; ++i) {
    Value v = keyword_arg(kwargs, kAttrNames[i]);
    if (v.is_null() && !dialect.is_null() && !dialect.is(g_none)) {
      Value got = PY_TRY(get_attr_optional(ts, dialect, str_intern(kAttrNames[i])));
      if (!got.is_absent()) v = got;
    }
    attrs[i] = v;
  }
  for (size_t i = 0; i < kwargs.nkw(); ++i) {
    std::string k = str_to_utf8(kwargs.kw_name(i));
    bool known = false;
    for (const char* n : kAttrNames) known |= k == n;
    if (!known) return raise_type_error(ts, "'%s' is an invalid keyword argument for this function", k.c_str());
  }
  int64_t quoting = kQuoteMinimal;
  if (!attrs[kQuoting].is_null()) {
    if (!is_int(attrs[kQuoting])) return raise_type_error(ts, "\"quoting\" must be an integer");
    quoting = PY_TRY(index_as_ssize(ts, attrs[kQuoting]));
    if (quoting < 0 || quoting > 3) return raise_type_error(ts, "bad \"quoting\" value");
  }
  int64_t delimiter = PY_TRY(char_attr(ts, attrs[kDelimiter], "delimiter", false, ','));
  int64_t quotechar = PY_TRY(char_attr(ts, attrs[kQuotechar], "quotechar", true, '"'));
  int64_t escapechar = PY_TRY(char_attr(ts, attrs[kEscapechar], "escapechar", true, -1));
  Value lineterminator = attrs[kLineterminator].is_null() ? str_intern("\r\n") : attrs[kLineterminator];
  if (!is_str(lineterminator)) return raise_type_error(ts, "\"lineterminator\" must be a string");
  // quotechar=None alone means no quoting at all.
  if (quotechar < 0 && keyword_arg(kwargs, "quoting").is_null()) quoting = kQuoteNone;
  if (quotechar < 0 && quoting != kQuoteNone)
    return raise_type_error(ts, "quotechar must be set if quoting enabled");
  if (str_length(lineterminator) == 0) return raise_value_error(ts, "lineterminator must be set");
  NativeStateObject* obj = native_state_new(type, kDialectFields);
  Value d = Value::from_object(obj);
  set_native_field(d, kDelimiter, Value::small_int(delimiter));
  set_native_field(d, kQuotechar, Value::small_int(quotechar));
  set_native_field(d, kEscapechar, Value::small_int(escapechar));
  set_native_field(d, kDoublequote, bool_value(PY_TRY(bool_attr(ts, attrs[kDoublequote], true))));
  set_native_field(d, kSkipInitialSpace, bool_value(PY_TRY(bool_attr(ts, attrs[kSkipInitialSpace], false))));
  set_native_field(d, kLineterminator, lineterminator);
  set_native_field(d, kQuoting, Value::small_int(quoting));
  set_native_field(d, kStrict, bool_value(PY_TRY(bool_attr(ts, attrs[kStrict], false))));
  return d;
}

// The dialect of a call: `positional` (or the keyword `dialect`, or
// `dflt`) with the other keywords as format parameters.
Result<Value> dialect_of_call(ThreadState& ts, TypeObject* type, Value positional, Value dflt, CallArgs args) {
  Value dialect = positional.is_null() ? keyword_arg(args, "dialect") : positional;
  if (dialect.is_null()) dialect = dflt;
  ValueVector rest;
  ValueVector names;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (str_to_utf8(args.kw_name(i)) == "dialect") continue;
    rest.push_back(args.kw_value(i));
    names.push_back(args.kw_name(i));
  }
  Value kwnames = names.empty() ? Value() : tuple_from(names.data(), static_cast<int64_t>(names.size()));
  CallArgs filtered{rest.data(), 0, kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()};
  return dialect_new_from(ts, type, dialect, filtered);
}

Result<Value> dialect_new(ThreadState& ts, Value, CallArgs args) {
  return dialect_of_call(ts, args[0].as<TypeObject>(), args.nargs > 1 ? args[1] : Value(), Value(), args);
}

Value char_value(int64_t c) { return c < 0 ? g_none : str_from_codepoint(static_cast<uint32_t>(c)); }
Result<Value> d_delimiter(ThreadState&, Value s, CallArgs) { return char_value(fint(s, kDelimiter)); }
Result<Value> d_quotechar(ThreadState&, Value s, CallArgs) { return char_value(fint(s, kQuotechar)); }
Result<Value> d_escapechar(ThreadState&, Value s, CallArgs) { return char_value(fint(s, kEscapechar)); }
Result<Value> d_doublequote(ThreadState&, Value s, CallArgs) { return native_field(s, kDoublequote); }
Result<Value> d_skipinitialspace(ThreadState&, Value s, CallArgs) { return native_field(s, kSkipInitialSpace); }
Result<Value> d_lineterminator(ThreadState&, Value s, CallArgs) { return native_field(s, kLineterminator); }
Result<Value> d_quoting(ThreadState&, Value s, CallArgs) { return native_field(s, kQuoting); }
Result<Value> d_strict(ThreadState&, Value s, CallArgs) { return native_field(s, kStrict); }

const NativeMethod kDialectMethods[] = {{"__new__", dialect_new, 0, -1, kNativeStatic, nullptr}};
const NativeMethod kDialectGetters[] = {
    {"delimiter", d_delimiter, 0, 0, 0, nullptr},
    {"quotechar", d_quotechar, 0, 0, 0, nullptr},
    {"escapechar", d_escapechar, 0, 0, 0, nullptr},
    {"doublequote", d_doublequote, 0, 0, 0, nullptr},
    {"skipinitialspace", d_skipinitialspace, 0, 0, 0, nullptr},
    {"lineterminator", d_lineterminator, 0, 0, 0, nullptr},
    {"quoting", d_quoting, 0, 0, 0, nullptr},
    {"strict", d_strict, 0, 0, 0, nullptr},
};

// ---- reader ----

enum class State {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl,
  AfterEscapedCrnl
};
constexpr uint32_t kEol = 0xFFFFFFFFu;

struct Parser {
  Value dialect;
  State state = State::StartRecord;
  std::u32string field;
  bool quoted = false;
  std::vector<std::u32string> fields;
  std::vector<bool> unquoted;

  int64_t get(uint32_t i) const { return fint(dialect, i); }
  bool is(uint32_t c, uint32_t which) const { return get(which) >= 0 && c == static_cast<uint32_t>(get(which)); }

  void save() {
    fields.push_back(field);
    unquoted.push_back(!quoted);
    field.clear();
    quoted = false;
  }
  Status add(ThreadState& ts, uint32_t c) {
    if (static_cast<int64_t>(field.size()) >= g_field_limit)
      return csv_error(ts, "field larger than field limit (" + std::to_string(g_field_limit) + ")");
    field.push_back(c);
    return ok_status();
  }

  Status process(ThreadState& ts, uint32_t c) {
    bool quoting_none = get(kQuoting) == kQuoteNone;
    bool eol_char = c == '\n' || c == '\r';
    switch (state) {
      case State::StartRecord:
        if (c == kEol) return ok_status();
        if (eol_char) {
          state = State::EatCrnl;
          return ok_status();
        }
        state = State::StartField;
        [[fallthrough]];
      case State::StartField:
        if (eol_char || c == kEol) {
          save();
          state = c == kEol ? State::StartRecord : State::EatCrnl;
        } else if (is(c, kQuotechar) && !quoting_none) {
          quoted = true;
          state = State::InQuotedField;
        } else if (is(c, kEscapechar)) {
          state = State::EscapedChar;
        } else if (c == ' ' && native_field(dialect, kSkipInitialSpace).is(g_true)) {
        } else if (is(c, kDelimiter)) {
          save();
        } else {
          PY_TRY(add(ts, c));
          state = State::InField;
        }
        return ok_status();
      case State::EscapedChar:
        if (eol_char) {
          PY_TRY(add(ts, c));
          state = State::AfterEscapedCrnl;
          return ok_status();
        }
        PY_TRY(add(ts, c == kEol ? '\n' : c));
        state = State::InField;
        return ok_status();
      case State::AfterEscapedCrnl:
        if (c == kEol) return ok_status();
        state = State::InField;
        [[fallthrough]];
      case State::InField:
        if (eol_char || c == kEol) {
          save();
          state = c == kEol ? State::StartRecord : State::EatCrnl;
        } else if (is(c, kEscapechar)) {
          state = State::EscapedChar;
        } else if (is(c, kDelimiter)) {
          save();
          state = State::StartField;
        } else {
          PY_TRY(add(ts, c));
        }
        return ok_status();
      case State::InQuotedField:
        if (c == kEol) {
        } else if (is(c, kEscapechar)) {
          state = State::EscapeInQuotedField;
        } else if (is(c, kQuotechar) && !quoting_none) {
          state = native_field(dialect, kDoublequote).is(g_true) ? State::QuoteInQuotedField : State::InField;
        } else {
          PY_TRY(add(ts, c));
        }
        return ok_status();
      case State::EscapeInQuotedField:
        PY_TRY(add(ts, c == kEol ? '\n' : c));
        state = State::InQuotedField;
        return ok_status();
      case State::QuoteInQuotedField:
        if (!quoting_none && is(c, kQuotechar)) {
          PY_TRY(add(ts, c));
          state = State::InQuotedField;
        } else if (is(c, kDelimiter)) {
          save();
          state = State::StartField;
        } else if (eol_char || c == kEol) {
          save();
          state = c == kEol ? State::StartRecord : State::EatCrnl;
        } else if (!native_field(dialect, kStrict).is(g_true)) {
          PY_TRY(add(ts, c));
          state = State::InField;
        } else {
          std::string msg = "'";
          append_utf8_char(msg, static_cast<uint32_t>(get(kDelimiter)));
          msg += "' expected after '";
          append_utf8_char(msg, static_cast<uint32_t>(get(kQuotechar)));
          return csv_error(ts, msg + "'");
        }
        return ok_status();
      case State::EatCrnl:
        if (eol_char) return ok_status();
        if (c == kEol) {
          state = State::StartRecord;
          return ok_status();
        }
        return csv_error(ts, "new-line character seen in unquoted field - do you need to open the file in "
                             "universal-newline mode?");
    }
    return ok_status();
  }

  static void append_utf8_char(std::string& out, uint32_t cp) {
    Value s = str_from_codepoint(cp);
    out += str_to_utf8(s);
  }
};

Result<Value> reader_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 1) return raise_type_error(ts, "expected at least 1 argument, got 0");
  Value it = PY_TRY(get_iter(ts, args[0]));
  Value d = PY_TRY(dialect_of_call(ts, g_dialect_type, args.nargs > 1 ? args[1] : Value(), str_intern("excel"), args));
  Value r = Value::from_object(native_state_new(g_reader_type, kReaderFields));
  set_native_field(r, kReaderInput, it);
  set_native_field(r, kReaderDialect, d);
  set_native_field(r, kReaderLineNum, Value::small_int(0));
  return r;
}

Result<Value> reader_next(ThreadState& ts, Value self, CallArgs) {
  Parser p;
  p.dialect = native_field(self, kReaderDialect);
  Value input = native_field(self, kReaderInput);
  do {
    Value line = PY_TRY(iter_next(ts, input));
    if (line.is_absent()) {
      if (!p.field.empty() || p.state == State::InQuotedField) {
        if (native_field(p.dialect, kStrict).is(g_true)) return csv_error(ts, "unexpected end of data");
        p.save();
        break;
      }
      return raise_empty(ts, g_exc_StopIteration);
    }
    if (!is_str(line))
      return csv_error(ts, "iterator should return strings, not " + type_name_of(line) +
                               " (the file should be opened in text mode)");
    set_native_field(self, kReaderLineNum, Value::small_int(fint(self, kReaderLineNum) + 1));
    int64_t n = str_length(line);
    for (int64_t i = 0; i < n; ++i) PY_TRY(p.process(ts, str_char_at(line, i)));
    PY_TRY(p.process(ts, kEol));
  } while (p.state != State::StartRecord);
  Value row = list_new(static_cast<int64_t>(p.fields.size()));
  bool numeric = fint(p.dialect, kQuoting) == kQuoteNonNumeric;
  for (size_t i = 0; i < p.fields.size(); ++i) {
    StrBuilder b(static_cast<int64_t>(p.fields[i].size()));
    for (char32_t c : p.fields[i]) b.append(static_cast<uint32_t>(c));
    Value field = b.finish();
    if (numeric && p.unquoted[i] && !p.fields[i].empty()) field = PY_TRY(call(ts, Value::from_object(g_float_type), {field}));
    list_append(row, field);
  }
  return row;
}

Result<Value> reader_iter(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> reader_dialect(ThreadState&, Value self, CallArgs) { return native_field(self, kReaderDialect); }
Result<Value> reader_line_num(ThreadState&, Value self, CallArgs) { return native_field(self, kReaderLineNum); }

const NativeMethod kReaderMethods[] = {
    {"__iter__", reader_iter, 0, 0, 0, nullptr},
    {"__next__", reader_next, 0, 0, 0, nullptr},
};
const NativeMethod kReaderGetters[] = {
    {"dialect", reader_dialect, 0, 0, 0, nullptr},
    {"line_num", reader_line_num, 0, 0, 0, nullptr},
};

// ---- writer ----

Result<Value> writer_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 1) return raise_type_error(ts, "expected at least 1 argument, got 0");
  Value write = PY_TRY(get_attr_optional(ts, args[0], g_name_write));
  if (write.is_absent() || !is_callable(write)) return raise_type_error(ts, "argument 1 must have a \"write\" method");
  Value d = PY_TRY(dialect_of_call(ts, g_dialect_type, args.nargs > 1 ? args[1] : Value(), str_intern("excel"), args));
  Value w = Value::from_object(native_state_new(g_writer_type, kWriterFields));
  set_native_field(w, kWriterWrite, write);
  set_native_field(w, kWriterDialect, d);
  return w;
}

// Appends one field, quoted and escaped per the dialect.
Status write_field(ThreadState& ts, Value d, Value text, bool quote_all, bool only_field, StrBuilder& out) {
  int64_t delimiter = fint(d, kDelimiter), quotechar = fint(d, kQuotechar), escapechar = fint(d, kEscapechar);
  int64_t quoting = fint(d, kQuoting);
  bool doublequote = native_field(d, kDoublequote).is(g_true);
  Value lineterminator = native_field(d, kLineterminator);
  StrBuilder body;
  bool quoted = quote_all;
  int64_t n = str_length(text);
  for (int64_t i = 0; i < n; ++i) {
    uint32_t c = str_char_at(text, i);
    bool special = c == static_cast<uint32_t>(delimiter) || (escapechar >= 0 && c == static_cast<uint32_t>(escapechar)) ||
                   (quotechar >= 0 && c == static_cast<uint32_t>(quotechar));
    if (!special) {
      for (int64_t k = 0; k < str_length(lineterminator) && !special; ++k) special = str_char_at(lineterminator, k) == c;
    }
    if (special) {
      bool escape = false;
      if (quoting == kQuoteNone) {
        escape = true;
      } else {
        if (quotechar >= 0 && c == static_cast<uint32_t>(quotechar)) {
          if (doublequote) body.append(c);
          else escape = true;
        } else if (escapechar >= 0 && c == static_cast<uint32_t>(escapechar)) {
          escape = true;
        }
        if (!escape) quoted = true;
      }
      if (escape) {
        if (escapechar < 0) return csv_error(ts, "need to escape, but no escapechar set");
        body.append(static_cast<uint32_t>(escapechar));
      }
    }
    body.append(c);
  }
  if (n == 0 && only_field) {
    if (quoting == kQuoteNone) return csv_error(ts, "single empty field record must be quoted");
    quoted = true;
  }
  if (quoted) out.append(static_cast<uint32_t>(quotechar));
  Value b = body.finish();
  out.append_str(b);
  if (quoted) out.append(static_cast<uint32_t>(quotechar));
  return ok_status();
}

Result<Value> writer_writerow(ThreadState& ts, Value self, CallArgs args) {
  Value d = native_field(self, kWriterDialect);
  Result<Value> it_r = get_iter(ts, args[0]);
  if (!it_r.ok()) {
    if (!is_instance_of(ts.pending_exception, g_exc_TypeError)) return Error{};
    clear_pending_exception(ts);
    return csv_error(ts, "iterable expected, not " + type_name_of(args[0]));
  }
  Value items = PY_TRY(sequence_to_list(ts, args[0]));
  int64_t quoting = fint(d, kQuoting);
  int64_t count = list_size(items);
  StrBuilder out;
  for (int64_t i = 0; i < count; ++i) {
    if (i) out.append(static_cast<uint32_t>(fint(d, kDelimiter)));
    Value field = list_get(items, i);
    bool quote_all = quoting == kQuoteAll;
    if (quoting == kQuoteNonNumeric) {
      bool number = is_int(field) || is_instance_of(field, g_float_type) || is_instance_of(field, g_complex_type);
      quote_all = !number;
    }
    Value text;
    if (field.is(g_none)) text = str_empty();
    else if (is_str(field)) text = field;
    else if (is_instance_of(field, g_float_type)) text = PY_TRY(repr(ts, field));
    else text = PY_TRY(str(ts, field));
    PY_TRY(write_field(ts, d, text, quote_all, count == 1, out));
  }
  out.append_str(native_field(d, kLineterminator));
  return call(ts, native_field(self, kWriterWrite), {out.finish()});
}

Result<Value> writer_writerows(ThreadState& ts, Value self, CallArgs args) {
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value row = PY_TRY(iter_next(ts, it));
    if (row.is_absent()) break;
    PY_TRY(writer_writerow(ts, self, CallArgs{&row, 1, nullptr}));
  }
  return g_none;
}
Result<Value> writer_dialect(ThreadState&, Value self, CallArgs) { return native_field(self, kWriterDialect); }

const NativeMethod kWriterMethods[] = {
    {"writerow", writer_writerow, 1, 1, kNativeNoKeywords, nullptr},
    {"writerows", writer_writerows, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kWriterGetters[] = {{"dialect", writer_dialect, 0, 0, 0, nullptr}};

// ---- module functions ----

Result<Value> csv_register_dialect(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 1) return raise_type_error(ts, "expected at least 1 argument, got 0");
  if (!is_str(args[0])) return raise_type_error(ts, "dialect name must be a string");
  Value d = PY_TRY(dialect_of_call(ts, g_dialect_type, args.nargs > 1 ? args[1] : Value(), Value(), args));
  dict_set_str(g_dialects, args[0], d);
  return g_none;
}
Result<Value> csv_unregister_dialect(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]) || !dict_del_str(g_dialects, args[0])) return csv_error(ts, "unknown dialect");
  return g_none;
}
Result<Value> csv_get_dialect(ThreadState& ts, Value, CallArgs args) {
  Value d = is_str(args[0]) ? dict_get_str(g_dialects, args[0]) : Value();
  if (d.is_null()) return csv_error(ts, "unknown dialect");
  return d;
}
Result<Value> csv_list_dialects(ThreadState&, Value, CallArgs) {
  Value names = list_new();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(g_dialects, &pos, &k, &v)) list_append(names, k);
  return names;
}
Result<Value> csv_field_size_limit(ThreadState& ts, Value, CallArgs args) {
  int64_t old = g_field_limit;
  Value limit = args.nargs > 0 ? args[0] : keyword_arg(args, "new_limit");
  if (!limit.is_null()) {
    if (!is_int(limit)) return raise_type_error(ts, "limit must be an integer");
    g_field_limit = PY_TRY(index_as_ssize(ts, limit));
  }
  return int_from_int64(old);
}

const NativeMethod kFunctions[] = {
    {"reader", reader_new, 0, -1, 0, nullptr},
    {"writer", writer_new, 0, -1, 0, nullptr},
    {"register_dialect", csv_register_dialect, 0, -1, 0, nullptr},
    {"unregister_dialect", csv_unregister_dialect, 1, 1, kNativeNoKeywords, nullptr},
    {"get_dialect", csv_get_dialect, 1, 1, kNativeNoKeywords, nullptr},
    {"list_dialects", csv_list_dialects, 0, 0, 0, nullptr},
    {"field_size_limit", csv_field_size_limit, 0, 1, 0, nullptr},
};

TypeObject* make_csv_type(const char* name, uint32_t flags, std::span<const NativeMethod> methods,
                          std::span<const NativeMethod> getters) {
  TypeObject* t = make_builtin_type(name, g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), flags);
  add_native_methods(t, methods);
  for (const NativeMethod& g : getters) add_native_property(t, &g, nullptr);
  type_set_attr_nogc_fail(t, "__module__", str_intern("_csv"));
  return t;
}

}  // namespace

Result<Value> create_csv_module(ThreadState& ts) {
  if (!g_dialect_type) {
    g_dialect_type = make_csv_type("Dialect", kTypeBaseType, kDialectMethods, kDialectGetters);
    g_reader_type = make_csv_type("reader", 0, kReaderMethods, kReaderGetters);
    g_writer_type = make_csv_type("writer", 0, kWriterMethods, kWriterGetters);
    Value ns = dict_new();
    dict_set_str(ns, g_name___module__, str_intern("_csv"));
    Value error = PY_TRY(type_new(ts, g_type_type, str_intern("Error"),
                                  tuple_pack({Value::from_object(g_exc_Exception)}).as<TupleObject>(),
                                  ns.as<DictObject>()));
    g_csv_error = error;
    add_global_root(&g_csv_error);
    g_dialects = dict_new();
    add_global_root(&g_dialects);
  }
  Value module = module_new(str_intern("_csv"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "Dialect", Value::from_object(g_dialect_type));
  module_set(module, "Reader", Value::from_object(g_reader_type));
  module_set(module, "Writer", Value::from_object(g_writer_type));
  module_set(module, "Error", g_csv_error);
  module_set(module, "__version__", str_intern("1.0"));
  module_set(module, "__doc__", str_intern("CSV parsing and writing."));
  module_set(module, "QUOTE_MINIMAL", Value::small_int(kQuoteMinimal));
  module_set(module, "QUOTE_ALL", Value::small_int(kQuoteAll));
  module_set(module, "QUOTE_NONNUMERIC", Value::small_int(kQuoteNonNumeric));
  module_set(module, "QUOTE_NONE", Value::small_int(kQuoteNone));
  return module;
}

}  // namespace pystm
