// runtime/bytecode/disassembler.cpp — see disassembler.h. Opcode names come
// from kOpcodeNames; jump arguments are recognised by the E_JUMP effect.
#include "runtime/bytecode/disassembler.h"

#include <charconv>
#include <cstdio>

#include "runtime/bytecode/binary_op.h"
#include "runtime/bytecode/opcodes.h"

namespace pystm::bytecode {

namespace {

std::string float_repr(double d) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, r.ptr);
  if (s == "inf") return "inf";
  if (s == "-inf") return "-inf";
  if (s == "nan" || s == "-nan") return "nan";
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string str_repr(const std::string& text, bool bytes) {
  bool has_single = text.find('\'') != std::string::npos;
  bool has_double = text.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (unsigned char ch : text) {
    if (ch == static_cast<unsigned char>(q) || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      out += buf;
    } else {
      out += static_cast<char>(ch);
    }
  }
  out += q;
  return out;
}

const char* binary_op_symbol(uint32_t arg) {
  static const char* const kSymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  static const char* const kInplace[] = {"+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};
  if (arg < kBinaryOpCount) return kSymbols[arg];
  if (arg < 2 * kBinaryOpCount) return kInplace[arg - kInplaceOffset];
  return "?";
}

std::string arg_text(const CodeUnit& code, Opcode op, uint32_t arg) {
  auto at = [](const std::vector<std::string>& v, uint32_t i) -> std::string {
    return i < v.size() ? v[i] : "<bad index>";
  };
  auto cell = [&](uint32_t i) -> std::string {
    if (i < code.cellvars.size()) return code.cellvars[i];
    return at(code.freevars, static_cast<uint32_t>(i - code.cellvars.size()));
  };
  if (kOpcodeEffects[static_cast<int>(op)] & E_JUMP) return "to " + std::to_string(arg);
  switch (op) {
    case Opcode::LOAD_CONST:
      return arg < code.consts.size() ? constant_repr(code.consts[arg]) : "<bad index>";
    case Opcode::LOAD_NAME: case Opcode::STORE_NAME: case Opcode::DELETE_NAME:
    case Opcode::LOAD_GLOBAL: case Opcode::STORE_GLOBAL: case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR: case Opcode::LOAD_METHOD: case Opcode::STORE_ATTR: case Opcode::DELETE_ATTR:
    case Opcode::IMPORT_NAME: case Opcode::IMPORT_FROM:
      return at(code.names, arg);
    case Opcode::LOAD_FAST: case Opcode::STORE_FAST: case Opcode::DELETE_FAST:
      return at(code.varnames, arg);
    case Opcode::LOAD_DEREF: case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF:
    case Opcode::LOAD_CLOSURE: case Opcode::LOAD_CLASSDEREF:
      return cell(arg);
    case Opcode::BINARY_OP:
      return binary_op_symbol(arg);
    case Opcode::UNARY_OP: {
      static const char* const kUnary[] = {"~", "not", "+", "-"};
      return arg < 4 ? kUnary[arg] : "?";
    }
    case Opcode::COMPARE_OP: {
      static const char* const kCmp[] = {"<", "<=", "==", "!=", ">", ">="};
      return arg < 6 ? kCmp[arg] : "?";
    }
    case Opcode::IS_OP: return arg ? "is not" : "is";
    case Opcode::CONTAINS_OP: return arg ? "not in" : "in";
    default:
      return "";
  }
}

// Whether the opcode's argument means anything (for the listing).
bool uses_arg(Opcode op, uint32_t arg) {
  if (arg != 0) return true;
  switch (op) {
    case Opcode::LOAD_CONST: case Opcode::LOAD_NAME: case Opcode::STORE_NAME: case Opcode::DELETE_NAME:
    case Opcode::LOAD_GLOBAL: case Opcode::STORE_GLOBAL: case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR: case Opcode::LOAD_METHOD: case Opcode::STORE_ATTR: case Opcode::DELETE_ATTR:
    case Opcode::LOAD_FAST: case Opcode::STORE_FAST: case Opcode::DELETE_FAST:
    case Opcode::LOAD_DEREF: case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF:
    case Opcode::LOAD_CLOSURE: case Opcode::LOAD_CLASSDEREF: case Opcode::IMPORT_NAME: case Opcode::IMPORT_FROM:
    case Opcode::BINARY_OP: case Opcode::UNARY_OP: case Opcode::COMPARE_OP: case Opcode::IS_OP:
    case Opcode::CONTAINS_OP: case Opcode::CALL: case Opcode::CALL_KW: case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST: case Opcode::BUILD_SET: case Opcode::BUILD_MAP: case Opcode::BUILD_STRING:
    case Opcode::RERAISE: case Opcode::RAISE_VARARGS: case Opcode::MAKE_FUNCTION: case Opcode::CALL_FUNCTION_EX:
    case Opcode::FORMAT_VALUE:
      return true;
    default:
      return (kOpcodeEffects[static_cast<int>(op)] & E_JUMP) != 0;
  }
}

void append_list(std::string* out, const char* title, const std::vector<std::string>& v) {
  if (v.empty()) return;
  *out += "  ";
  *out += title;
  *out += ":";
  for (const auto& s : v) *out += " " + s;
  *out += "\n";
}

}  // namespace

std::string constant_repr(const Constant& c) {
  using K = ast::ConstantValue::Kind;
  switch (c.kind) {
    case Constant::Kind::Code:
      return "<code " + (c.code ? c.code->qualname : std::string("?")) + ">";
    case Constant::Kind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i) s += ", ";
        s += constant_repr(c.items[i]);
      }
      if (c.items.size() == 1) s += ",";
      return s + ")";
    }
    case Constant::Kind::FrozenSet: {
      std::string s = "frozenset({";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i) s += ", ";
        s += constant_repr(c.items[i]);
      }
      return s + "})";
    }
    case Constant::Kind::Literal:
      break;
  }
  const auto& v = c.literal;
  switch (v.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "Ellipsis";
    case K::Int: return std::to_string(v.int_value);
    case K::BigInt: return v.text;
    case K::Float: return float_repr(v.float_value);
    case K::Complex: {
      std::string s = float_repr(v.float_value);
      if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
      return s + "j";
    }
    case K::Str: return str_repr(v.text, false);
    case K::Bytes: return str_repr(v.text, true);
  }
  return "?";
}

std::string disassemble_one(const CodeUnit& code) {
  std::string out = "code " + code.qualname + " (" + code.name + ", line " + std::to_string(code.firstlineno) + ")\n";
  char buf[160];
  std::snprintf(buf, sizeof buf, "  flags=0x%x argcount=%d posonly=%d kwonly=%d stacksize=%d\n", code.flags,
                code.argcount, code.posonlyargcount, code.kwonlyargcount, code.stacksize);
  out += buf;
  append_list(&out, "varnames", code.varnames);
  append_list(&out, "cellvars", code.cellvars);
  append_list(&out, "freevars", code.freevars);
  std::vector<bool> is_target(code.code.size() + 1, false);
  for (uint32_t w : code.code) {
    Opcode op = opcode_of(w);
    if ((kOpcodeEffects[static_cast<int>(op)] & E_JUMP) && arg_of(w) < is_target.size()) is_target[arg_of(w)] = true;
  }
  for (const auto& e : code.exception_table) {
    if (e.target < is_target.size()) is_target[e.target] = true;
  }
  int last_line = -1;
  for (size_t i = 0; i < code.code.size(); ++i) {
    Opcode op = opcode_of(code.code[i]);
    uint32_t arg = arg_of(code.code[i]);
    int line = i < code.positions.size() ? code.positions[i].lineno : 0;
    std::string line_col = (line != last_line) ? std::to_string(line) : "";
    last_line = line;
    std::snprintf(buf, sizeof buf, "%4s %2s %4zu %s", line_col.c_str(), is_target[i] ? ">>" : "", i,
                  std::string(kOpcodeNames[static_cast<int>(op)]).c_str());
    std::string row = buf;
    if (uses_arg(op, arg)) {
      row += " " + std::to_string(arg);
      std::string t = arg_text(code, op, arg);
      if (!t.empty()) row += " (" + t + ")";
    }
    out += row + "\n";
  }
  if (!code.exception_table.empty()) {
    out += "  ExceptionTable:\n";
    for (const auto& e : code.exception_table) {
      std::snprintf(buf, sizeof buf, "    %u to %u -> %u [%u]%s\n", e.start, e.end, e.target, e.depth,
                    e.push_lasti ? " lasti" : "");
      out += buf;
    }
  }
  return out;
}

std::string disassemble(const CodeUnit& code) {
  std::string out = disassemble_one(code);
  for (const auto& c : code.consts) {
    if (c.kind == Constant::Kind::Code && c.code) {
      out += "\n";
      out += disassemble(*c.code);
    }
  }
  return out;
}

}  // namespace pystm::bytecode
