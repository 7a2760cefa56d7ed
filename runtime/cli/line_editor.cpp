// runtime/cli/line_editor.cpp — see line_editor.h. The screen is redrawn
// as one line: carriage return, prompt, buffer, erase to end of line, then
// the cursor moved back to its column (columns count code points).
#include "runtime/cli/line_editor.h"

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

namespace pystm::cli {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xc0) == 0x80; }

size_t columns(const std::string& text, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to && i < text.size(); ++i)
    if (!is_continuation(text[i])) ++n;
  return n;
}

void write_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

// Raw mode for the lifetime of the object.
class RawMode {
 public:
  explicit RawMode(int fd) : fd_(fd) {
    if (tcgetattr(fd_, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_iflag &= ~static_cast<tcflag_t>(ICRNL | IXON | BRKINT | INPCK | ISTRIP);
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    active_ = tcsetattr(fd_, TCSADRAIN, &raw) == 0;
  }
  ~RawMode() {
    if (active_) tcsetattr(fd_, TCSADRAIN, &saved_);
  }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;

 private:
  int fd_;
  termios saved_{};
  bool active_ = false;
};

}  // namespace

int LineEditor::read_byte() {
  for (;;) {
    unsigned char c;
    ssize_t n = ::read(in_, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

void LineEditor::refresh(const std::string& prompt) {
  std::string out = "\r" + prompt + buffer_ + "\x1b[K";
  size_t back = columns(buffer_, cursor_, buffer_.size());
  if (back > 0) out += "\x1b[" + std::to_string(back) + "D";
  write_all(out_, out);
}

void LineEditor::add_history(const std::string& line) {
  if (line.empty() || (!history_.empty() && history_.back() == line)) return;
  history_.push_back(line);
}

void LineEditor::load_history(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) add_history(line);
  if (history_.size() > kMaxHistory) history_.erase(history_.begin(), history_.end() - kMaxHistory);
}

void LineEditor::save_history(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  size_t first = history_.size() > kMaxHistory ? history_.size() - kMaxHistory : 0;
  for (size_t i = first; i < history_.size() && out; ++i) out << history_[i] << '\n';
}

LineEditor::Status LineEditor::read_line(const std::string& prompt, std::string* line) {
  RawMode raw(in_);
  buffer_.clear();
  cursor_ = 0;
  // history_[history_.size()] is the line being edited, kept in `edited`.
  size_t index = history_.size();
  std::string edited;
  auto recall = [&](size_t to) {
    if (index == history_.size()) edited = buffer_;
    index = to;
    buffer_ = index == history_.size() ? edited : history_[index];
    cursor_ = buffer_.size();
  };
  auto left = [&] {
    while (cursor_ > 0 && is_continuation(buffer_[--cursor_])) {}
  };
  auto right = [&] {
    if (cursor_ < buffer_.size()) ++cursor_;
    while (cursor_ < buffer_.size() && is_continuation(buffer_[cursor_])) ++cursor_;
  };
  auto delete_forward = [&] {
    size_t at = cursor_;
    right();
    buffer_.erase(at, cursor_ - at);
    cursor_ = at;
  };
  refresh(prompt);
  for (;;) {
    int c = read_byte();
    if (c < 0) {
      if (buffer_.empty()) return Status::EndOfFile;
      c = '\r';
    }
    switch (c) {
      case '\r':
      case '\n':
        *line = buffer_;
        write_all(out_, "\r\n");
        return Status::Line;
      case 3:  // Ctrl-C
        write_all(out_, "\r\n");
        return Status::Interrupt;
      case 4:  // Ctrl-D
        if (buffer_.empty()) return Status::EndOfFile;
        delete_forward();
        break;
      case 1: cursor_ = 0; break;               // Ctrl-A
      case 5: cursor_ = buffer_.size(); break;  // Ctrl-E
      case 2: left(); break;                    // Ctrl-B
      case 6: right(); break;                   // Ctrl-F
      case 11: buffer_.erase(cursor_); break;   // Ctrl-K
      case 21:                                  // Ctrl-U
        buffer_.erase(0, cursor_);
        cursor_ = 0;
        break;
      case 23: {  // Ctrl-W: the word before the cursor
        size_t end = cursor_;
        while (cursor_ > 0 && buffer_[cursor_ - 1] == ' ') --cursor_;
        while (cursor_ > 0 && buffer_[cursor_ - 1] != ' ') --cursor_;
        buffer_.erase(cursor_, end - cursor_);
        break;
      }
      case 12: write_all(out_, "\x1b[H\x1b[2J"); break;  // Ctrl-L
      case 16: if (index > 0) recall(index - 1); break;  // Ctrl-P
      case 14: if (index < history_.size()) recall(index + 1); break;  // Ctrl-N
      case 8:
      case 127: {  // Backspace
        size_t end = cursor_;
        left();
        buffer_.erase(cursor_, end - cursor_);
        break;
      }
      case '\t':
        buffer_.insert(cursor_, "    ");
        cursor_ += 4;
        break;
      case 27: {  // escape sequences: ESC [ X, ESC [ n ~, ESC O X
        int a = read_byte();
        if (a != '[' && a != 'O') break;
        int b = read_byte();
        if (b >= '0' && b <= '9') {
          int t = read_byte();
          while (t >= '0' && t <= '9') t = read_byte();  // skip e.g. "1;5" modifiers up to the final byte
          if (t == ';') {
            while ((t = read_byte()) >= 0 && !(t >= '@' && t <= '~')) {}
            b = t;
          } else if (t != '~') {
            break;
          } else if (b == '1' || b == '7') {
            b = 'H';
          } else if (b == '4' || b == '8') {
            b = 'F';
          } else if (b == '3') {  // Delete
            delete_forward();
            break;
          } else {
            break;
          }
        }
        if (b == 'A' && index > 0) recall(index - 1);
        else if (b == 'B' && index < history_.size()) recall(index + 1);
        else if (b == 'C') right();
        else if (b == 'D') left();
        else if (b == 'H') cursor_ = 0;
        else if (b == 'F') cursor_ = buffer_.size();
        break;
      }
      default:
        if (c >= 0x20) {
          buffer_.insert(cursor_, 1, static_cast<char>(c));
          ++cursor_;
        }
        break;
    }
    refresh(prompt);
  }
}

}  // namespace pystm::cli
