// runtime/objects/bytes_object.h — `bytes`: immutable byte strings; also the
// raw immutable blobs of code objects.
#pragma once
#include <string_view>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct BytesObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Bytes;
  static constexpr bool kImmutable = true;
  int64_t size;
  int64_t hash;      // -1 until computed
  alignas(8) uint8_t data[];
};

Value bytes_from(const void* data, int64_t size);
inline const uint8_t* bytes_data(Value b) { return stm::view(b.as<BytesObject>())->data; }
inline int64_t bytes_size(Value b) { return stm::view(b.as<BytesObject>())->size; }
Value bytes_repr(Value b);

void init_bytes_type();

}  // namespace pystm
