// runtime/objects/instance_object.cpp — attribute storage of instances of
// Python classes: inline values under a shared layout, or a dict.
#include "runtime/objects/instance_object.h"

#include <algorithm>

#include "runtime/objects/attr_layout.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"

namespace pystm {

InstanceObject* instance_allocate(TypeObject* type) {
  const TypeObject* t = stm::read(type);
  return instance_allocate(type, t->instance_size, t->instance_layout);
}

Value instance_lookup(InstanceObject* obj, Value name) {
  const InstanceObject* o = stm::read(obj);
  if (o->dict) return dict_get_str(Value::from_object(o->dict), name);
  if (!o->layout) return Value();
  int64_t i = attr_layout_index(o->layout, name);
  return i < 0 ? Value() : o->values[i];
}

DictObject* instance_materialize_dict(InstanceObject* obj) {
  const InstanceObject* o = stm::read(obj);
  if (o->dict || !o->layout) return o->dict;
  Value dict = dict_new();
  // dict_new may have collected: read the instance again.
  o = stm::read(obj);
  const AttrLayout* l = stm::read(o->layout);
  for (int64_t i = 0; i < l->count; ++i)
    if (!o->values[i].is_null()) dict_set_str(dict, l->names[i], o->values[i]);
  InstanceObject* w = stm::write(obj);
  w->dict = dict.as<DictObject>();
  w->layout = nullptr;
  for (uint32_t i = 0; i < w->capacity; ++i) w->values[i] = Value();
  return w->dict;
}

namespace {

// An instance outgrew its room: later instances of its class get room for
// at least one more name (doubling, up to the maximum), so a class whose
// attributes are set from outside its own functions settles on inline
// values after a few instances. Growing writes the class (one conflict
// with threads that read it, per growth) and moves the cache version (the
// CALL caches keep the instance size).
void grow_instance_room(InstanceObject* obj, int64_t needed) {
  TypeObject* type = obj->type();
  const TypeObject* t = stm::read(type);
  if (!t->instance_layout || !(t->flags & kTypeHeap) || t->instance_size < sizeof(InstanceObject)) return;
  int64_t have = (t->instance_size - sizeof(InstanceObject)) / sizeof(Value);
  if (have >= needed || have >= kAttrLayoutMaxNames) return;  // grown already
  int64_t slots = std::min(std::max(needed, have * 2), kAttrLayoutMaxNames);
  stm::write(type)->instance_size = instance_size_for(static_cast<uint32_t>(slots));
  type_modified();
}

}  // namespace

void instance_store(InstanceObject* obj, Value name, Value value) {
  const InstanceObject* o = stm::read(obj);
  if (!o->dict && o->layout) {
    if (!stm::view(name.as<StrObject>())->interned) name = str_intern_value(name);
    int64_t i = attr_layout_index(o->layout, name);
    if (i >= 0) {
      stm::write(obj)->values[i] = value;
      return;
    }
    int64_t count = stm::read(o->layout)->count;
    if (count < o->capacity && count < kAttrLayoutMaxNames) {
      AttrLayout* next = attr_layout_add(o->layout, name);
      InstanceObject* w = stm::write(obj);
      w->values[count] = value;
      w->layout = next;
      return;
    }
    grow_instance_room(obj, count + 1);
  }
  DictObject* dict = instance_materialize_dict(obj);
  if (!dict) {
    dict = dict_new().as<DictObject>();
    stm::write(obj)->dict = dict;
  }
  dict_set_str(Value::from_object(dict), str_intern_value(name), value);
}

}  // namespace pystm
