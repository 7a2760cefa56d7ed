// stdlib/locale_module.cpp — the `_locale` module locale.py wraps (library
// reference "locale — Internationalization services"): setlocale,
// localeconv, nl_langinfo and its constants, strcoll, strxfrm,
// getencoding, the gettext family, and locale.Error.
// Must never: change the process locale before making the transaction
// inevitable (it is process-wide state the STM cannot roll back).
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <cwchar>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_errors.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_locale_error;

Error locale_error(ThreadState& ts, const char* message) {
  return raise_with_args(ts, g_locale_error.as<TypeObject>(), str_from_utf8(message));
}

Result<Value> locale_setlocale(ThreadState& ts, Value, CallArgs args) {
  int64_t category = PY_TRY(index_as_ssize(ts, args[0]));
  const char* result;
  if (args.nargs > 1 && !args[1].is(g_none)) {
    if (!is_str(args[1]))
      return raise_type_error(ts, "setlocale() argument 2 must be str or None, not %s", type_name_of(args[1]).c_str());
    std::string name = str_to_utf8(args[1]);
    if (name.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
    PY_TRY(enter_inevitable(ts));
    result = ::setlocale(static_cast<int>(category), name.c_str());
    if (!result) return locale_error(ts, "unsupported locale setting");
  } else {
    result = ::setlocale(static_cast<int>(category), nullptr);
    if (!result) return locale_error(ts, "locale query failed");
  }
  return str_from_utf8(result);
}

// CPython's grouping list: the bytes of the C string with its terminator
// (0 or CHAR_MAX) included; empty for "".
Value grouping_list(const char* s) {
  Value out = list_new();
  if (!s || s[0] == '\0') return out;
  size_t i = 0;
  while (s[i] != '\0' && s[i] != CHAR_MAX) ++i;
  for (size_t k = 0; k <= i; ++k) list_append(out, Value::small_int(static_cast<unsigned char>(s[k])));
  return out;
}

Result<Value> locale_localeconv(ThreadState&, Value, CallArgs) {
  lconv* l = ::localeconv();
  Value d = dict_new();
  auto set_s = [&](const char* k, const char* v) { dict_set_str(d, str_intern(k), str_from_utf8(v ? v : "")); };
  auto set_i = [&](const char* k, char v) { dict_set_str(d, str_intern(k), Value::small_int(static_cast<signed char>(v) == CHAR_MAX ? CHAR_MAX : v)); };
  set_s("int_curr_symbol", l->int_curr_symbol);
  set_s("currency_symbol", l->currency_symbol);
  set_s("mon_decimal_point", l->mon_decimal_point);
  set_s("mon_thousands_sep", l->mon_thousands_sep);
  dict_set_str(d, str_intern("mon_grouping"), grouping_list(l->mon_grouping));
  set_s("positive_sign", l->positive_sign);
  set_s("negative_sign", l->negative_sign);
  set_i("int_frac_digits", l->int_frac_digits);
  set_i("frac_digits", l->frac_digits);
  set_i("p_cs_precedes", l->p_cs_precedes);
  set_i("p_sep_by_space", l->p_sep_by_space);
  set_i("n_cs_precedes", l->n_cs_precedes);
  set_i("n_sep_by_space", l->n_sep_by_space);
  set_i("p_sign_posn", l->p_sign_posn);
  set_i("n_sign_posn", l->n_sign_posn);
  set_s("decimal_point", l->decimal_point);
  set_s("thousands_sep", l->thousands_sep);
  dict_set_str(d, str_intern("grouping"), grouping_list(l->grouping));
  return d;
}

#define LANGINFO(name) {#name, name}
const struct {
  const char* name;
  int value;
} kLanginfo[] = {
    LANGINFO(CODESET), LANGINFO(D_T_FMT), LANGINFO(D_FMT), LANGINFO(T_FMT), LANGINFO(T_FMT_AMPM),
    LANGINFO(AM_STR), LANGINFO(PM_STR), LANGINFO(DAY_1), LANGINFO(DAY_2), LANGINFO(DAY_3), LANGINFO(DAY_4),
    LANGINFO(DAY_5), LANGINFO(DAY_6), LANGINFO(DAY_7), LANGINFO(ABDAY_1), LANGINFO(ABDAY_2), LANGINFO(ABDAY_3),
    LANGINFO(ABDAY_4), LANGINFO(ABDAY_5), LANGINFO(ABDAY_6), LANGINFO(ABDAY_7), LANGINFO(MON_1), LANGINFO(MON_2),
    LANGINFO(MON_3), LANGINFO(MON_4), LANGINFO(MON_5), LANGINFO(MON_6), LANGINFO(MON_7), LANGINFO(MON_8),
    LANGINFO(MON_9), LANGINFO(MON_10), LANGINFO(MON_11), LANGINFO(MON_12), LANGINFO(ABMON_1), LANGINFO(ABMON_2),
    LANGINFO(ABMON_3), LANGINFO(ABMON_4), LANGINFO(ABMON_5), LANGINFO(ABMON_6), LANGINFO(ABMON_7),
    LANGINFO(ABMON_8), LANGINFO(ABMON_9), LANGINFO(ABMON_10), LANGINFO(ABMON_11), LANGINFO(ABMON_12),
    LANGINFO(RADIXCHAR), LANGINFO(THOUSEP), LANGINFO(YESEXPR), LANGINFO(NOEXPR), LANGINFO(CRNCYSTR),
    LANGINFO(ERA), LANGINFO(ERA_D_T_FMT), LANGINFO(ERA_D_FMT), LANGINFO(ERA_T_FMT), LANGINFO(ALT_DIGITS),
};
#undef LANGINFO

Result<Value> locale_nl_langinfo(ThreadState& ts, Value, CallArgs args) {
  int64_t key = PY_TRY(index_as_ssize(ts, args[0]));
  for (const auto& k : kLanginfo)
    if (k.value == key) return str_from_utf8(::nl_langinfo(static_cast<nl_item>(key)));
  return raise_value_error(ts, "unsupported langinfo constant");
}

Result<std::wstring> wide(ThreadState& ts, Value v, const char* fname, int pos) {
  if (!is_str(v))
    return raise_type_error(ts, "%s() argument %d must be str, not %s", fname, pos, type_name_of(v).c_str());
  std::string s = str_to_utf8(v);
  std::wstring out(s.size() + 1, L'\0');
  std::mbstate_t st{};
  const char* src = s.c_str();
  size_t n = std::mbsrtowcs(out.data(), &src, out.size(), &st);
  if (n == static_cast<size_t>(-1)) {
    // Not representable in the current locale: compare code points instead.
    out.clear();
    for (unsigned char c : s) out.push_back(static_cast<wchar_t>(c));
    return out;
  }
  out.resize(n);
  return out;
}

Result<Value> locale_strcoll(ThreadState& ts, Value, CallArgs args) {
  std::wstring a = PY_TRY(wide(ts, args[0], "strcoll", 1));
  std::wstring b = PY_TRY(wide(ts, args[1], "strcoll", 2));
  return Value::small_int(std::wcscoll(a.c_str(), b.c_str()));
}

Result<Value> locale_strxfrm(ThreadState& ts, Value, CallArgs args) {
  std::wstring a = PY_TRY(wide(ts, args[0], "strxfrm", 1));
  size_t n = std::wcsxfrm(nullptr, a.c_str(), 0);
  std::wstring out(n + 1, L'\0');
  std::wcsxfrm(out.data(), a.c_str(), n + 1);
  out.resize(n);
  std::u32string cps(out.begin(), out.end());
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(cps.data()), static_cast<int64_t>(cps.size()));
}

Result<Value> locale_getencoding(ThreadState&, Value, CallArgs) {
  const char* codeset = ::nl_langinfo(CODESET);
  if (!codeset || !*codeset) return str_from_ascii("UTF-8");
  // CPython's UTF-8 mode default: the C/POSIX locale's ASCII reads as UTF-8.
  if (std::strcmp(codeset, "ANSI_X3.4-1968") == 0) return str_from_ascii("utf-8");
  return str_from_utf8(codeset);
}

Result<Value> locale_gettext(ThreadState& ts, Value, CallArgs args) {
  Value msg = args[args.nargs == 1 ? 0 : 1];
  (void)ts;
  return msg;
}
Result<Value> locale_textdomain(ThreadState&, Value, CallArgs args) {
  if (args.nargs > 0 && !args[0].is(g_none)) return args[0];
  return str_from_ascii("messages");
}
Result<Value> locale_bindtextdomain(ThreadState&, Value, CallArgs args) {
  if (!args[1].is(g_none)) return args[1];
  return str_from_ascii("/usr/share/locale");
}
Result<Value> locale_bind_codeset(ThreadState&, Value, CallArgs args) { return args[1]; }

const NativeMethod kFunctions[] = {
    {"setlocale", locale_setlocale, 1, 2, kNativeNoKeywords, nullptr},
    {"localeconv", locale_localeconv, 0, 0, 0, nullptr},
    {"nl_langinfo", locale_nl_langinfo, 1, 1, kNativeNoKeywords, nullptr},
    {"strcoll", locale_strcoll, 2, 2, kNativeNoKeywords, nullptr},
    {"strxfrm", locale_strxfrm, 1, 1, kNativeNoKeywords, nullptr},
    {"getencoding", locale_getencoding, 0, 0, 0, nullptr},
    {"gettext", locale_gettext, 1, 1, kNativeNoKeywords, nullptr},
    {"dgettext", locale_gettext, 2, 2, kNativeNoKeywords, nullptr},
    {"dcgettext", [](ThreadState&, Value, CallArgs a) -> Result<Value> { return a[1]; }, 3, 3, kNativeNoKeywords, nullptr},
    {"textdomain", locale_textdomain, 1, 1, kNativeNoKeywords, nullptr},
    {"bindtextdomain", locale_bindtextdomain, 2, 2, kNativeNoKeywords, nullptr},
    {"bind_textdomain_codeset", locale_bind_codeset, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_locale_module(ThreadState& ts) {
  if (g_locale_error.is_null()) {
    PY_TRY(enter_inevitable(ts));
    // As CPython at startup: LC_CTYPE from the environment, and the C locale
    // coerced to C.UTF-8 (PEP 538).
    const char* ctype = ::setlocale(LC_CTYPE, "");
    if (!ctype || std::strcmp(ctype, "C") == 0 || std::strcmp(ctype, "POSIX") == 0) ::setlocale(LC_CTYPE, "C.UTF-8");
    PY_TRY(module_exception_class(ts, &g_locale_error, "locale", "Error", g_exc_Exception));
  }
  Value module = module_new(str_intern("_locale"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  const struct {
    const char* name;
    int value;
  } kCategories[] = {{"LC_CTYPE", LC_CTYPE},       {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
                     {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
                     {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX}};
  for (const auto& c : kCategories) module_set(module, c.name, Value::small_int(c.value));
  for (const auto& k : kLanginfo) module_set(module, k.name, Value::small_int(k.value));
  module_set(module, "Error", g_locale_error);
  return module;
}

}  // namespace pystm
