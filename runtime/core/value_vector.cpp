// runtime/core/value_vector.cpp — see value_vector.h.
#include "runtime/core/value_vector.h"

#include "runtime/core/object.h"

namespace pystm {

namespace {
thread_local ValueVector* tls_top = nullptr;
}

ValueVector::ValueVector() : prev_(tls_top) { tls_top = this; }
ValueVector::ValueVector(size_t n) : items_(n), prev_(tls_top) { tls_top = this; }
// Vectors are strictly nested on one thread (they live on the C++ stack).
ValueVector::~ValueVector() { tls_top = prev_; }

ValueVector* const* ValueVector::thread_chain() { return &tls_top; }

void ValueVector::visit_chain(ValueVector* const* chain, gc::Visitor& visitor) {
  for (ValueVector* v = *chain; v; v = v->prev_)
    for (Value value : v->items_) visit_value(visitor, value);
}

}  // namespace pystm
