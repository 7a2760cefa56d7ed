// stdlib/embedded_python.h — runs a piece of Python source that a native
// module carries as a string (the parts of a module that are plain Python
// in CPython's C code too, e.g. struct-sequence classes), in a fresh
// namespace with the builtins.
// Must never: be handed user input (the source is trusted, compiled once).
#pragma once
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// Runs `source` as a module body named `filename`; returns its globals dict.
Result<Value> run_embedded_python(ThreadState& ts, std::string_view source, const char* filename);

}  // namespace pystm
