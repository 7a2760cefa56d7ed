// stdlib/io/newlines.h — newline handling shared by StringIO, TextIOWrapper
// and IncrementalNewlineDecoder: the newline= argument's modes, universal
// translation, line-end search and the `newlines` attribute's value.
// Owns: pure functions over str values. Must never: do I/O.
#pragma once
#include "runtime/core/result.h"

namespace pystm {
struct ThreadState;
namespace io {

// The newline= argument: None (universal, translate to '\n'), '' (universal,
// untranslated), or one of '\n', '\r', '\r\n'.
enum class NewlineMode { Universal, Untranslated, LF, CR, CRLF };
// Parses newline= (None or str); ValueError "illegal newline value: ..." else
// (the value quoted as StringIO does, or plain as TextIOWrapper does).
Result<NewlineMode> parse_newline(ThreadState& ts, Value newline, bool quote);
Value newline_mode_value(NewlineMode mode);  // back to the argument's value

// Bits of the newline kinds seen (the `newlines` attribute).
enum : int { kSeenLF = 1, kSeenCR = 2, kSeenCRLF = 4 };
int scan_newlines(Value s);
Value newlines_value(int seen);  // None, a str or a tuple, like CPython

// '\r\n' and '\r' become '\n'.
Value translate_to_lf(Value s);
// '\n' becomes `newline` ('\r' or '\r\n').
Value translate_lf_to(Value s, Value newline);

// The index just past the end of the line that starts at `start` in s (the
// terminator included), or -1 when s[start:end] holds no complete line.
// `translated` means s only has '\n' terminators (after translate_to_lf).
// A '\r' at end-1 in Untranslated mode is not complete (a '\n' may follow)
// unless `at_eof`.
int64_t find_line_end(Value s, int64_t start, int64_t end, NewlineMode mode, bool translated, bool at_eof);

}  // namespace io
}  // namespace pystm
