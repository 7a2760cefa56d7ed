// stdlib/codecs_utf16_32.h — `_codecs`' UTF-16 and UTF-32 functions
// (stdlib/codecs_utf16_32.cpp).
#pragma once
#include <span>

#include "runtime/objects/builtin_function.h"

namespace pystm {

std::span<const NativeMethod> utf16_32_codec_functions();

}  // namespace pystm
