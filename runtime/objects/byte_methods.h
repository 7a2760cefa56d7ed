// runtime/objects/byte_methods.h — the methods bytes and bytearray share
// (library reference §4.8.3 "Bytes and Bytearray Operations"), written once
// over the receiver's bytes.
// Owns: searching, splitting, stripping, padding, case mapping, predicates,
// hex/fromhex, translate/maketrans, join, decode, % formatting, comparisons,
// concatenation, repetition, indexing and slicing (reading).
// Must never: mutate the receiver (bytearray's mutators live in
// bytearray_object.cpp), or hold a view of a bytearray across Python code.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// The receiver's bytes (bytes or bytearray).
std::string_view byte_self_view(Value self);
// A result of the receiver's kind: bytes for bytes, bytearray for bytearray.
Value byte_result_like(Value self, std::string_view data);
// repr of the bytes as a b'...' literal.
std::string byte_literal_repr(std::string_view data);
// bytes(x) / bytearray(x) source conversion: __bytes__ (bytes only), str with
// encoding, int count, bytes-like, iterable of ints; `type_name` names the
// type in messages.
Result<std::string> byte_source_to_string(ThreadState& ts, Value source, Value encoding, Value errors,
                                          const char* type_name);
// PyObject_Bytes: __bytes__, a bytes-like value or an iterable of ints
// ("cannot convert 'T' object to bytes" for str, int and non-iterables).
Result<std::string> bytes_from_object(ThreadState& ts, Value v);
// Adds the shared methods to bytes or bytearray.
void add_byte_methods(TypeObject* type);

}  // namespace pystm
