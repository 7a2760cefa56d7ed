// runtime/objects/complex_object.h — `complex`: pairs of IEEE-754 doubles.
// Owns: ComplexObject, complex arithmetic with CPython's algorithms (Smith's
// division, integer powers by repeated squaring, the polar form otherwise),
// the numeric hash, repr, and parsing complex('1+2j').
// Must never: mutate a ComplexObject after allocation (it is immutable).
#pragma once
#include <string>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct ComplexObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Complex;
  static constexpr bool kImmutable = true;
  double real;
  double imag;
};

struct ComplexValue {
  double real;
  double imag;
};

Value complex_from_doubles(double real, double imag);
bool is_complex(Value v);  // complex or a subclass
inline ComplexValue complex_value(Value v) {
  const ComplexObject* c = stm::view(v.as<ComplexObject>());
  return {c->real, c->imag};
}

// a ** b with CPython's errors (float ** float with a negative base and a
// fractional exponent ends here too).
Result<Value> complex_power(ThreadState& ts, ComplexValue a, ComplexValue b);
std::string complex_repr(ComplexValue c);  // '(1+2j)', '1j', '-0j', '(nan+infj)'
int64_t complex_object_hash(Value v);

// a / b by CPython's algorithm (_Py_c_quot); *zero is set when b is 0.
ComplexValue complex_quotient(ComplexValue a, ComplexValue b, bool* zero);
// The __complex__ protocol: *found is false (and absent returned) when v has
// no __complex__; TypeError when it returns a non-complex.
Result<Value> complex_from_dunder(ThreadState& ts, Value v, bool* found);
void init_complex_type();

}  // namespace pystm
