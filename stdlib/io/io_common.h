// stdlib/io/io_common.h — what the files of the native `_io` module share:
// the type objects, the one object layout (a NativeStateObject of kIOFields
// fields with an instance dict), argument helpers and error constructors.
// Owns: nothing but declarations and tiny inline helpers.
// Must never: do I/O itself (each concept's file does, inevitably).
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/native_state_object.h"

namespace pystm {
struct TypeObject;
namespace io {

// Every _io object is a NativeStateObject with this many fields; field 0 is
// _IOBase's closed flag, the rest belong to the concrete class.
inline constexpr uint32_t kIOFields = 20;
inline constexpr uint32_t kIOBaseClosed = 0;
// The holder of a tracked object's collection state (io_lifetime.cpp).
inline constexpr uint32_t kLifetimeField = kIOFields - 1;
inline constexpr int64_t kDefaultBufferSize = 8192;
// In-memory streams refuse to grow past this (MemoryError, not a crash).
inline constexpr int64_t kMaxMemorySize = int64_t{1} << 40;

extern TypeObject* g_iobase_type;
extern TypeObject* g_raw_iobase_type;
extern TypeObject* g_buffered_iobase_type;
extern TypeObject* g_text_iobase_type;
extern TypeObject* g_file_io_type;
extern TypeObject* g_buffered_reader_type;
extern TypeObject* g_buffered_writer_type;
extern TypeObject* g_buffered_random_type;
extern TypeObject* g_buffered_rwpair_type;
extern TypeObject* g_text_io_wrapper_type;
extern TypeObject* g_string_io_type;
extern TypeObject* g_bytes_io_type;
extern TypeObject* g_newline_decoder_type;
extern Value g_unsupported_operation;

// A type of the _io module: NativeState layout with an instance dict.
TypeObject* make_io_type(const char* name, TypeObject* base, std::span<const NativeMethod> methods,
                         std::span<const NativeMethod> getters = {});
Value io_alloc(TypeObject* type);
// The shared __new__: an object of args[0] (a type) with null fields.
Result<Value> io_new(ThreadState& ts, Value self, CallArgs args);

inline Value field(Value self, uint32_t i) { return native_field(self, i); }
inline void set_field(Value self, uint32_t i, Value v) { set_native_field(self, i, v); }
int64_t field_int(Value self, uint32_t i);  // 0 when null
void set_field_int(Value self, uint32_t i, int64_t v);
bool field_true(Value self, uint32_t i);    // a bool field; false when null

Error raise_unsupported(ThreadState& ts, const std::string& message);
Error raise_closed(ThreadState& ts);  // ValueError: I/O operation on closed file.
// The argument at position `pos` or keyword `name`; null when absent.
Value arg_at(CallArgs args, size_t pos, const char* name);
// A size argument: an int or None (-1); absent is -1.
Result<int64_t> size_arg(ThreadState& ts, Value v);
// obj.name(*args) with ordinary attribute lookup (instance dict included).
Result<Value> call_attr(ThreadState& ts, Value obj, Value name, std::initializer_list<Value> args);
// True when the object's `closed` attribute is true (any subclass).
Result<bool> is_closed_attr(ThreadState& ts, Value self);
Status check_closed_attr(ThreadState& ts, Value self);

// Copies `data` into the start of a writable buffer (bytearray, memoryview).
Status copy_into_buffer(ThreadState& ts, Value target, std::string_view data);
// len() of a writable buffer.
Result<int64_t> buffer_length(ThreadState& ts, Value target);
// The bytes of a bytes-like argument, copied.
Result<std::string> bytes_arg(ThreadState& ts, Value v);

// Writable objects register here: they are flushed at exit, and when one
// is collected unclosed, the bytes still in `pending` (a bytearray) are
// written to `sink` (an object with write()).
Status track_pending_writes(ThreadState& ts, Value obj, Value sink, Value pending);
// Runs the flush of every live registered object, newest first.
void flush_all_at_exit(ThreadState& ts);

// Per-concept initialisation (called once, in this order, by io_module.cpp).
void init_iobase_types();
void init_file_io_type();
void init_buffered_types();
void init_text_io_types();
void init_string_io_type();
void init_bytes_io_type();

// open(file, mode, buffering, encoding, errors, newline, closefd, opener).
Result<Value> io_open(ThreadState& ts, Value self, CallArgs args);

}  // namespace io
}  // namespace pystm
