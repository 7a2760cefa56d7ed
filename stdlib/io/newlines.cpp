// stdlib/io/newlines.cpp — see newlines.h.
#include "stdlib/io/newlines.h"

#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm::io {

Result<NewlineMode> parse_newline(ThreadState& ts, Value newline, bool quote) {
  if (newline.is_null() || newline.is(g_none)) return NewlineMode::Universal;
  if (!is_instance_of(newline, g_str_type))
    return raise_type_error(ts, "newline must be str or None, not %s", type_name_of(newline).c_str());
  std::string s = str_to_utf8(newline);
  if (s.empty()) return NewlineMode::Untranslated;
  if (s == "\n") return NewlineMode::LF;
  if (s == "\r") return NewlineMode::CR;
  if (s == "\r\n") return NewlineMode::CRLF;
  return raise_value_error(ts, "illegal newline value: %s", quote ? str_repr_utf8(newline).c_str() : s.c_str());
}

Value newline_mode_value(NewlineMode mode) {
  switch (mode) {
    case NewlineMode::Universal: return g_none;
    case NewlineMode::Untranslated: return str_intern("");
    case NewlineMode::LF: return str_intern("\n");
    case NewlineMode::CR: return str_intern("\r");
    case NewlineMode::CRLF: return str_intern("\r\n");
  }
  return g_none;
}

int scan_newlines(Value s) {
  const StrObject* so = as_str(s);
  int seen = 0;
  for (int64_t i = 0; i < so->length; ++i) {
    uint32_t c = so->at(i);
    if (c == '\n') seen |= kSeenLF;
    else if (c == '\r') {
      if (i + 1 < so->length && so->at(i + 1) == '\n') {
        seen |= kSeenCRLF;
        ++i;
      } else {
        seen |= kSeenCR;
      }
    }
  }
  return seen;
}

Value newlines_value(int seen) {
  Value lf = str_intern("\n"), cr = str_intern("\r"), crlf = str_intern("\r\n");
  switch (seen) {
    case 0: return g_none;
    case kSeenLF: return lf;
    case kSeenCR: return cr;
    case kSeenCRLF: return crlf;
    case kSeenLF | kSeenCR: return tuple_pack({cr, lf});
    case kSeenLF | kSeenCRLF: return tuple_pack({lf, crlf});
    case kSeenCR | kSeenCRLF: return tuple_pack({cr, crlf});
    default: return tuple_pack({cr, lf, crlf});
  }
}

Value translate_to_lf(Value s) {
  const StrObject* so = as_str(s);
  bool any = false;
  for (int64_t i = 0; i < so->length && !any; ++i) any = so->at(i) == '\r';
  if (!any) return s;
  StrBuilder b(so->length);
  for (int64_t i = 0; i < so->length; ++i) {
    uint32_t c = so->at(i);
    if (c == '\r') {
      if (i + 1 < so->length && so->at(i + 1) == '\n') ++i;
      c = '\n';
    }
    b.append(c);
  }
  return b.finish();
}

Value translate_lf_to(Value s, Value newline) {
  const StrObject* so = as_str(s);
  bool any = false;
  for (int64_t i = 0; i < so->length && !any; ++i) any = so->at(i) == '\n';
  if (!any) return s;
  StrBuilder b(so->length + 8);
  for (int64_t i = 0; i < so->length; ++i) {
    uint32_t c = so->at(i);
    if (c == '\n') b.append_str(newline);
    else b.append(c);
  }
  return b.finish();
}

int64_t find_line_end(Value s, int64_t start, int64_t end, NewlineMode mode, bool translated, bool at_eof) {
  const StrObject* so = as_str(s);
  if (translated || mode == NewlineMode::LF || mode == NewlineMode::Universal) {
    for (int64_t i = start; i < end; ++i)
      if (so->at(i) == '\n') return i + 1;
    return -1;
  }
  if (mode == NewlineMode::CR) {
    for (int64_t i = start; i < end; ++i)
      if (so->at(i) == '\r') return i + 1;
    return -1;
  }
  if (mode == NewlineMode::CRLF) {
    for (int64_t i = start; i + 1 < end; ++i)
      if (so->at(i) == '\r' && so->at(i + 1) == '\n') return i + 2;
    return -1;
  }
  for (int64_t i = start; i < end; ++i) {
    uint32_t c = so->at(i);
    if (c == '\n') return i + 1;
    if (c == '\r') {
      if (i + 1 < end) return so->at(i + 1) == '\n' ? i + 2 : i + 1;
      return at_eof ? i + 1 : -1;
    }
  }
  return -1;
}

}  // namespace pystm::io
