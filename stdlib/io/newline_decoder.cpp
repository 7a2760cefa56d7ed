// stdlib/io/newline_decoder.cpp — io.IncrementalNewlineDecoder: wraps a
// decoder (or None: input is already str) and translates '\r\n' and '\r'
// to '\n' when asked, holding back a final '\r' until it knows what follows.
// Owns: the decoder's state (pending '\r', newlines seen).
// Must never: lose the held-back '\r' (final=True releases it).
#include <cstdint>

#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"
#include "stdlib/io/newlines.h"

namespace pystm::io {

TypeObject* g_newline_decoder_type = nullptr;

namespace {

enum : uint32_t { kDecoder = 1, kTranslate, kPendingCR, kSeen, kReady };

Status check_ready(ThreadState& ts, Value self) {
  if (!field_true(self, kReady)) return raise_value_error(ts, "IncrementalNewlineDecoder.__init__() not called");
  return ok_status();
}

Result<Value> nd_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "IncrementalNewlineDecoder", args, {"decoder", "translate", "errors"}));
  Value decoder = arg_at(args, 0, "decoder");
  Value translate = arg_at(args, 1, "translate");
  if (decoder.is_null() || translate.is_null())
    return raise_type_error(ts, "IncrementalNewlineDecoder() missing required argument '%s' (pos %d)",
                            decoder.is_null() ? "decoder" : "translate", decoder.is_null() ? 1 : 2);
  set_field(self, kDecoder, decoder);
  set_field(self, kTranslate, bool_value(PY_TRY(is_true(ts, translate))));
  set_field(self, kPendingCR, g_false);
  set_field_int(self, kSeen, 0);
  set_field(self, kReady, g_true);
  return g_none;
}

Result<Value> nd_decode(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "decode", args, {"input", "final"}));
  PY_TRY(check_ready(ts, self));
  Value input = arg_at(args, 0, "input");
  Value final_v = arg_at(args, 1, "final");
  if (input.is_null()) return raise_type_error(ts, "decode() missing required argument 'input' (pos 1)");
  bool final = final_v.is_null() ? false : PY_TRY(is_true(ts, final_v));
  Value decoder = field(self, kDecoder);
  Value output = input;
  if (!decoder.is(g_none)) output = PY_TRY(call_attr(ts, decoder, str_intern("decode"), {input, bool_value(final)}));
  if (!is_instance_of(output, g_str_type))
    return raise_type_error(ts, "decoder should return a string result, not '%s'", type_name_of(output).c_str());
  if (field_true(self, kPendingCR) && (final || str_length(output) > 0)) {
    output = str_concat(str_intern("\r"), output);
    set_field(self, kPendingCR, g_false);
  }
  int64_t n = str_length(output);
  if (!final && n > 0 && str_char_at(output, n - 1) == '\r') {
    output = str_substring(output, 0, n - 1);
    set_field(self, kPendingCR, g_true);
  }
  set_field_int(self, kSeen, field_int(self, kSeen) | scan_newlines(output));
  if (field_true(self, kTranslate)) output = translate_to_lf(output);
  return output;
}

Result<Value> nd_getstate(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  Value decoder = field(self, kDecoder);
  Value buf = bytes_from("", 0);
  int64_t flag = 0;
  if (!decoder.is(g_none)) {
    Value state = PY_TRY(call_attr(ts, decoder, str_intern("getstate"), {}));
    if (!is_instance_of(state, g_tuple_type) || tuple_size(state) != 2)
      return raise_type_error(ts, "illegal decoder state");
    buf = tuple_item(state, 0);
    flag = PY_TRY(index_as_ssize(ts, tuple_item(state, 1)));
    if (flag < 0 || flag > (INT64_MAX >> 2)) return raise_overflow(ts, "decoder state flag out of range");
  }
  flag <<= 1;
  if (field_true(self, kPendingCR)) flag |= 1;
  return tuple_pack({buf, Value::small_int(flag)});
}

Result<Value> nd_setstate(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_ready(ts, self));
  Value state = args[0];
  if (!is_instance_of(state, g_tuple_type) || tuple_size(state) != 2)
    return raise_type_error(ts, "state argument must be a tuple");
  int64_t flag = PY_TRY(index_as_ssize(ts, tuple_item(state, 1)));
  set_field(self, kPendingCR, bool_value(flag & 1));
  Value decoder = field(self, kDecoder);
  if (!decoder.is(g_none))
    PY_TRY(call_attr(ts, decoder, str_intern("setstate"), {tuple_pack({tuple_item(state, 0), Value::small_int(flag >> 1)})}));
  return g_none;
}

Result<Value> nd_reset(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  set_field_int(self, kSeen, 0);
  set_field(self, kPendingCR, g_false);
  Value decoder = field(self, kDecoder);
  if (!decoder.is(g_none)) PY_TRY(call_attr(ts, decoder, str_intern("reset"), {}));
  return g_none;
}

Result<Value> nd_newlines(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_ready(ts, self));
  return newlines_value(static_cast<int>(field_int(self, kSeen)));
}

const NativeMethod kMethods[] = {
    {"__new__", io_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", nd_init, 0, -1, 0, nullptr},
    {"decode", nd_decode, 0, -1, 0, nullptr},
    {"getstate", nd_getstate, 0, 0, 0, nullptr},
    {"setstate", nd_setstate, 1, 1, 0, nullptr},
    {"reset", nd_reset, 0, 0, 0, nullptr},
};
const NativeMethod kGetters[] = {{"newlines", nd_newlines, 0, 0, 0, nullptr}};

}  // namespace

void init_newline_decoder_type() {
  g_newline_decoder_type = make_io_type("IncrementalNewlineDecoder", g_object_type, kMethods, kGetters);
}

}  // namespace pystm::io
