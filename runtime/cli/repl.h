// runtime/cli/repl.h — the interactive prompt (`pystm` on a terminal, or
// `-i` after a script): CPython's read–eval–print loop with sys.ps1/ps2,
// multi-line blocks, tracebacks that do not end the loop, and Ctrl-D.
// Owns: deciding when typed lines form a complete statement, running it
// in __main__ and reporting its errors.
// Must never: leave the loop on an ordinary exception (only SystemExit or
// end of input end it).
#pragma once
#include <string>

namespace pystm {
struct ThreadState;
}

namespace pystm::cli {

struct ReplOptions {
  bool banner = true;    // the version and "Type "help"..." lines (not with -q or -i SCRIPT)
  std::string startup;   // PYTHONSTARTUP, run first when set
};

// Runs the loop in the existing __main__ (made if absent). Returns the exit
// status: 0 at end of input, else SystemExit's.
int run_repl(ThreadState& ts, const ReplOptions& options);

// Whether `source` (lines typed so far) needs more lines: the front end
// reports an unexpected end of input (an open bracket or triple-quoted
// string, a block header with no body yet, a trailing backslash).
bool needs_more_input(const std::string& source);

}  // namespace pystm::cli
