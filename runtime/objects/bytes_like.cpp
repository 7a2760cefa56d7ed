// runtime/objects/bytes_like.cpp — reading bytes-like arguments.
#include "runtime/objects/bytes_like.h"

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/memoryview_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/errors.h"

namespace pystm {

namespace {
struct Exporter {
  TypeObject* type;
  BufferStorageFn storage;
};
// Written only while a module is first imported; a handful of entries.
Exporter g_exporters[8];
int g_exporter_count = 0;
}  // namespace

void register_buffer_exporter(TypeObject* type, BufferStorageFn storage) {
  if (g_exporter_count < 8) g_exporters[g_exporter_count++] = {type, storage};
}

Value buffer_exporter_storage(Value v, char* format) {
  if (!v.is_object() || v.as_object()->kind() != ObjectKind::NativeState) return Value();
  for (int i = 0; i < g_exporter_count; ++i)
    if (type_is_subtype(type_of(v), g_exporters[i].type)) return g_exporters[i].storage(v, format);
  return Value();
}

bool is_bytes_like(Value v) {
  if (!v.is_object()) return false;
  ObjectKind k = v.as_object()->kind();
  if (k == ObjectKind::NativeState) {
    char format;
    return !buffer_exporter_storage(v, &format).is_null();
  }
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
    case ObjectKind::NativeState: {
      char format;
      Value storage = buffer_exporter_storage(v, &format);
      if (storage.is_null()) return false;
      out->view = bytearray_view(storage);
      return true;
    }
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
