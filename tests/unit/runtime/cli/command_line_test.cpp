// tests/unit/runtime/cli/command_line_test.cpp — command-line parsing
// without running anything: what becomes sys.argv for each way of naming
// the program, combined and attached options, and how the PYTHON*
// variables combine with the options (and are ignored under -E / -I).
#include <gtest/gtest.h>

#include <map>

#include "runtime/cli/command_line.h"

namespace pystm::cli {
namespace {

using Strings = std::vector<std::string>;

CommandLine parse(Strings args, std::map<std::string, std::string> env = {}) {
  args.insert(args.begin(), "pystm");
  return parse_command_line(args, [&env](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
}

TEST(CommandLineTest, ProgramKindsAndArgv) {
  CommandLine cl = parse({"-Bc", "print(1)", "a", "-b"});
  EXPECT_EQ(cl.run, CommandLine::Run::Command);
  EXPECT_EQ(cl.target, "print(1)");
  EXPECT_EQ(cl.argv, (Strings{"-c", "a", "-b"}));
  EXPECT_EQ(cl.dont_write_bytecode, 1);

  cl = parse({"-mjson.tool", "x"});
  EXPECT_EQ(cl.run, CommandLine::Run::Module);
  EXPECT_EQ(cl.target, "json.tool");
  EXPECT_EQ(cl.argv, (Strings{"-m", "x"}));

  cl = parse({"-u", "script.py", "-c", "z"});
  EXPECT_EQ(cl.run, CommandLine::Run::Script);
  EXPECT_EQ(cl.argv, (Strings{"script.py", "-c", "z"}));
  EXPECT_TRUE(cl.unbuffered);

  cl = parse({"--", "-c"});
  EXPECT_EQ(cl.run, CommandLine::Run::Script);
  EXPECT_EQ(cl.target, "-c");

  cl = parse({"-", "a"});
  EXPECT_EQ(cl.run, CommandLine::Run::Stdin);
  EXPECT_EQ(cl.argv, (Strings{"-", "a"}));

  cl = parse({});
  EXPECT_EQ(cl.run, CommandLine::Run::Stdin);
  EXPECT_EQ(cl.argv, (Strings{""}));
  EXPECT_EQ(cl.orig_argv, (Strings{"pystm"}));
}

TEST(CommandLineTest, OptionsWithArguments) {
  CommandLine cl = parse({"-OO", "-Wonce", "-W", "error", "-Xdis", "-X", "a=b", "-iqsSEPbv", "-c", "pass"});
  EXPECT_EQ(cl.optimize, 2);
  EXPECT_EQ(cl.warnoptions, (Strings{"once", "error", "default::BytesWarning"}));  // -b adds the last
  EXPECT_EQ(cl.xoptions, (Strings{"dis", "a=b"}));
  EXPECT_TRUE(cl.disassemble);
  EXPECT_EQ(cl.inspect + cl.interactive + cl.quiet + cl.no_user_site + cl.no_site + cl.ignore_environment, 6);
  EXPECT_TRUE(cl.safe_path);
  EXPECT_EQ(cl.bytes_warning + cl.verbose, 2);
}

TEST(CommandLineTest, ErrorsAndEarlyExits) {
  CommandLine cl = parse({"-Bz"});
  EXPECT_TRUE(cl.exit_now);
  EXPECT_EQ(cl.status, 2);
  EXPECT_EQ(cl.message.substr(0, cl.message.find('\n')), "Unknown option: -z");
  cl = parse({"--nope"});
  EXPECT_EQ(cl.message.substr(0, cl.message.find('\n')), "unknown option --nope");
  cl = parse({"-W"});
  EXPECT_EQ(cl.message.substr(0, cl.message.find('\n')), "Argument expected for the -W option");
  cl = parse({"-V"});
  EXPECT_EQ(cl.status, 0);
  EXPECT_EQ(cl.message.rfind("Python 3.11.", 0), 0u);
  cl = parse({"-h", "-z"});  // an unknown option wins over help
  EXPECT_EQ(cl.status, 2);
  cl = parse({"-c", "pass", "-z"});  // after -c everything is an argument
  EXPECT_FALSE(cl.exit_now);
}

TEST(CommandLineTest, EnvironmentVariables) {
  std::map<std::string, std::string> env = {
      {"PYTHONOPTIMIZE", "3"}, {"PYTHONDONTWRITEBYTECODE", "1"}, {"PYTHONWARNINGS", "ignore,,default"},
      {"PYTHONPATH", "/a::/b"}, {"PYTHONPYCACHEPREFIX", "/cache"}, {"PYTHONUNBUFFERED", ""},
      {"PYTHONSAFEPATH", "x"}, {"PYTHONINSPECT", "1"}};
  CommandLine cl = parse({"-O", "-W", "error", "-c", "pass"}, env);
  EXPECT_EQ(cl.optimize, 3);
  EXPECT_EQ(cl.dont_write_bytecode, 1);
  EXPECT_EQ(cl.warnoptions, (Strings{"ignore", "default", "error"}));
  EXPECT_EQ(cl.pythonpath, (Strings{"/a", "/b"}));
  EXPECT_EQ(cl.pycache_prefix, "/cache");
  EXPECT_FALSE(cl.unbuffered);  // set but empty
  EXPECT_TRUE(cl.safe_path);
  EXPECT_EQ(cl.inspect, 1);
  EXPECT_EQ(cl.interactive, 0);
  EXPECT_EQ(parse({"-c", "pass"}, {{"PYTHONOPTIMIZE", "on"}}).optimize, 1);

  for (const char* isolate : {"-E", "-I"}) {
    cl = parse({isolate, "-c", "pass"}, env);
    EXPECT_EQ(cl.optimize, 0) << isolate;
    EXPECT_EQ(cl.dont_write_bytecode, 0) << isolate;
    EXPECT_TRUE(cl.warnoptions.empty()) << isolate;
    EXPECT_TRUE(cl.pythonpath.empty()) << isolate;
    EXPECT_TRUE(cl.pycache_prefix.empty()) << isolate;
  }
}

}  // namespace
}  // namespace pystm::cli
