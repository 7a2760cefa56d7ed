// runtime/core/result.h — value-or-exception results.
// Owns: Result<T> and the PY_TRY propagation macro. The exception itself is
// pending in the ThreadState; a Result only says whether one was raised.
// Result<Value> is one word (null = error), so it costs nothing over Value.
#pragma once
#include <utility>

#include "runtime/core/value.h"

namespace pystm {

// Returned (implicitly converting to any Result) when an exception is pending.
struct Error {};
inline constexpr Error kError{};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(Error) : ok_(false), value_() {}
  Result(T value) : ok_(true), value_(std::move(value)) {}
  bool ok() const { return ok_; }
  bool is_error() const { return !ok_; }
  T& value() { return value_; }
  T take() { return std::move(value_); }

 private:
  bool ok_;
  T value_;
};

template <>
class [[nodiscard]] Result<Value> {
 public:
  Result(Error) : value_() {}
  Result(Value value) : value_(value) {}
  template <class O>
  Result(O* object) : value_(Value::from_object(object)) {}
  bool ok() const { return !value_.is_null(); }
  bool is_error() const { return value_.is_null(); }
  Value value() const { return value_; }
  Value take() const { return value_; }

 private:
  Value value_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result(Error) : ok_(false) {}
  Result() : ok_(true) {}
  bool ok() const { return ok_; }
  bool is_error() const { return !ok_; }
  void take() const {}

 private:
  bool ok_;
};

using Status = Result<void>;
inline Status ok_status() { return Status(); }

// Evaluates a Result-returning expression; on error returns kError from the
// enclosing function, else yields the value.
#define PY_TRY(expr)                                 \
  ({                                                 \
    auto _py_try_result = (expr);                    \
    if (_py_try_result.is_error()) [[unlikely]]      \
      return ::pystm::kError;                        \
    _py_try_result.take();                           \
  })

}  // namespace pystm
