// stdlib/codecs_charmap.h — `_codecs`' charmap functions (stdlib/codecs_charmap.cpp).
#pragma once
#include <span>

#include "runtime/objects/builtin_function.h"

namespace pystm {

std::span<const NativeMethod> charmap_codec_functions();

}  // namespace pystm
