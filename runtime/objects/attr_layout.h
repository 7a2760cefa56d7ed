// runtime/objects/attr_layout.h — shared attribute layouts ("shapes") of
// instances of Python classes: which attribute name lives in which inline
// value slot of an InstanceObject (runtime/objects/instance_object.h).
// Owns: AttrLayout, the per-class layout trees and their transitions.
// Must never: change a layout's names after it was made — every instance
// and every inline cache that saw a layout relies on it meaning the same
// slots forever.
//
// Each class whose instances may hold inline values has a root layout (no
// names, TypeObject::instance_layout). Adding a name to an instance moves it
// from its layout L to L's child for that name: the layout with L's names
// plus that one in the next slot. Children are found through L's
// `transitions` dict, so instances that get the same attributes in the same
// order share one layout, and an inline cache keyed by (type, layout) knows
// the slot without a lookup.
//
// Threads: everything in a layout but its transitions dict is written only
// while the layout is fresh (unreachable by any other transaction), so any
// thread that can reach a layout reads the same names. The transitions dict
// is an ordinary heap dict, read and written through the barriers: adding a
// transition is a transactional write (two threads adding the same one
// conflict and one restarts; an aborted transaction's layout is simply never
// published). Correctness never depends on two instances sharing a layout
// object — each layout describes its own slots — so a duplicate made by a
// race costs only cache misses. Inline caches keep layout addresses only
// under the cache version, which moves on at every collection and abort.
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct DictObject;

struct AttrLayout : Object {
  static constexpr ObjectKind kKind = ObjectKind::AttrLayout;
  DictObject* transitions;  // interned name -> child AttrLayout (mutable, transactional)
  int64_t count;            // names[0..count): the slot of names[i] is i
  uint64_t name_bits;       // or of attr_layout_name_bit(names[i]): a name whose bit is clear is absent
  Value names[];            // interned str
  void visit_edges(gc::Visitor& v);
};

// More names than this and an instance keeps a dict instead.
inline constexpr int64_t kAttrLayoutMaxNames = 64;

// One bit of a 64-bit filter chosen by the name's hash: most names absent
// from a layout (a method name tested for shadowing) are rejected without a
// scan.
uint64_t attr_layout_name_bit(Value name);

AttrLayout* attr_layout_new_root();
// The slot of `name` (an interned str: compared by identity) in `layout`,
// or -1.
int64_t attr_layout_index(const AttrLayout* layout, Value name);
// The child of `layout` that adds `name` (absent from it) in slot
// layout->count; made and recorded in the transitions on first use.
AttrLayout* attr_layout_add(AttrLayout* layout, Value name);

}  // namespace pystm
