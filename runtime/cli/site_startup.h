// runtime/cli/site_startup.h — CPython's `import site` at startup (unless
// -S): sys.path gains the site-packages directories and .pth entries,
// builtins gain exit, quit, help, copyright, credits and license.
// Owns: that startup step and its fallback — if site cannot be imported,
// its error is printed and the builtins names are still made from the
// library's `_sitebuiltins`.
// Must never: end startup (pystm runs the program either way).
#pragma once

namespace pystm {
struct ThreadState;
}

namespace pystm::cli {

void run_site(ThreadState& ts);

}  // namespace pystm::cli
