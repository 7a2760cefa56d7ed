// runtime/bytecode/binary_op.h — the argument of BINARY_OP, UNARY_OP and
// COMPARE_OP. Order matches ast::OperatorKind so the compiler can cast.
#pragma once
#include <cstdint>

namespace pystm::bytecode {

enum class BinaryOp : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
  // In-place forms: plain + kInplaceOffset.
};
inline constexpr uint32_t kBinaryOpCount = 13;
inline constexpr uint32_t kInplaceOffset = 13;

enum class UnaryOp : uint8_t { Invert, Not, Positive, Negative };
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// x OP y for totally (or IEEE-) ordered C++ values; op is a CompareOp value.
template <class T>
constexpr bool compare_ordered(T x, T y, uint32_t op) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: return x >= y;
  }
  return false;
}

}  // namespace pystm::bytecode
