// runtime/objects/format_spec.h — the format-specification mini-language
// (Python library reference §6.1.3.1) for str, int and float, and format().
// Owns: parsing a spec and rendering str/int/float/bool values with it.
// Must never: format other types itself (they go through __format__).
//
// format_value is what builtin format(), str.format and f-strings
// (FORMAT_VALUE) call; int.__format__ and float.__format__ may call
// format_int / format_float directly.
#pragma once
#include <string>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// format(v, spec): spec is a str (null means ''). str, int, bool and float are
// handled here; anything else calls type(v).__format__(v, spec) (and falls
// back to object.__format__'s rules when the type has none).
Result<Value> format_value(ThreadState& ts, Value v, Value spec);

Result<Value> format_str(ThreadState& ts, Value s, Value spec);
Result<Value> format_int(ThreadState& ts, Value i, Value spec);
Result<Value> format_float(ThreadState& ts, double d, Value spec);
// complex.__format__ with a non-empty spec (CPython's rules: no '0' fill,
// no '=' alignment, the real part left out only when no type is given).
Result<Value> format_complex(ThreadState& ts, double re, double im, Value spec);

// printf-style helpers shared with str % args: renders a double as the C
// conversions e/E/f/F/g/G would (Python's rules for inf/nan, '#', and the
// repr-style 'r' conversion with precision < 0), without sign.
std::string format_double_digits(double magnitude, char type, int precision, bool alternate);

}  // namespace pystm
