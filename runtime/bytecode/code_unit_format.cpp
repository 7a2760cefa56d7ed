// runtime/bytecode/code_unit_format.cpp — see code_unit_format.h.
// Layout: unsigned LEB128 varints for counts and small numbers, zigzag
// varints for signed ones, strings as a length and bytes, floats as their
// 8 raw bytes, instructions as 4 little-endian bytes each. Positions are
// stored as the line's delta from the previous instruction's line, so the
// usual table is 4 bytes per instruction.
#include "runtime/bytecode/code_unit_format.h"

#include <cstring>

#include "runtime/bytecode/opcodes.h"

namespace pystm::bytecode {

namespace {

// Deeper trees than any compiler output are refused (the decoder recurses).
constexpr int kMaxDepth = 400;

enum Tag : uint8_t {
  kNone, kTrue, kFalse, kEllipsis, kInt, kBigInt, kFloat, kComplex, kStr, kBytes, kCode, kTuple, kFrozenSet,
};

class Writer {
 public:
  void u(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void s(int64_t v) { u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void f64(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(bits >> (8 * i)));
  }
  void str(const std::string& text) {
    u(text.size());
    out_ += text;
  }
  void strings(const std::vector<std::string>& list) {
    u(list.size());
    for (const std::string& t : list) str(t);
  }
  void constant(const Constant& c) {
    switch (c.kind) {
      case Constant::Kind::Code:
        byte(kCode);
        unit(*c.code);
        return;
      case Constant::Kind::Tuple:
      case Constant::Kind::FrozenSet:
        byte(c.kind == Constant::Kind::Tuple ? kTuple : kFrozenSet);
        u(c.items.size());
        for (const Constant& item : c.items) constant(item);
        return;
      case Constant::Kind::Literal:
        break;
    }
    using K = ast::ConstantValue::Kind;
    const ast::ConstantValue& v = c.literal;
    switch (v.kind) {
      case K::None: byte(kNone); break;
      case K::True: byte(kTrue); break;
      case K::False: byte(kFalse); break;
      case K::Ellipsis: byte(kEllipsis); break;
      case K::Int: byte(kInt); s(v.int_value); break;
      case K::BigInt: byte(kBigInt); str(v.text); break;
      case K::Float: byte(kFloat); f64(v.float_value); break;
      case K::Complex: byte(kComplex); f64(v.float_value); break;
      case K::Str: byte(kStr); str(v.text); break;
      case K::Bytes: byte(kBytes); str(v.text); break;
    }
  }
  void unit(const CodeUnit& c) {
    str(c.name);
    str(c.qualname);
    u(c.flags);
    u(static_cast<uint32_t>(c.argcount));
    u(static_cast<uint32_t>(c.posonlyargcount));
    u(static_cast<uint32_t>(c.kwonlyargcount));
    s(c.firstlineno);
    u(static_cast<uint32_t>(c.stacksize));
    u(c.code.size());
    for (uint32_t word : c.code)
      for (int i = 0; i < 4; ++i) byte(static_cast<uint8_t>(word >> (8 * i)));
    u(c.positions.size());
    int previous = c.firstlineno;
    for (const Position& p : c.positions) {
      s(static_cast<int64_t>(p.lineno) - previous);
      s(static_cast<int64_t>(p.end_lineno) - p.lineno);
      s(p.col_offset);
      s(p.end_col_offset);
      previous = p.lineno;
    }
    u(c.consts.size());
    for (const Constant& k : c.consts) constant(k);
    byte(c.has_docstring ? 1 : 0);
    strings(c.names);
    strings(c.varnames);
    strings(c.cellvars);
    strings(c.freevars);
    u(c.cell_from_arg.size());
    for (int i : c.cell_from_arg) s(i);
    u(c.exception_table.size());
    for (const ExceptionTableEntry& e : c.exception_table) {
      u(e.start);
      u(e.end);
      u(e.target);
      u(e.depth);
      byte(e.push_lasti ? 1 : 0);
    }
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Every read checks what is left; the first failure makes ok() false and
// every later read return zeros, so callers check once per structure.
class Reader {
 public:
  Reader(std::string_view in, const std::string& filename) : in_(in), filename_(filename) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  uint64_t u() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!ok_ || pos_ >= in_.size()) return fail();
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return fail();
  }
  int64_t s() {
    uint64_t z = u();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  // A varint that must fit an int in [lo, hi].
  int bounded(int64_t lo, int64_t hi, bool is_signed) {
    int64_t v = is_signed ? s() : static_cast<int64_t>(u() & 0x7fffffffffffffffull);
    if (v < lo || v > hi) return static_cast<int>(fail());
    return static_cast<int>(v);
  }
  // A count of items that take at least `min_size` bytes each.
  size_t count(size_t min_size) {
    uint64_t n = u();
    if (n > (in_.size() - pos_) / min_size) return fail();
    return static_cast<size_t>(n);
  }
  uint8_t byte() {
    if (!ok_ || pos_ >= in_.size()) return static_cast<uint8_t>(fail());
    return static_cast<uint8_t>(in_[pos_++]);
  }
  double f64() {
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(byte()) << (8 * i);
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  std::string str() {
    size_t n = count(1);
    if (!ok_) return {};
    std::string t(in_.substr(pos_, n));
    pos_ += n;
    return t;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list(count(1));
    for (std::string& t : list) t = str();
    return list;
  }
  bool constant(Constant& c, int depth) {
    if (depth > kMaxDepth) return fail();
    using K = ast::ConstantValue::Kind;
    uint8_t tag = byte();
    switch (tag) {
      case kNone: c.literal.kind = K::None; break;
      case kTrue: c.literal.kind = K::True; break;
      case kFalse: c.literal.kind = K::False; break;
      case kEllipsis: c.literal.kind = K::Ellipsis; break;
      case kInt: c.literal.kind = K::Int; c.literal.int_value = s(); break;
      case kBigInt:
        c.literal.kind = K::BigInt;
        c.literal.text = str();
        if (c.literal.text.empty()) return fail();
        for (char ch : c.literal.text)
          if (ch < '0' || ch > '9') return fail();
        break;
      case kFloat: c.literal.kind = K::Float; c.literal.float_value = f64(); break;
      case kComplex: c.literal.kind = K::Complex; c.literal.float_value = f64(); break;
      case kStr: c.literal.kind = K::Str; c.literal.text = str(); break;
      case kBytes: c.literal.kind = K::Bytes; c.literal.text = str(); break;
      case kCode:
        c.kind = Constant::Kind::Code;
        c.code = std::make_shared<CodeUnit>();
        return unit(*c.code, depth + 1);
      case kTuple:
      case kFrozenSet:
        c.kind = tag == kTuple ? Constant::Kind::Tuple : Constant::Kind::FrozenSet;
        c.items.resize(count(1));
        for (Constant& item : c.items)
          if (!constant(item, depth + 1)) return false;
        break;
      default:
        return fail();
    }
    return ok_;
  }
  bool unit(CodeUnit& c, int depth) {
    if (depth > kMaxDepth) return fail();
    constexpr int kMaxInt = 1 << 30;
    c.filename = filename_;
    c.name = str();
    c.qualname = str();
    c.flags = static_cast<uint32_t>(bounded(0, UINT32_MAX >> 1, false));
    c.argcount = bounded(0, kMaxInt, false);
    c.posonlyargcount = bounded(0, kMaxInt, false);
    c.kwonlyargcount = bounded(0, kMaxInt, false);
    c.firstlineno = bounded(-kMaxInt, kMaxInt, true);
    c.stacksize = bounded(0, kMaxInt, false);
    c.code.resize(count(4));
    for (uint32_t& word : c.code) {
      word = 0;
      for (int i = 0; i < 4; ++i) word |= static_cast<uint32_t>(byte()) << (8 * i);
      if ((word & 0xff) >= static_cast<uint32_t>(kOpcodeCount)) return fail();
    }
    size_t npositions = count(4);
    if (npositions != c.code.size()) return fail();
    c.positions.resize(npositions);
    int64_t previous = c.firstlineno;
    for (Position& p : c.positions) {
      int64_t line = previous + s();
      int64_t end_line = line + s();
      int64_t col = s(), end_col = s();
      for (int64_t v : {line, end_line, col, end_col})
        if (v < -kMaxInt || v > kMaxInt) return fail();
      p = Position{static_cast<int>(line), static_cast<int>(end_line), static_cast<int>(col),
                   static_cast<int>(end_col)};
      previous = line;
    }
    c.consts.resize(count(1));
    for (Constant& k : c.consts)
      if (!constant(k, depth)) return false;
    uint8_t doc = byte();
    if (doc > 1 || (doc == 1 && c.consts.empty())) return fail();
    c.has_docstring = doc == 1;
    c.names = strings();
    c.varnames = strings();
    c.cellvars = strings();
    c.freevars = strings();
    if (c.argcount + c.kwonlyargcount > static_cast<int64_t>(c.varnames.size()) ||
        c.posonlyargcount > c.argcount)
      return fail();
    c.cell_from_arg.resize(count(1));
    if (c.cell_from_arg.size() > c.cellvars.size()) return fail();
    for (int& i : c.cell_from_arg) i = bounded(-1, static_cast<int64_t>(c.varnames.size()) - 1, true);
    c.exception_table.resize(count(5));
    for (ExceptionTableEntry& e : c.exception_table) {
      int64_t size = static_cast<int64_t>(c.code.size());
      e.start = static_cast<uint32_t>(bounded(0, size, false));
      e.end = static_cast<uint32_t>(bounded(e.start, size, false));
      e.target = static_cast<uint32_t>(bounded(0, size - 1, false));
      e.depth = static_cast<uint32_t>(bounded(0, c.stacksize, false));
      uint8_t lasti = byte();
      if (lasti > 1) return fail();
      e.push_lasti = lasti == 1;
    }
    return ok_;
  }

 private:
  uint64_t fail() {
    ok_ = false;
    return 0;
  }
  std::string_view in_;
  const std::string& filename_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string encode_code_unit(const CodeUnit& unit) {
  Writer w;
  w.unit(unit);
  return w.take();
}

std::shared_ptr<CodeUnit> decode_code_unit(std::string_view bytes, const std::string& filename) {
  auto unit = std::make_shared<CodeUnit>();
  Reader r(bytes, filename);
  if (!r.unit(*unit, 0) || !r.ok() || !r.at_end()) return nullptr;
  return unit;
}

}  // namespace pystm::bytecode
