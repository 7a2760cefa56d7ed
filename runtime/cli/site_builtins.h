// runtime/cli/site_builtins.h — the names CPython's `site` module adds to
// builtins (exit, quit, help, copyright, credits, license), made from the
// standard library's own `_sitebuiltins` while `site` itself cannot be
// imported at startup (it needs `_io`). Skipped with -S, like site.
// Owns: nothing but that startup step.
// Must never: fail startup (an error leaves the names undefined).
#pragma once

namespace pystm {
struct ThreadState;
}

namespace pystm::cli {

void add_site_builtins(ThreadState& ts);

}  // namespace pystm::cli
