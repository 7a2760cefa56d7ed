// stdlib/codec_errors.h — codec error handling for the `_codecs` codecs
// (library reference "codecs — Error Handlers"): the handler registry
// (codecs.register_error/lookup_error), the built-in handlers, and the two
// calls a codec makes when it meets data it cannot convert.
// Owns: the registry dict (a gc root) and the protocol with handlers
// (UnicodeEncodeError/UnicodeDecodeError in, (replacement, position) out,
// CPython's checks and messages on what comes back).
// Must never: let a handler's position take a codec outside its input.
#pragma once
#include <cstdint>
#include <span>
#include <string>

#include "runtime/core/result.h"
#include "runtime/core/value.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

class StrBuilder;
struct ThreadState;

// An encoder's view of one encode call. `put` encodes one code point of a
// handler's str replacement (false: this codec cannot); `errors` is null for
// strict.
struct EncodeErrors {
  const char* encoding;
  Value str;
  Value errors;
  bool (*put)(uint32_t cp, std::string& out, const void* codec);
  const void* codec = nullptr;
  Value handler;  // looked up on the first error
  int unit = 1;   // a bytes replacement must be a whole number of code units
};

// Code points [start, end) of ctx.str cannot be encoded: runs the handler,
// appends its replacement to `out` and returns where encoding resumes.
Result<int64_t> encode_error(ThreadState& ts, EncodeErrors& ctx, int64_t start, int64_t end, const char* reason,
                             std::string& out);

// A decoder's view of one decode call over `data`.
struct DecodeErrors {
  const char* encoding;
  const uint8_t* data;
  int64_t size;
  Value errors;
  Value handler;
  Value object;  // the input as bytes, made on the first error
};

// Bytes [start, end) cannot be decoded: appends the handler's replacement
// to `out` and returns where decoding resumes.
Result<int64_t> decode_error(ThreadState& ts, DecodeErrors& ctx, int64_t start, int64_t end, const char* reason,
                             StrBuilder& out);

// errors argument of a codec function: null (strict) for None or absent;
// TypeError unless a str.
Status errors_argument(ThreadState& ts, CallArgs args, size_t index, const char* function, Value* out);
// True for null or "strict".
bool is_strict(Value errors);

// register_error / lookup_error and the built-in handlers, for `_codecs`.
std::span<const NativeMethod> codec_error_functions();
Status init_codec_errors(ThreadState& ts);
Result<Value> lookup_error_handler(ThreadState& ts, Value name);

}  // namespace pystm
