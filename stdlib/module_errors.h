// stdlib/module_errors.h — exception classes that native modules define
// (socket.gaierror, termios.error, locale.Error, signal.ItimerError, ...)
// and raising them with CPython's (errno, message) arguments.
// Must never: make a class in a transaction that can still abort (the class
// is kept in a rooted C++ global).
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// The class `module.name` deriving from `base`, made on first use and kept in
// *slot (rooted).
Result<Value> module_exception_class(ThreadState& ts, Value* slot, const char* module, const char* name,
                                     TypeObject* base);
// Raises cls(code, message).
Error raise_code_and_message(ThreadState& ts, Value cls, int code, const char* message);

}  // namespace pystm
