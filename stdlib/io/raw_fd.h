// stdlib/io/raw_fd.h — what FileIO offers the other _io files: direct
// access to an exact FileIO's descriptor (the buffered layer's fast path),
// reading a descriptor to its end, and close-on-collection bookkeeping.
// Must never: be used on a FileIO subclass (its methods may be overridden).
#pragma once
#include <string>

#include "runtime/core/result.h"

namespace pystm {
struct ThreadState;
namespace io {

bool file_io_fast(Value raw);  // exactly io.FileIO
// The most one read asks of the system (a larger request is a short read,
// which every reader allows), so read(10**12) does not allocate that much.
inline constexpr int64_t kMaxReadChunk = int64_t{1} << 26;
int file_io_fd(Value raw);     // -1 when closed

// One read(2)/write(2) on fd (inevitable; EINTR retried): the count, or -1
// when it would block (EAGAIN); OSError otherwise.
Result<int64_t> fd_read(ThreadState& ts, int fd, char* buf, size_t n);
Result<int64_t> fd_write(ThreadState& ts, int fd, const char* buf, size_t n);
// Reads fd to its end into *out (inevitable; EINTR retried).
Status read_all_fd(ThreadState& ts, int fd, std::string* out);

// A FileIO that owns fd: its descriptor is closed when the object is
// collected unclosed. untrack_raw_fd forgets it (closed explicitly).
Status track_raw_fd(ThreadState& ts, Value raw, int fd);
void untrack_raw_fd(Value raw);

}  // namespace io
}  // namespace pystm
