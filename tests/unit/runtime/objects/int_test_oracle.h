// tests/unit/runtime/objects/int_test_oracle.h — runs a script under
// python3.11 (the oracle) and returns its stdout lines; shared by the int and
// float unit tests. Expected values always come from CPython, never by hand.
#pragma once
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace pystm::testing {

inline std::vector<std::string> run_oracle(const std::string& script) {
  char path[] = "/tmp/pystm_numbers_oracle_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return {};
  FILE* f = fdopen(fd, "w");
  std::fwrite(script.data(), 1, script.size(), f);
  std::fclose(f);
  std::string command = std::string("/usr/bin/python3.11 ") + path;
  FILE* p = popen(command.c_str(), "r");
  std::vector<std::string> lines;
  if (p) {
    std::string line;
    int c;
    while ((c = std::fgetc(p)) != EOF) {
      if (c == '\n') {
        lines.push_back(line);
        line.clear();
      } else {
        line.push_back(static_cast<char>(c));
      }
    }
    pclose(p);
  }
  unlink(path);
  return lines;
}

}  // namespace pystm::testing
