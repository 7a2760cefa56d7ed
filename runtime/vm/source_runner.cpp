// runtime/vm/source_runner.cpp — see source_runner.h.
#include "runtime/vm/source_runner.h"
#include "runtime/vm/pending_signals.h"

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "runtime/builtins/builtins_module.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/parser.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_group.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
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
#include "runtime/vm/thread_state.h"

namespace pystm {

Error raise_syntax_error(ThreadState& ts, const frontend::SyntaxErrorInfo& info) {
  if (info.kind == frontend::SyntaxErrorInfo::Kind::NullBytes) return raise(ts, g_exc_ValueError, "%s", info.msg.c_str());
  TypeObject* type = g_exc_SyntaxError;
  if (info.kind == frontend::SyntaxErrorInfo::Kind::IndentationError) type = g_exc_IndentationError;
  if (info.kind == frontend::SyntaxErrorInfo::Kind::TabError) type = g_exc_TabError;
  Value details = tuple_pack({str_from_utf8(info.filename), int_from_int64(info.lineno), int_from_int64(info.offset),
                              str_from_utf8(info.text), int_from_int64(info.end_lineno),
                              int_from_int64(info.end_offset)});
  Value args = tuple_pack({str_from_utf8(info.msg), details});
  ExceptionObject* e = allocate_object<ExceptionObject>(type, stm::read(type)->instance_size);
  stm::view(e)->args = args.as<TupleObject>();
  Value exc = Value::from_object(e);
  const char* fields[] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  Value values[] = {str_from_utf8(info.msg), tuple_item(details, 0), tuple_item(details, 1), tuple_item(details, 2),
                    info.text.empty() ? g_none : tuple_item(details, 3), tuple_item(details, 4),
                    tuple_item(details, 5)};
  for (int i = 0; i < 7; ++i) {
    Status s = generic_set_attr(ts, exc, str_intern(fields[i]), values[i]);
    (void)s;
  }
  ts.pending_exception = exc;
  return kError;
}

namespace {

// Line `lineno` of file `filename` with its newline, or "" when there is no
// such file or line: CPython gives errors found after parsing (symbol table,
// code generation) the text of that line of the named file, not of the source.
std::string program_text_line(const std::string& filename, int lineno) {
  std::ifstream in(filename, std::ios::binary);
  std::string line;
  for (int i = 1; in && std::getline(in, line); ++i) {
    if (i == lineno) return in.eof() ? line : line + "\n";
  }
  return "";
}

frontend::SyntaxErrorInfo with_program_text(frontend::SyntaxErrorInfo info) {
  info.text = program_text_line(info.filename, info.lineno);
  return info;
}

// The raw text of line `lineno` of `filename` (no newline), or "".
std::string raw_source_line(const std::string& filename, int lineno) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(filename);
  if (it == cache.end()) {
    std::vector<std::string> lines;
    std::ifstream in(filename, std::ios::binary);
    std::string line;
    while (in && std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    it = cache.emplace(filename, std::move(lines)).first;
  }
  if (lineno < 1 || lineno > static_cast<int>(it->second.size())) return "";
  return it->second[lineno - 1];
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; }

// Code points in the first `bytes` bytes of UTF-8 text.
int64_t char_offset(const std::string& text, int64_t bytes) {
  int64_t chars = 0;
  for (int64_t i = 0; i < bytes && i < static_cast<int64_t>(text.size()); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) ++chars;
  return chars;
}

// The marker line CPython 3.11 prints under a traceback's source line: the
// failing expression's span with '^', and for a binary operation or a
// subscript '~' on the operands and '^' on the operator or the brackets
// (Python/traceback.c, print_error_location_carets). Empty when the span
// covers the whole line and has no anchors.
std::string caret_line(const std::string& line, const bytecode::Position& pos, int lineno) {
  if (pos.lineno != lineno || pos.col_offset < 0 || pos.end_col_offset < 0 || pos.end_lineno < pos.lineno) return "";
  int64_t truncation = 0;
  while (truncation < static_cast<int64_t>(line.size()) && is_space(line[truncation])) ++truncation;
  int64_t last = static_cast<int64_t>(line.size());
  while (last > truncation && is_space(line[last - 1])) --last;
  int64_t start = char_offset(line, pos.col_offset);
  int64_t end;
  bool anchors = false;
  int64_t left = -1, right = -1;
  if (pos.end_lineno == pos.lineno) {
    end = char_offset(line, pos.end_col_offset);
    if (pos.end_col_offset > pos.col_offset) {
      std::string segment = line.substr(pos.col_offset, pos.end_col_offset - pos.col_offset);
      frontend::ParseResult parsed = frontend::parse(segment, "<segment>");
      if (!parsed.error && parsed.module->body.size() == 1 &&
          parsed.module->body[0]->kind == ast::StmtKind::Expr) {
        const ast::Expr* e = static_cast<const ast::ExprStmt*>(parsed.module->body[0])->value;
        int64_t seg_len = static_cast<int64_t>(segment.size());
        if (e->kind == ast::ExprKind::BinOp) {
          const auto* b = static_cast<const ast::BinOp*>(e);
          for (int64_t i = b->left->end_col_offset; i < b->right->col_offset; ++i) {
            if (is_space(segment[i])) continue;
            left = i;
            right = i + 1;
            if (i + 1 < b->right->col_offset && !is_space(segment[i + 1])) ++right;
            if (i + 1 < b->right->col_offset && segment[i] == ')') continue;
            anchors = true;
            break;
          }
        } else if (e->kind == ast::ExprKind::Subscript) {
          const auto* sub = static_cast<const ast::Subscript*>(e);
          left = sub->value->end_col_offset;
          right = sub->slice->end_col_offset + 1;
          while (left < seg_len && segment[left] != '[') ++left;
          while (right < seg_len && segment[right] != ']') ++right;
          if (right < seg_len) ++right;
          anchors = true;
        }
        if (anchors) {
          left = start + char_offset(segment, left);
          right = start + char_offset(segment, right);
        }
      }
    }
  } else {
    end = char_offset(line, last);
  }
  int64_t stripped_len = char_offset(line, last) - char_offset(line, truncation);
  if (end - start == stripped_len && !anchors) return "";
  std::string out = "    ";
  int64_t trunc_chars = char_offset(line, truncation);
  for (int64_t p = trunc_chars; p < end; ++p) {
    if (p < start) out += ' ';
    else if (anchors) out += (p >= left && p < right) ? '^' : '~';
    else out += '^';
  }
  return out + "\n";
}

std::string source_line(const std::string& filename, int lineno) {
  std::string line = raw_source_line(filename, lineno);
  size_t start = line.find_first_not_of(" \t\f\r");
  size_t end = line.find_last_not_of(" \t\f\r\n");
  if (start == std::string::npos) return "";
  return line.substr(start, end - start + 1);
}

std::string exception_type_name(Value exc) {
  TypeObject* type = type_of(exc);
  Value module = dict_get_str(Value::from_object(stm::read(type)->dict), g_name___module__);
  std::string qual = str_to_utf8(stm::read(type)->qualname);
  if (module.is_null() || type_of(module) != g_str_type) return qual;
  std::string m = str_to_utf8(module);
  if (m == "builtins" || m == "__main__") return qual;
  return m + "." + qual;
}

// An attribute, or absent (errors are swallowed: printing must not fail).
Value optional_attr(ThreadState& ts, Value obj, const char* name) {
  Result<Value> r = get_attr_optional(ts, obj, str_intern(name));
  if (r.is_error()) {
    clear_pending_exception(ts);
    return Value::absent();
  }
  return r.value();
}

std::string format_exception_only(ThreadState& ts, Value exc) {
  std::string out;
  std::string name = exception_type_name(exc);
  if (is_instance_of(exc, g_exc_SyntaxError)) {
    Value filename = optional_attr(ts, exc, "filename");
    Value lineno = optional_attr(ts, exc, "lineno");
    Value text = optional_attr(ts, exc, "text");
    Value offset = optional_attr(ts, exc, "offset");
    Value end_offset = optional_attr(ts, exc, "end_offset");
    Value msg = optional_attr(ts, exc, "msg");
    if (!filename.is_absent() && !lineno.is_absent() && type_of(filename) == g_str_type) {
      out += "  File \"" + str_to_utf8(filename) + "\", line " + (lineno.is_small_int() ? std::to_string(lineno.as_small_int()) : std::string("?")) + "\n";
      if (!text.is_absent() && type_of(text) == g_str_type) {
        std::string t = str_to_utf8(text);
        // Strip trailing newline, leading whitespace (adjusting the caret).
        while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
        size_t lead = t.find_first_not_of(" \t\f");
        if (lead == std::string::npos) lead = t.size();
        std::string shown = t.substr(lead);
        out += "    " + shown + "\n";
        int64_t off = 0, end_off = 0;
        if (!offset.is_absent() && offset.is_small_int()) off = offset.as_small_int();
        if (!end_offset.is_absent() && end_offset.is_small_int()) end_off = end_offset.as_small_int();
        if (off > 0) {
          // Columns are in characters; convert the stripped prefix to characters.
          int64_t lead_chars = str_length(str_from_utf8(t.substr(0, lead)));
          int64_t col = off - 1 - lead_chars;
          int64_t shown_len = str_length(str_from_utf8(shown));
          if (col < 0) col = 0;
          if (col > shown_len) col = shown_len;
          int64_t width = 1;
          if (end_off > off && end_off - 1 - lead_chars <= shown_len + 1) width = end_off - off;
          if (width < 1) width = 1;
          out += "    " + std::string(col, ' ') + std::string(width, '^') + "\n";
        }
      }
    }
    std::string m;
    if (!msg.is_absent()) {
      Result<std::string> ms = str_utf8(ts, msg);
      if (ms.ok()) m = ms.value();
      else clear_pending_exception(ts);
    }
    out += name + ": " + m + "\n";
    return out;
  }
  Result<std::string> s = str_utf8(ts, exc);
  if (s.is_error()) {
    clear_pending_exception(ts);
    return name + ": <exception str() failed>\n";
  }
  if (s.value().empty()) return name + "\n";
  return name + ": " + s.value() + "\n";
}

// The entries of a traceback (without the header line).
std::string format_traceback(Value tb) {
  if (tb.is_null() || tb.is(g_none)) return "";
  std::string out;
  int repeats = 0;
  std::string last;
  for (Value t = tb; !t.is_null() && !t.is(g_none); t = stm::read(t.as<TracebackObject>())->next) {
    const TracebackObject* tv = stm::read(t.as<TracebackObject>());
    const FrameObject* f = stm::read(tv->frame);
    const CodeObject* c = stm::view(f->code);
    std::string filename = str_to_utf8(c->filename);
    std::string entry = "  File \"" + filename + "\", line " + std::to_string(tv->lineno) + ", in " +
                        str_to_utf8(c->name) + "\n";
    std::string line = source_line(filename, tv->lineno);
    if (!line.empty()) {
      entry += "    " + line + "\n";
      if (tv->lasti >= 0 && tv->lasti < c->ninstructions)
        entry += caret_line(raw_source_line(filename, tv->lineno), c->position_table()[tv->lasti], tv->lineno);
    }
    if (entry == last) {
      if (++repeats >= 3) continue;
    } else {
      if (repeats >= 3)
        out += "  [Previous line repeated " + std::to_string(repeats - 2) + " more time" +
               (repeats - 2 == 1 ? "" : "s") + "]\n";
      repeats = 0;
      last = entry;
    }
    out += entry;
  }
  if (repeats >= 3)
    out += "  [Previous line repeated " + std::to_string(repeats - 2) + " more time" + (repeats - 2 == 1 ? "" : "s") +
           "]\n";
  return out;
}

// Prints an exception with its cause/context chain, in CPython 3.11's
// format (Python/pythonrun.c print_exception_recursive): exception groups
// are drawn as nested boxes, each level indented by two columns and its lines
// prefixed with "| ".
class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(ThreadState& ts) : ts_(ts) {}
  void print_recursive(Value exc) {
    print_cause_and_context(exc);
    if (is_exception_group(exc)) print_group(exc);
    else print_one(exc);
  }
  const std::string& text() const { return out_; }

 private:
  static constexpr int kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  std::string margin() const { return depth_ ? "| " : ""; }
  std::string indent() const { return std::string(2 * depth_, ' '); }
  // Writes each line of `text` with the indent and margin.
  void write_lines(const std::string& text) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      out_ += indent() + margin() + text.substr(pos, nl - pos) + "\n";
      pos = nl + 1;
    }
  }
  bool seen(Value v) const {
    for (uint64_t b : seen_)
      if (b == v.bits()) return true;
    return false;
  }
  void print_chained(Value exc, const char* message) {
    bool need_close = need_close_;
    print_recursive(exc);
    need_close_ = need_close;
    write_lines(std::string("\n") + message + "\n\n");
  }
  void print_cause_and_context(Value exc) {
    seen_.push_back(exc.bits());
    const ExceptionObject* e = stm::read(exc.as<ExceptionObject>());
    Value cause = e->cause, context = e->context;
    if (!cause.is_null() && is_exception_instance(cause)) {
      if (!seen(cause)) print_chained(cause, "The above exception was the direct cause of the following exception:");
      return;
    }
    if (e->suppress_context) return;
    if (!context.is_null() && is_exception_instance(context) && !seen(context))
      print_chained(context, "During handling of the above exception, another exception occurred:");
  }
  void print_notes(Value exc) {
    Value notes = optional_attr(ts_, exc, "__notes__");
    if (notes.is_absent()) return;
    if (type_of(notes) != g_list_type && type_of(notes) != g_tuple_type) {
      Result<std::string> r = repr_utf8(ts_, notes);
      if (r.is_error()) clear_pending_exception(ts_);
      write_lines(r.ok() ? r.value() : "<__notes__ repr() failed>");
      return;
    }
    Value list = notes;
    int64_t n = type_of(notes) == g_list_type ? list_size(notes) : tuple_size(notes);
    for (int64_t i = 0; i < n; ++i) {
      Value note = type_of(list) == g_list_type ? list_get(list, i) : tuple_item(list, i);
      Result<std::string> r = str_utf8(ts_, note);
      if (r.is_error()) clear_pending_exception(ts_);
      write_lines(r.ok() ? r.value() : "<note str() failed>");
    }
  }
  void print_one(Value exc) {
    Value tb = stm::read(exc.as<ExceptionObject>())->traceback;
    std::string entries = format_traceback(tb);
    if (!entries.empty()) {
      bool group = is_exception_group(exc);
      std::string header = group ? "Exception Group Traceback (most recent call last):" : "Traceback (most recent call last):";
      out_ += indent() + (group && depth_ == 1 ? std::string("+ ") : margin()) + header + "\n";
      write_lines(entries);
    }
    write_lines(format_exception_only(ts_, exc));
    print_notes(exc);
  }
  void print_group(Value exc) {
    if (depth_ > kMaxGroupDepth) {
      write_lines("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")");
      return;
    }
    if (depth_ == 0) ++depth_;
    print_one(exc);
    Value excs = exception_group_exceptions(exc);
    int64_t count = tuple_size(excs);
    int64_t n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (int64_t i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) need_close_ = true;
      bool truncated = i >= kMaxGroupWidth;
      out_ += indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
              (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++depth_;
      if (!truncated) {
        print_recursive(tuple_item(excs, i));
      } else {
        int64_t remaining = count - kMaxGroupWidth;
        write_lines("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : ""));
      }
      if (last && need_close_) {
        out_ += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (depth_ == 1) --depth_;
  }

  ThreadState& ts_;
  std::string out_;
  std::vector<uint64_t> seen_;
  int depth_ = 0;
  bool need_close_ = false;
};

}  // namespace

namespace {
int g_optimize_level = 0;
bool g_inspect_after = false;
}  // namespace

void set_optimize_level(int level) { g_optimize_level = level; }
void set_inspect_after_main(bool inspect) { g_inspect_after = inspect; }
int optimize_level() { return g_optimize_level; }

// The compiler's SyntaxWarnings, through warnings.warn_explicit (so filters
// apply). One an "error" filter raises becomes a SyntaxError at its node, as
// in CPython.
Status issue_compile_warnings(ThreadState& ts, const std::vector<frontend::CompileWarning>& warnings,
                              const std::string& filename) {
  if (warnings.empty()) return ok_status();
  Value module = PY_TRY(import_module_level(ts, str_intern("warnings"), Value(), Value(), Value::small_int(0)));
  Value warn = PY_TRY(get_attr(ts, module, str_intern("warn_explicit")));
  for (const frontend::CompileWarning& w : warnings) {
    Result<Value> r = call(ts, warn, {str_from_utf8(w.message), Value::from_object(g_exc_SyntaxWarning),
                                      str_from_utf8(filename), Value::small_int(w.at.lineno)});
    if (r.ok()) continue;
    if (!pending_exception_matches(ts, g_exc_SyntaxWarning)) return kError;
    clear_pending_exception(ts);
    frontend::SyntaxErrorInfo info;
    info.msg = w.message;
    info.filename = filename;
    info.lineno = w.at.lineno;
    info.offset = w.at.col_offset + 1;
    info.end_lineno = w.at.end_lineno;
    info.end_offset = w.at.end_col_offset + 1;
    return raise_syntax_error(ts, with_program_text(info));
  }
  return ok_status();
}

Result<std::shared_ptr<bytecode::CodeUnit>> compile_source_unit(ThreadState& ts, std::string_view source,
                                                                const std::string& filename, CompileMode mode) {
  ast::Module::Kind kind = mode == CompileMode::Eval     ? ast::Module::Kind::Expression
                           : mode == CompileMode::Single ? ast::Module::Kind::Interactive
                                                         : ast::Module::Kind::Module;
  frontend::ParseResult parsed = frontend::parse(source, filename, kind);
  if (parsed.error) return raise_syntax_error(ts, *parsed.error);
  frontend::CompileResult compiled = frontend::compile(*parsed.module, filename, source, g_optimize_level);
  if (compiled.error) return raise_syntax_error(ts, with_program_text(*compiled.error));
  PY_TRY(issue_compile_warnings(ts, compiled.warnings, filename));
  return compiled.code;
}

Result<Value> compile_source(ThreadState& ts, std::string_view source, const std::string& filename,
                             CompileMode mode) {
  std::shared_ptr<bytecode::CodeUnit> unit = PY_TRY(compile_source_unit(ts, source, filename, mode));
  return code_from_unit(ts, *unit);
}

Result<Value> compile_ast(ThreadState& ts, const ast::Module& module, const std::string& filename) {
  frontend::CompileResult compiled = frontend::compile(module, filename, "", g_optimize_level);
  if (compiled.error) return raise_syntax_error(ts, with_program_text(*compiled.error));
  PY_TRY(issue_compile_warnings(ts, compiled.warnings, filename));
  return code_from_unit(ts, *compiled.code);
}

void print_ignored_exception(ThreadState& ts, std::string_view where, Value obj) {
  // Not an error of the program: its transaction is about to restart.
  if (ts.restart_pending) return;
  Value exc = ts.pending_exception;
  clear_pending_exception(ts);
  Result<std::string> name = repr_utf8(ts, obj);
  if (!name.ok()) clear_pending_exception(ts);
  flush_std_streams();
  std::string in = where.empty() ? "Exception ignored in: " : "Exception ignored in " + std::string(where) + ": ";
  write_stderr(in + (name.ok() ? name.value() : std::string("?")) + "\n");
  print_exception(ts, exc);
}

void print_exception(ThreadState& ts, Value exc) {
  Value saved = ts.pending_exception;
  clear_pending_exception(ts);
  std::string out;
  if (is_exception_instance(exc)) {
    ExceptionPrinter printer(ts);
    printer.print_recursive(exc);
    out = printer.text();
  } else {
    out = "Error: non-exception raised\n";
  }
  write_stderr(out);
  flush_std_streams();
  ts.pending_exception = saved;
}

int run_main_source(ThreadState& ts, std::string_view source, const std::string& filename,
                    const std::string* package) {
  Value main = module_new(g_name___main__);
  register_builtin_module("__main__", main);
  Value globals = module_dict(main);
  dict_set_str(globals, g_name___builtins__, builtins_module());
  if (package) dict_set_str(globals, g_name___package__, str_from_utf8(*package));
  if (filename != "<string>" && filename != "<stdin>") dict_set_str(globals, g_name___file__, str_from_utf8(filename));
  Result<Value> code = compile_source(ts, source, filename, CompileMode::Exec);
  Result<Value> result = code.is_error() ? Result<Value>(kError)
                                         : run_code(ts, code.value().as<CodeObject>(), globals.as<DictObject>(), globals);
  int status = 0;
  if (result.is_error()) {
    Value exc = ts.pending_exception;
    clear_pending_exception(ts);
    if (is_instance_of(exc, g_exc_SystemExit) && !g_inspect_after) {
      status = system_exit_status(exc);
    } else {
      print_exception(ts, exc);
      status = 1;
      if (is_instance_of(exc, g_exc_KeyboardInterrupt)) note_uncaught_keyboard_interrupt();
    }
  }
  flush_std_streams();
  return status;
}

}  // namespace pystm

namespace pystm {

namespace {

// Prints and clears the pending exception; the exit status for it.
int report_pending(ThreadState& ts) {
  Value exc = ts.pending_exception;
  clear_pending_exception(ts);
  if (is_instance_of(exc, g_exc_SystemExit) && !g_inspect_after) return system_exit_status(exc);
  print_exception(ts, exc);
  if (is_instance_of(exc, g_exc_KeyboardInterrupt)) note_uncaught_keyboard_interrupt();
  return 1;
}

}  // namespace

int run_main_module(ThreadState& ts, const std::string& name, const std::string& program) {
  bool is_package = false;
  Result<Value> found = find_module_source(ts, name, &is_package);
  if (found.is_error()) return report_pending(ts);
  std::string module = name;
  if (!found.value().is_absent() && is_package) {
    module = name + ".__main__";
    found = find_module_source(ts, module, &is_package);
    if (found.is_error()) return report_pending(ts);
    if (found.value().is_absent()) {
      write_stderr(program + ": No module named " + module + "; '" + name +
                   "' is a package and cannot be directly executed\n");
      return 1;
    }
  }
  if (found.value().is_absent()) {
    write_stderr(program + ": No module named " + name + "\n");
    return 1;
  }
  std::string file = str_to_utf8(found.value());
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  Value argv = dict_get_str(module_dict(sys_module()), str_intern("argv"));
  if (!argv.is_null() && list_size(argv) > 0) list_set(argv, 0, str_from_utf8(file));
  size_t dot = module.rfind('.');
  std::string package = dot == std::string::npos ? "" : module.substr(0, dot);
  return run_main_source(ts, text.str(), file, &package);
}

}  // namespace pystm
