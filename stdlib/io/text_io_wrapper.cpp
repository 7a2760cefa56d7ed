// stdlib/io/text_io_wrapper.cpp — io.TextIOWrapper: text over a buffered
// binary stream (library reference "io.TextIOWrapper").
// Owns: decoding read-ahead (the decoded chunk is kept untranslated, so a
// position in it maps to a byte offset by encoding its prefix: tell cookies
// are plain byte offsets), newline translation on read and write, pending
// encoded writes (handed to the buffer in chunks, at flush, or per line with
// line_buffering), and the attributes the standard library reads.
// UTF-8, Latin-1 and ASCII are decoded natively; other encodings go through
// the codecs module's incremental decoder and encoder.
// Must never: do I/O except through the buffer object (which goes inevitable).
#include <cstring>

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_format.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/buffered.h"
#include "stdlib/io/io_common.h"
#include "stdlib/io/newlines.h"

namespace pystm::io {

TypeObject* g_text_io_wrapper_type = nullptr;

namespace {

enum : uint32_t {
  kBuffer = 1, kEncoding, kErrors, kNewline, kLineBuffering, kWriteThrough, kDecoded, kDecodedPos, kPendingRaw,
  kChunkStart, kPendingWrites, kCodec, kSeen, kDecoder, kEncoder, kFlags,
  // Codecs through the codecs module: the decoder's flags once it has read
  // the start of the stream (a UTF-16 byte order, say), restored after a
  // seek elsewhere; an encoder told not to write a byte-order mark, which
  // measures text for tell().
  kStartFlags, kLengthEncoder
};
enum : int64_t { kReady = 1, kDetached = 2, kSeekable = 4, kHasRead1 = 8, kCanRead = 16, kCanWrite = 32 };
enum Codec : int64_t { kUtf8 = 0, kLatin1 = 1, kAscii = 2, kOther = 3 };
constexpr int64_t kChunkSize = 8192;

int64_t flags(Value self) { return field_int(self, kFlags); }
NewlineMode mode_of(Value self) { return static_cast<NewlineMode>(field_int(self, kNewline)); }
Codec codec_of(Value self) { return static_cast<Codec>(field_int(self, kCodec)); }

Status check_ready(ThreadState& ts, Value self) {
  int64_t f = flags(self);
  if (!(f & kReady)) {
    if (f & kDetached) return raise_value_error(ts, "underlying buffer has been detached");
    return raise_value_error(ts, "I/O operation on uninitialized object");
  }
  return ok_status();
}

Result<bool> closed(ThreadState& ts, Value self) {
  Value buffer = field(self, kBuffer);
  bool fast;
  if (buffered_closed_fast(buffer, &fast)) return fast;
  return is_closed_attr(ts, buffer);
}

Status check_open(ThreadState& ts, Value self) {
  PY_TRY(check_ready(ts, self));
  if (PY_TRY(closed(ts, self))) return raise_closed(ts);
  return ok_status();
}

Codec codec_for(const std::string& name) {
  std::string e = normalize_codec_name(name);
  if (e == "utf-8" || e == "utf8" || e == "u8") return kUtf8;
  if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1") return kLatin1;
  if (e == "ascii" || e == "us-ascii" || e == "646") return kAscii;
  return kOther;
}

Value codec_name_value(Codec c) {
  return str_intern(c == kUtf8 ? "utf-8" : c == kLatin1 ? "latin-1" : "ascii");
}

// The encoded length of s[start, stop) (for tell()).
Result<int64_t> encoded_length(ThreadState& ts, Value self, Value s, int64_t start, int64_t stop) {
  Codec c = codec_of(self);
  if (c == kLatin1 || c == kAscii) return stop - start;
  if (c == kUtf8) {
    const StrObject* so = as_str(s);
    if (so->ascii) return stop - start;
    int64_t n = 0;
    for (int64_t i = start; i < stop; ++i) {
      uint32_t cp = so->at(i);
      n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return n;
  }
  Value part = str_substring(s, start, stop);
  Value encoded = PY_TRY(call_attr(ts, field(self, kLengthEncoder), str_intern("encode"), {part}));
  return length(ts, encoded);
}

// Decodes `data` (after any held-back bytes); keeps an incomplete UTF-8
// sequence at the end for the next chunk unless `final`.
Result<Value> decode(ThreadState& ts, Value self, std::string data, bool final) {
  Codec c = codec_of(self);
  if (c == kOther) {
    Value chunk = bytes_from(data.data(), static_cast<int64_t>(data.size()));
    Value s = PY_TRY(call_attr(ts, field(self, kDecoder), str_intern("decode"), {chunk, bool_value(final)}));
    if (!is_instance_of(s, g_str_type))
      return raise_type_error(ts, "decoder should return a string result, not '%s'", type_name_of(s).c_str());
    return s;
  }
  Value held = field(self, kPendingRaw);
  if (!held.is_null() && bytes_size(held) > 0)
    data.insert(0, reinterpret_cast<const char*>(bytes_data(held)), static_cast<size_t>(bytes_size(held)));
  size_t keep = 0;
  if (c == kUtf8 && !final) {
    // Look back over at most 3 bytes for the lead byte of a cut sequence.
    size_t n = data.size();
    for (size_t back = 1; back <= 3 && back <= n; ++back) {
      unsigned char b = static_cast<unsigned char>(data[n - back]);
      if ((b & 0xC0) == 0x80) continue;
      size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (need > back) keep = back;
      break;
    }
  }
  set_field(self, kPendingRaw, keep ? bytes_from(data.data() + data.size() - keep, static_cast<int64_t>(keep)) : Value());
  size_t len = data.size() - keep;
  if (c == kUtf8) {
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; ++i) ascii = static_cast<unsigned char>(data[i]) < 0x80;
    if (ascii) return str_from_latin1(reinterpret_cast<const uint8_t*>(data.data()), static_cast<int64_t>(len));
  }
  return str_decode_bytes(ts, reinterpret_cast<const uint8_t*>(data.data()), static_cast<int64_t>(len),
                          codec_name_value(c), field(self, kErrors));
}

Result<Value> encode(ThreadState& ts, Value self, Value s) {
  Codec c = codec_of(self);
  if (c == kOther) return call_attr(ts, field(self, kEncoder), str_intern("encode"), {s});
  const StrObject* so = as_str(s);
  if (so->ascii) return bytes_from(so->data, so->length);
  return str_encode_value(ts, s, codec_name_value(c), field(self, kErrors));
}

// Gives the pending encoded writes to the buffer.
Status flush_pending(ThreadState& ts, Value self) {
  Value pending = field(self, kPendingWrites);
  if (pending.is_null() || bytearray_view(pending).empty()) return ok_status();
  std::string data(bytearray_view(pending));
  bytearray_resize(pending, 0);
  Value buffer = field(self, kBuffer);
  if (is_native_buffered(buffer)) {
    PY_TRY(buffered_write(ts, buffer, data));
    return ok_status();
  }
  // A raw buffer (FileIO) may take only part of it.
  std::string_view rest(data);
  while (!rest.empty()) {
    Value put = PY_TRY(call_attr(ts, buffer, g_name_write, {bytes_from(rest.data(), static_cast<int64_t>(rest.size()))}));
    if (!is_int(put)) break;
    int64_t n = PY_TRY(index_as_ssize(ts, put));
    if (n <= 0 || n >= static_cast<int64_t>(rest.size())) break;
    rest.remove_prefix(static_cast<size_t>(n));
  }
  return ok_status();
}

void drop_decoded(Value self) {
  set_field(self, kDecoded, Value());
  set_field_int(self, kDecodedPos, 0);
  set_field(self, kPendingRaw, Value());
  set_field_int(self, kChunkStart, -1);
}

Status reset_decoder(ThreadState& ts, Value self) {
  drop_decoded(self);
  if (codec_of(self) == kOther) PY_TRY(call_attr(ts, field(self, kDecoder), str_intern("reset"), {}));
  return ok_status();
}

// After a seek to byte `pos` (codecs through the codecs module): away from
// the start, the decoder continues in the byte order the stream began with
// and the encoder writes no byte-order mark, as CPython's TextIOWrapper does.
Status codec_state_at(ThreadState& ts, Value self, int64_t pos, bool decoder_too) {
  if (codec_of(self) != kOther) return ok_status();
  Value encoder = field(self, kEncoder);
  if (pos == 0) {
    PY_TRY(call_attr(ts, encoder, str_intern("reset"), {}));
    return ok_status();
  }
  PY_TRY(call_attr(ts, encoder, str_intern("setstate"), {Value::small_int(0)}));
  Value flags_at_start = field(self, kStartFlags);
  if (decoder_too && !flags_at_start.is_null())
    PY_TRY(call_attr(ts, field(self, kDecoder), str_intern("setstate"), {tuple_pack({bytes_from("", 0), flags_at_start})}));
  return ok_status();
}

// Reads one more chunk from the buffer and appends its text to the decoded
// read-ahead (dropping the part already delivered). False at end of file.
Result<bool> refill(ThreadState& ts, Value self) {
  Value buffer = field(self, kBuffer);
  Value decoded = field(self, kDecoded);
  int64_t pos = field_int(self, kDecodedPos);
  int64_t dlen = decoded.is_null() ? 0 : str_length(decoded);
  // The byte position of the new decoded[0], for tell().
  int64_t start = -1;
  if (flags(self) & kSeekable) {
    if (dlen > 0 && field_int(self, kChunkStart) >= 0) {
      start = field_int(self, kChunkStart) + PY_TRY(encoded_length(ts, self, decoded, 0, pos));
    } else if (dlen == pos) {
      Value t = PY_TRY(call_attr(ts, buffer, str_intern("tell"), {}));
      Value held = field(self, kPendingRaw);
      start = PY_TRY(index_as_ssize(ts, t)) - (held.is_null() ? 0 : bytes_size(held));
    }
  }
  Value chunk;
  if (is_native_buffered(buffer)) chunk = PY_TRY(buffered_read1(ts, buffer, kChunkSize));
  else if (flags(self) & kHasRead1) chunk = PY_TRY(call_attr(ts, buffer, str_intern("read1"), {Value::small_int(kChunkSize)}));
  else chunk = PY_TRY(call_attr(ts, buffer, str_intern("read"), {Value::small_int(kChunkSize)}));
  if (chunk.is(g_none)) chunk = bytes_from("", 0);
  if (!is_bytes_like(chunk))
    return raise_type_error(ts, "underlying %s() should have returned a bytes-like object, not '%s'",
                            (flags(self) & kHasRead1) ? "read1" : "read", type_name_of(chunk).c_str());
  std::string data = PY_TRY(bytes_arg(ts, chunk));
  bool eof = data.empty();
  int64_t data_size = static_cast<int64_t>(data.size());
  Value text = PY_TRY(decode(ts, self, std::move(data), eof));
  if (start == 0 && codec_of(self) == kOther && data_size > 0) {
    // The decoder may have consumed a byte-order mark: decoded[0] starts
    // after it. Its flags now say which byte order the stream uses.
    Value state = PY_TRY(call_attr(ts, field(self, kDecoder), str_intern("getstate"), {}));
    if (is_instance_of(state, g_tuple_type) && tuple_size(state) == 2) {
      int64_t pending = PY_TRY(length(ts, tuple_item(state, 0)));
      int64_t skip = data_size - pending - PY_TRY(encoded_length(ts, self, text, 0, str_length(text)));
      if (skip > 0 && pos >= dlen) start = skip;
      set_field(self, kStartFlags, tuple_item(state, 1));
    }
  }
  Value rest = pos < dlen ? str_substring(decoded, pos, dlen) : str_empty();
  set_field(self, kDecoded, str_length(rest) ? str_concat(rest, text) : text);
  set_field_int(self, kDecodedPos, 0);
  set_field_int(self, kChunkStart, start);
  return !eof;
}

// Delivers decoded[pos:stop] translated per the newline mode.
Value deliver(Value self, int64_t stop) {
  Value decoded = field(self, kDecoded);
  int64_t pos = field_int(self, kDecodedPos);
  set_field_int(self, kDecodedPos, stop);
  if (pos >= stop) return str_empty();
  Value s = pos == 0 && stop == str_length(decoded) ? decoded : str_substring(decoded, pos, stop);
  NewlineMode mode = mode_of(self);
  if (mode == NewlineMode::Universal || mode == NewlineMode::Untranslated)
    set_field_int(self, kSeen, field_int(self, kSeen) | scan_newlines(s));
  if (mode == NewlineMode::Universal) s = translate_to_lf(s);
  return s;
}

bool needs_lookahead(Value self) {
  // A '\r' last in the read-ahead may be the start of '\r\n'.
  NewlineMode mode = mode_of(self);
  if (mode == NewlineMode::LF || mode == NewlineMode::CR) return false;
  Value decoded = field(self, kDecoded);
  int64_t n = decoded.is_null() ? 0 : str_length(decoded);
  return n > field_int(self, kDecodedPos) && str_char_at(decoded, n - 1) == '\r';
}

Status check_readable(ThreadState& ts, Value self) {
  PY_TRY(check_open(ts, self));
  if (!(flags(self) & kCanRead)) return raise_unsupported(ts, "not readable");
  return ok_status();
}

Result<Value> read_chars(ThreadState& ts, Value self, int64_t n) {
  PY_TRY(check_readable(ts, self));
  PY_TRY(flush_pending(ts, self));
  if (n < 0) {
    Value buffer = field(self, kBuffer);
    Value all = is_native_buffered(buffer) ? PY_TRY(buffered_read(ts, buffer, -1))
                                           : PY_TRY(call_attr(ts, buffer, str_intern("read"), {}));
    std::string data = all.is(g_none) ? std::string() : PY_TRY(bytes_arg(ts, all));
    Value text = PY_TRY(decode(ts, self, std::move(data), true));
    Value decoded = field(self, kDecoded);
    int64_t pos = field_int(self, kDecodedPos);
    Value rest = decoded.is_null() ? str_empty() : str_substring(decoded, pos, str_length(decoded));
    set_field(self, kDecoded, str_concat(rest, text));
    set_field_int(self, kDecodedPos, 0);
    Value out = deliver(self, str_length(field(self, kDecoded)));
    drop_decoded(self);
    return out;
  }
  // Enough read-ahead for n characters after translation (at most n raw).
  bool eof = false;
  for (;;) {
    Value decoded = field(self, kDecoded);
    int64_t avail = decoded.is_null() ? 0 : str_length(decoded) - field_int(self, kDecodedPos);
    // One more in universal mode: a '\r' last may pair with a '\n' after it.
    bool enough = mode_of(self) == NewlineMode::Universal ? avail > n : avail >= n;
    if (enough && !needs_lookahead(self)) break;
    if (eof) break;
    if (!PY_TRY(refill(ts, self))) eof = true;
  }
  Value decoded = field(self, kDecoded);
  if (decoded.is_null()) return str_empty();
  int64_t pos = field_int(self, kDecodedPos), len = str_length(decoded);
  int64_t i = pos, count = 0;
  bool universal = mode_of(self) == NewlineMode::Universal;
  while (i < len && count < n) {
    if (universal && str_char_at(decoded, i) == '\r' && i + 1 < len && str_char_at(decoded, i + 1) == '\n') ++i;
    ++i;
    ++count;
  }
  return deliver(self, i);
}

Result<Value> read_line(ThreadState& ts, Value self, int64_t limit) {
  PY_TRY(check_readable(ts, self));
  PY_TRY(flush_pending(ts, self));
  bool eof = false;
  NewlineMode search = mode_of(self) == NewlineMode::Universal ? NewlineMode::Untranslated : mode_of(self);
  for (;;) {
    Value decoded = field(self, kDecoded);
    int64_t pos = field_int(self, kDecodedPos);
    int64_t len = decoded.is_null() ? 0 : str_length(decoded);
    if (len > pos) {
      int64_t end = find_line_end(decoded, pos, len, search, false, eof);
      if (end >= 0) {
        if (limit >= 0 && end - pos > limit) end = pos + limit;
        return deliver(self, end);
      }
      if (limit >= 0 && len - pos >= limit) return deliver(self, pos + limit);
    }
    if (eof) return deliver(self, len);
    if (!PY_TRY(refill(ts, self))) eof = true;
  }
}

Result<Value> write_text(ThreadState& ts, Value self, Value s) {
  PY_TRY(check_ready(ts, self));
  if (!is_instance_of(s, g_str_type))
    return raise_type_error(ts, "write() argument must be str, not %s", type_name_of(s).c_str());
  if (PY_TRY(closed(ts, self))) return raise_closed(ts);
  if (!(flags(self) & kCanWrite)) return raise_unsupported(ts, "not writable");
  int64_t length_in = str_length(s);
  NewlineMode mode = mode_of(self);
  bool line_flush = false;
  if (field_true(self, kLineBuffering)) {
    const StrObject* so = as_str(s);
    for (int64_t i = 0; i < so->length && !line_flush; ++i) line_flush = so->at(i) == '\n' || so->at(i) == '\r';
  }
  if (mode == NewlineMode::CR || mode == NewlineMode::CRLF) s = translate_lf_to(s, newline_mode_value(mode));
  Value bytes = PY_TRY(encode(ts, self, s));
  if (!field(self, kDecoded).is_null()) PY_TRY(reset_decoder(ts, self));
  Value pending = field(self, kPendingWrites);
  int64_t at = static_cast<int64_t>(bytearray_view(pending).size());
  int64_t n = bytes_size(bytes);
  bytearray_resize(pending, at + n);
  if (n) std::memcpy(bytearray_writable(pending) + at, bytes_data(bytes), static_cast<size_t>(n));
  if (at + n >= kChunkSize || field_true(self, kWriteThrough) || line_flush) PY_TRY(flush_pending(ts, self));
  if (line_flush) {
    Value buffer = field(self, kBuffer);
    if (is_native_buffered(buffer)) PY_TRY(buffered_flush(ts, buffer));
    else PY_TRY(call_attr(ts, buffer, g_name_flush, {}));
  }
  return Value::small_int(length_in);
}

// ---- methods ----

Result<Value> configure(ThreadState& ts, Value self, Value encoding, Value errors, Value newline, Value line_buffering,
                        Value write_through, bool initial) {
  if (!newline.is_null()) {
    NewlineMode mode = PY_TRY(parse_newline(ts, newline, false));
    set_field_int(self, kNewline, static_cast<int64_t>(mode));
  }
  if (!encoding.is_null() && !encoding.is(g_none)) {
    if (!is_instance_of(encoding, g_str_type))
      return raise_type_error(ts, "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                              type_name_of(encoding).c_str());
    std::string e = str_to_utf8(encoding);
    if (e.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
    if (e == "locale") encoding = str_intern("UTF-8");
  } else if (initial || !errors.is_null()) {
    encoding = initial ? str_intern("UTF-8") : field(self, kEncoding);
  }
  if (!errors.is_null() && !errors.is(g_none)) {
    if (!is_instance_of(errors, g_str_type))
      return raise_type_error(ts, "TextIOWrapper() argument 'errors' must be str or None, not %s",
                              type_name_of(errors).c_str());
    std::string e = str_to_utf8(errors);
    if (e.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
  } else if (initial || (!encoding.is_null() && !encoding.is(g_none))) {
    errors = str_intern("strict");
  }
  if (!encoding.is_null() && !encoding.is(g_none)) {
    Codec c = codec_for(str_to_utf8(encoding));
    Value decoder, encoder, measure;
    if (c == kOther) {
      Value codecs = PY_TRY(import_module_level(ts, str_intern("codecs"), g_none, g_none, Value::small_int(0)));
      Value info = PY_TRY(call_attr(ts, codecs, str_intern("lookup"), {encoding}));
      Value is_text = PY_TRY(get_attr_optional(ts, info, str_intern("_is_text_encoding")));
      if (!is_text.is_absent() && is_text.is(g_false))
        return raise(ts, g_exc_LookupError, "%s is not a text encoding; use codecs.open() to handle arbitrary codecs",
                     str_repr_utf8(encoding).c_str());
      Value dec_factory = PY_TRY(get_attr(ts, info, str_intern("incrementaldecoder")));
      Value enc_factory = PY_TRY(get_attr(ts, info, str_intern("incrementalencoder")));
      decoder = PY_TRY(call(ts, dec_factory, {errors}));
      encoder = PY_TRY(call(ts, enc_factory, {errors}));
      measure = PY_TRY(call(ts, enc_factory, {errors}));
      PY_TRY(call_attr(ts, measure, str_intern("setstate"), {Value::small_int(0)}));
    }
    set_field(self, kEncoding, encoding);
    set_field_int(self, kCodec, c);
    set_field(self, kDecoder, decoder);
    set_field(self, kEncoder, encoder);
    set_field(self, kStartFlags, Value());
    set_field(self, kLengthEncoder, measure);
  }
  if (!errors.is_null() && !errors.is(g_none)) set_field(self, kErrors, errors);
  if (!line_buffering.is_null() && !line_buffering.is(g_none))
    set_field(self, kLineBuffering, bool_value(PY_TRY(is_true(ts, line_buffering))));
  if (!write_through.is_null() && !write_through.is(g_none))
    set_field(self, kWriteThrough, bool_value(PY_TRY(is_true(ts, write_through))));
  return g_none;
}

Result<Value> tw_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "TextIOWrapper", args,
                        {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}));
  Value buffer = arg_at(args, 0, "buffer");
  if (buffer.is_null()) return raise_type_error(ts, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
  set_field_int(self, kFlags, 0);
  set_field(self, kBuffer, buffer);
  set_field(self, kPendingWrites, bytearray_from(""));
  set_field_int(self, kSeen, 0);
  set_field(self, kLineBuffering, g_false);
  set_field(self, kWriteThrough, g_false);
  set_field_int(self, kNewline, static_cast<int64_t>(NewlineMode::Universal));
  drop_decoded(self);
  Value newline = arg_at(args, 3, "newline");
  if (newline.is_null()) newline = g_none;
  Value lb = arg_at(args, 4, "line_buffering");
  Value wt = arg_at(args, 5, "write_through");
  PY_TRY(configure(ts, self, arg_at(args, 1, "encoding"), arg_at(args, 2, "errors"), newline,
                   lb.is_null() ? g_false : lb, wt.is_null() ? g_false : wt, true));
  int64_t f = kReady;
  Value seekable = PY_TRY(call_attr(ts, buffer, str_intern("seekable"), {}));
  if (PY_TRY(is_true(ts, seekable))) f |= kSeekable;
  Value read1 = PY_TRY(get_attr_optional(ts, buffer, str_intern("read1")));
  if (!read1.is_absent()) f |= kHasRead1;
  Value readable = PY_TRY(call_attr(ts, buffer, str_intern("readable"), {}));
  if (PY_TRY(is_true(ts, readable))) f |= kCanRead;
  Value writable = PY_TRY(call_attr(ts, buffer, str_intern("writable"), {}));
  if (PY_TRY(is_true(ts, writable))) f |= kCanWrite;
  set_field_int(self, kFlags, f);
  if (f & kCanWrite) PY_TRY(track_pending_writes(ts, self, buffer, field(self, kPendingWrites)));
  if ((f & kCanWrite) && (f & kSeekable) && codec_of(self) == kOther) {
    int64_t at = PY_TRY(index_as_ssize(ts, PY_TRY(call_attr(ts, buffer, str_intern("tell"), {}))));
    if (at != 0) PY_TRY(codec_state_at(ts, self, at, false));
  }
  return g_none;
}

Result<Value> tw_read(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_ready(ts, self));
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return read_chars(ts, self, n);
}
Result<Value> tw_readline(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_ready(ts, self));
  Value size = args.nargs > 0 ? args[0] : Value();
  if (!size.is_null() && !size.is(g_none) && !is_int(size))
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(size).c_str());
  int64_t n = PY_TRY(size_arg(ts, size));
  return read_line(ts, self, n);
}
Result<Value> tw_next(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  Value line = PY_TRY(read_line(ts, self, -1));
  if (str_length(line) == 0) {
    set_field(self, kDecoded, Value());
    return raise_empty(ts, g_exc_StopIteration);
  }
  return line;
}
Result<Value> tw_write(ThreadState& ts, Value self, CallArgs args) { return write_text(ts, self, args[0]); }

Result<Value> tw_flush(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  PY_TRY(flush_pending(ts, self));
  Value buffer = field(self, kBuffer);
  if (is_native_buffered(buffer)) {
    PY_TRY(buffered_flush(ts, buffer));
    return g_none;
  }
  return call_attr(ts, buffer, g_name_flush, {});
}

Result<Value> tw_close(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  if (PY_TRY(closed(ts, self))) return g_none;
  Result<Value> f = tw_flush(ts, self, CallArgs{});
  Value pending;
  if (!f.ok()) {
    pending = ts.pending_exception;
    clear_pending_exception(ts);
  }
  Result<Value> r = call_attr(ts, field(self, kBuffer), str_intern("close"), {});
  if (!pending.is_null()) {
    if (!r.ok()) clear_pending_exception(ts);
    return raise_value(ts, pending);
  }
  if (!r.ok()) return Error{};
  return g_none;
}

Result<Value> tw_tell(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  if (!(flags(self) & kSeekable)) return raise_unsupported(ts, "underlying stream is not seekable");
  PY_TRY(tw_flush(ts, self, CallArgs{}));
  Value decoded = field(self, kDecoded);
  int64_t start = field_int(self, kChunkStart);
  if (!decoded.is_null() && str_length(decoded) > 0 && start >= 0)
    return int_from_int64(start + PY_TRY(encoded_length(ts, self, decoded, 0, field_int(self, kDecodedPos))));
  Value t = PY_TRY(call_attr(ts, field(self, kBuffer), str_intern("tell"), {}));
  Value held = field(self, kPendingRaw);
  int64_t pos = PY_TRY(index_as_ssize(ts, t)) - (held.is_null() ? 0 : bytes_size(held));
  return int_from_int64(pos);
}

Result<Value> tw_seek(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  Value cookie = args[0];
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  if (!(flags(self) & kSeekable)) return raise_unsupported(ts, "underlying stream is not seekable");
  Value buffer = field(self, kBuffer);
  if (whence == 1) {
    if (!PY_TRY(equals(ts, cookie, Value::small_int(0)))) return raise_unsupported(ts, "can't do nonzero cur-relative seeks");
    cookie = PY_TRY(tw_tell(ts, self, CallArgs{}));
  } else if (whence == 2) {
    if (!PY_TRY(equals(ts, cookie, Value::small_int(0)))) return raise_unsupported(ts, "can't do nonzero end-relative seeks");
    PY_TRY(tw_flush(ts, self, CallArgs{}));
    PY_TRY(reset_decoder(ts, self));
    Value end = PY_TRY(call_attr(ts, buffer, str_intern("seek"), {Value::small_int(0), Value::small_int(2)}));
    PY_TRY(codec_state_at(ts, self, PY_TRY(index_as_ssize(ts, end)), false));
    return end;
  } else if (whence != 0) {
    return raise_value_error(ts, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  }
  if (is_instance_of(cookie, g_float_type)) return raise_type_error(ts, "an integer is required");
  int64_t pos = PY_TRY(index_as_ssize(ts, cookie));
  if (pos < 0) return raise_value_error(ts, "negative seek position %s", PY_TRY(repr_utf8(ts, cookie)).c_str());
  PY_TRY(tw_flush(ts, self, CallArgs{}));
  PY_TRY(reset_decoder(ts, self));
  PY_TRY(call_attr(ts, buffer, str_intern("seek"), {int_from_int64(pos)}));
  PY_TRY(codec_state_at(ts, self, pos, true));
  return cookie;
}

Result<Value> tw_truncate(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(tw_flush(ts, self, CallArgs{}));
  Value pos = args.nargs > 0 ? args[0] : g_none;
  return call_attr(ts, field(self, kBuffer), str_intern("truncate"), {pos});
}

Result<Value> tw_detach(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  PY_TRY(tw_flush(ts, self, CallArgs{}));
  Value buffer = field(self, kBuffer);
  set_field(self, kBuffer, Value());
  set_field_int(self, kFlags, kDetached);
  return buffer;
}

Result<Value> delegate(ThreadState& ts, Value self, const char* method) {
  PY_TRY(check_ready(ts, self));
  return call_attr(ts, field(self, kBuffer), str_intern(method), {});
}
Result<Value> tw_fileno(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "fileno"); }
Result<Value> tw_isatty(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "isatty"); }
Result<Value> tw_seekable(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return bool_value(flags(self) & kSeekable);
}
Result<Value> tw_readable(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "readable"); }
Result<Value> tw_writable(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "writable"); }

Result<Value> tw_reconfigure(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "reconfigure", args, {"encoding", "errors", "newline", "line_buffering", "write_through"}));
  if (args.nargs > 0) return raise_type_error(ts, "reconfigure() takes no positional arguments");
  PY_TRY(check_ready(ts, self));
  Value encoding = keyword_arg(args, "encoding");
  Value newline = keyword_arg(args, "newline");
  if ((!encoding.is_null() || !newline.is_null()) && !field(self, kDecoded).is_null() &&
      str_length(field(self, kDecoded)) > field_int(self, kDecodedPos))
    return raise_unsupported(ts, "It is not possible to set the encoding or newline of stream after the first read");
  PY_TRY(tw_flush(ts, self, CallArgs{}));
  return configure(ts, self, encoding, keyword_arg(args, "errors"), newline, keyword_arg(args, "line_buffering"),
                   keyword_arg(args, "write_through"), false);
}

Result<Value> tw_repr(ThreadState& ts, Value self, CallArgs) {
  std::string type = type_tp_name(type_of(self));
  if (type.find('.') == std::string::npos) type = "_io." + type;
  std::string out = "<" + type;
  if (!(flags(self) & kReady)) return str_from_utf8(out + ">");
  for (const char* attr : {"name", "mode"}) {
    Result<Value> v = get_attr(ts, self, str_intern(attr));
    if (!v.ok()) {
      if (!is_instance_of(ts.pending_exception, g_exc_Exception)) return Error{};
      clear_pending_exception(ts);
      continue;
    }
    out += std::string(" ") + attr + "=" + PY_TRY(repr_utf8(ts, v.value()));
  }
  out += " encoding=" + PY_TRY(repr_utf8(ts, field(self, kEncoding)));
  return str_from_utf8(out + ">");
}

Result<Value> g_buffer(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  return field(self, kBuffer);
}
Result<Value> g_encoding(ThreadState&, Value self, CallArgs) { return field(self, kEncoding); }
Result<Value> g_errors(ThreadState&, Value self, CallArgs) { return field(self, kErrors); }
Result<Value> g_line_buffering(ThreadState&, Value self, CallArgs) { return bool_value(field_true(self, kLineBuffering)); }
Result<Value> g_write_through(ThreadState&, Value self, CallArgs) { return bool_value(field_true(self, kWriteThrough)); }
Result<Value> g_closed(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  return get_attr(ts, field(self, kBuffer), str_intern("closed"));
}
Result<Value> g_name(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  return get_attr(ts, field(self, kBuffer), str_intern("name"));
}
Result<Value> g_newlines(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  NewlineMode mode = mode_of(self);
  if (mode != NewlineMode::Universal && mode != NewlineMode::Untranslated) return g_none;
  return newlines_value(static_cast<int>(field_int(self, kSeen)));
}

const NativeMethod kMethods[] = {
    {"__new__", io_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", tw_init, 0, -1, 0, nullptr},
    {"read", tw_read, 0, 1, kNativeNoKeywords, nullptr},
    {"readline", tw_readline, 0, 1, kNativeNoKeywords, nullptr},
    {"__next__", tw_next, 0, 0, 0, nullptr},
    {"write", tw_write, 1, 1, kNativeNoKeywords, nullptr},
    {"flush", tw_flush, 0, 0, 0, nullptr},
    {"close", tw_close, 0, 0, 0, nullptr},
    {"tell", tw_tell, 0, 0, 0, nullptr},
    {"seek", tw_seek, 1, 2, kNativeNoKeywords, nullptr},
    {"truncate", tw_truncate, 0, 1, kNativeNoKeywords, nullptr},
    {"detach", tw_detach, 0, 0, 0, nullptr},
    {"fileno", tw_fileno, 0, 0, 0, nullptr},
    {"isatty", tw_isatty, 0, 0, 0, nullptr},
    {"seekable", tw_seekable, 0, 0, 0, nullptr},
    {"readable", tw_readable, 0, 0, 0, nullptr},
    {"writable", tw_writable, 0, 0, 0, nullptr},
    {"reconfigure", tw_reconfigure, 0, -1, 0, nullptr},
    {"__repr__", tw_repr, 0, 0, 0, nullptr},
};
const NativeMethod kGetters[] = {
    {"buffer", g_buffer, 0, 0, 0, nullptr},
    {"encoding", g_encoding, 0, 0, 0, nullptr},
    {"errors", g_errors, 0, 0, 0, nullptr},
    {"line_buffering", g_line_buffering, 0, 0, 0, nullptr},
    {"write_through", g_write_through, 0, 0, 0, nullptr},
    {"closed", g_closed, 0, 0, 0, nullptr},
    {"name", g_name, 0, 0, 0, nullptr},
    {"newlines", g_newlines, 0, 0, 0, nullptr},
};

}  // namespace

void init_text_io_types() {
  g_text_io_wrapper_type = make_io_type("TextIOWrapper", g_text_iobase_type, kMethods, kGetters);
  type_set_attr_nogc_fail(g_text_io_wrapper_type, "_CHUNK_SIZE", Value::small_int(kChunkSize));
}

}  // namespace pystm::io
