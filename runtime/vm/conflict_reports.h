// runtime/vm/conflict_reports.h — conflict records for Python code: the hook
// installed by pystm.set_conflict_hook and the records the runtime itself
// produces (a thread waiting for a lock another thread holds).
// Owns: the Python hook (a gc root) and the conversion of a record to the
// dict the hook receives. Must never: call the hook while the STM holds a
// lock or from inside stm/ (records are delivered at safe points: where the
// runtime reports them, on the waiting thread, inside a transaction).
#pragma once
#include <cstdint>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// None (or a null Value) removes the hook.
void set_conflict_hook(Value hook);
Value conflict_hook();
// A lock wait of `ns` nanoseconds on `lock`: counted by stm's hooks and the
// Python hook (which may raise).
Status report_lock_wait(ThreadState& ts, Value lock, uint64_t ns);

}  // namespace pystm
