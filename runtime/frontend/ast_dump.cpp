// runtime/frontend/ast_dump.cpp — CPython 3.11 ast.dump() text of our AST.
// Owns: field order and omission rules of ast.dump (optional fields that are
// None are left out; lists, ints and required fields always appear) and
// Python reprs of constants. Must never: print positions (ast.dump's
// default include_attributes=False).
#include "runtime/frontend/ast_dump.h"

#include "runtime/frontend/unicode_tables.h"

#include <utf8proc.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace pystm::frontend {

using namespace pystm::ast;

// ------------------------------------------------------------------ reprs --

std::string float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  // Shortest round-trip digits, then Python's layout: positional notation
  // for 1e-4 <= |v| < 1e16, scientific otherwise.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  std::string sign;
  if (s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits.push_back(c);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (v == 0) {
    digits = "0";
    exp = 0;
  }
  std::string out;
  if (exp >= -5 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(static_cast<size_t>(exp + 1) - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(exp + 1)) + "." + digits.substr(static_cast<size_t>(exp + 1));
    }
    // Python switches to scientific below 1e-4.
    if (exp < -4) out.clear();
  }
  if (out.empty()) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return sign + out;
}

namespace {

bool printable(int32_t cp) { return cp >= 0 && unicode_is_printable(static_cast<uint32_t>(cp)); }

std::string str_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  size_t i = 0;
  while (i < s.size()) {
    int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      // Lone surrogates (from \ud800-style escapes) are stored as 3-byte
      // sequences utf8proc rejects; anything else is shown byte by byte.
      unsigned char b0 = static_cast<unsigned char>(s[i]);
      if (b0 == 0xED && i + 2 < s.size() + 0 && i + 2 <= s.size() - 1) {
        cp = ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        n = 3;
      } else {
        cp = b0;
        n = 1;
      }
    }
    std::string_view raw(s.data() + i, static_cast<size_t>(n));
    i += static_cast<size_t>(n);
    char buf[16];
    if (cp == q || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (printable(cp)) {
      out += raw;
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  out.push_back(q);
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (unsigned char c : s) {
    char buf[8];
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

}  // namespace

std::string constant_repr(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "Ellipsis";
    case ConstantValue::Kind::Int: return std::to_string(v.int_value);
    case ConstantValue::Kind::BigInt: return v.text;
    case ConstantValue::Kind::Float: return float_repr(v.float_value);
    case ConstantValue::Kind::Complex: {
      std::string r = float_repr(v.float_value);
      if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
      return r + "j";
    }
    case ConstantValue::Kind::Str: return str_repr(v.text);
    case ConstantValue::Kind::Bytes: return bytes_repr(v.text);
  }
  return "None";
}

// ------------------------------------------------------------------ nodes --

namespace {

const char* op_name(OperatorKind k) {
  static const char* names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(k)];
}
const char* unary_name(UnaryOpKind k) {
  static const char* names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(k)];
}
const char* cmp_name(CmpOpKind k) {
  static const char* names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(k)];
}
const char* ctx_name(ExprContext c) {
  return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}

class Dumper {
 public:
  std::string out;
  bool attributes = false;  // ast.dump(include_attributes=True)

  // One node: `Name(f1=..., f2=...)`.
  class Obj {
   public:
    Obj(Dumper& d, const char* name, const Location* loc = nullptr) : d_(d), loc_(d.attributes ? loc : nullptr) {
      d_.out += name;
      d_.out += '(';
    }
    ~Obj() {
      if (loc_) {
        field("lineno").raw(std::to_string(loc_->lineno));
        field("col_offset").raw(std::to_string(loc_->col_offset));
        field("end_lineno").raw(std::to_string(loc_->end_lineno));
        field("end_col_offset").raw(std::to_string(loc_->end_col_offset));
      }
      d_.out += ')';
    }
    Dumper& field(const char* name) {
      if (!first_) d_.out += ", ";
      first_ = false;
      d_.out += name;
      d_.out += '=';
      return d_;
    }

   private:
    Dumper& d_;
    const Location* loc_;
    bool first_ = true;
  };

  void raw(const std::string& s) { out += s; }
  void ident(const std::string& s) { out += str_repr(s); }

  template <class T, class F>
  void list(const std::vector<T>& v, F each) {
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      each(v[i]);
    }
    out += ']';
  }
  void exprs(const std::vector<Expr*>& v) {
    list(v, [&](Expr* e) { e ? expr(*e) : raw("None"); });
  }
  void stmts(const std::vector<Stmt*>& v) {
    list(v, [&](Stmt* s) { stmt(*s); });
  }
  void patterns(const std::vector<Pattern*>& v) {
    list(v, [&](Pattern* p) { pattern(*p); });
  }
  void names(const std::vector<std::string>& v) {
    list(v, [&](const std::string& s) { ident(s); });
  }
  void opt_expr(Obj& o, const char* name, const Expr* e) {
    if (e) o.field(name).expr(*e);
  }

  void arg(const Arg& a) {
    Obj o(*this, "arg", &a);
    o.field("arg").ident(a.arg);
    opt_expr(o, "annotation", a.annotation);
  }
  void opt_arg(Obj& o, const char* name, const Arg* a) {
    if (a) {
      o.field(name);
      arg(*a);
    }
  }
  void args_list(const std::vector<Arg*>& v) {
    list(v, [&](Arg* a) { arg(*a); });
  }
  void arguments(const Arguments& a) {
    Obj o(*this, "arguments");
    o.field("posonlyargs").args_list(a.posonlyargs);
    o.field("args").args_list(a.args);
    opt_arg(o, "vararg", a.vararg);
    o.field("kwonlyargs").args_list(a.kwonlyargs);
    o.field("kw_defaults").exprs(a.kw_defaults);
    opt_arg(o, "kwarg", a.kwarg);
    o.field("defaults").exprs(a.defaults);
  }
  void keywords(const std::vector<Keyword*>& v) {
    list(v, [&](Keyword* k) {
      Obj o(*this, "keyword", k);
      if (k->has_arg) o.field("arg").ident(k->arg);
      o.field("value").expr(*k->value);
    });
  }
  void comprehensions(const std::vector<Comprehension*>& v) {
    list(v, [&](Comprehension* c) {
      Obj o(*this, "comprehension");
      o.field("target").expr(*c->target);
      o.field("iter").expr(*c->iter);
      o.field("ifs").exprs(c->ifs);
      o.field("is_async").raw(c->is_async ? "1" : "0");
    });
  }
  void aliases(const std::vector<Alias*>& v) {
    list(v, [&](Alias* a) {
      Obj o(*this, "alias", a);
      o.field("name").ident(a->name);
      if (a->has_asname) o.field("asname").ident(a->asname);
    });
  }

  void expr(const Expr& e);
  void stmt(const Stmt& s);
  void pattern(const Pattern& p);
};

void Dumper::expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::BoolOp: {
      auto& n = static_cast<const BoolOp&>(e);
      Obj o(*this, "BoolOp", &e);
      o.field("op").raw(n.op == BoolOpKind::And ? "And()" : "Or()");
      o.field("values").exprs(n.values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto& n = static_cast<const NamedExpr&>(e);
      Obj o(*this, "NamedExpr", &e);
      o.field("target").expr(*n.target);
      o.field("value").expr(*n.value);
      break;
    }
    case ExprKind::BinOp: {
      auto& n = static_cast<const BinOp&>(e);
      Obj o(*this, "BinOp", &e);
      o.field("left").expr(*n.left);
      o.field("op").raw(std::string(op_name(n.op)) + "()");
      o.field("right").expr(*n.right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto& n = static_cast<const UnaryOp&>(e);
      Obj o(*this, "UnaryOp", &e);
      o.field("op").raw(std::string(unary_name(n.op)) + "()");
      o.field("operand").expr(*n.operand);
      break;
    }
    case ExprKind::Lambda: {
      auto& n = static_cast<const Lambda&>(e);
      Obj o(*this, "Lambda", &e);
      o.field("args").arguments(*n.args);
      o.field("body").expr(*n.body);
      break;
    }
    case ExprKind::IfExp: {
      auto& n = static_cast<const IfExp&>(e);
      Obj o(*this, "IfExp", &e);
      o.field("test").expr(*n.test);
      o.field("body").expr(*n.body);
      o.field("orelse").expr(*n.orelse);
      break;
    }
    case ExprKind::Dict: {
      auto& n = static_cast<const Dict&>(e);
      Obj o(*this, "Dict", &e);
      o.field("keys").exprs(n.keys);
      o.field("values").exprs(n.values);
      break;
    }
    case ExprKind::Set: {
      Obj o(*this, "Set", &e);
      o.field("elts").exprs(static_cast<const Set&>(e).elts);
      break;
    }
    case ExprKind::ListComp: {
      auto& n = static_cast<const ListComp&>(e);
      Obj o(*this, "ListComp", &e);
      o.field("elt").expr(*n.elt);
      o.field("generators").comprehensions(n.generators);
      break;
    }
    case ExprKind::SetComp: {
      auto& n = static_cast<const SetComp&>(e);
      Obj o(*this, "SetComp", &e);
      o.field("elt").expr(*n.elt);
      o.field("generators").comprehensions(n.generators);
      break;
    }
    case ExprKind::DictComp: {
      auto& n = static_cast<const DictComp&>(e);
      Obj o(*this, "DictComp", &e);
      o.field("key").expr(*n.key);
      o.field("value").expr(*n.value);
      o.field("generators").comprehensions(n.generators);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto& n = static_cast<const GeneratorExp&>(e);
      Obj o(*this, "GeneratorExp", &e);
      o.field("elt").expr(*n.elt);
      o.field("generators").comprehensions(n.generators);
      break;
    }
    case ExprKind::Await: {
      Obj o(*this, "Await", &e);
      o.field("value").expr(*static_cast<const Await&>(e).value);
      break;
    }
    case ExprKind::Yield: {
      Obj o(*this, "Yield", &e);
      opt_expr(o, "value", static_cast<const Yield&>(e).value);
      break;
    }
    case ExprKind::YieldFrom: {
      Obj o(*this, "YieldFrom", &e);
      o.field("value").expr(*static_cast<const YieldFrom&>(e).value);
      break;
    }
    case ExprKind::Compare: {
      auto& n = static_cast<const Compare&>(e);
      Obj o(*this, "Compare", &e);
      o.field("left").expr(*n.left);
      o.field("ops").list(n.ops, [&](CmpOpKind k) { raw(std::string(cmp_name(k)) + "()"); });
      o.field("comparators").exprs(n.comparators);
      break;
    }
    case ExprKind::Call: {
      auto& n = static_cast<const Call&>(e);
      Obj o(*this, "Call", &e);
      o.field("func").expr(*n.func);
      o.field("args").exprs(n.args);
      o.field("keywords").keywords(n.keywords);
      break;
    }
    case ExprKind::FormattedValue: {
      auto& n = static_cast<const FormattedValue&>(e);
      Obj o(*this, "FormattedValue", &e);
      o.field("value").expr(*n.value);
      o.field("conversion").raw(std::to_string(n.conversion));
      opt_expr(o, "format_spec", n.format_spec);
      break;
    }
    case ExprKind::JoinedStr: {
      Obj o(*this, "JoinedStr", &e);
      o.field("values").exprs(static_cast<const JoinedStr&>(e).values);
      break;
    }
    case ExprKind::Constant: {
      auto& n = static_cast<const Constant&>(e);
      Obj o(*this, "Constant", &e);
      o.field("value").raw(constant_repr(n.value));
      if (n.kind_u) o.field("kind").raw("'u'");
      break;
    }
    case ExprKind::Attribute: {
      auto& n = static_cast<const Attribute&>(e);
      Obj o(*this, "Attribute", &e);
      o.field("value").expr(*n.value);
      o.field("attr").ident(n.attr);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::Subscript: {
      auto& n = static_cast<const Subscript&>(e);
      Obj o(*this, "Subscript", &e);
      o.field("value").expr(*n.value);
      o.field("slice").expr(*n.slice);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::Starred: {
      auto& n = static_cast<const Starred&>(e);
      Obj o(*this, "Starred", &e);
      o.field("value").expr(*n.value);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::Name: {
      auto& n = static_cast<const Name&>(e);
      Obj o(*this, "Name", &e);
      o.field("id").ident(n.id);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::List: {
      auto& n = static_cast<const List&>(e);
      Obj o(*this, "List", &e);
      o.field("elts").exprs(n.elts);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::Tuple: {
      auto& n = static_cast<const Tuple&>(e);
      Obj o(*this, "Tuple", &e);
      o.field("elts").exprs(n.elts);
      o.field("ctx").raw(ctx_name(n.ctx));
      break;
    }
    case ExprKind::Slice: {
      auto& n = static_cast<const Slice&>(e);
      Obj o(*this, "Slice", &e);
      opt_expr(o, "lower", n.lower);
      opt_expr(o, "upper", n.upper);
      opt_expr(o, "step", n.step);
      break;
    }
  }
}

void Dumper::pattern(const Pattern& p) {
  switch (p.kind) {
    case PatternKind::MatchValue: {
      Obj o(*this, "MatchValue", &p);
      o.field("value").expr(*static_cast<const MatchValue&>(p).value);
      break;
    }
    case PatternKind::MatchSingleton: {
      Obj o(*this, "MatchSingleton", &p);
      o.field("value").raw(constant_repr(static_cast<const MatchSingleton&>(p).value));
      break;
    }
    case PatternKind::MatchSequence: {
      Obj o(*this, "MatchSequence", &p);
      o.field("patterns").patterns(static_cast<const MatchSequence&>(p).patterns);
      break;
    }
    case PatternKind::MatchMapping: {
      auto& n = static_cast<const MatchMapping&>(p);
      Obj o(*this, "MatchMapping", &p);
      o.field("keys").exprs(n.keys);
      o.field("patterns").patterns(n.patterns);
      if (n.has_rest) o.field("rest").ident(n.rest);
      break;
    }
    case PatternKind::MatchClass: {
      auto& n = static_cast<const MatchClass&>(p);
      Obj o(*this, "MatchClass", &p);
      o.field("cls").expr(*n.cls);
      o.field("patterns").patterns(n.patterns);
      o.field("kwd_attrs").names(n.kwd_attrs);
      o.field("kwd_patterns").patterns(n.kwd_patterns);
      break;
    }
    case PatternKind::MatchStar: {
      auto& n = static_cast<const MatchStar&>(p);
      Obj o(*this, "MatchStar", &p);
      if (n.has_name) o.field("name").ident(n.name);
      break;
    }
    case PatternKind::MatchAs: {
      auto& n = static_cast<const MatchAs&>(p);
      Obj o(*this, "MatchAs", &p);
      if (n.pattern) {
        o.field("pattern");
        pattern(*n.pattern);
      }
      if (n.has_name) o.field("name").ident(n.name);
      break;
    }
    case PatternKind::MatchOr: {
      Obj o(*this, "MatchOr", &p);
      o.field("patterns").patterns(static_cast<const MatchOr&>(p).patterns);
      break;
    }
  }
}

void Dumper::stmt(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
      auto& n = static_cast<const FunctionDef&>(s);
      Obj o(*this, s.kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef", &s);
      o.field("name").ident(n.name);
      o.field("args").arguments(*n.args);
      o.field("body").stmts(n.body);
      o.field("decorator_list").exprs(n.decorator_list);
      opt_expr(o, "returns", n.returns);
      break;
    }
    case StmtKind::ClassDef: {
      auto& n = static_cast<const ClassDef&>(s);
      Obj o(*this, "ClassDef", &s);
      o.field("name").ident(n.name);
      o.field("bases").exprs(n.bases);
      o.field("keywords").keywords(n.keywords);
      o.field("body").stmts(n.body);
      o.field("decorator_list").exprs(n.decorator_list);
      break;
    }
    case StmtKind::Return: {
      Obj o(*this, "Return", &s);
      opt_expr(o, "value", static_cast<const Return&>(s).value);
      break;
    }
    case StmtKind::Delete: {
      Obj o(*this, "Delete", &s);
      o.field("targets").exprs(static_cast<const Delete&>(s).targets);
      break;
    }
    case StmtKind::Assign: {
      auto& n = static_cast<const Assign&>(s);
      Obj o(*this, "Assign", &s);
      o.field("targets").exprs(n.targets);
      o.field("value").expr(*n.value);
      break;
    }
    case StmtKind::AugAssign: {
      auto& n = static_cast<const AugAssign&>(s);
      Obj o(*this, "AugAssign", &s);
      o.field("target").expr(*n.target);
      o.field("op").raw(std::string(op_name(n.op)) + "()");
      o.field("value").expr(*n.value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto& n = static_cast<const AnnAssign&>(s);
      Obj o(*this, "AnnAssign", &s);
      o.field("target").expr(*n.target);
      o.field("annotation").expr(*n.annotation);
      opt_expr(o, "value", n.value);
      o.field("simple").raw(n.simple ? "1" : "0");
      break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
      auto& n = static_cast<const For&>(s);
      Obj o(*this, s.kind == StmtKind::For ? "For" : "AsyncFor", &s);
      o.field("target").expr(*n.target);
      o.field("iter").expr(*n.iter);
      o.field("body").stmts(n.body);
      o.field("orelse").stmts(n.orelse);
      break;
    }
    case StmtKind::While: {
      auto& n = static_cast<const While&>(s);
      Obj o(*this, "While", &s);
      o.field("test").expr(*n.test);
      o.field("body").stmts(n.body);
      o.field("orelse").stmts(n.orelse);
      break;
    }
    case StmtKind::If: {
      auto& n = static_cast<const If&>(s);
      Obj o(*this, "If", &s);
      o.field("test").expr(*n.test);
      o.field("body").stmts(n.body);
      o.field("orelse").stmts(n.orelse);
      break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
      auto& n = static_cast<const With&>(s);
      Obj o(*this, s.kind == StmtKind::With ? "With" : "AsyncWith", &s);
      o.field("items").list(n.items, [&](WithItem* w) {
        Obj wo(*this, "withitem");
        wo.field("context_expr").expr(*w->context_expr);
        opt_expr(wo, "optional_vars", w->optional_vars);
      });
      o.field("body").stmts(n.body);
      break;
    }
    case StmtKind::Match: {
      auto& n = static_cast<const Match&>(s);
      Obj o(*this, "Match", &s);
      o.field("subject").expr(*n.subject);
      o.field("cases").list(n.cases, [&](MatchCase* c) {
        Obj co(*this, "match_case");
        co.field("pattern");
        pattern(*c->pattern);
        opt_expr(co, "guard", c->guard);
        co.field("body").stmts(c->body);
      });
      break;
    }
    case StmtKind::Raise: {
      auto& n = static_cast<const Raise&>(s);
      Obj o(*this, "Raise", &s);
      opt_expr(o, "exc", n.exc);
      opt_expr(o, "cause", n.cause);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto& n = static_cast<const Try&>(s);
      Obj o(*this, s.kind == StmtKind::Try ? "Try" : "TryStar", &s);
      o.field("body").stmts(n.body);
      o.field("handlers").list(n.handlers, [&](ExceptHandler* h) {
        Obj ho(*this, "ExceptHandler", h);
        opt_expr(ho, "type", h->type);
        if (h->has_name) ho.field("name").ident(h->name);
        ho.field("body").stmts(h->body);
      });
      o.field("orelse").stmts(n.orelse);
      o.field("finalbody").stmts(n.finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto& n = static_cast<const Assert&>(s);
      Obj o(*this, "Assert", &s);
      o.field("test").expr(*n.test);
      opt_expr(o, "msg", n.msg);
      break;
    }
    case StmtKind::Import: {
      Obj o(*this, "Import", &s);
      o.field("names").aliases(static_cast<const Import&>(s).names);
      break;
    }
    case StmtKind::ImportFrom: {
      auto& n = static_cast<const ImportFrom&>(s);
      Obj o(*this, "ImportFrom", &s);
      if (n.has_module) o.field("module").ident(n.module);
      o.field("names").aliases(n.names);
      o.field("level").raw(std::to_string(n.level));
      break;
    }
    case StmtKind::Global: {
      Obj o(*this, "Global", &s);
      o.field("names").names(static_cast<const Global&>(s).names);
      break;
    }
    case StmtKind::Nonlocal: {
      Obj o(*this, "Nonlocal", &s);
      o.field("names").names(static_cast<const Nonlocal&>(s).names);
      break;
    }
    case StmtKind::Expr: {
      Obj o(*this, "Expr", &s);
      o.field("value").expr(*static_cast<const ExprStmt&>(s).value);
      break;
    }
    case StmtKind::Pass: { Obj o(*this, "Pass", &s); break; }
    case StmtKind::Break: { Obj o(*this, "Break", &s); break; }
    case StmtKind::Continue: { Obj o(*this, "Continue", &s); break; }
  }
}

}  // namespace

std::string dump(const Module& m, bool include_attributes) {
  Dumper d;
  d.attributes = include_attributes;
  switch (m.kind) {
    case Module::Kind::Module: {
      Dumper::Obj o(d, "Module");
      o.field("body").stmts(m.body);
      o.field("type_ignores").raw("[]");
      break;
    }
    case Module::Kind::Interactive: {
      Dumper::Obj o(d, "Interactive");
      o.field("body").stmts(m.body);
      break;
    }
    case Module::Kind::Expression: {
      Dumper::Obj o(d, "Expression");
      o.field("body").expr(*m.expression);
      break;
    }
  }
  return d.out;
}

std::string dump(const Expr& e) {
  Dumper d;
  d.expr(e);
  return d.out;
}

}  // namespace pystm::frontend
