// runtime/vm/ast_bridge.h — compile()'s link to the `_ast` node objects.
// Declared here and defined by stdlib/ (ast_to_python.cpp,
// ast_from_python.cpp), like builtin_module_table.h: the runtime names only
// this interface, so stdlib/ depends on runtime/ and not the other way round.
#pragma once
#include <string>
#include <string_view>

#include "runtime/core/result.h"
#include "runtime/vm/source_runner.h"

namespace pystm {

struct ThreadState;

// compile() flags (CPython's Include/cpython/compile.h values).
inline constexpr int64_t kPyCF_ONLY_AST = 0x400;
inline constexpr int64_t kPyCF_TYPE_COMMENTS = 0x1000;
inline constexpr int64_t kPyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// compile(source, filename, mode, PyCF_ONLY_AST): the tree as `_ast` objects
// (SyntaxError on bad input, as compile_source).
Result<Value> ast_object_from_source(ThreadState& ts, std::string_view source, const std::string& filename,
                                     CompileMode mode);
// Whether v is an instance of _ast.AST (false while no `_ast` class exists).
bool is_ast_object(Value v);
// compile(tree, filename, mode): checks the tree is a Module / Expression /
// Interactive node as `mode` asks, converts it with CPython's validation
// errors (TypeError / ValueError) and compiles it to a code object. With
// only_ast, returns `tree` itself after the mode check.
Result<Value> code_from_ast_object(ThreadState& ts, Value tree, const std::string& filename, CompileMode mode,
                                   bool only_ast);

}  // namespace pystm
