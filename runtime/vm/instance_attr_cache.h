// runtime/vm/instance_attr_cache.h — the interpreter's inline-cache paths
// for attributes of instances of Python classes (LOAD_ATTR, STORE_ATTR and
// the shadowing check of LOAD_METHOD).
// Owns: what an InlineCache entry means for an instance once the type's
// facts (no data descriptor, default __getattribute__/__setattr__) were
// checked by the caller. Must never: trust a layout without comparing it to
// the instance's, or write an instance without its write barrier.
//
// Entry fields for instances (runtime/vm/inline_cache.h):
//   key2   the AttrLayout the instance must have (null: nothing learnt yet);
//          what it says holds for any type, so it survives a change of type
//          at the site, not a change of the cache version
//   index  LOAD_ATTR/STORE_ATTR: the slot of the name in that layout
//   value  STORE_ATTR: the layout after the store when it adds the name
//          (null when it overwrites)
//   index2 the entry-index hint when the instance is in dict mode
// A layout address stays meaningful while the cache version stands: layouts
// never change (objects/attr_layout.h) and the version moves on at every
// collection, so a dead layout's address cannot be met again under it.
#pragma once
#include "runtime/objects/attr_layout.h"
#include "runtime/objects/instance_object.h"
#include "runtime/vm/inline_cache.h"

namespace pystm {

// The slot of `name` in `layout`, trying the entry's slot first: at a site
// that meets several layouts (a base class's method run on instances of its
// subclasses) the name is usually in the same slot of each.
inline int64_t instance_slot_hinted(const InlineCache& e, AttrLayout* layout, Value name) {
  const AttrLayout* l = stm::read(layout);
  int64_t i = e.index;
  if (i >= 0 && i < l->count && l->names[i].is(name)) return i;
  return attr_layout_index(layout, name);
}

[[gnu::noinline]] inline Value instance_attr_refill(InlineCache& e, const InstanceObject* o, Value name) {
  if (o->dict) return dict_get_str_hinted(o->dict, name, e.index2);
  if (!o->layout) return Value();
  int64_t i = instance_slot_hinted(e, o->layout, name);
  if (i < 0) return Value();
  e.key2 = o->layout;
  e.index = static_cast<int32_t>(i);
  return o->values[i];
}

// The instance's own attribute `name` (interned), or null. Another layout
// with the name in the same slot (a subclass's instance set up by the same
// __init__) is taken without a call.
[[gnu::always_inline]] inline Value instance_attr_cached(InlineCache& e, InstanceObject* obj, Value name) {
  const InstanceObject* o = stm::read(obj);
  AttrLayout* layout = o->layout;
  if (layout == e.key2 && layout) [[likely]]
    return o->values[e.index];
  if (layout && e.key2) {
    const AttrLayout* l = stm::read(layout);
    if (e.index < l->count && l->names[e.index].is(name)) {
      e.key2 = layout;
      return o->values[e.index];
    }
  }
  return instance_attr_refill(e, o, name);
}

[[gnu::noinline]] inline void instance_store_refill(InlineCache& e, InstanceObject* obj, Value name, Value v) {
  const InstanceObject* o = stm::read(obj);
  if (o->dict) {
    dict_set_str_hinted(o->dict, name, v, e.index2);
    return;
  }
  if (AttrLayout* from = o->layout) {
    int64_t i = instance_slot_hinted(e, from, name);
    if (i >= 0) {
      e.key2 = from;
      e.index = static_cast<int32_t>(i);
      e.value = Value();
      stm::write(obj)->values[i] = v;
      return;
    }
    int64_t count = stm::read(from)->count;
    if (count < o->capacity && count < kAttrLayoutMaxNames) {
      AttrLayout* to = attr_layout_add(from, name);
      e.key2 = from;
      e.index = static_cast<int32_t>(count);
      e.value = Value::from_object(to);
      InstanceObject* w = stm::write(obj);
      w->values[count] = v;
      w->layout = to;
      return;
    }
  }
  instance_store(obj, name, v);
}

// obj.name = v for an interned `name`. Like loads, an overwrite takes
// another layout holding the name in the cached slot without a call.
[[gnu::always_inline]] inline void instance_store_cached(InlineCache& e, InstanceObject* obj, Value name, Value v) {
  const InstanceObject* o = stm::read(obj);
  AttrLayout* layout = o->layout;
  if (layout == e.key2 && layout && static_cast<uint32_t>(e.index) < o->capacity) [[likely]] {
    InstanceObject* w = stm::write(obj);
    w->values[e.index] = v;
    if (!e.value.is_null()) w->layout = e.value.as<AttrLayout>();
    return;
  }
  if (layout && e.key2 && e.value.is_null()) {
    const AttrLayout* l = stm::read(layout);
    if (e.index < l->count && l->names[e.index].is(name)) {
      e.key2 = layout;
      stm::write(obj)->values[e.index] = v;
      return;
    }
  }
  instance_store_refill(e, obj, name, v);
}

// True when the instance itself has an attribute `name` (which then shadows
// a method of its class). Remembers in e.key2 a layout known to lack it.
[[gnu::always_inline]] inline bool instance_shadows_cached(InlineCache& e, InstanceObject* obj, Value name) {
  const InstanceObject* o = stm::read(obj);
  if (o->layout == e.key2 && e.key2) [[likely]]
    return false;
  if (o->dict) return dict_str_index_probe(o->dict, name) >= 0;
  if (!o->layout) return false;
  if (attr_layout_index(o->layout, name) >= 0) return true;
  e.key2 = o->layout;
  return false;
}

}  // namespace pystm
