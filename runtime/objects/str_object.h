// runtime/objects/str_object.h — `str`: immutable Unicode strings.
// Owns: the str layout, construction, UTF-8 conversion, hashing, comparison,
// and the str type's methods. Must never: mutate a str after construction
// (except the hash cache, which is idempotent).
//
// Layout: code points stored at a fixed width: 1 byte (all < 256, Latin-1) or
// 4 bytes (UCS-4). Width-1 data has a trailing NUL. `ascii` is set when every
// code point is < 128 (then the data is also valid UTF-8).
// Invariant: the width is canonical (1 iff every code point is < 256), so two
// equal strings have equal widths and bytes; str_equal relies on it.
// Methods live in str_methods.cpp, formatting in str_format.cpp and
// format_spec.cpp, codecs in str_codecs.cpp, Unicode tables in str_unicode.cpp.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct DictObject;

struct StrObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Str;
  static constexpr bool kImmutable = true;
  int64_t length;      // in code points
  int64_t hash;        // -1 until computed
  uint8_t width;       // 1 or 4
  uint8_t ascii;
  uint8_t interned;
  uint8_t pad[5];
  // The instance dict of a str-subclass instance (the subclass's dict_offset
  // is kStrDictOffset); always null for exact str.
  DictObject* dict;
  alignas(8) uint8_t data[];

  void visit_edges(gc::Visitor& v) { visit_ptr(v, dict); }

  uint32_t at(int64_t i) const {
    return width == 1 ? data[i] : reinterpret_cast<const uint32_t*>(data)[i];
  }
};

inline constexpr uint32_t kStrDictOffset = 40;  // offsetof(StrObject, dict)

inline bool is_str(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Str; }
// Exactly str (not a subclass instance).
bool is_exact_str(Value v);

// Construction. All take UTF-8 or code points; invalid UTF-8 is decoded with
// U+FFFD replacement (the decoders with error handling come with codecs).
Value str_from_utf8(std::string_view utf8);
Value str_from_ascii(std::string_view ascii);
Value str_from_codepoints(const uint32_t* cps, int64_t n);
Value str_from_codepoint(uint32_t cp);
Value str_from_latin1(const uint8_t* bytes, int64_t n);
// A str of `length` code points at `width` (1 or 4, canonical for the final
// contents) to be filled through stm::view before it is shared; `ascii` must
// describe the final contents.
StrObject* str_allocate(int64_t length, int width, bool ascii);
// The canonical empty string.
Value str_empty();
// Interned strings: equal contents give the identical object; never freed.
Value str_intern(std::string_view utf8);
Value str_intern_value(Value str);

std::string str_to_utf8(Value str);
inline StrObject* as_str(Value v) { return stm::view(v.as<StrObject>()); }
int64_t str_length(Value str);
uint32_t str_char_at(Value str, int64_t index);

int64_t str_hash(Value str);
bool str_equal(Value a, Value b);
int str_compare(Value a, Value b);  // <0, 0, >0 by code points

Value str_concat(Value a, Value b);
Result<Value> str_repeat(ThreadState& ts, Value s, int64_t count);
Value str_substring(Value s, int64_t start, int64_t stop);  // clamped, step 1
Value str_slice(Value s, int64_t start, int64_t stop, int64_t step, int64_t slice_length);
// Searches within [start, end) (already clamped to [0, length]).
int64_t str_find(Value haystack, Value needle, int64_t start, int64_t end);  // -1 if absent
int64_t str_rfind(Value haystack, Value needle, int64_t start, int64_t end);
// Non-overlapping occurrences (CPython's count: empty needle counts end-start+1).
int64_t str_count(Value haystack, Value needle, int64_t start, int64_t end, int64_t max_count = -1);
bool str_contains(Value haystack, Value needle);
Value str_join_values(const Value* parts, int64_t n, Value separator);  // all parts are str

// repr(s): quotes and escapes exactly as CPython.
Value str_repr(Value s);
// ascii(s)-style escaping of a repr (non-ASCII as \x, \u, \U).
Value str_ascii_escape(Value repr);
// repr of a str appended as UTF-8 (for messages such as KeyError 'x').
std::string str_repr_utf8(Value s);

// Creates the shared empty and one-character strings and registers the
// intern table as gc roots (called at startup, before init_str_type).
void init_str_caches();
// Fills the str type's namespace with its methods (called at startup).
void init_str_type();

}  // namespace pystm
