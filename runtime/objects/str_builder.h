// runtime/objects/str_builder.h — accumulates code points in malloc memory
// and turns them into one immutable str at the end.
// Owns: the narrow/wide growth strategy (Latin-1 bytes until the first code
// point >= 256, then UCS-4). Must never: hold heap references (it is scratch
// space for one operation; Python code may run while it fills).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/core/value.h"

namespace pystm {

class StrBuilder {
 public:
  StrBuilder() = default;
  explicit StrBuilder(int64_t reserve) { narrow_.reserve(static_cast<size_t>(reserve)); }

  void append(uint32_t cp) {
    if (wide_mode_) {
      wide_.push_back(cp);
    } else if (cp < 256) {
      narrow_.push_back(static_cast<char>(cp));
      if (cp >= 128) ascii_ = false;
    } else {
      widen();
      wide_.push_back(cp);
    }
  }
  void append_repeated(uint32_t cp, int64_t count) {
    for (int64_t i = 0; i < count; ++i) append(cp);
  }
  // ASCII (or Latin-1) bytes, one code point per byte.
  void append_latin1(std::string_view text);
  void append_ascii(std::string_view text) { append_latin1(text); }
  void append_utf8(std::string_view utf8);
  // All of str `s`, or code points [start, stop) of it.
  void append_str(Value s);
  void append_str(Value s, int64_t start, int64_t stop);

  int64_t length() const {
    return wide_mode_ ? static_cast<int64_t>(wide_.size()) : static_cast<int64_t>(narrow_.size());
  }
  uint32_t at(int64_t i) const {
    return wide_mode_ ? wide_[static_cast<size_t>(i)]
                      : static_cast<uint8_t>(narrow_[static_cast<size_t>(i)]);
  }
  void truncate(int64_t n) {
    if (wide_mode_) wide_.resize(static_cast<size_t>(n)); else narrow_.resize(static_cast<size_t>(n));
  }
  // Creates the str (narrow when every code point is < 256).
  Value finish() const;

 private:
  void widen();

  std::string narrow_;
  std::u32string wide_;
  bool wide_mode_ = false;
  bool ascii_ = true;
};

}  // namespace pystm
