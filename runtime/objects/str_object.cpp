// runtime/objects/str_object.cpp — the str layout and its core operations:
// construction, UTF-8, interning, hashing, comparison, concatenation,
// repetition, slicing, searching, joining, repr.
// Must never: mutate a published str (only the idempotent hash cache), or
// choose a width other than the canonical one (width 1 iff every code point
// is < 256), since equality compares bytes of equal width.
#include "runtime/core/utf8.h"
#include "runtime/objects/str_object.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <vector>

#include "gc/heap.h"
#include "runtime/core/siphash13.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_unicode.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"

namespace pystm {

// dict is the last field before the data (offsetof is not usable on this
// non-standard-layout type).
static_assert(sizeof(StrObject) == kStrDictOffset + sizeof(DictObject*));

namespace {

// Above this many bytes a str is refused with MemoryError rather than handed
// to the allocator (which has no failure path).
constexpr int64_t kMaxStrBytes = int64_t{1} << 34;

// The hash cache and the interned hint are written after publication by any
// thread that computes them (always the same value): relaxed atomics make
// those benign races well-defined.
inline int64_t cached_hash(const StrObject* s) {
  return std::atomic_ref<int64_t>(const_cast<int64_t&>(s->hash)).load(std::memory_order_relaxed);
}
inline void cache_hash(StrObject* s, int64_t h) {
  std::atomic_ref<int64_t>(s->hash).store(h, std::memory_order_relaxed);
}

inline const uint8_t* data1(const StrObject* s) { return s->data; }
inline const uint32_t* data4(const StrObject* s) { return reinterpret_cast<const uint32_t*>(s->data); }

// Calls f with the code point array of s, typed by its width.
template <class F>
inline auto with_data(const StrObject* s, F&& f) {
  return s->width == 1 ? f(data1(s)) : f(data4(s));
}

}  // namespace

// -- Layout and construction ---------------------------------------------------

bool is_exact_str(Value v) { return is_str(v) && v.as_object()->type() == g_str_type; }

StrObject* str_allocate(int64_t length, int width, bool ascii) {
  size_t bytes = width == 1 ? static_cast<size_t>(length) + 1 : static_cast<size_t>(length) * 4;
  StrObject* ref = allocate_object<StrObject>(g_str_type, sizeof(StrObject) + bytes);
  StrObject* s = stm::view(ref);
  s->length = length;
  s->hash = -1;
  s->width = static_cast<uint8_t>(width);
  s->ascii = ascii ? 1 : 0;
  return ref;
}

Value str_from_latin1(const uint8_t* bytes, int64_t n) {
  if (n == 0) return str_empty();
  if (n == 1) return str_from_codepoint(bytes[0]);
  bool ascii = true;
  for (int64_t i = 0; i < n; ++i) ascii &= bytes[i] < 128;
  StrObject* ref = str_allocate(n, 1, ascii);
  std::memcpy(stm::view(ref)->data, bytes, static_cast<size_t>(n));
  return Value::from_object(ref);
}

Value str_from_ascii(std::string_view ascii) {
  return str_from_latin1(reinterpret_cast<const uint8_t*>(ascii.data()),
                         static_cast<int64_t>(ascii.size()));
}

Value str_from_codepoints(const uint32_t* cps, int64_t n) {
  if (n == 0) return str_empty();
  if (n == 1) return str_from_codepoint(cps[0]);
  uint32_t max = 0;
  for (int64_t i = 0; i < n; ++i) max = std::max(max, cps[i]);
  if (max < 256) {
    StrObject* ref = str_allocate(n, 1, max < 128);
    uint8_t* d = stm::view(ref)->data;
    for (int64_t i = 0; i < n; ++i) d[i] = static_cast<uint8_t>(cps[i]);
    return Value::from_object(ref);
  }
  StrObject* ref = str_allocate(n, 4, false);
  std::memcpy(stm::view(ref)->data, cps, static_cast<size_t>(n) * 4);
  return Value::from_object(ref);
}

namespace {

// Single-character strings for Latin-1 and the empty string, created by
// init_str_caches() at startup (so inside the first, committed transaction;
// a cache filled lazily could keep an object of an aborted transaction).
// They are gc roots (enumerated with the intern table).
Value g_latin1_chars[256];
Value g_empty_str;
std::once_flag g_roots_once;
void register_roots();

// Decodes one UTF-8 sequence starting at p (p < end). Invalid or truncated
// input yields U+FFFD for one byte. Encoded surrogates are accepted so that
// str_to_utf8 (which writes lone surrogates as 3 bytes) round-trips.
inline uint32_t decode_utf8(const uint8_t*& p, const uint8_t* end) {
  uint8_t b0 = *p;
  if (b0 < 0x80) { ++p; return b0; }
  int need;
  uint32_t cp, min;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
  else { ++p; return 0xFFFD; }
  if (end - p < need + 1) { ++p; return 0xFFFD; }
  for (int i = 1; i <= need; ++i) {
    if ((p[i] & 0xC0) != 0x80) { ++p; return 0xFFFD; }
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) { ++p; return 0xFFFD; }
  p += need + 1;
  return cp;
}

bool all_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

void decode_utf8_all(std::string_view utf8, std::vector<uint32_t>& out) {
  out.clear();
  out.reserve(utf8.size());
  const uint8_t* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const uint8_t* end = p + utf8.size();
  while (p < end) out.push_back(decode_utf8(p, end));
}

}  // namespace

Value str_from_utf8(std::string_view utf8) {
  if (all_ascii(utf8)) return str_from_ascii(utf8);
  std::vector<uint32_t> cps;
  decode_utf8_all(utf8, cps);
  return str_from_codepoints(cps.data(), static_cast<int64_t>(cps.size()));
}

Value str_from_codepoint(uint32_t cp) {
  if (cp < 256) {
    if (!g_latin1_chars[cp].is_null()) return g_latin1_chars[cp];
    StrObject* ref = str_allocate(1, 1, cp < 128);
    stm::view(ref)->data[0] = static_cast<uint8_t>(cp);
    return Value::from_object(ref);
  }
  StrObject* ref = str_allocate(1, 4, false);
  reinterpret_cast<uint32_t*>(stm::view(ref)->data)[0] = cp;
  return Value::from_object(ref);
}

Value str_empty() {
  if (!g_empty_str.is_null()) return g_empty_str;
  return Value::from_object(str_allocate(0, 1, true));
}

void init_str_caches() {
  std::call_once(g_roots_once, register_roots);
  if (!g_empty_str.is_null()) return;
  for (uint32_t cp = 0; cp < 256; ++cp) g_latin1_chars[cp] = str_from_codepoint(cp);
  g_empty_str = str_intern_value(str_empty());
  for (uint32_t cp = 0; cp < 256; ++cp) str_intern_value(g_latin1_chars[cp]);
}

std::string str_to_utf8(Value str) {
  const StrObject* s = as_str(str);
  if (s->ascii) return std::string(reinterpret_cast<const char*>(s->data), static_cast<size_t>(s->length));
  std::string out;
  out.reserve(static_cast<size_t>(s->length) * 2);
  with_data(s, [&](const auto* d) {
    for (int64_t i = 0; i < s->length; ++i) append_utf8(out, d[i]);
  });
  return out;
}

int64_t str_length(Value str) { return as_str(str)->length; }
uint32_t str_char_at(Value str, int64_t index) { return as_str(str)->at(index); }

// -- StrBuilder ----------------------------------------------------------------

void StrBuilder::widen() {
  wide_.reserve(narrow_.size() * 2 + 8);
  for (unsigned char c : narrow_) wide_.push_back(c);
  narrow_.clear();
  narrow_.shrink_to_fit();
  wide_mode_ = true;
  ascii_ = false;
}

void StrBuilder::append_latin1(std::string_view text) {
  if (wide_mode_) {
    for (unsigned char c : text) wide_.push_back(c);
  } else {
    narrow_.append(text);
    if (ascii_ && !all_ascii(text)) ascii_ = false;
  }
}

void StrBuilder::append_utf8(std::string_view utf8) {
  if (all_ascii(utf8)) { append_latin1(utf8); return; }
  const uint8_t* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const uint8_t* end = p + utf8.size();
  while (p < end) append(decode_utf8(p, end));
}

void StrBuilder::append_str(Value s) { append_str(s, 0, as_str(s)->length); }

void StrBuilder::append_str(Value str, int64_t start, int64_t stop) {
  const StrObject* s = as_str(str);
  if (start >= stop) return;
  if (s->width == 1) {
    append_latin1(std::string_view(reinterpret_cast<const char*>(s->data) + start,
                                   static_cast<size_t>(stop - start)));
    return;
  }
  if (!wide_mode_) widen();
  wide_.append(reinterpret_cast<const char32_t*>(data4(s)) + start, static_cast<size_t>(stop - start));
}

Value StrBuilder::finish() const {
  if (!wide_mode_) {
    if (narrow_.empty()) return str_empty();
    if (narrow_.size() == 1) return str_from_codepoint(static_cast<uint8_t>(narrow_[0]));
    StrObject* ref = str_allocate(static_cast<int64_t>(narrow_.size()), 1, ascii_);
    std::memcpy(stm::view(ref)->data, narrow_.data(), narrow_.size());
    return Value::from_object(ref);
  }
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(wide_.data()),
                             static_cast<int64_t>(wide_.size()));
}

// -- Hashing -------------------------------------------------------------------
// CPython's: SipHash-1-3 (zero key, as with PYTHONHASHSEED=0) over the code
// points at the narrowest of 1, 2 or 4 bytes each, so hashes and the order
// of sets of strings match python3.11.

namespace {

// The hash of these code points as a str: they are packed at the narrowest
// width that holds them all (whatever T is), as CPython stores them.
template <class T>
int64_t hash_codepoints(const T* cps, int64_t n) {
  uint32_t max = 0;
  for (int64_t i = 0; i < n; ++i) max = static_cast<uint32_t>(cps[i]) > max ? static_cast<uint32_t>(cps[i]) : max;
  if (sizeof(T) == 1) return python_bytes_hash(reinterpret_cast<const uint8_t*>(cps), static_cast<size_t>(n));
  int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  std::string packed(static_cast<size_t>(n) * width, '\0');
  for (int64_t i = 0; i < n; ++i)
    for (int b = 0; b < width; ++b) packed[i * width + b] = static_cast<char>((static_cast<uint32_t>(cps[i]) >> (8 * b)) & 0xFF);
  return python_bytes_hash(reinterpret_cast<const uint8_t*>(packed.data()), packed.size());
}

}  // namespace

int64_t str_hash(Value str) {
  StrObject* s = as_str(str);
  int64_t cached = cached_hash(s);
  if (cached != -1) return cached;
  int64_t h = with_data(s, [&](const auto* d) { return hash_codepoints(d, s->length); });
  cache_hash(s, h);  // idempotent cache; segment-local writes are harmless
  return h;
}

// -- Comparison ----------------------------------------------------------------

bool str_equal(Value a, Value b) {
  if (a.is(b)) return true;
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  if (x->length != y->length || x->width != y->width) return false;
  int64_t hx = cached_hash(x), hy = cached_hash(y);
  if (hx != -1 && hy != -1 && hx != hy) return false;
  return std::memcmp(x->data, y->data, static_cast<size_t>(x->length) * x->width) == 0;
}

int str_compare(Value a, Value b) {
  if (a.is(b)) return 0;
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  int64_t n = std::min(x->length, y->length);
  if (x->width == 1 && y->width == 1) {
    int c = std::memcmp(x->data, y->data, static_cast<size_t>(n));
    if (c != 0) return c < 0 ? -1 : 1;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      uint32_t p = x->at(i), q = y->at(i);
      if (p != q) return p < q ? -1 : 1;
    }
  }
  return x->length < y->length ? -1 : (x->length > y->length ? 1 : 0);
}

// -- Building new strings ------------------------------------------------------

namespace {

// Copies code points [start, start+n) of src into dst at offset `at`; dst's
// width is at least src's.
void copy_codepoints(StrObject* dst, int64_t at, const StrObject* src, int64_t start, int64_t n) {
  if (n <= 0) return;
  if (dst->width == src->width) {
    std::memcpy(dst->data + at * dst->width, src->data + start * src->width,
                static_cast<size_t>(n) * dst->width);
  } else {  // widen 1 -> 4
    uint32_t* d = reinterpret_cast<uint32_t*>(dst->data) + at;
    const uint8_t* s = src->data + start;
    for (int64_t i = 0; i < n; ++i) d[i] = s[i];
  }
}

}  // namespace

Value str_concat(Value a, Value b) {
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  if (y->length == 0 && is_exact_str(a)) return a;
  if (x->length == 0 && is_exact_str(b)) return b;
  int width = std::max(x->width, y->width);
  StrObject* ref = str_allocate(x->length + y->length, width, x->ascii && y->ascii);
  StrObject* r = stm::view(ref);
  copy_codepoints(r, 0, x, 0, x->length);
  copy_codepoints(r, x->length, y, 0, y->length);
  return Value::from_object(ref);
}

Result<Value> str_repeat(ThreadState& ts, Value str, int64_t count) {
  const StrObject* s = as_str(str);
  if (count <= 0 || s->length == 0) return str_empty();
  if (count == 1 && is_exact_str(str)) return str;
  if (s->length > INT64_MAX / count) return raise(ts, g_exc_OverflowError, "repeated string is too long");
  int64_t n = s->length * count;
  if (n > kMaxStrBytes / s->width) return raise_memory_error(ts);
  StrObject* ref = str_allocate(n, s->width, s->ascii);
  StrObject* r = stm::view(ref);
  size_t unit = static_cast<size_t>(s->length) * s->width;
  if (s->length == 1 && s->width == 1) {
    std::memset(r->data, s->data[0], static_cast<size_t>(n));
  } else {
    // Doubling copies: log(count) memcpy calls.
    std::memcpy(r->data, s->data, unit);
    size_t done = unit, total = static_cast<size_t>(n) * s->width;
    while (done < total) {
      size_t chunk = std::min(done, total - done);
      std::memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  return Value::from_object(ref);
}

Value str_substring(Value str, int64_t start, int64_t stop) {
  const StrObject* s = as_str(str);
  start = std::clamp<int64_t>(start, 0, s->length);
  stop = std::clamp<int64_t>(stop, start, s->length);
  int64_t n = stop - start;
  if (n == s->length && is_exact_str(str)) return str;
  if (n == 0) return str_empty();
  if (n == 1) return str_from_codepoint(s->at(start));
  if (s->width == 1) {
    return str_from_latin1(s->data + start, n);
  }
  return str_from_codepoints(data4(s) + start, n);
}

Value str_slice(Value str, int64_t start, int64_t stop, int64_t step, int64_t slice_length) {
  if (step == 1) return str_substring(str, start, stop);
  const StrObject* s = as_str(str);
  if (slice_length <= 0) return str_empty();
  if (slice_length == 1) return str_from_codepoint(s->at(start));
  if (s->width == 1) {
    std::string buf(static_cast<size_t>(slice_length), '\0');
    for (int64_t i = 0, j = start; i < slice_length; ++i, j += step) buf[i] = static_cast<char>(s->data[j]);
    return str_from_latin1(reinterpret_cast<const uint8_t*>(buf.data()), slice_length);
  }
  std::vector<uint32_t> buf(static_cast<size_t>(slice_length));
  for (int64_t i = 0, j = start; i < slice_length; ++i, j += step) buf[i] = data4(s)[j];
  return str_from_codepoints(buf.data(), slice_length);
}

// -- Searching -----------------------------------------------------------------

namespace {

template <class H, class N>
int64_t find_in(const H* h, int64_t hn, const N* n, int64_t nn) {
  if (nn == 0) return 0;
  if (nn > hn) return -1;
  if constexpr (sizeof(H) == 1 && sizeof(N) == 1) {
    const void* p = memmem(h, static_cast<size_t>(hn), n, static_cast<size_t>(nn));
    return p ? static_cast<const H*>(p) - h : -1;
  } else {
    const N first = n[0];
    for (int64_t i = 0; i + nn <= hn; ++i) {
      if (h[i] != first) continue;
      int64_t j = 1;
      while (j < nn && h[i + j] == n[j]) ++j;
      if (j == nn) return i;
    }
    return -1;
  }
}

template <class H, class N>
int64_t rfind_in(const H* h, int64_t hn, const N* n, int64_t nn) {
  if (nn > hn) return -1;
  for (int64_t i = hn - nn; i >= 0; --i) {
    int64_t j = 0;
    while (j < nn && h[i + j] == n[j]) ++j;
    if (j == nn) return i;
  }
  return -1;
}

// Runs f(haystack_data + start, end - start, needle_data, needle_length).
template <class F>
int64_t dispatch_search(const StrObject* h, const StrObject* n, int64_t start, F&& f) {
  if (h->width == 1) {
    if (n->width == 1) return f(data1(h) + start, data1(n));
    return -2;  // a wide needle cannot occur in a narrow haystack
  }
  if (n->width == 1) return f(data4(h) + start, data1(n));
  return f(data4(h) + start, data4(n));
}

}  // namespace

int64_t str_find(Value haystack, Value needle, int64_t start, int64_t end) {
  const StrObject* h = as_str(haystack);
  const StrObject* n = as_str(needle);
  end = std::min(end, h->length);
  if (start < 0) start = 0;
  if (end - start < n->length) return -1;
  int64_t r = dispatch_search(h, n, start, [&](const auto* hd, const auto* nd) {
    return find_in(hd, end - start, nd, n->length);
  });
  return r < 0 ? -1 : r + start;
}

int64_t str_rfind(Value haystack, Value needle, int64_t start, int64_t end) {
  const StrObject* h = as_str(haystack);
  const StrObject* n = as_str(needle);
  end = std::min(end, h->length);
  if (start < 0) start = 0;
  if (end - start < n->length) return -1;
  int64_t r = dispatch_search(h, n, start, [&](const auto* hd, const auto* nd) {
    return rfind_in(hd, end - start, nd, n->length);
  });
  return r < 0 ? -1 : r + start;
}

int64_t str_count(Value haystack, Value needle, int64_t start, int64_t end, int64_t max_count) {
  const StrObject* h = as_str(haystack);
  const StrObject* n = as_str(needle);
  end = std::min(end, h->length);
  if (start < 0) start = 0;
  if (end - start < n->length) return 0;
  if (n->length == 0) {
    int64_t c = end - start + 1;
    return max_count >= 0 ? std::min(c, max_count) : c;
  }
  int64_t count = 0;
  int64_t pos = start;
  while (max_count < 0 || count < max_count) {
    int64_t i = str_find(haystack, needle, pos, end);
    if (i < 0) break;
    ++count;
    pos = i + n->length;
  }
  return count;
}

bool str_contains(Value haystack, Value needle) {
  return str_find(haystack, needle, 0, as_str(haystack)->length) >= 0;
}

Value str_join_values(const Value* parts, int64_t n, Value separator) {
  if (n == 0) return str_empty();
  if (n == 1 && is_exact_str(parts[0])) return parts[0];
  const StrObject* sep = as_str(separator);
  int64_t total = sep->length * (n - 1);
  int width = sep->width;
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < n; ++i) {
    const StrObject* p = as_str(parts[i]);
    total += p->length;
    width = std::max<int>(width, p->width);
    ascii = ascii && p->ascii;
  }
  if (total == 0) return str_empty();
  StrObject* ref = str_allocate(total, width, ascii);
  StrObject* r = stm::view(ref);
  int64_t at = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) {
      copy_codepoints(r, at, sep, 0, sep->length);
      at += sep->length;
    }
    const StrObject* p = as_str(parts[i]);
    copy_codepoints(r, at, p, 0, p->length);
    at += p->length;
  }
  return Value::from_object(ref);
}

// -- repr and ascii ------------------------------------------------------------

namespace {

const char kHex[] = "0123456789abcdef";

void append_hex_escape(StrBuilder& b, uint32_t cp) {
  char buf[10];
  int digits;
  if (cp <= 0xFF) { buf[0] = '\\'; buf[1] = 'x'; digits = 2; }
  else if (cp <= 0xFFFF) { buf[0] = '\\'; buf[1] = 'u'; digits = 4; }
  else { buf[0] = '\\'; buf[1] = 'U'; digits = 8; }
  for (int i = 0; i < digits; ++i) buf[2 + i] = kHex[(cp >> (4 * (digits - 1 - i))) & 0xF];
  b.append_latin1(std::string_view(buf, static_cast<size_t>(2 + digits)));
}

void build_repr(const StrObject* s, StrBuilder& b) {
  // Single quotes unless the text has a ' and no ".
  bool has_single = false, has_double = false;
  with_data(s, [&](const auto* d) {
    for (int64_t i = 0; i < s->length; ++i) {
      if (d[i] == '\'') has_single = true;
      else if (d[i] == '"') has_double = true;
    }
  });
  uint32_t quote = (has_single && !has_double) ? '"' : '\'';
  b.append(quote);
  with_data(s, [&](const auto* d) {
    for (int64_t i = 0; i < s->length; ++i) {
      uint32_t c = d[i];
      if (c == quote || c == '\\') { b.append('\\'); b.append(c); }
      else if (c == '\n') b.append_latin1("\\n");
      else if (c == '\r') b.append_latin1("\\r");
      else if (c == '\t') b.append_latin1("\\t");
      else if (c < 0x20 || c == 0x7F) append_hex_escape(b, c);
      else if (c < 0x7F) b.append(c);
      else if (unicode::is_printable(c)) b.append(c);
      else append_hex_escape(b, c);
    }
  });
  b.append(quote);
}

}  // namespace

Value str_repr(Value str) {
  const StrObject* s = as_str(str);
  StrBuilder b(s->length + 2);
  build_repr(s, b);
  return b.finish();
}

std::string str_repr_utf8(Value str) { return str_to_utf8(str_repr(str)); }

Value str_ascii_escape(Value repr) {
  const StrObject* s = as_str(repr);
  if (s->ascii) return repr;
  StrBuilder b(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c < 0x80) b.append(c);
    else append_hex_escape(b, c);
  }
  return b.finish();
}

// -- Interning -----------------------------------------------------------------
// An open-addressing table of str references in malloc memory, guarded by a
// mutex; the references are gc roots. Entries are never removed.

namespace {

struct InternTable {
  std::mutex mutex;
  std::vector<Value> slots;  // null = empty; size is a power of two
  size_t used = 0;
};

InternTable& intern_table() {
  static InternTable* table = new InternTable();  // never destroyed: outlives all threads
  return *table;
}

void enumerate_roots(gc::Visitor& visitor, void*) {
  InternTable& t = intern_table();
  // The collector stops mutators before enumerating roots, so readers of the
  // table are not racing with it; the lock only orders us with inserters.
  std::lock_guard<std::mutex> lock(t.mutex);
  for (Value v : t.slots)
    if (v.is_object()) visitor.visit(v.as_object());
  if (g_empty_str.is_object()) visitor.visit(g_empty_str.as_object());
  for (Value v : g_latin1_chars)
    if (v.is_object()) visitor.visit(v.as_object());
}

void register_roots() { gc::add_root_enumerator(enumerate_roots, nullptr); }

template <class T>
bool equals_codepoints(const StrObject* s, const T* cps, int64_t n) {
  if (s->length != n) return false;
  return with_data(s, [&](const auto* d) {
    for (int64_t i = 0; i < n; ++i)
      if (d[i] != cps[i]) return false;
    return true;
  });
}

void grow(InternTable& t) {
  std::vector<Value> old = std::move(t.slots);
  t.slots.assign(old.empty() ? 1024 : old.size() * 2, Value());
  size_t mask = t.slots.size() - 1;
  for (Value v : old) {
    if (v.is_null()) continue;
    size_t i = static_cast<size_t>(str_hash(v)) & mask;
    while (!t.slots[i].is_null()) i = (i + 1) & mask;
    t.slots[i] = v;
  }
}

// Probes for the interned str with these code points; returns it, or null
// with *slot at the empty slot where it belongs. Caller holds the lock.
template <class T>
Value probe(InternTable& t, const T* cps, int64_t n, int64_t h, size_t* slot) {
  size_t mask = t.slots.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  while (!t.slots[i].is_null()) {
    if (str_hash(t.slots[i]) == h && equals_codepoints(as_str(t.slots[i]), cps, n)) return t.slots[i];
    i = (i + 1) & mask;
  }
  *slot = i;
  return Value();
}

// Finds the interned str with these code points, or inserts make(). make()
// allocates, so it runs outside the lock (an allocation may collect, and the
// collector's root enumeration takes the same lock).
//
// A new entry is published to every thread through this malloc-side table,
// which the STM does not see. That is safe because a str is immutable: it is
// allocated in the STM's immutable space, committed at birth, so its
// contents stand even if the transaction that made it aborts.
template <class T, class Make>
Value intern_lookup(const T* cps, int64_t n, Make&& make) {
  std::call_once(g_roots_once, register_roots);
  int64_t h = hash_codepoints(cps, n);
  InternTable& t = intern_table();
  size_t slot;
  {
    std::lock_guard<std::mutex> lock(t.mutex);
    if (!t.slots.empty()) {
      Value found = probe(t, cps, n, h, &slot);
      if (!found.is_null()) return found;
    }
  }
  Value v = make();
  std::lock_guard<std::mutex> lock(t.mutex);
  if ((t.used + 1) * 2 > t.slots.size()) grow(t);
  Value found = probe(t, cps, n, h, &slot);
  if (!found.is_null()) return found;  // another thread interned it meanwhile
  StrObject* s = as_str(v);
  cache_hash(s, h);
  std::atomic_ref<uint8_t>(s->interned).store(1, std::memory_order_relaxed);  // a hint only
  t.slots[slot] = v;
  ++t.used;
  return v;
}

}  // namespace

Value str_intern(std::string_view utf8) {
  if (all_ascii(utf8)) {
    const uint8_t* d = reinterpret_cast<const uint8_t*>(utf8.data());
    int64_t n = static_cast<int64_t>(utf8.size());
    return intern_lookup(d, n, [&] {
      StrObject* ref = str_allocate(n, 1, true);
      std::memcpy(stm::view(ref)->data, d, static_cast<size_t>(n));
      return Value::from_object(ref);
    });
  }
  std::vector<uint32_t> cps;
  decode_utf8_all(utf8, cps);
  int64_t n = static_cast<int64_t>(cps.size());
  return intern_lookup(cps.data(), n, [&] { return str_from_codepoints(cps.data(), n); });
}

Value str_intern_value(Value str) {
  const StrObject* s = as_str(str);
  if (std::atomic_ref<uint8_t>(const_cast<uint8_t&>(s->interned)).load(std::memory_order_relaxed)) return str;
  if (s->length == 0 && !g_empty_str.is_null()) return g_empty_str;
  // A subclass instance is never the interned object (its type differs).
  if (!is_exact_str(str)) {
    return with_data(s, [&](const auto* d) {
      return intern_lookup(d, s->length, [&] {
        StrBuilder b(s->length);
        b.append_str(str);
        return b.finish();
      });
    });
  }
  return with_data(s, [&](const auto* d) {
    return intern_lookup(d, s->length, [&] { return str; });
  });
}

}  // namespace pystm
