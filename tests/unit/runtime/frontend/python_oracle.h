// tests/unit/runtime/frontend/python_oracle.h — runs CPython 3.11 as the oracle.
// Owns: feeding a batch of inputs to a python3.11 script and reading back one
// output line per input. Must never: be used outside tests.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace pystm::frontend::testing {

inline constexpr const char* kPython = "/usr/bin/python3.11";

inline std::string hex_encode(const std::string& s) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}

// Runs `script` once; it reads hex-encoded inputs (one per stdin line) and
// must print exactly one line per input. Returns those lines.
inline std::vector<std::string> run_oracle(const std::string& script, const std::vector<std::string>& inputs) {
  char in_path[] = "/tmp/pystm_oracle_inXXXXXX";
  int fd = mkstemp(in_path);
  if (fd < 0) return {};
  close(fd);
  char py_path[] = "/tmp/pystm_oracle_pyXXXXXX";
  fd = mkstemp(py_path);
  if (fd < 0) return {};
  close(fd);
  {
    std::ofstream in(in_path);
    for (auto& s : inputs) in << hex_encode(s) << "\n";
    std::ofstream py(py_path);
    py << "import sys, ast\n"
          "def _inputs():\n"
          "    for line in sys.stdin:\n"
          "        yield bytes.fromhex(line.strip())\n"
       << script;
  }
  std::string cmd = std::string(kPython) + " -W ignore " + py_path + " < " + in_path;
  std::vector<std::string> lines;
  FILE* p = popen(cmd.c_str(), "r");
  if (p) {
    std::string cur;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) cur.append(buf, n);
    pclose(p);
    std::istringstream ss(cur);
    std::string line;
    while (std::getline(ss, line)) lines.push_back(line);
  }
  unlink(in_path);
  unlink(py_path);
  return lines;
}

}  // namespace pystm::frontend::testing
