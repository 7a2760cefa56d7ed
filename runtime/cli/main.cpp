// runtime/cli/main.cpp — the `pystm` command line (placeholder until the
// interpreter lands in this series of commits).
int main() { return 0; }
