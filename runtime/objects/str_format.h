// runtime/objects/str_format.h — the two string formatting languages of str:
// printf-style `fmt % args` (library reference §4.7.2) and str.format /
// str.format_map (§6.1.3 "Format String Syntax").
// Owns: parsing format strings and fetching their arguments. Must never:
// render a value itself beyond the printf conversions (the format-spec
// mini-language lives in format_spec.h).
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct ThreadState;
struct TupleObject;

// fmt % args.
Result<Value> str_percent_format(ThreadState& ts, Value fmt, Value args);
// bytes % args (the same engine: %b/%s take bytes-like values or __bytes__,
// %r/%a give ascii(), %c takes an int < 256 or one byte); returns bytes.
Result<Value> bytes_percent_format(ThreadState& ts, std::string_view fmt, Value args);

// fmt.format(*args, **kwargs) when `mapping` is null (keyword values named by
// kwnames, which may be null); fmt.format_map(mapping) otherwise.
Result<Value> str_format_call(ThreadState& ts, Value fmt, const Value* args, int64_t nargs,
                              TupleObject* kwnames, const Value* kwvalues, Value mapping);

// str(bytes, encoding, errors) and bytes.decode; s.encode(encoding, errors).
// Encodings: utf-8, ascii, latin-1 (and their aliases); errors: strict,
// ignore, replace (null means the defaults utf-8 / strict).
Result<Value> str_decode_object(ThreadState& ts, Value object, Value encoding, Value errors);
Result<Value> str_decode_bytes(ThreadState& ts, const uint8_t* data, int64_t size, Value encoding, Value errors);
Result<Value> str_encode_value(ThreadState& ts, Value s, Value encoding, Value errors);
// An encoding name lowercased with '_' and ' ' as '-' (how the built-in codecs compare names).
std::string normalize_codec_name(std::string name);
// bytes.decode(encoding='utf-8', errors='strict') with its argument checking
// and CPython's messages; `args` are the method's arguments (self excluded).
Result<Value> str_decode_call(ThreadState& ts, const uint8_t* data, int64_t size, CallArgs args);

}  // namespace pystm
