// runtime/objects/attr_layout.cpp — shared attribute layouts (see the header
// for why sharing them between threads is safe).
#include "runtime/objects/attr_layout.h"

#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"

namespace pystm {

void AttrLayout::visit_edges(gc::Visitor& v) {
  visit_ptr(v, transitions);
  for (int64_t i = 0; i < count; ++i) visit_value(v, names[i]);
}

namespace {

AttrLayout* attr_layout_allocate(int64_t count) {
  AttrLayout* layout = allocate_object<AttrLayout>(nullptr, sizeof(AttrLayout) + count * sizeof(Value));
  AttrLayout* l = stm::view(layout);
  l->count = count;
  l->transitions = dict_new().as<DictObject>();
  return layout;
}

}  // namespace

uint64_t attr_layout_name_bit(Value name) { return uint64_t{1} << ((static_cast<uint64_t>(str_hash(name)) >> 7) & 63); }

AttrLayout* attr_layout_new_root() { return attr_layout_allocate(0); }

int64_t attr_layout_index(const AttrLayout* layout, Value name) {
  const AttrLayout* l = stm::read(layout);
  if (!(l->name_bits & attr_layout_name_bit(name))) return -1;
  for (int64_t i = 0; i < l->count; ++i)
    if (l->names[i].is(name)) return i;
  // A name that is not the interned object (getattr with a computed str,
  // a str subclass) compares by value.
  if (stm::view(name.as<StrObject>())->interned) return -1;
  for (int64_t i = 0; i < l->count; ++i)
    if (str_equal(l->names[i], name)) return i;
  return -1;
}

AttrLayout* attr_layout_add(AttrLayout* layout, Value name) {
  Value transitions = Value::from_object(stm::read(layout)->transitions);
  Value known = dict_get_str(transitions, name);
  if (!known.is_null()) return known.as<AttrLayout>();
  int64_t count = stm::read(layout)->count;
  AttrLayout* child = attr_layout_allocate(count + 1);
  const AttrLayout* parent = stm::read(layout);
  AttrLayout* c = stm::view(child);
  for (int64_t i = 0; i < count; ++i) c->names[i] = parent->names[i];
  c->names[count] = name;
  c->name_bits = parent->name_bits | attr_layout_name_bit(name);
  dict_set_str(transitions, name, Value::from_object(child));
  return child;
}

}  // namespace pystm
