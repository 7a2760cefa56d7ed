// benchmarks/micro/child_process.h — runs this benchmark program again as a
// child with a worker flag, talking to it line by line over pipes (scaling
// processes, per-segment-count memory runs: each needs a fresh heap).
// Must never: be used while Google Benchmark threads run.
#pragma once
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace pystm::bench {

struct Child {
  pid_t pid = -1;
  int to = -1;    // the child's stdin
  int from = -1;  // the child's stdout
};

inline Child spawn_self(const char* self, std::vector<std::string> args) {
  int down[2], up[2];
  if (pipe(down) != 0 || pipe(up) != 0) {
    std::perror("pipe");
    std::exit(1);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, down[0], 0);
  posix_spawn_file_actions_adddup2(&actions, up[1], 1);
  posix_spawn_file_actions_addclose(&actions, down[1]);
  posix_spawn_file_actions_addclose(&actions, up[0]);
  std::vector<char*> argv{const_cast<char*>(self)};
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  Child c;
  if (posix_spawn(&c.pid, self, &actions, nullptr, argv.data(), environ) != 0) {
    std::perror("posix_spawn");
    std::exit(1);
  }
  posix_spawn_file_actions_destroy(&actions);
  close(down[0]);
  close(up[1]);
  c.to = down[1];
  c.from = up[0];
  return c;
}

inline std::string read_line(int fd) {
  std::string line;
  char ch;
  while (read(fd, &ch, 1) == 1 && ch != '\n') line += ch;
  return line;
}

// Closes the pipes and reaps the child.
inline void finish(Child& c) {
  close(c.to);
  close(c.from);
  int status;
  waitpid(c.pid, &status, 0);
}

}  // namespace pystm::bench
