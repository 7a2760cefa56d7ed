// runtime/objects/exception_group.h — BaseExceptionGroup / ExceptionGroup
// (PEP 654; library "Built-in Exceptions" §Exception groups) and the two
// operations behind `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR).
// Owns: the group fields of ExceptionObject (group_message, group_exceptions),
// written once by __new__. Must never: print (see vm/source_runner).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

bool is_exception_group(Value v);
// The tuple of sub-exceptions of a group.
Value exception_group_exceptions(Value group);

// CHECK_EG_MATCH: validates the except* type (TypeError for non-exception
// classes and for exception-group classes), then splits `exc`: *match is
// None when nothing matches; a naked exception that matches is wrapped in
// an ExceptionGroup("", [exc]).
Status except_star_match(ThreadState& ts, Value exc, Value type, Value* match, Value* rest);
// PREP_RERAISE_STAR: combines what the except* handlers raised (list items:
// exceptions or None; the last item is the unhandled rest) with the original
// group: re-raised parts keep the original structure, new ones are grouped.
// Returns the exception to raise, or None.
Result<Value> prep_reraise_star(ThreadState& ts, Value orig, Value raised_list);

void init_exception_group_types();

}  // namespace pystm
