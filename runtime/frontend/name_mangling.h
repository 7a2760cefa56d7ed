// runtime/frontend/name_mangling.h — private name mangling (`__x` inside
// class C becomes `_C__x`), shared by the symbol table and code generation so
// both see the same names. Must never: depend on anything but strings.
#pragma once
#include <string>

namespace pystm::frontend {

// `class_name` is the innermost enclosing class ("" outside classes).
inline std::string mangle_private_name(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;  // dotted import names
  size_t i = class_name.find_first_not_of('_');
  if (i == std::string::npos) return name;  // class name of only underscores
  return "_" + class_name.substr(i) + name;
}

}  // namespace pystm::frontend
