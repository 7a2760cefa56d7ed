// runtime/cli/line_editor.h — a small line editor for the interactive
// prompt on a terminal: termios raw mode while a line is read, cursor
// movement, deletion, emacs-style control keys and an in-memory history.
// Owns: the terminal's mode while reading (restored before returning, so
// program output and Ctrl-C behave normally while code runs).
// Must never: touch the Python heap, or leave the terminal in raw mode.
#pragma once
#include <string>
#include <vector>

namespace pystm::cli {

class LineEditor {
 public:
  enum class Status { Line, EndOfFile, Interrupt };
  LineEditor(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}
  // Shows `prompt` and reads one line (without its newline) into *line.
  // Keys: Left/Right/Home/End, Ctrl-A/E/B/F, Backspace, Delete, Ctrl-D
  // (end of input on an empty line), Ctrl-K/U/W, Up/Down and Ctrl-P/N
  // (history), Ctrl-L (clear screen), Ctrl-C (Interrupt).
  Status read_line(const std::string& prompt, std::string* line);
  void add_history(const std::string& line);
  // A history file: one entry per line, the last kMaxHistory kept. Loading
  // a missing file or failing to save is not an error.
  void load_history(const std::string& path);
  void save_history(const std::string& path) const;
  static constexpr size_t kMaxHistory = 1000;

 private:
  void refresh(const std::string& prompt);
  int read_byte();
  std::string buffer_;
  size_t cursor_ = 0;  // byte offset into buffer_, always at a code point boundary
  std::vector<std::string> history_;
  int in_, out_;
};

}  // namespace pystm::cli
