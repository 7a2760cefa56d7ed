// runtime/builtins/builtins_module.cpp — the built-in functions (library
// reference "Built-in Functions") and the `builtins` module's namespace.
#include "runtime/builtins/builtins_module.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/async_generator_object.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/complex_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/format_spec.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/ast_bridge.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value g_builtins;

Result<Value> builtin_print(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "print", args, {"sep", "end", "file", "flush"}));
  Value sep = keyword_arg(args, "sep");
  Value end = keyword_arg(args, "end");
  Value file = keyword_arg(args, "file");
  Value flush = keyword_arg(args, "flush");
  if (!sep.is_null() && !sep.is(g_none) && !is_instance_of(sep, g_str_type))
    return raise_type_error(ts, "sep must be None or a string, not %s", type_name_of(sep).c_str());
  if (!end.is_null() && !end.is(g_none) && !is_instance_of(end, g_str_type))
    return raise_type_error(ts, "end must be None or a string, not %s", type_name_of(end).c_str());
  std::string sep_s = sep.is_null() || sep.is(g_none) ? " " : str_to_utf8(sep);
  std::string end_s = end.is_null() || end.is(g_none) ? "\n" : str_to_utf8(end);
  bool to_stdout = file.is_null() || file.is(g_none);
  if (to_stdout) file = PY_TRY(get_attr(ts, sys_module(), str_intern("stdout")));
  if (!to_stdout) {
    // An explicit file sees each piece as its own write(), as in CPython.
    for (size_t i = 0; i < args.nargs; ++i) {
      if (i) PY_TRY(call_method(ts, file, g_name_write, {str_from_utf8(sep_s)}));
      PY_TRY(call_method(ts, file, g_name_write, {PY_TRY(str(ts, args[i]))}));
    }
    PY_TRY(call_method(ts, file, g_name_write, {str_from_utf8(end_s)}));
  } else {
    std::string out;
    for (size_t i = 0; i < args.nargs; ++i) {
      if (i) out += sep_s;
      out += PY_TRY(str_utf8(ts, args[i]));
    }
    out += end_s;
    PY_TRY(call_method(ts, file, g_name_write, {str_from_utf8(out)}));
  }
  if (!flush.is_null() && PY_TRY(is_true(ts, flush))) {
    Value f = PY_TRY(get_attr_optional(ts, file, g_name_flush));
    if (!f.is_absent()) PY_TRY(call(ts, f, {}));
  }
  return g_none;
}

// open() is _io.open (stdlib/io): the first call imports _io, which puts
// its open into builtins in place of this one.
Result<Value> builtin_open(ThreadState& ts, Value, CallArgs args) {
  Value io = PY_TRY(import_module_level(ts, str_intern("_io"), g_none, g_none, Value::small_int(0)));
  return call(ts, PY_TRY(get_attr(ts, io, str_intern("open"))), args);
}

Result<Value> builtin_len(ThreadState& ts, Value, CallArgs args) {
  return int_from_int64(PY_TRY(length(ts, args[0])));
}

Result<Value> builtin_repr(ThreadState& ts, Value, CallArgs args) { return repr(ts, args[0]); }

Result<Value> builtin_ascii(ThreadState& ts, Value, CallArgs args) {
  return str_ascii_escape(PY_TRY(repr(ts, args[0])));
}

Result<bool> isinstance_check(ThreadState& ts, Value obj, Value cls, const char* fname) {
  if (type_of(cls) == g_tuple_type) {
    for (int64_t i = 0; i < tuple_size(cls); ++i)
      if (PY_TRY(isinstance_check(ts, obj, tuple_item(cls, i), fname))) return true;
    return false;
  }
  if (!is_instance_of(cls, g_type_type)) {
    Value hook = lookup_special(cls, g_name___instancecheck__);
    if (hook.is_null())
      return raise_type_error(ts, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    Value bound = PY_TRY(bind_descriptor(ts, hook, cls, type_of(cls)));
    return is_true(ts, PY_TRY(call(ts, bound, {obj})));
  }
  if (is_instance_of(obj, cls.as<TypeObject>())) return true;
  if (type_of(cls) != g_type_type) {
    Value hook = lookup_special(cls, g_name___instancecheck__);
    if (!hook.is_null() && !hook.is(type_lookup(g_type_type, g_name___instancecheck__))) {
      Value bound = PY_TRY(bind_descriptor(ts, hook, cls, type_of(cls)));
      return is_true(ts, PY_TRY(call(ts, bound, {obj})));
    }
  }
  // An object may claim another class through __class__ (unittest.mock does).
  Value claimed = PY_TRY(get_attr_optional(ts, obj, str_intern("__class__")));
  if (!claimed.is_absent() && is_instance_of(claimed, g_type_type) && claimed.as<TypeObject>() != type_of(obj))
    return type_is_subtype(claimed.as<TypeObject>(), cls.as<TypeObject>());
  return false;
}

// issubclass for a non-class that has a __bases__ tuple (the abstract
// protocol of CPython's abstract_issubclass).
Result<bool> abstract_issubclass(ThreadState& ts, Value sub, Value cls, int depth) {
  if (sub.is(cls)) return true;
  if (depth > 100) return false;
  Value bases = PY_TRY(get_attr_optional(ts, sub, str_intern("__bases__")));
  if (bases.is_absent() || type_of(bases) != g_tuple_type) return false;
  for (int64_t i = 0; i < tuple_size(bases); ++i)
    if (PY_TRY(abstract_issubclass(ts, tuple_item(bases, i), cls, depth + 1))) return true;
  return false;
}

Result<Value> builtin_isinstance(ThreadState& ts, Value, CallArgs args) {
  return bool_value(PY_TRY(isinstance_check(ts, args[0], args[1], "isinstance")));
}

Result<bool> issubclass_check(ThreadState& ts, Value sub, Value cls) {
  if (type_of(cls) == g_tuple_type) {
    for (int64_t i = 0; i < tuple_size(cls); ++i)
      if (PY_TRY(issubclass_check(ts, sub, tuple_item(cls, i)))) return true;
    return false;
  }
  // A __subclasscheck__ on cls's metaclass decides (ABCMeta, UnionType, ...).
  Value hook = lookup_special(cls, g_name___subclasscheck__);
  if (!hook.is_null() && !hook.is(type_lookup(g_type_type, g_name___subclasscheck__))) {
    Value bound = PY_TRY(bind_descriptor(ts, hook, cls, type_of(cls)));
    return is_true(ts, PY_TRY(call(ts, bound, {sub})));
  }
  if (!is_instance_of(cls, g_type_type))
    return raise_type_error(ts, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (!is_instance_of(sub, g_type_type)) {
    Value bases = PY_TRY(get_attr_optional(ts, sub, str_intern("__bases__")));
    if (bases.is_absent() || type_of(bases) != g_tuple_type)
      return raise_type_error(ts, "issubclass() arg 1 must be a class");
    return abstract_issubclass(ts, sub, cls, 0);
  }
  return type_is_subtype(sub.as<TypeObject>(), cls.as<TypeObject>());
}

Result<Value> builtin_issubclass(ThreadState& ts, Value, CallArgs args) {
  return bool_value(PY_TRY(issubclass_check(ts, args[0], args[1])));
}

Result<Value> builtin_abs(ThreadState& ts, Value, CallArgs args) {
  Value v = args[0];
  if (is_int(v)) return int_abs(ts, v.is(g_true) ? Value::small_int(1) : v.is(g_false) ? Value::small_int(0) : v);
  if (is_float(v)) return float_from_double(std::fabs(float_value(v)));
  Value method = lookup_special(v, g_name___abs__);
  if (method.is_null()) return raise_type_error(ts, "bad operand type for abs(): '%s'", type_name_of(v).c_str());
  return call(ts, PY_TRY(bind_descriptor(ts, method, v, type_of(v))), {});
}

// min() and max() (library reference: "min(iterable, *, key=None)" ...).
Result<Value> min_max(ThreadState& ts, CallArgs args, bool is_max) {
  const char* name = is_max ? "max" : "min";
  if (args.nkw() == 0 && args.nargs >= 2) {
    // min(a, b, ...) without key: no copies (the arguments stay rooted by the caller).
    Value best = args[0];
    for (size_t i = 1; i < args.nargs; ++i)
      if (PY_TRY(rich_compare_bool(ts, args[i], best, is_max ? 4 : 0))) best = args[i];
    return best;
  }
  PY_TRY(check_keywords(ts, name, args, {"key", "default"}));
  Value key = keyword_arg(args, "key");
  if (key.is(g_none)) key = Value();
  Value dflt = keyword_arg(args, "default");
  if (args.nargs == 0)
    return raise_type_error(ts, "%s expected at least 1 argument, got 0", name);
  ValueVector items;
  if (args.nargs == 1) {
    Value it = PY_TRY(get_iter(ts, args[0]));
    for (;;) {
      Value v = PY_TRY(iter_next(ts, it));
      if (v.is_absent()) break;
      items.push_back(v);
    }
  } else {
    if (!dflt.is_null())
      return raise_type_error(ts, "Cannot specify a default for %s() with multiple positional arguments", name);
    for (size_t i = 0; i < args.nargs; ++i) items.push_back(args[i]);
  }
  if (items.empty()) {
    if (!dflt.is_null()) return dflt;
    return raise_value_error(ts, "%s() arg is an empty sequence", name);
  }
  Value best = items[0];
  Value best_key = key.is_null() ? best : PY_TRY(call(ts, key, {best}));
  ValueVector keep;
  keep.push_back(best_key);
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key.is_null() ? items[i] : PY_TRY(call(ts, key, {items[i]}));
    keep.push_back(k);
    bool better = PY_TRY(rich_compare_bool(ts, k, best_key, is_max ? 4 : 0));
    if (better) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Result<Value> builtin_min(ThreadState& ts, Value, CallArgs args) { return min_max(ts, args, false); }
Result<Value> builtin_max(ThreadState& ts, Value, CallArgs args) { return min_max(ts, args, true); }

Result<Value> builtin_sum(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "sum", args, {"start"}));
  Value acc = args.nargs > 1 ? args[1] : keyword_arg(args, "start");
  if (acc.is_null()) acc = Value::small_int(0);
  if (is_instance_of(acc, g_str_type))
    return raise_type_error(ts, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_instance_of(acc, g_bytes_type))
    return raise_type_error(ts, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_instance_of(acc, g_bytearray_type))
    return raise_type_error(ts, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) break;
    acc = PY_TRY(binary_op(ts, acc, v, 0));
  }
  return acc;
}

Result<Value> builtin_sorted(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 1) return raise_type_error(ts, "sorted expected 1 argument, got %zu", args.nargs);
  PY_TRY(check_keywords(ts, "sort", args, {"key", "reverse"}));
  Value list = PY_TRY(sequence_to_list(ts, args[0]));
  Value key = keyword_arg(args, "key");
  Value reverse = keyword_arg(args, "reverse");
  bool rev = reverse.is_null() ? false : PY_TRY(is_true(ts, reverse));
  PY_TRY(list_sort(ts, list, key, rev));
  return list;
}

Result<Value> builtin_any(ThreadState& ts, Value, CallArgs args) {
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return g_false;
    if (PY_TRY(is_true(ts, v))) return g_true;
  }
}

Result<Value> builtin_all(ThreadState& ts, Value, CallArgs args) {
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return g_true;
    if (!PY_TRY(is_true(ts, v))) return g_false;
  }
}

Result<Value> builtin_hash(ThreadState& ts, Value, CallArgs args) { return int_from_int64(PY_TRY(hash(ts, args[0]))); }
Result<Value> builtin_id(ThreadState&, Value, CallArgs args) { return int_from_uint64(args[0].bits()); }

Result<Value> builtin_iter(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 2) {
    if (!is_callable(args[0])) return raise_type_error(ts, "iter(v, w): v must be callable");
    Value it = seq_iterator_new(g_callable_iterator_type, args[0]);
    stm::view(it.as<SeqIteratorObject>())->sentinel = args[1];
    return it;
  }
  return get_iter(ts, args[0]);
}

Result<Value> builtin_next(ThreadState& ts, Value, CallArgs args) {
  Value it = args[0];
  Value method = lookup_special(it, g_name___next__);
  if (method.is_null())
    return raise_type_error(ts, "'%s' object is not an iterator", type_name_of(it).c_str());
  // Without a default, the iterator's own StopIteration (with its value: a
  // generator's return value) reaches the caller unchanged.
  if (args.nargs == 1 && it.is_object() &&
      (it.as_object()->kind() == ObjectKind::Generator || (stm::read(type_of(it))->flags & kTypeHeap)))
    return call_special(ts, method, it, {});
  Value v = PY_TRY(iter_next(ts, it));
  if (v.is_absent()) {
    if (args.nargs > 1) return args[1];
    return raise_empty(ts, g_exc_StopIteration);
  }
  return v;
}

Result<Value> builtin_chr(ThreadState& ts, Value, CallArgs args) {
  if (!is_int(args[0]))
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(args[0]).c_str());
  int64_t i;
  if (!int_to_int64(args[0], &i)) return raise_overflow(ts, "Python int too large to convert to C int");
  if (i < 0 || i > 0x10ffff) return raise_value_error(ts, "chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<uint32_t>(i));
}

Result<Value> builtin_ord(ThreadState& ts, Value, CallArgs args) {
  Value s = args[0];
  if (is_instance_of(s, g_str_type)) {
    if (str_length(s) != 1)
      return raise_type_error(ts, "ord() expected a character, but string of length %ld found",
                              static_cast<long>(str_length(s)));
    return Value::small_int(str_char_at(s, 0));
  }
  // bytes and bytearray of length 1 give their byte.
  std::string_view bytes;
  if (is_instance_of(s, g_bytes_type)) bytes = std::string_view(reinterpret_cast<const char*>(bytes_data(s)), bytes_size(s));
  else if (is_bytearray(s)) bytes = bytearray_view(s);
  else return raise_type_error(ts, "ord() expected string of length 1, but %s found", type_name_of(s).c_str());
  if (bytes.size() != 1)
    return raise_type_error(ts, "ord() expected a character, but string of length %zu found", bytes.size());
  return Value::small_int(static_cast<uint8_t>(bytes[0]));
}

Result<Value> int_to_base(ThreadState& ts, Value v, int base, const char* prefix) {
  Value i = PY_TRY(index_value(ts, v));
  std::string digits = int_to_string_base(i, base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  return str_from_ascii(std::string(neg ? "-" : "") + prefix + digits);
}
Result<Value> builtin_hex(ThreadState& ts, Value, CallArgs args) { return int_to_base(ts, args[0], 16, "0x"); }
Result<Value> builtin_oct(ThreadState& ts, Value, CallArgs args) { return int_to_base(ts, args[0], 8, "0o"); }
Result<Value> builtin_bin(ThreadState& ts, Value, CallArgs args) { return int_to_base(ts, args[0], 2, "0b"); }

Result<Value> builtin_round(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "round", args, {"number", "ndigits"}));
  Value number = args.nargs > 0 ? args[0] : keyword_arg(args, "number");
  Value ndigits = args.nargs > 1 ? args[1] : keyword_arg(args, "ndigits");
  if (ndigits.is(g_none)) ndigits = Value();
  if (is_float(number)) return float_round(ts, float_value(number), ndigits);
  Value method = lookup_special(number, g_name___round__);
  if (method.is_null())
    return raise_type_error(ts, "type %s doesn't define __round__ method", type_name_of(number).c_str());
  if (ndigits.is_null()) return call_special(ts, method, number, {});
  return call_special(ts, method, number, {ndigits});
}

Result<Value> builtin_divmod(ThreadState& ts, Value, CallArgs args) {
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return int_divmod(ts, a, b);
  // a.__divmod__(b), then b.__rdivmod__(a) (data model §3.3.8).
  Value method = lookup_special(a, g_name___divmod__);
  if (!method.is_null()) {
    Value r = PY_TRY(call(ts, PY_TRY(bind_descriptor(ts, method, a, type_of(a))), {b}));
    if (!r.is(g_notimplemented)) return r;
  }
  if (type_of(a) != type_of(b)) {
    method = lookup_special(b, g_name___rdivmod__);
    if (!method.is_null()) {
      Value r = PY_TRY(call(ts, PY_TRY(bind_descriptor(ts, method, b, type_of(b))), {a}));
      if (!r.is(g_notimplemented)) return r;
    }
  }
  return raise_type_error(ts, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name_of(a).c_str(),
                          type_name_of(b).c_str());
}

Result<Value> builtin_pow(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "pow", args, {"base", "exp", "mod"}));
  Value base = args.nargs > 0 ? args[0] : keyword_arg(args, "base");
  Value exp = args.nargs > 1 ? args[1] : keyword_arg(args, "exp");
  Value mod = args.nargs > 2 ? args[2] : keyword_arg(args, "mod");
  if (!mod.is_null() && !mod.is(g_none)) {
    if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow(ts, base, exp, mod);
    // CPython's ternary_op: each distinct operand type's __pow__ in turn; int's
    // and float's give up on operands they cannot convert, float refuses a
    // modulus, complex refuses one with ValueError.
    auto real = [](Value v) { return is_int(v) || is_float(v); };
    auto number = [&](Value v) { return real(v) || is_complex(v); };
    // Three-argument pow never uses __rpow__: only the base's own __pow__.
    if (!number(base)) {
      Value method = lookup_special(base, g_name___pow__);
      if (!method.is_null()) {
        Value r = PY_TRY(call_special(ts, method, base, {exp, mod}));
        if (!r.is(g_notimplemented)) return r;
      }
    }
    TypeObject* tried[3] = {nullptr, nullptr, nullptr};
    Value order[3] = {base, exp, mod};
    for (int k = 0; k < 3; ++k) {
      TypeObject* t = type_of(order[k]);
      if (t == tried[0] || t == tried[1]) continue;
      tried[k] = t;
      if (is_float(order[k]) && real(base) && real(exp))
        return raise_type_error(ts, "pow() 3rd argument not allowed unless all arguments are integers");
      if (is_complex(order[k]) && number(base) && number(exp)) return raise_value_error(ts, "complex modulo");
    }
    return raise_type_error(ts, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            type_name_of(base).c_str(), type_name_of(exp).c_str(), type_name_of(mod).c_str());
  }
  return binary_op(ts, base, exp, 6);
}

Result<Value> builtin_getattr(ThreadState& ts, Value, CallArgs args) {
  if (!is_instance_of(args[1], g_str_type))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(args[1]).c_str());
  if (args.nargs > 2) {
    Value v = PY_TRY(get_attr_optional(ts, args[0], args[1]));
    return v.is_absent() ? args[2] : v;
  }
  return get_attr(ts, args[0], args[1]);
}

Result<Value> builtin_setattr(ThreadState& ts, Value, CallArgs args) {
  if (!is_instance_of(args[1], g_str_type))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(args[1]).c_str());
  PY_TRY(set_attr(ts, args[0], args[1], args[2]));
  return g_none;
}

Result<Value> builtin_delattr(ThreadState& ts, Value, CallArgs args) {
  if (!is_instance_of(args[1], g_str_type))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(args[1]).c_str());
  PY_TRY(del_attr(ts, args[0], args[1]));
  return g_none;
}

Result<Value> builtin_hasattr(ThreadState& ts, Value, CallArgs args) {
  if (!is_instance_of(args[1], g_str_type))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(args[1]).c_str());
  Value v = PY_TRY(get_attr_optional(ts, args[0], args[1]));
  return bool_value(!v.is_absent());
}

Result<Value> builtin_callable(ThreadState&, Value, CallArgs args) { return bool_value(is_callable(args[0])); }

Result<Value> builtin_format(ThreadState& ts, Value, CallArgs args) {
  return format_value(ts, args[0], args.nargs > 1 ? args[1] : str_from_ascii(""));
}

Result<Value> builtin_globals(ThreadState& ts, Value, CallArgs) {
  if (!ts.frame) return dict_new();
  return Value::from_object(stm::read(ts.frame)->globals);
}

Result<Value> builtin_locals(ThreadState& ts, Value, CallArgs) {
  if (!ts.frame) return dict_new();
  return frame_locals(ts.frame);
}

Result<Value> builtin_vars(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs == 0) return builtin_locals(ts, self, args);
  Result<Value> r = get_attr(ts, args[0], g_name___dict__);
  if (r.is_error() && pending_exception_matches(ts, g_exc_AttributeError)) {
    clear_pending_exception(ts);
    return raise_type_error(ts, "vars() argument must have __dict__ attribute");
  }
  return r;
}

// dir()'s default listing, unsorted: for a class (as_class) every name along
// its own MRO (type.__dir__); otherwise the object's own namespace (a class's
// dict too) and every name along its type's MRO (object.__dir__).
Result<Value> default_dir(ThreadState& ts, Value obj, bool as_class) {
  Value d = dict_new();
  bool is_class = is_instance_of(obj, g_type_type);
  if (is_class && !as_class) {
    PY_TRY(dict_update(ts, d, Value::from_object(stm::read(obj.as<TypeObject>())->dict)));
  } else if (!is_class) {
    DictObject** slot = instance_dict_slot(obj);
    if (slot && *stm::read(slot)) PY_TRY(dict_update(ts, d, Value::from_object(*stm::read(slot))));
  }
  TypeObject* walk = is_class && as_class ? obj.as<TypeObject>() : type_of(obj);
  const TupleObject* mro = stm::view(stm::read(walk)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    DictObject* cd = stm::read(mro->items[i].as<TypeObject>())->dict;
    PY_TRY(dict_update(ts, d, Value::from_object(cd)));
  }
  Value names = list_new(0);
  PY_TRY(list_extend(ts, names, d));
  return names;
}
Result<Value> object_dir_method(ThreadState& ts, Value self, CallArgs) { return default_dir(ts, self, false); }
Result<Value> type_dir_method(ThreadState& ts, Value self, CallArgs) { return default_dir(ts, self, true); }
const NativeMethod kObjectDir[] = {{"__dir__", object_dir_method, 0, 0, 0, nullptr}};
const NativeMethod kTypeDir[] = {{"__dir__", type_dir_method, 0, 0, 0, nullptr}};

Result<Value> builtin_dir(ThreadState& ts, Value self, CallArgs args) {
  Value names = list_new(0);
  if (args.nargs == 0) {
    Value locals = PY_TRY(builtin_locals(ts, self, args));
    PY_TRY(list_extend(ts, names, locals));
  } else {
    Value obj = args[0];
    // A module lists its namespace, or what its own __dir__ (PEP 562) returns.
    if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Module) {
      Value dict = Value::from_object(*stm::read(instance_dict_slot(obj)));
      Value hook = dict_get_str(dict, str_intern("__dir__"));
      names = hook.is_null() ? PY_TRY(sequence_to_list(ts, dict)) : PY_TRY(sequence_to_list(ts, PY_TRY(call(ts, hook, {}))));
      PY_TRY(list_sort(ts, names, Value(), false));
      return names;
    }
    // A __dir__ other than object's or type's decides; dir() sorts its result.
    Value custom = lookup_special(obj, str_intern("__dir__"));
    if (!custom.is_null() && !custom.is(type_lookup(g_object_type, str_intern("__dir__"))) &&
        !custom.is(type_lookup(g_type_type, str_intern("__dir__")))) {
      Value result = PY_TRY(call_special(ts, custom, obj, {}));
      names = PY_TRY(sequence_to_list(ts, result));
      PY_TRY(list_sort(ts, names, Value(), false));
      return names;
    }
    names = PY_TRY(default_dir(ts, obj, is_instance_of(obj, g_type_type)));
  }
  PY_TRY(list_sort(ts, names, Value(), false));
  return names;
}

// input([prompt]): the prompt to sys.stdout, a line from sys.stdin.
Result<Value> builtin_input(ThreadState& ts, Value, CallArgs args) {
  // A missing or None stream is "lost", as in CPython.
  Value in = PY_TRY(get_attr_optional(ts, sys_module(), str_intern("stdin")));
  if (in.is_absent() || in.is(g_none)) return raise(ts, g_exc_RuntimeError, "input(): lost sys.stdin");
  Value out = PY_TRY(get_attr_optional(ts, sys_module(), str_intern("stdout")));
  if (out.is_absent() || out.is(g_none)) return raise(ts, g_exc_RuntimeError, "input(): lost sys.stdout");
  Value err = PY_TRY(get_attr_optional(ts, sys_module(), str_intern("stderr")));
  if (err.is_absent() || err.is(g_none)) return raise(ts, g_exc_RuntimeError, "input(): lost sys.stderr");
  Result<Value> flushed_err = call_method(ts, err, g_name_flush, {});
  if (!flushed_err.ok()) clear_pending_exception(ts);
  if (args.nargs > 0) {
    Value prompt = PY_TRY(str(ts, args[0]));
    PY_TRY(call(ts, PY_TRY(get_attr(ts, out, g_name_write)), {prompt}));
  }
  Result<Value> flushed = get_attr(ts, out, g_name_flush);
  if (flushed.ok()) PY_TRY(call(ts, flushed.value(), {}));
  else clear_pending_exception(ts);
  Value line = PY_TRY(call(ts, PY_TRY(get_attr(ts, in, str_intern("readline"))), {}));
  if (!is_instance_of(line, g_str_type)) return raise_type_error(ts, "object.readline() returned non-string");
  int64_t n = str_length(line);
  if (n == 0) return raise(ts, g_exc_EOFError, "EOF when reading a line");
  if (str_char_at(line, n - 1) == '\n') return str_substring(line, 0, n - 1);
  return line;
}

// breakpoint(*args, **kws): whatever sys.breakpointhook is.
Result<Value> builtin_breakpoint(ThreadState& ts, Value, CallArgs args) {
  Value hook = PY_TRY(get_attr_optional(ts, sys_module(), str_intern("breakpointhook")));
  if (hook.is_absent()) return raise(ts, g_exc_RuntimeError, "lost sys.breakpointhook");
  return call(ts, hook, args);
}

Result<Value> builtin_build_class(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 2) return raise_type_error(ts, "__build_class__: not enough arguments");
  Value func = args[0];
  Value name = args[1];
  if (!func.is_object() || func.as_object()->kind() != ObjectKind::Function)
    return raise_type_error(ts, "__build_class__: func must be a function");
  if (!is_instance_of(name, g_str_type)) return raise_type_error(ts, "__build_class__: name is not a string");
  Value orig_bases = tuple_from(args.args + 2, static_cast<int64_t>(args.nargs) - 2);
  // PEP 560: a base that is not a class may stand for others (__mro_entries__).
  Value bases = orig_bases;
  {
    ValueVector resolved;
    bool changed = false;
    for (int64_t i = 0; i < tuple_size(orig_bases); ++i) {
      Value b = tuple_item(orig_bases, i);
      Value entries = is_instance_of(b, g_type_type) ? Value::absent()
                                                     : PY_TRY(get_attr_optional(ts, b, str_intern("__mro_entries__")));
      if (entries.is_absent()) {
        resolved.push_back(b);
        continue;
      }
      Value r = PY_TRY(call(ts, entries, {orig_bases}));
      if (!r.is_object() || r.as_object()->kind() != ObjectKind::Tuple)
        return raise_type_error(ts, "__mro_entries__ must return a tuple");
      for (int64_t j = 0; j < tuple_size(r); ++j) resolved.push_back(tuple_item(r, j));
      changed = true;
    }
    if (changed) bases = tuple_from(resolved.data(), static_cast<int64_t>(resolved.size()));
  }
  // Keyword arguments: metaclass, then the rest for the metaclass and __init_subclass__.
  Value meta = keyword_arg(args, "metaclass");
  ValueVector kw_values;
  ValueVector kw_names;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (str_equal(args.kw_name(i), g_name_metaclass)) continue;
    kw_names.push_back(args.kw_name(i));
    kw_values.push_back(args.kw_value(i));
  }
  if (meta.is_null()) {
    meta = tuple_size(bases) > 0 ? Value::from_object(type_of(tuple_item(bases, 0))) : Value::from_object(g_type_type);
  }
  // The most derived metaclass among meta and the bases' metaclasses.
  if (is_instance_of(meta, g_type_type)) {
    for (int64_t i = 0; i < tuple_size(bases); ++i) {
      TypeObject* bm = type_of(tuple_item(bases, i));
      if (type_is_subtype(meta.as<TypeObject>(), bm)) continue;
      if (type_is_subtype(bm, meta.as<TypeObject>())) {
        meta = Value::from_object(bm);
        continue;
      }
      return raise_type_error(ts,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
    }
  }
  Value ns;
  Value prepare = PY_TRY(get_attr_optional(ts, meta, g_name___prepare__));
  if (!prepare.is_absent()) {
    ValueVector pargs;
    pargs.push_back(name);
    pargs.push_back(bases);
    for (Value v : kw_values) pargs.push_back(v);
    Value kwn = kw_names.empty() ? Value() : tuple_from(kw_names.data(), static_cast<int64_t>(kw_names.size()));
    ns = PY_TRY(call(ts, prepare,
                     CallArgs{pargs.data(), 2, kwn.is_null() ? nullptr : kwn.as<TupleObject>()}));
    if (lookup_special(ns, g_name___getitem__).is_null()) {
      std::string meta_name = is_instance_of(meta, g_type_type) ? std::string(type_name(meta.as<TypeObject>()))
                                                                 : "<metaclass>";
      return raise_type_error(ts, "%s.__prepare__() must return a mapping, not %s", meta_name.c_str(),
                              type_name_of(ns).c_str());
    }
  } else {
    ns = dict_new();
  }
  // Run the body with the namespace as its locals.
  FunctionObject* fn = func.as<FunctionObject>();
  const FunctionObject* fv = stm::read(fn);
  FrameObject* frame = frame_new(fv->code, fv->globals, fv->builtins, ns, fn);
  const CodeObject* c = stm::view(fv->code);
  for (int32_t i = 0; i < c->ncells; ++i) stm::view(frame)->slots[c->nlocals + i] = cell_new(Value());
  for (int32_t i = 0; i < c->nfrees; ++i)
    stm::view(frame)->slots[c->nlocals + c->ncells + i] = stm::view(fv->closure)->items[i];
  PY_TRY(run_frame(ts, frame));
  if (!bases.is(orig_bases)) PY_TRY(set_item(ts, ns, str_intern("__orig_bases__"), orig_bases));
  ValueVector margs;
  margs.push_back(name);
  margs.push_back(bases);
  margs.push_back(ns);
  for (Value v : kw_values) margs.push_back(v);
  Value kwn = kw_names.empty() ? Value() : tuple_from(kw_names.data(), static_cast<int64_t>(kw_names.size()));
  Value cls = PY_TRY(call(ts, meta, CallArgs{margs.data(), 3, kwn.is_null() ? nullptr : kwn.as<TupleObject>()}));
  return cls;
}

Result<Value> builtin_import(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "__import__", args, {"name", "globals", "locals", "fromlist", "level"}));
  Value name = args.nargs > 0 ? args[0] : keyword_arg(args, "name");
  if (name.is_null()) return raise_type_error(ts, "__import__() missing required argument 'name' (pos 1)");
  if (!is_instance_of(name, g_str_type)) return raise_type_error(ts, "module name must be a string");
  Value fromlist = args.nargs > 3 ? args[3] : keyword_arg(args, "fromlist");
  Value level = args.nargs > 4 ? args[4] : keyword_arg(args, "level");
  if (level.is_null()) level = Value::small_int(0);
  return import_module_level(ts, name, g_none, fromlist.is_null() ? g_none : fromlist, level);
}

Result<Value> exec_or_eval(ThreadState& ts, CallArgs args, bool is_eval) {
  Value source = args[0];
  Value globals = args.nargs > 1 && !args[1].is(g_none) ? args[1] : Value();
  Value locals = args.nargs > 2 && !args[2].is(g_none) ? args[2] : Value();
  if (globals.is_null()) {
    globals = PY_TRY(builtin_globals(ts, Value(), CallArgs{}));
    if (locals.is_null()) locals = PY_TRY(builtin_locals(ts, Value(), CallArgs{}));
  }
  if (!is_dict(globals)) {
    if (is_eval) return raise_type_error(ts, "globals must be a real dict; try eval(expr, {}, mapping)");
    return raise_type_error(ts, "exec() globals must be a dict, not %s", type_name_of(globals).c_str());
  }
  if (!locals.is_null() && lookup_special(locals, g_name___getitem__).is_null()) {
    if (is_eval) return raise_type_error(ts, "locals must be a mapping");
    return raise_type_error(ts, "locals must be a mapping or None, not %s", type_name_of(locals).c_str());
  }
  if (locals.is_null()) locals = globals;
  if (dict_get_str(globals, g_name___builtins__).is_null()) dict_set_str(globals, g_name___builtins__, g_builtins);
  Value code;
  if (is_instance_of(source, g_code_type)) {
    code = source;
  } else if (is_instance_of(source, g_str_type) || is_instance_of(source, g_bytes_type)) {
    std::string text = is_instance_of(source, g_str_type)
                           ? str_to_utf8(source)
                           : std::string(reinterpret_cast<const char*>(bytes_data(source)),
                                         static_cast<size_t>(bytes_size(source)));
    if (is_eval) {
      size_t start = text.find_first_not_of(" \t");
      text = start == std::string::npos ? "" : text.substr(start);
    }
    code = PY_TRY(compile_source(ts, text, "<string>", is_eval ? CompileMode::Eval : CompileMode::Exec));
  } else {
    return raise_type_error(ts, "%s() arg 1 must be a string, bytes or code object", is_eval ? "eval" : "exec");
  }
  Value r = PY_TRY(run_code(ts, code.as<CodeObject>(), globals.as<DictObject>(), locals));
  return is_eval ? r : g_none;
}
Result<Value> builtin_exec(ThreadState& ts, Value, CallArgs args) { return exec_or_eval(ts, args, false); }
Result<Value> builtin_eval(ThreadState& ts, Value, CallArgs args) { return exec_or_eval(ts, args, true); }

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
// a code object, or with PyCF_ONLY_AST the `_ast` tree; source may be a str,
// bytes or an `_ast` tree (library reference "Built-in Functions").
Result<Value> builtin_compile(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "compile", args,
                        {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}));
  Value source = args.nargs > 0 ? args[0] : keyword_arg(args, "source");
  Value filename = args.nargs > 1 ? args[1] : keyword_arg(args, "filename");
  Value mode = args.nargs > 2 ? args[2] : keyword_arg(args, "mode");
  Value flags = args.nargs > 3 ? args[3] : keyword_arg(args, "flags");
  if (source.is_null() || filename.is_null() || mode.is_null())
    return raise_type_error(ts, "compile() missing required argument");
  int64_t flag_bits = 0;
  if (!flags.is_null()) {
    if (!is_int(flags)) return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(flags).c_str());
    if (!int_to_int64(flags, &flag_bits)) return raise_overflow(ts, "Python int too large to convert to C int");
  }
  if (flag_bits & ~(0x1fe0000 | 0x10 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000))
    return raise_value_error(ts, "compile(): unrecognised flags");
  bool only_ast = (flag_bits & kPyCF_ONLY_AST) != 0;
  if (!is_instance_of(mode, g_str_type))
    return raise_type_error(ts, "compile() argument 'mode' must be str, not %s", type_name_of(mode).c_str());
  // The filename may be str, bytes or os.PathLike (CPython's fsdecode).
  if (!is_instance_of(filename, g_str_type)) {
    if (is_instance_of(filename, g_bytes_type)) {
      filename = PY_TRY(call_method(ts, filename, str_intern("decode"), {}));
    } else {
      Value fspath = lookup_special(filename, str_intern("__fspath__"));
      if (fspath.is_null())
        return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(filename).c_str());
      filename = PY_TRY(call_special(ts, fspath, filename, {}));
      if (!is_instance_of(filename, g_str_type))
        return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(filename).c_str());
    }
  }
  std::string m = str_to_utf8(mode);
  CompileMode cm;
  if (m == "exec") cm = CompileMode::Exec;
  else if (m == "eval") cm = CompileMode::Eval;
  else if (m == "single") cm = CompileMode::Single;
  else return raise_value_error(ts, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string file = str_to_utf8(filename);
  if (is_ast_object(source)) return code_from_ast_object(ts, source, file, cm, only_ast);
  std::string text;
  if (is_instance_of(source, g_str_type)) text = str_to_utf8(source);
  else if (is_instance_of(source, g_bytes_type))
    text.assign(reinterpret_cast<const char*>(bytes_data(source)), static_cast<size_t>(bytes_size(source)));
  else return raise_type_error(ts, "compile() arg 1 must be a string, bytes or AST object");
  if (only_ast) return ast_object_from_source(ts, text, file, cm);
  return compile_source(ts, text, file, cm);
}

const NativeMethod kBuiltins[] = {
    {"print", builtin_print, 0, -1, 0, nullptr},
    {"len", builtin_len, 1, 1, kNativeNoKeywords, nullptr},
    {"repr", builtin_repr, 1, 1, kNativeNoKeywords, nullptr},
    {"ascii", builtin_ascii, 1, 1, kNativeNoKeywords, nullptr},
    {"isinstance", builtin_isinstance, 2, 2, kNativeNoKeywords, nullptr},
    {"issubclass", builtin_issubclass, 2, 2, kNativeNoKeywords, nullptr},
    {"abs", builtin_abs, 1, 1, kNativeNoKeywords, nullptr},
    {"min", builtin_min, 0, -1, 0, nullptr},
    {"max", builtin_max, 0, -1, 0, nullptr},
    {"sum", builtin_sum, 1, 2, 0, nullptr},
    {"sorted", builtin_sorted, 0, -1, 0, nullptr},
    {"any", builtin_any, 1, 1, kNativeNoKeywords, nullptr},
    {"all", builtin_all, 1, 1, kNativeNoKeywords, nullptr},
    {"hash", builtin_hash, 1, 1, kNativeNoKeywords, nullptr},
    {"id", builtin_id, 1, 1, kNativeNoKeywords, nullptr},
    {"iter", builtin_iter, 1, 2, kNativeNoKeywords, nullptr},
    {"next", builtin_next, 1, 2, kNativeNoKeywords, nullptr},
    {"chr", builtin_chr, 1, 1, kNativeNoKeywords, nullptr},
    {"ord", builtin_ord, 1, 1, kNativeNoKeywords, nullptr},
    {"hex", builtin_hex, 1, 1, kNativeNoKeywords, nullptr},
    {"oct", builtin_oct, 1, 1, kNativeNoKeywords, nullptr},
    {"bin", builtin_bin, 1, 1, kNativeNoKeywords, nullptr},
    {"round", builtin_round, 0, 2, 0, nullptr},
    {"divmod", builtin_divmod, 2, 2, kNativeNoKeywords, nullptr},
    {"pow", builtin_pow, 0, 3, 0, nullptr},
    {"getattr", builtin_getattr, 2, 3, kNativeNoKeywords, nullptr},
    {"setattr", builtin_setattr, 3, 3, kNativeNoKeywords, nullptr},
    {"delattr", builtin_delattr, 2, 2, kNativeNoKeywords, nullptr},
    {"hasattr", builtin_hasattr, 2, 2, kNativeNoKeywords, nullptr},
    {"callable", builtin_callable, 1, 1, kNativeNoKeywords, nullptr},
    {"aiter", builtin_aiter, 1, 1, kNativeNoKeywords, nullptr},
    {"anext", builtin_anext, 1, 2, kNativeNoKeywords, nullptr},
    {"format", builtin_format, 1, 2, kNativeNoKeywords, nullptr},
    {"globals", builtin_globals, 0, 0, 0, nullptr},
    {"locals", builtin_locals, 0, 0, 0, nullptr},
    {"vars", builtin_vars, 0, 1, 0, nullptr},
    {"dir", builtin_dir, 0, 1, 0, nullptr},
    {"input", builtin_input, 0, 1, 0, nullptr},
    {"breakpoint", builtin_breakpoint, 0, -1, 0, nullptr},
    {"__build_class__", builtin_build_class, 2, -1, 0, nullptr},
    {"__import__", builtin_import, 0, 5, 0, nullptr},
    {"exec", builtin_exec, 1, 3, 0, nullptr},
    {"eval", builtin_eval, 1, 3, 0, nullptr},
    {"compile", builtin_compile, 0, 6, 0, nullptr},
    {"open", builtin_open, 0, -1, 0, nullptr},
};

}  // namespace

Value builtins_module() { return g_builtins; }

void init_builtins_module(const RuntimeOptions& options) {
  // dir() calls neither (it lists the same names itself); code may.
  add_native_methods(g_object_type, kObjectDir);
  add_native_methods(g_type_type, kTypeDir);
  g_builtins = module_new(str_intern("builtins"));
  add_global_root(&g_builtins);
  for (const NativeMethod& m : kBuiltins) module_set(g_builtins, m.name, make_builtin_function(&m, Value()));
  struct {
    const char* name;
    TypeObject* type;
  } types[] = {{"object", g_object_type},   {"type", g_type_type},
               {"int", g_int_type},         {"bool", g_bool_type},
               {"float", g_float_type},     {"complex", g_complex_type},     {"str", g_str_type},
               {"bytes", g_bytes_type},     {"bytearray", g_bytearray_type}, {"memoryview", g_memoryview_type},     {"tuple", g_tuple_type},
               {"list", g_list_type},       {"dict", g_dict_type},
               {"set", g_set_type},         {"frozenset", g_frozenset_type},
               {"range", g_range_type},     {"slice", g_slice_type},
               {"enumerate", g_enumerate_type}, {"zip", g_zip_type},
               {"map", g_map_type},         {"filter", g_filter_type},
               {"reversed", g_reversed_type}, {"property", g_property_type},
               {"staticmethod", g_staticmethod_type}, {"classmethod", g_classmethod_type},
               {"super", g_super_type}};
  for (auto& t : types) module_set(g_builtins, t.name, Value::from_object(t.type));
#define PYSTM_EXPORT_EXC(var, name, base) module_set(g_builtins, name, Value::from_object(g_exc_##var));
  PYSTM_EXCEPTION_TYPES(PYSTM_EXPORT_EXC)
#undef PYSTM_EXPORT_EXC
  module_set(g_builtins, "EnvironmentError", Value::from_object(g_exc_OSError));
  module_set(g_builtins, "IOError", Value::from_object(g_exc_OSError));
  module_set(g_builtins, "None", g_none);
  module_set(g_builtins, "True", g_true);
  module_set(g_builtins, "False", g_false);
  module_set(g_builtins, "Ellipsis", g_ellipsis);
  module_set(g_builtins, "NotImplemented", g_notimplemented);
  module_set(g_builtins, "__debug__", g_true);
  register_builtin_module("builtins", g_builtins);
  init_sys_module(options);
}

}  // namespace pystm
