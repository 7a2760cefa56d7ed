// runtime/objects/member_descriptor.h — the descriptors __slots__ puts in a
// class (type 'member_descriptor'): Slotted.x is a data descriptor whose
// value lives in the instance.
// Owns: the member_descriptor type. Must never: store a slot's value
// anywhere but the instance (slots are enforced, not laid out: the value is
// an entry of the instance dict, which only accepts the slot names).
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

extern TypeObject* g_member_descriptor_type;
// A descriptor for slot `name` (already mangled) of `owner`, with `doc`.
Value member_descriptor_new(Value name, TypeObject* owner, Value doc);
bool is_member_descriptor(Value v);
TypeObject* member_owner(Value descr);  // the class whose __slots__ made it
// The descriptor protocol without a call (attribute access fast paths):
// get returns the value or raises AttributeError; set with a null value deletes.
Result<Value> member_get(ThreadState& ts, Value descr, Value obj);
Status member_set(ThreadState& ts, Value descr, Value obj, Value value);
void init_member_descriptor_type();

}  // namespace pystm
