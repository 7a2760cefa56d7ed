// runtime/vm/errors.h — raising and inspecting Python exceptions from C++.
// Owns: the built-in exception classes (one X-macro list with their bases) and
// the helpers that set the pending exception. Every helper returns kError so
// callers can write `return raise_type_error(ts, "...")`.
#pragma once
#include <cstdarg>
#include <string>

#include "runtime/core/result.h"

namespace pystm {

struct TypeObject;
struct ThreadState;

// PYSTM_EXCEPTION_TYPES(X): X(variable, "Name", base_variable)
#define PYSTM_EXCEPTION_TYPES(X)                                        \
  X(BaseException, "BaseException", object)                             \
  X(SystemExit, "SystemExit", BaseException)                            \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)              \
  X(GeneratorExit, "GeneratorExit", BaseException)                      \
  X(Exception, "Exception", BaseException)                              \
  X(BaseExceptionGroup, "BaseExceptionGroup", BaseException)            \
  X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup)               \
  X(StopIteration, "StopIteration", Exception)                          \
  X(StopAsyncIteration, "StopAsyncIteration", Exception)                \
  X(ArithmeticError, "ArithmeticError", Exception)                      \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)          \
  X(OverflowError, "OverflowError", ArithmeticError)                    \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)            \
  X(AssertionError, "AssertionError", Exception)                        \
  X(AttributeError, "AttributeError", Exception)                        \
  X(BufferError, "BufferError", Exception)                              \
  X(EOFError, "EOFError", Exception)                                    \
  X(ImportError, "ImportError", Exception)                              \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)            \
  X(LookupError, "LookupError", Exception)                              \
  X(IndexError, "IndexError", LookupError)                              \
  X(KeyError, "KeyError", LookupError)                                  \
  X(MemoryError, "MemoryError", Exception)                              \
  X(NameError, "NameError", Exception)                                  \
  X(UnboundLocalError, "UnboundLocalError", NameError)                  \
  X(OSError, "OSError", Exception)                                      \
  X(FileNotFoundError, "FileNotFoundError", OSError)                    \
  X(FileExistsError, "FileExistsError", OSError)                        \
  X(PermissionError, "PermissionError", OSError)                        \
  X(IsADirectoryError, "IsADirectoryError", OSError)                    \
  X(NotADirectoryError, "NotADirectoryError", OSError)                  \
  X(ReferenceError, "ReferenceError", Exception)                        \
  X(RuntimeError, "RuntimeError", Exception)                            \
  X(NotImplementedError, "NotImplementedError", RuntimeError)           \
  X(RecursionError, "RecursionError", RuntimeError)                     \
  X(SyntaxError, "SyntaxError", Exception)                              \
  X(IndentationError, "IndentationError", SyntaxError)                  \
  X(TabError, "TabError", IndentationError)                             \
  X(SystemError, "SystemError", Exception)                              \
  X(TypeError, "TypeError", Exception)                                  \
  X(ValueError, "ValueError", Exception)                                \
  X(UnicodeError, "UnicodeError", ValueError)                           \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)             \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)             \
  X(Warning, "Warning", Exception)                                      \
  X(DeprecationWarning, "DeprecationWarning", Warning)                  \
  X(RuntimeWarning, "RuntimeWarning", Warning)                          \
  X(UserWarning, "UserWarning", Warning)                                \
  X(SyntaxWarning, "SyntaxWarning", Warning)                          \
  X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning)    \
  X(FutureWarning, "FutureWarning", Warning)                            \
  X(ImportWarning, "ImportWarning", Warning)                            \
  X(UnicodeWarning, "UnicodeWarning", Warning)                          \
  X(BytesWarning, "BytesWarning", Warning)                              \
  X(ResourceWarning, "ResourceWarning", Warning)                        \
  X(EncodingWarning, "EncodingWarning", Warning)                        \
  X(BlockingIOError, "BlockingIOError", OSError)                        \
  X(ChildProcessError, "ChildProcessError", OSError)                    \
  X(ConnectionError, "ConnectionError", OSError)                        \
  X(BrokenPipeError, "BrokenPipeError", ConnectionError)                \
  X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError)  \
  X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError)  \
  X(ConnectionResetError, "ConnectionResetError", ConnectionError)      \
  X(InterruptedError, "InterruptedError", OSError)                      \
  X(ProcessLookupError, "ProcessLookupError", OSError)                  \
  X(TimeoutError, "TimeoutError", OSError)                              \
  X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError)

#define PYSTM_DECLARE_EXC(var, name, base) extern TypeObject* g_exc_##var;
PYSTM_EXCEPTION_TYPES(PYSTM_DECLARE_EXC)
#undef PYSTM_DECLARE_EXC

// Sets the pending exception to `type(message)`; message is printf-formatted
// (UTF-8). Always returns kError.
Error raise(ThreadState& ts, TypeObject* type, const char* format, ...)
    __attribute__((format(printf, 3, 4)));
Error raise_with_args(ThreadState& ts, TypeObject* type, Value arg);
// Raises type() with no arguments.
Error raise_empty(ThreadState& ts, TypeObject* type);
// Raises `exc`: an exception instance, or a class that is instantiated.
Error raise_value(ThreadState& ts, Value exc);
// TypeError for an operand of the wrong type: "unsupported operand type(s) for
// +: 'int' and 'str'" etc. are built by the callers; this is the common path.
Error raise_type_error(ThreadState& ts, const char* format, ...) __attribute__((format(printf, 2, 3)));
Error raise_value_error(ThreadState& ts, const char* format, ...) __attribute__((format(printf, 2, 3)));
Error raise_overflow(ThreadState& ts, const char* message);
Error raise_zero_division(ThreadState& ts, const char* message);
Error raise_memory_error(ThreadState& ts);
// OSError (or the subclass CPython maps `err` to) with errno, strerror and,
// when given, filename: str() is "[Errno 2] No such file or directory: 'x'".
Error raise_os_error(ThreadState& ts, int err, Value filename = Value());
// The OSError subclass CPython uses for errno `err` (OSError itself if none).
TypeObject* os_error_type_for_errno(int err);

// The pending exception matches `type` (isinstance); used to swallow
// StopIteration/AttributeError/KeyError in C++ helpers.
bool pending_exception_matches(ThreadState& ts, TypeObject* type);
void clear_pending_exception(ThreadState& ts);

// Name of v's type, for messages.
std::string type_name_of(Value v);

}  // namespace pystm
