// runtime/cli/repl.cpp — see repl.h.
// A statement is complete (CPython's interactive rules, approximately):
// one line that parses; a block (its first line ends with ':' or is a
// decorator) once an empty line follows; input that continued over lines
// for an open bracket or triple-quoted string as soon as it all parses.
#include "runtime/cli/repl.h"

#include <unistd.h>

#include <cstdlib>

#include <fstream>
#include <iostream>
#include <sstream>

#include "runtime/builtins/builtins_module.h"
#include "runtime/cli/line_editor.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm::cli {

namespace {

bool is_blank(const std::string& line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\f' && c != '\r') return c == '#';
  return true;
}

// The line starts a compound statement — it ends with ':' (a comment
// aside), is a decorator, or starts with a compound statement's keyword
// (`while x: pass` too waits for the empty line, as in CPython).
bool opens_block(const std::string& line) {
  std::string code = line.substr(0, line.find('#'));
  size_t end = code.find_last_not_of(" \t\r\f");
  if (end == std::string::npos) return false;
  if (code[end] == ':' || code[0] == '@') return true;
  size_t word_end = code.find_first_not_of("abcdefghijklmnopqrstuvwxyz");
  std::string word = code.substr(0, word_end);
  bool keyword_alone = word_end != std::string::npos && (code[word_end] == ' ' || code[word_end] == '(' ||
                                                         code[word_end] == ':' || code[word_end] == '\t');
  for (const char* kw : {"if", "while", "for", "def", "class", "with", "try", "async"})
    if (word == kw && keyword_alone) return true;
  return false;
}

// sys.ps1 / sys.ps2 as text (the defaults when unset or not printable).
std::string prompt(ThreadState& ts, const char* name, const char* fallback) {
  Value v = dict_get_str(module_dict(sys_module()), str_intern(name));
  if (v.is_null()) return fallback;
  Result<std::string> text = str_utf8(ts, v);
  if (text.ok()) return text.value();
  clear_pending_exception(ts);
  return fallback;
}

// Runs one complete input in __main__; false when it raised SystemExit
// (*status is then its exit status).
bool run_input(ThreadState& ts, const std::string& source, Value globals, int* status) {
  Result<Value> code = compile_source(ts, source, "<stdin>", CompileMode::Single);
  Result<Value> result = code.is_error() ? Result<Value>(kError)
                                         : run_code(ts, code.value().as<CodeObject>(), globals.as<DictObject>(), globals);
  flush_std_streams();
  if (result.ok()) return true;
  Value exc = ts.pending_exception;
  clear_pending_exception(ts);
  if (is_instance_of(exc, g_exc_SystemExit)) {
    *status = system_exit_status(exc);
    return false;
  }
  // sys.last_type / last_value / last_traceback, for pdb.pm() and friends.
  Value sys_dict = module_dict(sys_module());
  dict_set_str(sys_dict, str_intern("last_type"), Value::from_object(type_of(exc)));
  dict_set_str(sys_dict, str_intern("last_value"), exc);
  Value tb = get_attr_optional(ts, exc, str_intern("__traceback__")).take();
  if (tb.is_null()) clear_pending_exception(ts);
  dict_set_str(sys_dict, str_intern("last_traceback"), tb.is_null() || tb.is_absent() ? g_none : tb);
  print_exception(ts, exc);
  return true;
}

// Where lines come from: the line editor on a terminal, else stdin with
// the prompt written to stderr (as CPython does when stdin is a pipe).
class LineSource {
 public:
  // On a terminal, history persists in ~/.python_history, as CPython's
  // readline set-up keeps it.
  LineSource() : tty_(isatty(0) && isatty(1)), editor_(0, 1) {
    const char* home = std::getenv("HOME");
    if (tty_ && home && *home == '/') history_file_ = std::string(home) + "/.python_history";
    if (!history_file_.empty()) editor_.load_history(history_file_);
  }
  ~LineSource() {
    if (!history_file_.empty()) {
      (void)enter_inevitable(current_thread_state());  // a file write cannot be rolled back
      editor_.save_history(history_file_);
    }
  }
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;
  // Waiting for the user happens outside the turn, so other Python
  // threads run meanwhile (and the terminal I/O is inevitable).
  LineEditor::Status read(const std::string& prompt, std::string* line) {
    flush_std_streams();
    LineEditor::Status s = LineEditor::Status::EndOfFile;
    if (tty_) {
      (void)wait_outside_turn(current_thread_state(), [&] { s = editor_.read_line(prompt, line); });
      if (s == LineEditor::Status::Line && !is_blank(*line)) editor_.add_history(*line);
      return s;
    }
    write_stderr(prompt);
    flush_std_streams();
    (void)wait_outside_turn(current_thread_state(), [&] {
      s = std::getline(std::cin, *line) ? LineEditor::Status::Line : LineEditor::Status::EndOfFile;
    });
    return s;
  }

 private:
  bool tty_;
  LineEditor editor_;
  std::string history_file_;
};

}  // namespace

bool needs_more_input(const std::string& source) {
  frontend::ParseResult parsed = frontend::parse(source, "<stdin>", ast::Module::Kind::Interactive);
  if (!parsed.error) return false;
  const std::string& msg = parsed.error->msg;
  return msg.find("was never closed") != std::string::npos ||
         msg.find("unterminated triple-quoted string") != std::string::npos ||
         msg.find("expected an indented block") != std::string::npos ||
         msg.find("unexpected EOF") != std::string::npos;
}

int run_repl(ThreadState& ts, const ReplOptions& options) {
  Value main = dict_get_str(sys_modules(), g_name___main__);
  if (main.is_null() || !is_instance_of(main, g_module_type)) {
    main = module_new(g_name___main__);
    register_builtin_module("__main__", main);
    dict_set_str(module_dict(main), g_name___builtins__, builtins_module());
  }
  Value globals = module_dict(main);
  Value sys_dict = module_dict(sys_module());
  if (dict_get_str(sys_dict, str_intern("ps1")).is_null()) dict_set_str(sys_dict, str_intern("ps1"), str_intern(">>> "));
  if (dict_get_str(sys_dict, str_intern("ps2")).is_null()) dict_set_str(sys_dict, str_intern("ps2"), str_intern("... "));
  if (options.banner) {
    Value version = dict_get_str(sys_dict, str_intern("version"));
    write_stderr("Python " + (version.is_null() ? std::string("3.11") : str_to_utf8(version)) + " on linux\n" +
                 "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
  }
  int status = 0;
  if (!options.startup.empty()) {
    std::ifstream in(options.startup, std::ios::binary);
    if (in) {
      std::stringstream text;
      text << in.rdbuf();
      Result<Value> code = compile_source(ts, text.str(), options.startup, CompileMode::Exec);
      Result<Value> ran = code.is_error() ? Result<Value>(kError)
                                          : run_code(ts, code.value().as<CodeObject>(), globals.as<DictObject>(), globals);
      if (ran.is_error()) {
        Value exc = ts.pending_exception;
        clear_pending_exception(ts);
        if (is_instance_of(exc, g_exc_SystemExit)) return system_exit_status(exc);
        print_exception(ts, exc);
      }
    }
  }
  LineSource lines;
  std::string buffer;
  bool continuing = false;
  for (;;) {
    std::string line;
    LineEditor::Status got = lines.read(continuing ? prompt(ts, "ps2", "... ") : prompt(ts, "ps1", ">>> "), &line);
    if (got == LineEditor::Status::EndOfFile) {
      write_stderr("\n");
      return status;
    }
    if (got == LineEditor::Status::Interrupt) {
      write_stderr("KeyboardInterrupt\n");
      buffer.clear();
      continuing = false;
      continue;
    }
    if (!continuing) {
      if (is_blank(line)) continue;
      buffer = line + "\n";
      if (needs_more_input(buffer) || opens_block(line)) {
        continuing = true;
        continue;
      }
    } else {
      bool ends = is_blank(line);
      buffer += line + "\n";
      // A block ends with an empty line; a bracket or string continued
      // over lines ends as soon as the whole input parses.
      bool first_opened_block = opens_block(buffer.substr(0, buffer.find('\n')));
      if (!ends && (first_opened_block || needs_more_input(buffer))) continue;
    }
    continuing = false;
    std::string source;
    source.swap(buffer);
    if (!run_input(ts, source, globals, &status)) return status;
  }
}

}  // namespace pystm::cli
