// stdlib/zlib_module.cpp — the `zlib` module (library reference "zlib —
// Compression compatible with gzip") over Debian's zlib: one-shot
// compress/decompress, crc32/adler32, Compress and Decompress stream objects
// (flush modes, max_length with unconsumed_tail, unused_data, eof, zdict,
// copy) and the constants, with CPython 3.11's zlib.error messages.
// Owns: the z_streams of stream objects. A z_stream is zlib's malloc state,
// which the STM cannot roll back, so every call that advances one makes the
// transaction inevitable first (like I/O); the Python-visible attributes
// (unused_data, unconsumed_tail, eof) are heap fields. Streams live in a
// table keyed by their owner object and are freed when zlib is done with
// them or, at the latest, by a gc sweep hook once the owner is garbage.
// Must never: touch a stream outside an inevitable transaction, or keep a
// stream whose owner is dead.
#include <zlib.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "gc/heap.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/module_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_zlib_error;
TypeObject* g_compress_type = nullptr;
TypeObject* g_decompress_type = nullptr;
// Decompress fields (Compress objects use none but keep one for uniformity).
enum StreamField : uint32_t { kUnusedData, kUnconsumedTail, kEof, kZdict, kStreamFields };

// -- The stream table ------------------------------------------------------------

struct Stream {
  z_stream zs;
  bool inflating;
};

struct StreamTable {
  std::mutex lock;
  std::unordered_map<const Object*, Stream*> by_owner;
};
StreamTable& streams() {
  static StreamTable* t = new StreamTable;
  return *t;
}

void end_stream(Stream* s) {
  if (s->inflating)
    inflateEnd(&s->zs);
  else
    deflateEnd(&s->zs);
  delete s;
}

void sweep_streams(void*) {
  StreamTable& t = streams();
  for (auto it = t.by_owner.begin(); it != t.by_owner.end();) {
    if (!gc::is_marked(&it->first->header)) {
      end_stream(it->second);
      it = t.by_owner.erase(it);
    } else {
      ++it;
    }
  }
}

Stream* stream_of(Value owner) {
  StreamTable& t = streams();
  std::lock_guard<std::mutex> g(t.lock);
  auto it = t.by_owner.find(owner.as_object());
  return it == t.by_owner.end() ? nullptr : it->second;
}
void attach_stream(Value owner, Stream* s) {
  StreamTable& t = streams();
  std::lock_guard<std::mutex> g(t.lock);
  Stream*& slot = t.by_owner[owner.as_object()];
  if (slot) end_stream(slot);  // memory of a dead owner reused before a sweep
  slot = s;
}
void release_stream(Value owner) {
  StreamTable& t = streams();
  std::lock_guard<std::mutex> g(t.lock);
  auto it = t.by_owner.find(owner.as_object());
  if (it == t.by_owner.end()) return;
  end_stream(it->second);
  t.by_owner.erase(it);
}

// -- Errors ------------------------------------------------------------------------

Error zlib_error_text(ThreadState& ts, const char* text) { return raise_formatted(ts, g_zlib_error, "%s", text); }

// "Error N while <what>: <zlib's message>", CPython's format.
Error zlib_error(ThreadState& ts, const z_stream* zs, int err, const char* what) {
  const char* msg = zs ? zs->msg : nullptr;
  if (err == Z_VERSION_ERROR) msg = "library version mismatch";
  if (!msg) {
    switch (err) {
      case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
      case Z_DATA_ERROR: msg = "invalid input data"; break;
      default: break;
    }
  }
  char buf[320];
  if (msg)
    snprintf(buf, sizeof buf, "Error %d %s: %.200s", err, what, msg);
  else
    snprintf(buf, sizeof buf, "Error %d %s", err, what);
  return zlib_error_text(ts, buf);
}

Value bytes_of(const std::string& s) { return bytes_from(s.data(), static_cast<int64_t>(s.size())); }

Result<int> int_option(ThreadState& ts, Value v, int dflt) {
  if (v.is_null()) return dflt;
  int64_t x = PY_TRY(index_as_ssize(ts, v));
  if (x < INT32_MIN || x > INT32_MAX) return raise(ts, g_exc_OverflowError, "signed integer is greater than maximum");
  return static_cast<int>(x);
}

// Runs `step` (one deflate/inflate call) until it stops filling the output;
// appends what it wrote to `out`. `limit` > 0 caps the total output.
template <typename Step>
int pump(z_stream* zs, std::string& out, size_t limit, Step step) {
  int err;
  do {
    size_t chunk = out.size() < 16384 ? 16384 : out.size();
    if (limit > 0) {
      if (out.size() >= limit) return Z_OK;
      if (chunk > limit - out.size()) chunk = limit - out.size();
    }
    size_t old = out.size();
    // Beyond this the allocator would throw: report it as zlib's Z_MEM_ERROR.
    if (old + chunk > (size_t{1} << 34)) return Z_MEM_ERROR;
    out.resize(old + chunk);
    zs->next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs->avail_out = static_cast<uInt>(chunk);
    err = step();
    out.resize(old + chunk - zs->avail_out);
  } while (zs->avail_out == 0 && err != Z_STREAM_END && (err == Z_OK || err == Z_BUF_ERROR) &&
           !(limit > 0 && out.size() >= limit));
  return err;
}

// Makes `in` available to the stream piece by piece (zlib counts in 32 bits)
// and calls step(last_piece) after each; stops early when step returns
// false. Returns how many bytes of `in` were not consumed.
template <typename Step>
size_t feed(z_stream* zs, std::string_view in, Step step) {
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  size_t left = in.size();
  do {
    uInt piece = left > (1u << 30) ? (1u << 30) : static_cast<uInt>(left);
    zs->avail_in = piece;
    left -= piece;
    if (!step(left == 0)) break;
  } while (left > 0);
  return left + zs->avail_in;
}

// -- One-shot functions ----------------------------------------------------------

Result<Value> m_compress(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "compress", args, {"level", "wbits"}));
  int level = PY_TRY(int_option(ts, args.nargs > 1 ? args[1] : keyword_arg(args, "level"), Z_DEFAULT_COMPRESSION));
  int wbits = PY_TRY(int_option(ts, args.nargs > 2 ? args[2] : keyword_arg(args, "wbits"), MAX_WBITS));
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  z_stream zs{};
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return raise(ts, g_exc_MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return zlib_error_text(ts, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zs);
    return zlib_error(ts, &zs, err, "while compressing data");
  }
  std::string out;
  feed(&zs, in.view, [&](bool last) {
    err = pump(&zs, out, 0, [&] { return deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH); });
    return err != Z_STREAM_ERROR;
  });
  if (err == Z_STREAM_ERROR) {
    deflateEnd(&zs);
    return zlib_error(ts, &zs, err, "while compressing data");
  }
  deflateEnd(&zs);
  if (err != Z_STREAM_END) return zlib_error(ts, &zs, err, "while compressing data");
  return bytes_of(out);
}

Result<Value> m_decompress(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "decompress", args, {"wbits", "bufsize"}));
  int wbits = PY_TRY(int_option(ts, args.nargs > 1 ? args[1] : keyword_arg(args, "wbits"), MAX_WBITS));
  Value bufsize_arg = args.nargs > 2 ? args[2] : keyword_arg(args, "bufsize");
  if (!bufsize_arg.is_null() && PY_TRY(index_as_ssize(ts, bufsize_arg)) < 0)
    return raise_value_error(ts, "bufsize must be non-negative");
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  z_stream zs{};
  int err = inflateInit2(&zs, wbits);
  if (err == Z_MEM_ERROR) return raise(ts, g_exc_MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zs);
    return zlib_error(ts, &zs, err, "while preparing to decompress data");
  }
  std::string out;
  feed(&zs, in.view, [&](bool) {
    err = pump(&zs, out, 0, [&] { return inflate(&zs, Z_NO_FLUSH); });
    return err == Z_OK || err == Z_BUF_ERROR;
  });
  if (err == Z_MEM_ERROR) {
    inflateEnd(&zs);
    return raise(ts, g_exc_MemoryError, "Out of memory while decompressing data");
  }
  if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
    Error e = zlib_error(ts, &zs, err, "while decompressing data");
    inflateEnd(&zs);
    return e;
  }
  if (err != Z_STREAM_END) {
    inflateEnd(&zs);
    return zlib_error(ts, nullptr, Z_BUF_ERROR, "while decompressing data");
  }
  inflateEnd(&zs);
  return bytes_of(out);
}

Result<Value> checksum(ThreadState& ts, CallArgs args, uint32_t dflt, bool adler) {
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  uint32_t start = args.nargs > 1 ? PY_TRY(masked_uint32(ts, args[1])) : dflt;
  return int_from_uint64(adler ? checksum_adler32(start, in.view.data(), in.view.size())
                               : checksum_crc32(start, in.view.data(), in.view.size()));
}
Result<Value> m_crc32(ThreadState& ts, Value, CallArgs args) { return checksum(ts, args, 0, false); }
Result<Value> m_adler32(ThreadState& ts, Value, CallArgs args) { return checksum(ts, args, 1, true); }

// -- Compress --------------------------------------------------------------------

Result<Value> m_compressobj(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "compressobj", args, {"level", "method", "wbits", "memLevel", "strategy", "zdict"}));
  auto opt = [&](size_t i, const char* name) { return args.nargs > i ? args[i] : keyword_arg(args, name); };
  int level = PY_TRY(int_option(ts, opt(0, "level"), Z_DEFAULT_COMPRESSION));
  int method = PY_TRY(int_option(ts, opt(1, "method"), Z_DEFLATED));
  int wbits = PY_TRY(int_option(ts, opt(2, "wbits"), MAX_WBITS));
  int mem_level = PY_TRY(int_option(ts, opt(3, "memLevel"), 8));
  int strategy = PY_TRY(int_option(ts, opt(4, "strategy"), Z_DEFAULT_STRATEGY));
  Value zdict = opt(5, "zdict");
  BytesArg dict;
  bool has_dict = !zdict.is_null() && !zdict.is(g_none);
  if (has_dict) PY_TRY(require_bytes_like(ts, zdict, &dict));
  PY_TRY(enter_inevitable(ts));
  auto* s = new Stream{};
  s->inflating = false;
  int err = deflateInit2(&s->zs, level, method, wbits, mem_level, strategy);
  if (err != Z_OK) {
    z_stream copy = s->zs;
    end_stream(s);
    if (err == Z_MEM_ERROR) return raise(ts, g_exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR) return raise_value_error(ts, "Invalid initialization option");
    return zlib_error(ts, &copy, err, "while creating compression object");
  }
  if (has_dict) {
    err = deflateSetDictionary(&s->zs, reinterpret_cast<const Bytef*>(dict.view.data()),
                               static_cast<uInt>(dict.view.size()));
    if (err != Z_OK) {
      end_stream(s);
      return raise_value_error(ts, "Invalid dictionary");
    }
  }
  Value self = Value::from_object(native_state_new(g_compress_type, kStreamFields));
  attach_stream(self, s);
  return self;
}

Result<Value> compress_compress(ThreadState& ts, Value self, CallArgs args) {
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  PY_TRY(enter_inevitable(ts));
  Stream* s = stream_of(self);
  std::string out;
  if (!s) return zlib_error(ts, nullptr, Z_STREAM_ERROR, "while compressing data");
  int err = Z_OK;
  feed(&s->zs, in.view, [&](bool) {
    err = pump(&s->zs, out, 0, [&] { return deflate(&s->zs, Z_NO_FLUSH); });
    return err != Z_STREAM_ERROR;
  });
  if (err == Z_STREAM_ERROR) return zlib_error(ts, &s->zs, err, "while compressing data");
  return bytes_of(out);
}

Result<Value> compress_flush(ThreadState& ts, Value self, CallArgs args) {
  int mode = PY_TRY(int_option(ts, args.nargs > 0 ? args[0] : Value(), Z_FINISH));
  if (mode == Z_NO_FLUSH) return bytes_from("", 0);
  PY_TRY(enter_inevitable(ts));
  Stream* s = stream_of(self);
  if (!s) return zlib_error(ts, nullptr, Z_STREAM_ERROR, "while flushing");
  std::string out;
  s->zs.avail_in = 0;
  int err = pump(&s->zs, out, 0, [&] { return deflate(&s->zs, mode); });
  if (mode == Z_FINISH && err == Z_STREAM_END) {
    release_stream(self);
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(ts, &s->zs, err, "while flushing");
  }
  return bytes_of(out);
}

// -- Decompress ------------------------------------------------------------------

Status set_inflate_dictionary(ThreadState& ts, Value self, Stream* s) {
  Value zdict = native_field(self, kZdict);
  BytesArg dict;
  PY_TRY(require_bytes_like(ts, zdict, &dict));
  int err = inflateSetDictionary(&s->zs, reinterpret_cast<const Bytef*>(dict.view.data()),
                                 static_cast<uInt>(dict.view.size()));
  if (err != Z_OK) return zlib_error(ts, &s->zs, err, "while setting zdict");
  return ok_status();
}

Result<Value> m_decompressobj(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "decompressobj", args, {"wbits", "zdict"}));
  int wbits = PY_TRY(int_option(ts, args.nargs > 0 ? args[0] : keyword_arg(args, "wbits"), MAX_WBITS));
  Value zdict = args.nargs > 1 ? args[1] : keyword_arg(args, "zdict");
  if (!zdict.is_null() && !is_bytes_like(zdict))
    return raise_type_error(ts, "zdict argument must support the buffer protocol");
  PY_TRY(enter_inevitable(ts));
  auto* s = new Stream{};
  s->inflating = true;
  int err = inflateInit2(&s->zs, wbits);
  if (err != Z_OK) {
    z_stream copy = s->zs;
    end_stream(s);
    if (err == Z_MEM_ERROR) return raise(ts, g_exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR) return raise_value_error(ts, "Invalid initialization option");
    return zlib_error(ts, &copy, err, "while creating decompression object");
  }
  Value self = Value::from_object(native_state_new(g_decompress_type, kStreamFields));
  set_native_field(self, kUnusedData, bytes_from("", 0));
  set_native_field(self, kUnconsumedTail, bytes_from("", 0));
  set_native_field(self, kEof, g_false);
  set_native_field(self, kZdict, zdict);
  attach_stream(self, s);
  // A raw stream never asks for its dictionary: it is set up front.
  if (!zdict.is_null() && wbits < 0) PY_TRY(set_inflate_dictionary(ts, self, s));
  return self;
}

// Inflates `in` with `flush`, output capped at `limit` (0: none); records the
// leftover input as CPython does (unused_data after the end of the stream,
// unconsumed_tail when the output cap stopped it). Returns zlib's status.
Result<int> inflate_into(ThreadState& ts, Value self, Stream* s, std::string_view in, int flush, size_t limit,
                         std::string& out) {
  int err = Z_OK;
  bool dict_failed = false;
  size_t left = feed(&s->zs, in, [&](bool) {
    while (true) {
      err = pump(&s->zs, out, limit, [&] { return inflate(&s->zs, flush); });
      if (err == Z_NEED_DICT && !native_field(self, kZdict).is_null()) {
        if (set_inflate_dictionary(ts, self, s).is_error()) {
          dict_failed = true;
          return false;
        }
        continue;
      }
      break;
    }
    if (err != Z_OK && err != Z_BUF_ERROR) return false;  // the end of the stream, or an error
    return !(limit > 0 && out.size() >= limit);
  });
  if (dict_failed) return kError;
  std::string_view rest = in.substr(in.size() - left);
  if (err == Z_STREAM_END && !rest.empty()) {
    Value old = native_field(self, kUnusedData);
    std::string joined(reinterpret_cast<const char*>(bytes_data(old)), static_cast<size_t>(bytes_size(old)));
    joined.append(rest);
    set_native_field(self, kUnusedData, bytes_of(joined));
    rest = std::string_view();
  }
  if (!rest.empty() || bytes_size(native_field(self, kUnconsumedTail)) > 0)
    set_native_field(self, kUnconsumedTail, bytes_from(rest.data(), static_cast<int64_t>(rest.size())));
  if (err == Z_STREAM_END) set_native_field(self, kEof, g_true);
  return err;
}

Result<Value> decompress_decompress(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "decompress", args, {"max_length"}));
  Value limit_arg = args.nargs > 1 ? args[1] : keyword_arg(args, "max_length");
  int64_t limit = limit_arg.is_null() ? 0 : PY_TRY(index_as_ssize(ts, limit_arg));
  if (limit < 0) return raise_value_error(ts, "max_length must be non-negative");
  BytesArg in;
  PY_TRY(require_bytes_like(ts, args[0], &in));
  PY_TRY(enter_inevitable(ts));
  Stream* s = stream_of(self);
  if (!s) return zlib_error(ts, nullptr, Z_STREAM_ERROR, "while decompressing data");
  std::string out;
  int err = PY_TRY(inflate_into(ts, self, s, in.view, Z_SYNC_FLUSH, static_cast<size_t>(limit), out));
  if (err == Z_MEM_ERROR) return raise(ts, g_exc_MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
    return zlib_error(ts, &s->zs, err, "while decompressing data");
  return bytes_of(out);
}

Result<Value> decompress_flush(ThreadState& ts, Value self, CallArgs args) {
  int64_t length = args.nargs > 0 ? PY_TRY(index_as_ssize(ts, args[0])) : 16384;
  if (length <= 0) return raise_value_error(ts, "length must be greater than zero");
  PY_TRY(enter_inevitable(ts));
  Stream* s = stream_of(self);
  if (!s) return bytes_from("", 0);
  Value tail = native_field(self, kUnconsumedTail);
  std::string in(reinterpret_cast<const char*>(bytes_data(tail)), static_cast<size_t>(bytes_size(tail)));
  std::string out;
  int err = PY_TRY(inflate_into(ts, self, s, in, Z_FINISH, 0, out));
  if (err == Z_STREAM_END) release_stream(self);
  return bytes_of(out);
}

// copy() of either kind of stream object: a deflateCopy/inflateCopy of the
// stream and the same attribute fields.
Result<Value> stream_copy(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  Stream* s = stream_of(self);
  if (!s) return raise_value_error(ts, "Inconsistent stream state");
  auto* c = new Stream{};
  c->inflating = s->inflating;
  int err = s->inflating ? inflateCopy(&c->zs, &s->zs) : deflateCopy(&c->zs, &s->zs);
  if (err != Z_OK) {
    delete c;
    if (err == Z_STREAM_ERROR) return raise_value_error(ts, "Inconsistent stream state");
    return zlib_error(ts, &s->zs, err, s->inflating ? "while copying decompression object" : "while copying compression object");
  }
  Value copy = Value::from_object(native_state_new(type_of(self), kStreamFields));
  for (uint32_t f = 0; f < kStreamFields; ++f) set_native_field(copy, f, native_field(self, f));
  attach_stream(copy, c);
  return copy;
}

Result<Value> decompress_unused_data(ThreadState&, Value self, CallArgs) { return native_field(self, kUnusedData); }
Result<Value> decompress_unconsumed_tail(ThreadState&, Value self, CallArgs) {
  return native_field(self, kUnconsumedTail);
}
Result<Value> decompress_eof(ThreadState&, Value self, CallArgs) { return native_field(self, kEof); }


const NativeMethod kCompressMethods[] = {
    {"compress", compress_compress, 1, 1, kNativeNoKeywords, nullptr},
    {"flush", compress_flush, 0, 1, kNativeNoKeywords, nullptr},
    {"copy", stream_copy, 0, 0, 0, nullptr},
    {"__copy__", stream_copy, 0, 0, 0, nullptr},
    {"__deepcopy__", stream_copy, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kDecompressMethods[] = {
    {"decompress", decompress_decompress, 1, 2, 0, nullptr},
    {"flush", decompress_flush, 0, 1, kNativeNoKeywords, nullptr},
    {"copy", stream_copy, 0, 0, 0, nullptr},
    {"__copy__", stream_copy, 0, 0, 0, nullptr},
    {"__deepcopy__", stream_copy, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kDecompressGetters[] = {
    {"unused_data", decompress_unused_data, 0, 0, 0, nullptr},
    {"unconsumed_tail", decompress_unconsumed_tail, 0, 0, 0, nullptr},
    {"eof", decompress_eof, 0, 0, 0, nullptr},
};
const NativeMethod kFunctions[] = {
    {"compress", m_compress, 1, 3, 0, nullptr},
    {"decompress", m_decompress, 1, 3, 0, nullptr},
    {"crc32", m_crc32, 1, 2, kNativeNoKeywords, nullptr},
    {"adler32", m_adler32, 1, 2, kNativeNoKeywords, nullptr},
    {"compressobj", m_compressobj, 0, 6, 0, nullptr},
    {"decompressobj", m_decompressobj, 0, 2, 0, nullptr},
};

}  // namespace

Result<Value> create_zlib_module(ThreadState& ts) {
  if (!g_compress_type) {
    g_compress_type = make_builtin_type("Compress", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_compress_type, kCompressMethods);
    g_decompress_type =
        make_builtin_type("Decompress", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_decompress_type, kDecompressMethods);
    for (const NativeMethod& g : kDecompressGetters) add_native_property(g_decompress_type, &g, nullptr);
    for (TypeObject* t : {g_compress_type, g_decompress_type}) type_set_attr_nogc_fail(t, "__module__", str_intern("zlib"));
    g_zlib_error = PY_TRY(new_exception_class(ts, "zlib", "error", g_exc_Exception));
    add_global_root(&g_zlib_error);
    gc::add_sweep_hook(sweep_streams, nullptr);
  }
  Value module = module_new(str_intern("zlib"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "error", g_zlib_error);
  const struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (const auto& c : kConstants) module_set(module, c.name, Value::small_int(c.value));
  module_set(module, "ZLIB_VERSION", str_intern(ZLIB_VERSION));
  module_set(module, "ZLIB_RUNTIME_VERSION", str_intern(zlibVersion()));
  return module;
}

}  // namespace pystm
