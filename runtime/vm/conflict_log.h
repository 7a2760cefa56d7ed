// runtime/vm/conflict_log.h — where the STM's conflict records go once they
// name Python code: the binary log of `-X stmlog=FILE` and the Python hook of
// pystm.set_conflict_hook.
// Owns: tracing (while a log is open or a hook is set, each transaction's
// location word is a per-thread serial and its start is kept as a short
// Python traceback in a small ring per thread); the queue of records each
// thread collects from the STM; the log file and its format (docs/STM.md,
// "The conflict log").
// Must never: touch the heap from the STM's hook (it runs between an abort
// and the next begin); lose a record that reached the file's buffer at exit.
#pragma once
#include <cstdint>
#include <string>

namespace pystm {

struct ThreadState;
struct FrameObject;

// -X stmlog=FILE: opens (truncates) FILE and starts tracing. False when it
// cannot be opened (errno set).
bool open_conflict_log(const std::string& path);
// Flushes and closes the log (at exit).
void close_conflict_log();

// pystm.set_conflict_hook installed or removed a Python hook.
void set_python_conflict_tracing(bool on);

// True while conflicts are traced (a log is open or a Python hook is set).
bool conflict_tracing();

// While tracing: the location word for the calling thread's next
// transaction, and (once it is known where it begins) its start.
uint64_t next_traced_location();
void note_transaction_begin(uint64_t location, FrameObject* frame);

// Writes the records this thread collected to the log and hands them to the
// Python hook (in an inevitable transaction). Called at boundaries.
void deliver_conflicts(ThreadState& ts);

}  // namespace pystm
