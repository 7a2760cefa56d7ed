// stdlib/io/buffered.h — the buffered layer's operations as C++ calls, for
// TextIOWrapper's fast path over an exact BufferedReader/Writer/Random.
// Must never: be called on anything is_native_buffered() rejects.
#pragma once
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {
struct ThreadState;
namespace io {

bool is_native_buffered(Value v);
// Whether an exact native buffered object over an exact FileIO is closed,
// without attribute lookups; false (unknown) for anything else.
bool buffered_closed_fast(Value buffer, bool* closed);
Result<Value> buffered_read(ThreadState& ts, Value self, int64_t n);    // n < 0: to the end
Result<Value> buffered_read1(ThreadState& ts, Value self, int64_t n);
Result<Value> buffered_readline(ThreadState& ts, Value self, int64_t limit);
Result<Value> buffered_write(ThreadState& ts, Value self, std::string_view data);
Status buffered_flush(ThreadState& ts, Value self);

}  // namespace io
}  // namespace pystm
