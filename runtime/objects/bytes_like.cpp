// runtime/objects/bytes_like.cpp — reading bytes-like arguments.
#include "runtime/objects/bytes_like.h"

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/memoryview_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"

namespace pystm {

bool is_bytes_like(Value v) {
  if (!v.is_object()) return false;
  ObjectKind k = v.as_object()->kind();
  return k == ObjectKind::Bytes || k == ObjectKind::ByteArray || k == ObjectKind::MemoryView;
}

Result<bool> get_bytes_like(ThreadState& ts, Value v, BytesArg* out) {
  if (!v.is_object()) return false;
  switch (v.as_object()->kind()) {
    case ObjectKind::Bytes:
      out->view = std::string_view(reinterpret_cast<const char*>(bytes_data(v)), bytes_size(v));
      return true;
    case ObjectKind::ByteArray:
      out->view = bytearray_view(v);
      return true;
    case ObjectKind::MemoryView:
      out->owned = PY_TRY(memoryview_bytes(ts, v));
      out->view = out->owned;
      return true;
    default:
      return false;
  }
}

Status require_bytes_like(ThreadState& ts, Value v, BytesArg* out) {
  if (!PY_TRY(get_bytes_like(ts, v, out)))
    return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(v).c_str());
  return ok_status();
}

}  // namespace pystm
