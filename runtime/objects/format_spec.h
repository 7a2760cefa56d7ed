// runtime/objects/format_spec.h — format(value, spec): the format-spec
// mini-language for str, int and float, and __format__ dispatch otherwise.
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

Result<Value> format_value(ThreadState& ts, Value v, Value spec);

}  // namespace pystm
