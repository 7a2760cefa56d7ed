// stdlib/unicodedata_module.cpp — the `unicodedata` module (library
// reference "unicodedata — Unicode Database"): name/lookup (aliases and named
// sequences too), category, bidirectional, combining, mirrored,
// east_asian_width, decimal/digit/numeric, decomposition, normalize and
// is_normalized, unidata_version, and the UCD objects (ucd_3_2_0 for idna
// and stringprep).
// Data: utf8proc has no character names, numeric values, decomposition
// strings or East Asian widths, so the properties come from the Unicode
// Character Database files of Debian's unicode-data package
// (/usr/share/unicode, Unicode 15.0), read once on first import into
// immutable C++ tables; normalization is utf8proc's. CPython 3.11 ships
// Unicode 14.0.0: characters whose DerivedAge is later are treated as
// unassigned, so the answers are 14.0.0's (ucd_3_2_0 likewise filters by
// age 3.2, which approximates the old database: property changes since 3.2
// are not undone).
// Must never: change the tables after loading (they are shared by every
// thread without barriers because they are immutable).
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

constexpr const char* kUcdDir = "/usr/share/unicode/";
constexpr int kVersion14 = 1400;  // major * 100 + minor
constexpr int kVersion32 = 302;

struct Record {
  std::string name;           // empty for unnamed characters
  std::string category = "Cn";
  std::string bidi;
  std::string decomposition;
  int combining = 0;
  int decimal = -1, digit = -1;
  bool mirrored = false;
};

// A <..., First>/<..., Last> range of UnicodeData.txt.
struct RangeRecord {
  uint32_t first, last;
  Record record;
  enum { kNoName, kCjk, kHangul } naming;
};

struct Interval {
  uint32_t first, last;
  int value;  // an age (major*100+minor) or an index into kWidths
};

const char* const kWidths[] = {"N", "Na", "W", "F", "H", "A"};

struct Database {
  std::unordered_map<uint32_t, Record> chars;
  std::vector<RangeRecord> ranges;
  std::vector<Interval> ages;    // sorted
  std::vector<Interval> widths;  // sorted
  std::unordered_map<uint32_t, double> numeric;
  std::unordered_map<std::string, uint32_t> by_name;
  std::unordered_map<std::string, uint32_t> aliases;
  std::unordered_map<std::string, std::vector<uint32_t>> sequences;
  bool loaded = false;
};

Database& db() {
  static Database* d = new Database;
  return *d;
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = line.find(sep, start);
    out.push_back(line.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) return out;
    start = pos + 1;
  }
}
std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}
uint32_t hex(const std::string& s) { return static_cast<uint32_t>(std::strtoul(s.c_str(), nullptr, 16)); }
// "0041..005A" or "0041".
void parse_range(const std::string& text, uint32_t* first, uint32_t* last) {
  size_t dots = text.find("..");
  *first = hex(text.substr(0, dots));
  *last = dots == std::string::npos ? *first : hex(text.substr(dots + 2));
}
// The data lines (comments stripped, blank lines skipped) of a UCD file.
bool for_each_line(const char* file, auto fn) {
  std::ifstream in(std::string(kUcdDir) + file);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    if (trim(line).empty()) continue;
    fn(line);
  }
  return true;
}

bool load_database(Database& d) {
  bool ok = for_each_line("UnicodeData.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() < 15) return;
    Record r;
    r.category = f[2];
    r.combining = std::atoi(f[3].c_str());
    r.bidi = f[4];
    r.decomposition = f[5];
    if (!f[6].empty()) r.decimal = std::atoi(f[6].c_str());
    if (!f[7].empty()) r.digit = std::atoi(f[7].c_str());
    r.mirrored = f[9] == "Y";
    uint32_t cp = hex(f[0]);
    const std::string& name = f[1];
    if (name.size() > 8 && name.front() == '<' && name.find(", First>") != std::string::npos) {
      RangeRecord range{cp, cp, r, RangeRecord::kNoName};
      if (name.find("CJK Ideograph") != std::string::npos) range.naming = RangeRecord::kCjk;
      if (name.find("Hangul Syllable") != std::string::npos) range.naming = RangeRecord::kHangul;
      d.ranges.push_back(range);
      return;
    }
    if (name.size() > 8 && name.front() == '<' && name.find(", Last>") != std::string::npos) {
      if (!d.ranges.empty()) d.ranges.back().last = cp;
      return;
    }
    if (name.front() != '<') {
      r.name = name;
      d.by_name[name] = cp;
    }
    d.chars[cp] = r;
  });
  ok = ok && for_each_line("DerivedAge.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() < 2) return;
    Interval iv;
    parse_range(trim(f[0]), &iv.first, &iv.last);
    std::string age = trim(f[1]);
    size_t dot = age.find('.');
    iv.value = std::atoi(age.substr(0, dot).c_str()) * 100 + std::atoi(age.substr(dot + 1).c_str());
    d.ages.push_back(iv);
  });
  ok = ok && for_each_line("EastAsianWidth.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() < 2) return;
    Interval iv;
    parse_range(trim(f[0]), &iv.first, &iv.last);
    std::string w = trim(f[1]);
    iv.value = 0;
    for (int i = 0; i < 6; ++i)
      if (w == kWidths[i]) iv.value = i;
    d.widths.push_back(iv);
  });
  ok = ok && for_each_line("extracted/DerivedNumericValues.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() < 4) return;
    uint32_t first, last;
    parse_range(trim(f[0]), &first, &last);
    std::string rational = trim(f[3]);
    size_t slash = rational.find('/');
    double value = slash == std::string::npos
                       ? std::strtod(rational.c_str(), nullptr)
                       : std::strtod(rational.substr(0, slash).c_str(), nullptr) /
                             std::strtod(rational.substr(slash + 1).c_str(), nullptr);
    for (uint32_t cp = first; cp <= last; ++cp) d.numeric[cp] = value;
  });
  ok = ok && for_each_line("NameAliases.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() >= 2) d.aliases[trim(f[1])] = hex(trim(f[0]));
  });
  ok = ok && for_each_line("NamedSequences.txt", [&](const std::string& line) {
    std::vector<std::string> f = split(line, ';');
    if (f.size() < 2) return;
    std::vector<uint32_t> cps;
    for (const std::string& h : split(trim(f[1]), ' '))
      if (!h.empty()) cps.push_back(hex(h));
    d.sequences[trim(f[0])] = cps;
  });
  auto by_first = [](const Interval& a, const Interval& b) { return a.first < b.first; };
  std::sort(d.ages.begin(), d.ages.end(), by_first);
  std::sort(d.widths.begin(), d.widths.end(), by_first);
  return ok;
}

const Interval* find_interval(const std::vector<Interval>& v, uint32_t cp) {
  auto it = std::upper_bound(v.begin(), v.end(), cp, [](uint32_t c, const Interval& iv) { return c < iv.first; });
  if (it == v.begin()) return nullptr;
  --it;
  return cp <= it->last ? &*it : nullptr;
}

// -- Lookups under a database version ----------------------------------------------

bool assigned_in(uint32_t cp, int version) {
  const Interval* age = find_interval(db().ages, cp);
  return age && age->value <= version;
}

// The record of cp, or null when unassigned (in `version`).
const Record* record_of(uint32_t cp, int version, const RangeRecord** range_out = nullptr) {
  if (!assigned_in(cp, version)) return nullptr;
  Database& d = db();
  auto it = d.chars.find(cp);
  if (it != d.chars.end()) return &it->second;
  for (const RangeRecord& r : d.ranges)
    if (cp >= r.first && cp <= r.last) {
      if (range_out) *range_out = &r;
      return &r.record;
    }
  return nullptr;
}

const char* const kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                              "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                              "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
const char* const kJamoT[] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                              "LP", "LH", "M", "B",  "BS", "S",  "SS", "NG", "J", "C",  "K",  "T",  "P",  "H"};
constexpr uint32_t kHangulBase = 0xAC00, kHangulCount = 11172;

std::string name_of(uint32_t cp, int version) {
  const RangeRecord* range = nullptr;
  const Record* r = record_of(cp, version, &range);
  if (!r) return std::string();
  if (!range) return r->name;
  char buf[64];
  if (range->naming == RangeRecord::kCjk) {
    snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%X", cp);
    return buf;
  }
  if (range->naming == RangeRecord::kHangul) {
    uint32_t s = cp - kHangulBase;
    return std::string("HANGUL SYLLABLE ") + kJamoL[s / (21 * 28)] + kJamoV[(s % (21 * 28)) / 28] + kJamoT[s % 28];
  }
  return std::string();
}

// The code point named `name`; -1 when none. Names from the tables match
// in any case; the algorithmic Hangul and CJK names only in upper case (as
// in CPython).
int64_t code_of(const std::string& name, int version, bool with_aliases) {
  Database& d = db();
  std::string upper = name;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = d.by_name.find(upper);
  if (it != d.by_name.end()) return assigned_in(it->second, version) ? it->second : -1;
  const std::string cjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.compare(0, cjk.size(), cjk) == 0) {
    std::string digits = name.substr(cjk.size());
    if ((digits.size() == 4 || digits.size() == 5) && digits.find_first_not_of("0123456789ABCDEF") == std::string::npos) {
      uint32_t cp = hex(digits);
      if (name_of(cp, version) == name) return cp;
    }
    return -1;
  }
  const std::string hangul = "HANGUL SYLLABLE ";
  if (name.compare(0, hangul.size(), hangul) == 0) {
    for (uint32_t s = 0; s < kHangulCount; ++s)
      if (name_of(kHangulBase + s, version) == name) return kHangulBase + s;
    return -1;
  }
  if (with_aliases) {
    auto a = d.aliases.find(upper);
    if (a != d.aliases.end() && assigned_in(a->second, version)) return a->second;
  }
  return -1;
}

// -- Python functions -----------------------------------------------------------------

TypeObject* g_ucd_type = nullptr;

// The database version of a call: a UCD object's, or 14.0 for the module.
int version_of(Value self) {
  if (!self.is_null() && self.is_object() && type_of(self) == g_ucd_type)
    return static_cast<int>(native_field(self, 0).as_small_int());
  return kVersion14;
}

// The character argument; `numbered` for functions that take a default too
// (their messages say "argument 1").
Result<uint32_t> char_arg(ThreadState& ts, const char* fname, Value v, bool numbered = false) {
  if (!is_str(v) || str_length(v) != 1)
    return raise_type_error(ts, "%s() argument%s must be a unicode character, not %s", fname, numbered ? " 1" : "",
                            type_name_of(v).c_str());
  return str_char_at(v, 0);
}

Result<Value> u_name(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "name", args[0], true));
  std::string name = name_of(cp, version_of(self));
  if (name.empty()) {
    if (args.nargs > 1) return args[1];
    return raise_value_error(ts, "no such name");
  }
  return str_from_ascii(name);
}

Result<Value> u_lookup(ThreadState& ts, Value self, CallArgs args) {
  Value arg = args[0];
  std::string name;
  if (is_str(arg)) {
    name = str_to_utf8(arg);
  } else if (arg.is_object() && arg.as_object()->kind() == ObjectKind::Bytes) {
    name.assign(reinterpret_cast<const char*>(bytes_data(arg)), static_cast<size_t>(bytes_size(arg)));
  } else {
    return raise_type_error(ts, "lookup() argument must be str, not %s", type_name_of(arg).c_str());
  }
  std::string upper = name;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  int version = version_of(self);
  int64_t cp = code_of(name, version, true);
  if (cp >= 0) return str_from_codepoint(static_cast<uint32_t>(cp));
  if (version == kVersion14) {
    auto it = db().sequences.find(upper);
    if (it != db().sequences.end())
      return str_from_codepoints(it->second.data(), static_cast<int64_t>(it->second.size()));
  }
  if (name.size() > 256) return raise(ts, g_exc_KeyError, "name too long");
  Value msg = str_from_utf8("undefined character name '" + name + "'");
  return raise_with_args(ts, g_exc_KeyError, msg);
}

Result<Value> u_category(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "category", args[0]));
  const Record* r = record_of(cp, version_of(self));
  return str_intern(r ? r->category : "Cn");
}
Result<Value> u_bidirectional(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "bidirectional", args[0]));
  const Record* r = record_of(cp, version_of(self));
  return str_intern(r ? r->bidi : "");
}
Result<Value> u_combining(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "combining", args[0]));
  const Record* r = record_of(cp, version_of(self));
  return Value::small_int(r ? r->combining : 0);
}
Result<Value> u_mirrored(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "mirrored", args[0]));
  const Record* r = record_of(cp, version_of(self));
  return Value::small_int(r && r->mirrored ? 1 : 0);
}
Result<Value> u_east_asian_width(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "east_asian_width", args[0]));
  // CPython answers "F" for unassigned code points (its record 0).
  if (!record_of(cp, version_of(self))) return str_intern("F");
  const Interval* w = find_interval(db().widths, cp);
  return str_intern(kWidths[w ? w->value : 0]);
}
Result<Value> u_decomposition(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "decomposition", args[0]));
  const Record* r = record_of(cp, version_of(self));
  return str_from_ascii(r ? r->decomposition : "");
}

Result<Value> number_or_default(ThreadState& ts, CallArgs args, bool found, Value value, const char* error) {
  if (found) return value;
  if (args.nargs > 1) return args[1];
  return raise_value_error(ts, "%s", error);
}
Result<Value> u_decimal(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "decimal", args[0], true));
  const Record* r = record_of(cp, version_of(self));
  bool found = r && r->decimal >= 0;
  return number_or_default(ts, args, found, Value::small_int(found ? r->decimal : 0), "not a decimal");
}
Result<Value> u_digit(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "digit", args[0], true));
  const Record* r = record_of(cp, version_of(self));
  bool found = r && r->digit >= 0;
  return number_or_default(ts, args, found, Value::small_int(found ? r->digit : 0), "not a digit");
}
Result<Value> u_numeric(ThreadState& ts, Value self, CallArgs args) {
  uint32_t cp = PY_TRY(char_arg(ts, "numeric", args[0], true));
  bool found = false;
  double value = 0;
  if (record_of(cp, version_of(self))) {
    auto it = db().numeric.find(cp);
    if (it != db().numeric.end()) {
      found = true;
      value = it->second;
    }
  }
  return number_or_default(ts, args, found, float_from_double(value), "not a numeric character");
}

// NFC/NFD/NFKC/NFKD with utf8proc: each code point decomposed, then
// reordered and (for the C forms) composed.
Result<std::vector<uint32_t>> normalized(ThreadState& ts, Value form, Value text) {
  if (!is_str(form))
    return raise_type_error(ts, "normalize() argument 1 must be str, not %s", type_name_of(form).c_str());
  if (!is_str(text))
    return raise_type_error(ts, "normalize() argument 2 must be str, not %s", type_name_of(text).c_str());
  std::string f = str_to_utf8(form);
  int options = UTF8PROC_STABLE;
  if (f == "NFC") options |= UTF8PROC_COMPOSE;
  else if (f == "NFD") options |= UTF8PROC_DECOMPOSE;
  else if (f == "NFKC") options |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  else if (f == "NFKD") options |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
  else return raise_value_error(ts, "invalid normalization form");
  int64_t n = str_length(text);
  std::vector<utf8proc_int32_t> buf;
  buf.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    utf8proc_int32_t cp = static_cast<utf8proc_int32_t>(str_char_at(text, i));
    utf8proc_int32_t out[32];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    utf8proc_ssize_t k =
        utf8proc_decompose_char(cp, out, 32, static_cast<utf8proc_option_t>(options), &boundclass);
    if (k < 0 || k > 32) {
      buf.push_back(cp);
    } else {
      buf.insert(buf.end(), out, out + k);
    }
  }
  // Canonical ordering: a stable sort of each run of non-starters by
  // combining class (utf8proc does it only in its UTF-8 entry points).
  auto ccc = [](utf8proc_int32_t cp) { return utf8proc_get_property(cp)->combining_class; };
  for (size_t i = 1; i < buf.size(); ++i) {
    int c = ccc(buf[i]);
    if (c == 0) continue;
    for (size_t j = i; j > 0 && ccc(buf[j - 1]) > c; --j) std::swap(buf[j], buf[j - 1]);
  }
  std::vector<uint32_t> result;
  if (!buf.empty()) {
    utf8proc_ssize_t len = utf8proc_normalize_utf32(buf.data(), static_cast<utf8proc_ssize_t>(buf.size()),
                                                    static_cast<utf8proc_option_t>(options));
    if (len < 0) len = static_cast<utf8proc_ssize_t>(buf.size());
    result.assign(buf.begin(), buf.begin() + len);
  }
  return result;
}
Result<Value> u_normalize(ThreadState& ts, Value, CallArgs args) {
  std::vector<uint32_t> out = PY_TRY(normalized(ts, args[0], args[1]));
  return str_from_codepoints(out.data(), static_cast<int64_t>(out.size()));
}
Result<Value> u_is_normalized(ThreadState& ts, Value, CallArgs args) {
  std::vector<uint32_t> out = PY_TRY(normalized(ts, args[0], args[1]));
  Value text = args[1];
  if (static_cast<int64_t>(out.size()) != str_length(text)) return g_false;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] != str_char_at(text, static_cast<int64_t>(i))) return g_false;
  return g_true;
}

Result<Value> ucd_version(ThreadState&, Value self, CallArgs) {
  return str_intern(version_of(self) == kVersion32 ? "3.2.0" : "14.0.0");
}

constexpr uint32_t kNK = kNativeNoKeywords;
const NativeMethod kFunctions[] = {
    {"name", u_name, 1, 2, kNK, nullptr},
    {"lookup", u_lookup, 1, 1, kNK, nullptr},
    {"category", u_category, 1, 1, kNK, nullptr},
    {"bidirectional", u_bidirectional, 1, 1, kNK, nullptr},
    {"combining", u_combining, 1, 1, kNK, nullptr},
    {"mirrored", u_mirrored, 1, 1, kNK, nullptr},
    {"east_asian_width", u_east_asian_width, 1, 1, kNK, nullptr},
    {"decomposition", u_decomposition, 1, 1, kNK, nullptr},
    {"decimal", u_decimal, 1, 2, kNK, nullptr},
    {"digit", u_digit, 1, 2, kNK, nullptr},
    {"numeric", u_numeric, 1, 2, kNK, nullptr},
    {"normalize", u_normalize, 2, 2, kNK, nullptr},
    {"is_normalized", u_is_normalized, 2, 2, kNK, nullptr},
};
const NativeMethod kUcdGetters[] = {{"unidata_version", ucd_version, 0, 0, 0, nullptr}};

std::once_flag g_load_once;

}  // namespace

Result<Value> create_unicodedata_module(ThreadState& ts) {
  std::call_once(g_load_once, [] { db().loaded = load_database(db()); });
  if (!db().loaded)
    return raise(ts, g_exc_ImportError, "unicodedata: cannot read the Unicode database in %s (package unicode-data)",
                 kUcdDir);
  if (!g_ucd_type) {
    g_ucd_type = make_builtin_type("UCD", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_ucd_type, kFunctions);
    for (const NativeMethod& g : kUcdGetters) add_native_property(g_ucd_type, &g, nullptr);
    type_set_attr_nogc_fail(g_ucd_type, "__module__", str_intern("unicodedata"));
  }
  Value module = module_new(str_intern("unicodedata"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "unidata_version", str_intern("14.0.0"));
  Value ucd = Value::from_object(native_state_new(g_ucd_type, 1));
  set_native_field(ucd, 0, Value::small_int(kVersion32));
  module_set(module, "ucd_3_2_0", ucd);
  module_set(module, "UCD", Value::from_object(g_ucd_type));
  return module;
}

}  // namespace pystm
