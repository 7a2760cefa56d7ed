// runtime/objects/weakref_object.h — weak references (library reference
// "weakref"): the layout shared by weakref.ReferenceType, ProxyType and
// CallableProxyType, and the weak table the collector clears.
// Owns: WeakRefObject, the table from referent to its weak references, the
// sweep hook that clears references to dead objects and the queue of
// callbacks to run afterwards.
// Must never: let the table or a WeakRefObject keep a referent alive (the
// referent field is not visited), or run Python code inside a collection
// (callbacks wait in a rooted queue until run_weakref_callbacks).
//
// The table is collector-side bookkeeping (malloc, under a mutex), keyed by
// the referent's address: objects never move. Python-visible state — the
// referent, the callback — is in the WeakRefObject. The sweep hook writes
// `referent = null` directly: the world is stopped, and a reference whose
// transaction has a backup of it keeps its referent marked through the undo
// log (so an abort cannot bring back a dead referent).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

struct WeakRefObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::WeakRef;
  Value referent;   // weak (not visited); null once the referent is dead
  Value callback;   // null when none
  Value hash;       // cached hash of the referent (small int), null until computed
  void visit_edges(gc::Visitor& v) { visit_value(v, callback); visit_value(v, hash); }
};

extern TypeObject* g_weakref_type;               // weakref.ReferenceType
extern TypeObject* g_weakproxy_type;             // weakref.ProxyType
extern TypeObject* g_weakcallableproxy_type;     // weakref.CallableProxyType

// TypeError "cannot create weak reference to 'X' object" unless `obj` may be
// weakly referenced.
Status check_weakrefable(ThreadState& ts, Value obj);
// A new weak reference of `type` (one of the three above or a subclass of
// ReferenceType) to obj; a plain ref() without callback is shared.
Result<Value> weakref_new(ThreadState& ts, TypeObject* type, Value obj, Value callback);
// The referent, or null when it is dead.
Value weakref_referent(Value ref);
int64_t weakref_count(Value obj);
Value weakref_list(Value obj);   // list of the live weak references to obj

// Runs the callbacks of references whose referents the last collections
// found dead (each with its reference as argument). Exceptions are reported
// as "Exception ignored in: ..." and swallowed. Cheap when there are none.
void run_weakref_callbacks(ThreadState& ts);
bool weakref_callbacks_pending();

void init_weakref_types();

}  // namespace pystm
