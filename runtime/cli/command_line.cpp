// runtime/cli/command_line.cpp — see command_line.h. The option letters,
// messages and exit statuses follow `python3.11 -h` and its behaviour
// (observed, the oracle of tests/py/cli_test.py).
#include "runtime/cli/command_line.h"

#include <cstdlib>

namespace pystm::cli {

namespace {

constexpr const char* kVersion = "Python 3.11.2";
constexpr const char* kLongVersion = "Python 3.11.2 (pystm " PYSTM_VERSION ") [GCC]";

CommandLine fail(CommandLine cl, const std::string& what, const std::string& program) {
  cl.exit_now = true;
  cl.status = 2;
  cl.message = what + "\n" + usage_line(program) + "Try `python -h' for more information.\n";
  return cl;
}

CommandLine finish(CommandLine cl, std::string out) {
  cl.exit_now = true;
  cl.status = 0;
  cl.message = std::move(out);
  return cl;
}

bool set(const GetEnv& getenv, const char* name) {
  const char* v = getenv(name);
  return v && *v;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t at = text.find(sep, start);
    parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

// The PYTHON* variables (unless -E or -I): each raises its flag, as CPython
// combines them with the options.
void apply_environment(CommandLine& cl, const GetEnv& getenv) {
  if (cl.ignore_environment) return;
  if (set(getenv, "PYTHONDONTWRITEBYTECODE")) cl.dont_write_bytecode = 1;
  if (set(getenv, "PYTHONUNBUFFERED")) cl.unbuffered = true;
  if (set(getenv, "PYTHONINSPECT")) cl.inspect = 1;
  if (set(getenv, "PYTHONNOUSERSITE")) cl.no_user_site = 1;
  if (set(getenv, "PYTHONSAFEPATH")) cl.safe_path = true;
  if (set(getenv, "PYTHONVERBOSE") && cl.verbose == 0) cl.verbose = 1;
  if (set(getenv, "PYTHONDEBUG") && cl.debug == 0) cl.debug = 1;
  if (const char* opt = getenv("PYTHONOPTIMIZE"); opt && *opt) {
    char* end = nullptr;
    long level = std::strtol(opt, &end, 10);
    if (*end != '\0' || level < 1) level = 1;
    if (level > cl.optimize) cl.optimize = static_cast<int>(level);
  }
  if (set(getenv, "PYTHONWARNINGS")) {
    std::vector<std::string> from_env;
    for (const std::string& w : split(getenv("PYTHONWARNINGS"), ','))
      if (!w.empty()) from_env.push_back(w);
    cl.warnoptions.insert(cl.warnoptions.begin(), from_env.begin(), from_env.end());
  }
  if (set(getenv, "PYTHONPYCACHEPREFIX") && cl.pycache_prefix.empty()) cl.pycache_prefix = getenv("PYTHONPYCACHEPREFIX");
  if (set(getenv, "PYTHONSTARTUP")) cl.startup = getenv("PYTHONSTARTUP");
  if (set(getenv, "PYTHONDEVMODE")) cl.dev_mode = true;
  if (set(getenv, "PYTHONPATH"))
    for (const std::string& entry : split(getenv("PYTHONPATH"), ':'))
      if (!entry.empty()) cl.pythonpath.push_back(entry);
}

}  // namespace

std::string usage_line(const std::string& program) {
  return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
}

std::string help_text(const std::string& program) {
  return usage_line(program) +
         "Options (and corresponding environment variables):\n"
         "-b     : warn about str(bytes) and bytes/str comparisons (-bb: error)\n"
         "-B     : do not write bytecode cache files on import; also PYTHONDONTWRITEBYTECODE=x\n"
         "-c cmd : program passed in as string (terminates option list)\n"
         "-d     : parser debugging output (accepted, no effect); also PYTHONDEBUG=x\n"
         "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
         "-h     : print this help message and exit (also -? or --help)\n"
         "-i     : inspect interactively after running script; forces a prompt even\n"
         "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
         "-I     : isolate from the user's environment (implies -E, -P and -s)\n"
         "-m mod : run library module as a script (terminates option list)\n"
         "-O     : remove assert and __debug__-dependent statements; add .opt-1 before\n"
         "         .pyc extension; also PYTHONOPTIMIZE=x\n"
         "-OO    : do -O changes and also discard docstrings; add .opt-2 before\n"
         "         .pyc extension\n"
         "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
         "-q     : don't print version and copyright messages on interactive startup\n"
         "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n"
         "-S     : don't imply 'import site' on initialization\n"
         "-u     : force the stdout and stderr streams to be unbuffered;\n"
         "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
         "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
         "-V     : print the Python version number and exit (also --version)\n"
         "         when given twice, print more information about the build\n"
         "-W arg : warning control; arg is action:message:category:module:lineno\n"
         "         also PYTHONWARNINGS=arg\n"
         "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
         "-X opt : set implementation-specific option (-X dis: print the bytecode)\n"
         "Arguments:\n"
         "file   : program read from script file\n"
         "-      : program read from stdin (default; interactive mode if a tty)\n"
         "arg ...: arguments passed to program in sys.argv[1:]\n";
}

CommandLine parse_command_line(const std::vector<std::string>& args, const GetEnv& getenv) {
  CommandLine cl;
  cl.orig_argv = args;
  const std::string program = args.empty() ? "pystm" : args[0];
  int version = 0;
  bool help = false;
  size_t i = 1;
  bool done = false;
  while (i < args.size() && !done) {
    const std::string& a = args[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.size() < 2 || a[0] != '-') break;  // the script (or "-")
    ++i;
    if (a[1] == '-') {
      if (a == "--version") ++version;
      else if (a == "--help" || a == "--help-all" || a == "--help-env" || a == "--help-xoptions") help = true;
      else if (a == "--check-hash-based-pycs") {
        if (i >= args.size()) return fail(cl, "Argument expected for the --check-hash-based-pycs option", program);
        ++i;
      } else return fail(cl, "unknown option " + a, program);
      continue;
    }
    for (size_t k = 1; k < a.size() && !done; ++k) {
      char c = a[k];
      if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
        // The argument is the rest of this word, else the next word.
        std::string value;
        if (k + 1 < a.size()) {
          value = a.substr(k + 1);
        } else if (i < args.size()) {
          value = args[i++];
        } else {
          return fail(cl, std::string("Argument expected for the -") + c + " option", program);
        }
        k = a.size();
        if (c == 'c' || c == 'm') {
          cl.run = c == 'c' ? CommandLine::Run::Command : CommandLine::Run::Module;
          cl.target = value;
          done = true;
        } else if (c == 'W') {
          cl.warnoptions.push_back(value);
        } else {
          cl.xoptions.push_back(value);
          if (value == "dis") cl.disassemble = true;
          if (value == "dev") cl.dev_mode = true;
          if (value.rfind("pycache_prefix=", 0) == 0) cl.pycache_prefix = value.substr(15);
        }
        continue;
      }
      switch (c) {
        case 'b': ++cl.bytes_warning; break;
        case 'B': cl.dont_write_bytecode = 1; break;
        case 'd': ++cl.debug; break;
        case 'E': cl.ignore_environment = 1; break;
        case 'h': case '?': help = true; break;
        case 'i': cl.inspect = 1; cl.interactive = 1; break;
        case 'I': cl.isolated = 1; cl.ignore_environment = 1; cl.no_user_site = 1; cl.safe_path = true; break;
        case 'O': ++cl.optimize; break;
        case 'P': cl.safe_path = true; break;
        case 'q': cl.quiet = 1; break;
        case 'R': break;
        case 's': cl.no_user_site = 1; break;
        case 'S': cl.no_site = 1; break;
        case 'u': cl.unbuffered = true; break;
        case 'v': ++cl.verbose; break;
        case 'V': ++version; break;
        case 'x': cl.skip_first_line = true; break;
        default: return fail(cl, std::string("Unknown option: -") + c, program);
      }
    }
  }
  if (help) return finish(cl, help_text(program));
  if (version) return finish(cl, std::string(version > 1 ? kLongVersion : kVersion) + "\n");
  if (cl.run == CommandLine::Run::Stdin && i < args.size() && args[i] != "-") {
    cl.run = CommandLine::Run::Script;
    cl.target = args[i];
  }
  // sys.argv: "-c", "-m" (replaced by the module's path when it is found),
  // the script, "-" or "" for stdin; then the remaining words.
  if (cl.run == CommandLine::Run::Command) cl.argv.push_back("-c");
  else if (cl.run == CommandLine::Run::Module) cl.argv.push_back("-m");
  else if (i < args.size()) cl.argv.push_back(args[i++]);
  else cl.argv.push_back("");
  for (; i < args.size(); ++i) cl.argv.push_back(args[i]);
  apply_environment(cl, getenv);
  // Development mode shows every warning once per location, before any -W.
  if (cl.dev_mode) cl.warnoptions.insert(cl.warnoptions.begin(), "default");
  // -b / -bb come last, so they win over -W.
  if (cl.bytes_warning) cl.warnoptions.push_back(cl.bytes_warning > 1 ? "error::BytesWarning" : "default::BytesWarning");
  return cl;
}

}  // namespace pystm::cli
