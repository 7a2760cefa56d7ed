// runtime/frontend/symtable.h — the symbol table: which scope every name of a
// module belongs to.
// Owns: the scope tree (module, function, class, lambda, comprehension) and,
// for each scope, the classification of its names (local, explicit/implicit
// global, free, cell) plus scope flags (generator, coroutine, class cell).
// Must never: emit code or touch the heap. Invariant: every Free name of a
// scope is a Cell or Free name of an enclosing function-like scope (or the
// class cell `__class__`).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/syntax_error.h"

namespace pystm::frontend {

enum class ScopeType : uint8_t { Module, Function, Class, Lambda, Comprehension };

// Where a name used in a scope lives.
enum class NameScope : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// How a name is mentioned in its scope (bit set, collected while walking).
enum SymbolFlag : uint32_t {
  DEF_GLOBAL = 1u << 0,     // `global x`
  DEF_LOCAL = 1u << 1,      // bound here (assignment, def, import, for target...)
  DEF_PARAM = 1u << 2,      // a parameter
  DEF_NONLOCAL = 1u << 3,   // `nonlocal x`
  USE = 1u << 4,            // read here
  DEF_FREE_CLASS = 1u << 5, // class-local name that a nested scope also needs free
  DEF_IMPORT = 1u << 6,
  DEF_ANNOT = 1u << 7,      // annotated (x: T)
  DEF_COMP_ITER = 1u << 8,  // a comprehension iteration variable
};

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::GlobalImplicit;
};

struct Scope {
  ScopeType type = ScopeType::Module;
  std::string name;                      // "top", function/class name, "<lambda>", "<listcomp>"...
  const ast::Node* node = nullptr;       // the defining node (null for the module)
  Scope* parent = nullptr;
  std::vector<Scope*> children;          // in source order
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> order;        // symbol names in order of first mention
  std::vector<std::string> params;       // parameter names, in varnames order
  bool is_function_like() const { return type == ScopeType::Function || type == ScopeType::Lambda || type == ScopeType::Comprehension; }
  bool is_generator = false;             // contains yield / yield from (or is a genexpr)
  bool is_coroutine = false;             // async def, or an async comprehension
  bool is_async_def = false;
  bool has_varargs = false, has_varkeywords = false;
  bool needs_class_closure = false;      // class scope: `__class__` cell exists
  bool child_free = false;               // some nested scope has free names
  bool is_nested = false;                // nested in a function-like scope

  // The classification of `name` (names never mentioned are implicit globals,
  // or free when bound in an enclosing function scope — see lookup()).
  NameScope lookup(const std::string& name) const;
  bool has(const std::string& name) const { return symbols.count(name) != 0; }
  uint32_t flags_of(const std::string& name) const;
  // Sorted names with the given classification (cellvars / freevars order).
  std::vector<std::string> names_with(NameScope s) const;
};

class SymbolTable {
 public:
  // Builds the table; on a compile-time SyntaxError returns null and sets *error.
  static std::unique_ptr<SymbolTable> build(const ast::Module& module, const std::string& filename,
                                            std::string_view source, SyntaxErrorInfo* error);

  Scope* top() const { return top_; }
  Scope* scope_of(const ast::Node* node) const;

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  Scope* top_ = nullptr;
};

// Whether the module starts with `from __future__ import annotations`.
bool has_future_annotations(const ast::Module& m);

// Fills a SyntaxErrorInfo from an AST location (byte columns are converted to
// 1-based character offsets as CPython reports them).
SyntaxErrorInfo make_syntax_error(const std::string& msg, const ast::Location& loc,
                                  const std::string& filename, std::string_view source);

}  // namespace pystm::frontend
