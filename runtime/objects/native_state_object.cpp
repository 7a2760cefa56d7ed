// runtime/objects/native_state_object.cpp — allocation of NativeStateObjects.
#include "runtime/objects/native_state_object.h"

#include "runtime/objects/type_object.h"

namespace pystm {

NativeStateObject* native_state_new(TypeObject* type, uint32_t nfields) {
  size_t size = sizeof(NativeStateObject) + nfields * sizeof(Value);
  if (stm::read(type)->dict_offset == kDictAtEnd) size += sizeof(Value);
  NativeStateObject* obj = allocate_object<NativeStateObject>(type, size);
  stm::view(obj)->nfields = nfields;
  return obj;
}

}  // namespace pystm
