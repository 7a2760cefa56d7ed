// runtime/objects/singleton_object.h — None, True, False, NotImplemented and
// Ellipsis: one heap object each, created at startup.
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct SingletonObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Singleton;
  int64_t int_value;   // 1 for True, 0 otherwise
};

bool is_bool(Value v);
void init_singletons();
void init_singleton_types();

}  // namespace pystm
