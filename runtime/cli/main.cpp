// runtime/cli/main.cpp — the `pystm` command: `pystm FILE [args]`,
// `pystm -c CODE [args]`, `pystm --version`. Mirrors CPython 3.11's
// command line (messages and exit statuses).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "runtime/builtins/builtins_module.h"
#include "runtime/bytecode/disassembler.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/exit_callbacks.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"

namespace {

constexpr const char* kVersion = "Python 3.11.2";

void usage(const char* program) {
  std::fprintf(stderr, "usage: %s [option] ... [-c cmd | file] [arg] ...\n", program);
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  return std::string(cwd) + "/" + path;
}

}  // namespace

int main(int argc, char** argv) {
  const char* program = argv[0];
  std::vector<std::string> script_argv;
  std::string command;
  bool have_command = false;
  bool disassemble_only = false;
  std::string run_module;
  std::string file;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--version" || a == "-V") {
      std::printf("%s\n", kVersion);
      return 0;
    }
    if (a == "-c") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "Argument expected for the -c option\n");
        usage(program);
        return 2;
      }
      command = argv[i + 1];
      have_command = true;
      script_argv.push_back("-c");
      i += 2;
      break;
    }
    if (a == "-m") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "Argument expected for the -m option\n");
        usage(program);
        return 2;
      }
      run_module = argv[i + 1];
      script_argv.push_back("-m");
      i += 2;
      break;
    }
    if (a == "-B" || a == "-u" || a == "-E" || a == "-s" || a == "-S" || a == "-O") continue;
    if (a == "-X" && i + 1 < argc) {
      if (std::string(argv[i + 1]) == "dis") disassemble_only = true;
      ++i;
      continue;
    }
    if (a == "-" ) break;
    if (!a.empty() && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "Unknown option: %s\n", a.c_str());
      usage(program);
      return 2;
    }
    file = a;
    script_argv.push_back(a);
    ++i;
    break;
  }
  for (; i < argc; ++i) script_argv.push_back(argv[i]);

  std::string source;
  std::string filename;
  if (!run_module.empty()) {
    filename = "<module>";
  } else if (have_command) {
    source = command;
    filename = "<string>";
  } else if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      int err = errno;
      std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program, absolute_path(file).c_str(), err,
                   std::strerror(err));
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    source = ss.str();
    filename = absolute_path(file);  // __main__.__file__ and tracebacks use the absolute path
  } else {
    // No script: read the program from stdin (the REPL comes later).
    std::stringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
    filename = "<stdin>";
    script_argv.push_back("");
  }

  if (disassemble_only) {
    // `pystm -X dis FILE`: print the bytecode instead of running it.
    auto parsed = pystm::frontend::parse(source, filename);
    if (!parsed.error) {
      auto compiled = pystm::frontend::compile(*parsed.module, filename, source);
      if (!compiled.error) {
        std::fputs(pystm::bytecode::disassemble(*compiled.code).c_str(), stdout);
        return 0;
      }
    }
    // Bad source: run normally so the SyntaxError is reported as usual.
  }

  pystm::RuntimeOptions options;
  options.argv = script_argv;
  options.executable = absolute_path(program);
  // sys.path: the script's directory ('' for -c and stdin), PYTHONPATH, then
  // the standard library.
  if (!run_module.empty()) {
    char cwd[4096];
    options.path.push_back(getcwd(cwd, sizeof cwd) ? cwd : "");
  } else if (!have_command && !file.empty()) {
    std::string abs = absolute_path(file);
    options.path.push_back(abs.substr(0, abs.rfind('/')));
  } else {
    options.path.push_back("");
  }
  if (const char* pythonpath = std::getenv("PYTHONPATH")) {
    std::string entries = pythonpath;
    size_t start = 0;
    while (start <= entries.size()) {
      size_t colon = entries.find(':', start);
      std::string entry = entries.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!entry.empty()) options.path.push_back(entry);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  // Our own pure-Python modules come before CPython's library.
  options.path.push_back(PYSTM_SOURCE_DIR "/stdlib/lib");
  options.path.push_back("/usr/lib/python3.11");
  pystm::initialize_runtime(options);
  pystm::ThreadState& ts = pystm::current_thread_state();
  int status = run_module.empty() ? pystm::run_main_source(ts, source, filename)
                                  : pystm::run_main_module(ts, run_module, program);
  pystm::wait_for_thread_shutdown(ts);
  pystm::run_exit_callbacks(ts);
  pystm::flush_std_streams();
  pystm::exit_by_sigint_if_noted();
  if (pystm::threads_take_turns()) {
    // Daemon threads still wait for the turn or sleep: leave without running
    // static destructors under them (stdio is flushed first, nothing is lost).
    std::fflush(nullptr);
    std::_Exit(status);
  }
  return status;
}
