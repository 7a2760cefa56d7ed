// stdlib/codecs_escapes.h — `_codecs`' escapes functions (stdlib/codecs_escapes.cpp).
#pragma once
#include <span>

#include "runtime/objects/builtin_function.h"

namespace pystm {

std::span<const NativeMethod> escape_codec_functions();

}  // namespace pystm
