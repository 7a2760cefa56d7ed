// runtime/objects/str_format.h — the two string formatting languages of str:
// printf-style `fmt % args` (library reference §4.7.2) and str.format /
// str.format_map (§6.1.3 "Format String Syntax").
// Owns: parsing format strings and fetching their arguments. Must never:
// render a value itself beyond the printf conversions (the format-spec
// mini-language lives in format_spec.h).
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TupleObject;

// fmt % args.
Result<Value> str_percent_format(ThreadState& ts, Value fmt, Value args);

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

}  // namespace pystm
