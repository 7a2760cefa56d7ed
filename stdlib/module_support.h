// stdlib/module_support.h — small helpers shared by the native modules of
// stdlib/: module-specific exception classes, float arguments the way C's
// PyFloat_AsDouble reads them, and the writable bytes of a buffer argument.
// Must never: hold a pointer into the heap across a call into Python code.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

// A new exception class `module.name` deriving from `base` (what
// PyErr_NewException makes: a heap class with __module__ set). Kept alive by
// the module that stores it.
Result<Value> new_exception_class(ThreadState& ts, const char* module, const char* name, TypeObject* base);

// Raises an instance of `exc_class` (a module's exception class) with a
// printf-formatted message.
Error raise_formatted(ThreadState& ts, Value exc_class, const char* format, ...) __attribute__((format(printf, 3, 4)));

// A float argument: float, int (exactly converted, OverflowError when too
// big), __float__ or __index__; TypeError "must be real number, not T".
Result<double> arg_as_double(ThreadState& ts, Value v);

// An int as an unsigned 64-bit pattern: false when negative or too big.
bool int_to_uint64(ThreadState& ts, Value n, uint64_t* out);

// The low 32 bits of an int argument (Argument Clinic's masking
// unsigned-int converter: any int, negative ones included; __index__).
Result<uint32_t> masked_uint32(ThreadState& ts, Value v);

// zlib's crc32/adler32 over any length (zlib takes 32-bit lengths).
uint32_t checksum_crc32(uint32_t crc, const void* data, size_t size);
uint32_t checksum_adler32(uint32_t adler, const void* data, size_t size);

// The writable bytes of a bytearray, or of a writable contiguous memoryview
// over one. Valid until the buffer is resized or Python code runs.
struct WritableBytes {
  uint8_t* data = nullptr;
  int64_t size = 0;
};
// TypeError "argument must be read-write bytes-like object, not T" otherwise.
Result<WritableBytes> get_writable_bytes(ThreadState& ts, Value v);

}  // namespace pystm
