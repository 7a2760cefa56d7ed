// runtime/cli/main.cpp — the `pystm` command: parses the command line
// (cli/command_line), sets the runtime up (sys.path, flags, the bytecode
// cache), runs the script, -c command, -m module or stdin, and the REPL
// when stdin is a terminal or -i asks for it. Mirrors CPython 3.11's
// command line (messages and exit statuses).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/builtins/builtins_module.h"
#include "runtime/bytecode/disassembler.h"
#include "runtime/cli/command_line.h"
#include "runtime/cli/repl.h"
#include "runtime/cli/site_startup.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/vm/bytecode_cache.h"
#include "runtime/vm/exit_callbacks.h"
#include "runtime/vm/import.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"

namespace {

using pystm::cli::CommandLine;

std::string current_directory() {
  char cwd[4096];
  return getcwd(cwd, sizeof cwd) ? cwd : "";
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  return current_directory() + "/" + path;
}

// $XDG_CACHE_HOME/pystm, else ~/.cache/pystm: bytecode for sources in
// directories the user cannot write to.
std::string user_cache_dir(const CommandLine& cl) {
  const char* xdg = cl.ignore_environment ? nullptr : std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg == '/') return std::string(xdg) + "/pystm";
  const char* home = std::getenv("HOME");
  if (home && *home == '/') return std::string(home) + "/.cache/pystm";
  return "";
}

// Reads the program text of a script or stdin; -x drops its first line
// (keeping the newline so line numbers stay right).
std::string program_text(std::istream& in, bool skip_first_line) {
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (skip_first_line) {
    size_t nl = text.find('\n');
    text = nl == std::string::npos ? "" : text.substr(nl);
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  CommandLine cl = pystm::cli::parse_command_line(args, [](const char* name) { return std::getenv(name); });
  const std::string program = argv[0];
  if (cl.exit_now) {
    std::fputs(cl.message.c_str(), cl.status == 0 ? stdout : stderr);
    return cl.status;
  }
  if (cl.unbuffered) {
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::setvbuf(stderr, nullptr, _IONBF, 0);
  }
  // The REPL reads stdin when it is a terminal, or whatever it is with -i
  // (PYTHONINSPECT alone does not force it): instead of a program from
  // stdin, or after the script, command or module when inspecting.
  const bool interactive_stdin = isatty(0) || cl.interactive != 0;
  bool repl_only = cl.run == CommandLine::Run::Stdin && interactive_stdin;
  bool repl_after = cl.inspect != 0 && interactive_stdin && !repl_only;

  std::string source;
  std::string filename;
  if (cl.run == CommandLine::Run::Command) {
    source = cl.target;
    filename = "<string>";
  } else if (cl.run == CommandLine::Run::Script) {
    std::ifstream in(cl.target, std::ios::binary);
    if (!in) {
      int err = errno;
      std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program.c_str(),
                   absolute_path(cl.target).c_str(), err, std::strerror(err));
      return 2;
    }
    source = program_text(in, cl.skip_first_line);
    filename = absolute_path(cl.target);  // __main__.__file__ and tracebacks use the absolute path
  } else if (cl.run == CommandLine::Run::Stdin && !repl_only) {
    source = program_text(std::cin, cl.skip_first_line);
    filename = "<stdin>";
  }

  if (cl.disassemble && cl.run != CommandLine::Run::Module) {
    // `pystm -X dis FILE`: print the bytecode instead of running it.
    auto parsed = pystm::frontend::parse(source, filename);
    if (!parsed.error) {
      auto compiled = pystm::frontend::compile(*parsed.module, filename, source, cl.optimize);
      if (!compiled.error) {
        std::fputs(pystm::bytecode::disassemble(*compiled.code).c_str(), stdout);
        return 0;
      }
    }
    // Bad source: run normally so the SyntaxError is reported as usual.
  }

  pystm::RuntimeOptions options;
  options.argv = cl.argv;
  options.orig_argv = cl.orig_argv;
  options.executable = absolute_path(program);
  options.warnoptions = cl.warnoptions;
  options.xoptions = cl.xoptions;
  options.unbuffered = cl.unbuffered;
  options.flags = {cl.debug,   cl.inspect, cl.interactive,        cl.optimize, cl.dont_write_bytecode,
                   cl.no_user_site, cl.no_site, cl.ignore_environment, cl.verbose, cl.bytes_warning,
                   cl.quiet,   cl.isolated, cl.safe_path,  cl.dev_mode};
  // sys.path: the script's directory ('' for -c and stdin, the working
  // directory for -m; nothing with -P), PYTHONPATH, then the standard
  // library; site adds site-packages. The first entry goes in after site
  // ran, as in CPython (site would make '' absolute, and modules there do
  // not shadow sitecustomize).
  std::string path0;
  bool has_path0 = !cl.safe_path;
  if (cl.run == CommandLine::Run::Module) {
    path0 = current_directory();
  } else if (cl.run == CommandLine::Run::Script) {
    std::string abs = absolute_path(cl.target);
    path0 = abs.substr(0, abs.rfind('/'));
  }
  for (const std::string& entry : cl.pythonpath) options.path.push_back(entry);
  // Our own pure-Python modules come before CPython's library.
  options.path.push_back(PYSTM_SOURCE_DIR "/stdlib/lib");
  options.path.push_back("/usr/lib/python3.11");
  pystm::set_optimize_level(cl.optimize);
  pystm::set_inspect_after_main(repl_after);
  pystm::BytecodeCacheConfig cache;
  cache.prefix = cl.pycache_prefix;
  cache.user_cache_dir = user_cache_dir(cl);
  const char* force_user = std::getenv("PYSTM_PYCACHE_USER_DIR");
  cache.always_user_dir = force_user && *force_user == '1';
  pystm::configure_bytecode_cache(cache);
  pystm::initialize_runtime(options);
  pystm::ThreadState& ts = pystm::current_thread_state();

  if (!cl.no_site) pystm::cli::run_site(ts);
  if (has_path0) pystm::prepend_sys_path(ts, path0);
  int status = 0;
  if (cl.run == CommandLine::Run::Module) status = pystm::run_main_module(ts, cl.target, program);
  else if (!repl_only && !filename.empty()) status = pystm::run_main_source(ts, source, filename);
  if (repl_only || repl_after) {
    pystm::cli::ReplOptions repl;
    repl.banner = repl_only && !cl.quiet;
    if (repl_only) repl.startup = cl.startup;
    status = pystm::cli::run_repl(ts, repl);
  }
  pystm::wait_for_thread_shutdown(ts);
  pystm::run_exit_callbacks(ts);
  pystm::flush_std_streams();
  pystm::exit_by_sigint_if_noted();
  if (pystm::threads_take_turns() || pystm::threads_run_parallel()) {
    // Daemon threads may still run, wait for the turn or sleep: leave without running
    // static destructors under them (stdio is flushed first, nothing is lost).
    std::fflush(nullptr);
    std::_Exit(status);
  }
  return status;
}
