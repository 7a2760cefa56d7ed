// runtime/cli/command_line.h — the `pystm` command line, parsed like
// CPython 3.11's: combined short options, option arguments attached or
// separate, `--`, `-` and the PYTHON* environment variables.
// Owns: turning argv and the environment into a CommandLine.
// Must never: start the runtime or print (the caller prints `message`).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace pystm::cli {

struct CommandLine {
  enum class Run { Stdin, Command, Module, Script };
  Run run = Run::Stdin;
  std::string target;               // the code of -c, the module of -m, the script's path
  std::vector<std::string> argv;    // sys.argv
  std::vector<std::string> orig_argv;
  // The option flags, as sys.flags counts them.
  int debug = 0, inspect = 0, interactive = 0, optimize = 0, dont_write_bytecode = 0, no_user_site = 0,
      no_site = 0, ignore_environment = 0, verbose = 0, bytes_warning = 0, quiet = 0, isolated = 0;
  bool safe_path = false, unbuffered = false, skip_first_line = false, disassemble = false;
  bool dev_mode = false;  // -X dev / PYTHONDEVMODE
  std::vector<std::string> warnoptions;  // sys.warnoptions: PYTHONWARNINGS, then -W
  std::vector<std::string> xoptions;     // -X options, in order ("name" or "name=value")
  std::vector<std::string> pythonpath;   // PYTHONPATH entries
  std::string pycache_prefix;            // PYTHONPYCACHEPREFIX or -X pycache_prefix=
  std::string startup;                   // PYTHONSTARTUP
  // When set, the command does not run: print `message` (to stdout when
  // status is 0, else to stderr) and exit with `status`.
  bool exit_now = false;
  int status = 0;
  std::string message;
};

using GetEnv = std::function<const char*(const char*)>;

// The usage line and the help text (-h) for program name `program`.
std::string usage_line(const std::string& program);
std::string help_text(const std::string& program);
CommandLine parse_command_line(const std::vector<std::string>& args, const GetEnv& getenv);

}  // namespace pystm::cli
