// runtime/vm/source_runner.h — source text to running code: compiling with
// the front end (raising SyntaxError on bad input), running __main__, and
// printing uncaught exceptions the way CPython 3.11 does.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "runtime/core/result.h"

namespace pystm {

namespace ast { struct Module; }
namespace bytecode { struct CodeUnit; }
namespace frontend { struct SyntaxErrorInfo; }
struct ThreadState;

enum class CompileMode { Exec, Eval, Single };

// A code object for `source`; SyntaxError / IndentationError / TabError
// (with filename, lineno, offset, text, end_lineno, end_offset) on bad input.
Result<Value> compile_source(ThreadState& ts, std::string_view source, const std::string& filename,
                             CompileMode mode);
// The same as compile_source, stopping before the heap: the CodeUnit tree
// (what the bytecode cache stores).
Result<std::shared_ptr<bytecode::CodeUnit>> compile_source_unit(ThreadState& ts, std::string_view source,
                                                                const std::string& filename, CompileMode mode);
// -O / -OO (sys.flags.optimize): asserts and `if __debug__` blocks dropped,
// and with 2 docstrings too, in everything compiled from source.
void set_optimize_level(int level);
int optimize_level();
// With -i, SystemExit from the main program is reported like any uncaught
// exception (a traceback) and the interactive prompt follows.
void set_inspect_after_main(bool inspect);
// Compiles a tree made by the front end or converted from `_ast` objects.
Result<Value> compile_ast(ThreadState& ts, const ast::Module& module, const std::string& filename);
// Raises the SyntaxError (or IndentationError / TabError) `info` describes.
Error raise_syntax_error(ThreadState& ts, const frontend::SyntaxErrorInfo& info);
// Runs source as the __main__ module. Returns the process exit status
// (0, 1 after printing an uncaught exception, or SystemExit's code).
int run_main_source(ThreadState& ts, std::string_view source, const std::string& filename,
                    const std::string* package = nullptr);
// `pystm -m NAME`: runs module NAME (a package's NAME.__main__) as __main__,
// with sys.argv[0] set to its file. `program` prefixes the "No module named"
// message.
int run_main_module(ThreadState& ts, const std::string& name, const std::string& program);
// Prints exc (with its chained causes/contexts) to stderr like CPython.
void print_exception(ThreadState& ts, Value exc);
// Takes the pending exception and reports it as CPython's unraisable hook
// does: "Exception ignored in WHERE: repr(obj)" ("Exception ignored in:
// repr(obj)" when WHERE is empty), then the traceback.
void print_ignored_exception(ThreadState& ts, std::string_view where, Value obj);

}  // namespace pystm
