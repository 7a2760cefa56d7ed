// tests/unit/runtime/objects/int_object_test.cpp — int arithmetic on small
// and huge values checked against python3.11 evaluating the same table.
#include "runtime/objects/int_object.h"

#include <gtest/gtest.h>

#include <random>

#include "runtime/objects/float_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "tests/unit/runtime/objects/int_test_oracle.h"

namespace pystm {
namespace {

class IntObject : public ::testing::Test {
 protected:
  void SetUp() override { initialize_runtime(); }
  ThreadState& ts() { return current_thread_state(); }

  Value parse(const std::string& text) {
    Result<Value> r = int_from_string(ts(), text, 10);
    EXPECT_TRUE(r.ok()) << text;
    return r.value();
  }

  // Python's repr of a result, or "E" when it raised.
  std::string render(Result<Value> r) {
    if (r.is_error()) {
      clear_pending_exception(ts());
      return "E";
    }
    Value v = r.value();
    if (v.is(g_true)) return "True";
    if (v.is(g_false)) return "False";
    if (is_int(v)) return int_to_string_base(v, 10);
    if (is_float(v)) return float_repr(float_value(v));
    if (v.is_object() && v.as_object()->kind() == ObjectKind::Tuple)
      return "(" + render(tuple_item(v, 0)) + ", " + render(tuple_item(v, 1)) + ")";
    return "?";
  }
};

std::vector<std::string> sample_ints(size_t n) {
  std::mt19937_64 rng(42);
  std::vector<std::string> out = {"0", "1", "-1", "2", "-3", "4611686018427387903", "-4611686018427387904",
                                  "4611686018427387904", "-4611686018427387905", "9223372036854775807",
                                  "-9223372036854775808", "18446744073709551616"};
  while (out.size() < n) {
    size_t digits = 1 + rng() % (rng() % 3 == 0 ? 120 : 25);
    std::string s = (rng() & 1) ? "-" : "";
    s += static_cast<char>('1' + rng() % 9);
    for (size_t i = 1; i < digits; ++i) s += static_cast<char>('0' + rng() % 10);
    out.push_back(s);
  }
  return out;
}

TEST_F(IntObject, BinaryOperationsMatchCPython) {
  std::vector<std::string> texts = sample_ints(36);
  std::string script =
      "import sys\nsys.set_int_max_str_digits(0)\ndef s(f):\n    try:\n        return repr(f())\n    except Exception:\n        return 'E'\nvals = [" ;
  for (auto& t : texts) script += t + ",";
  script +=
      "]\nfor a in vals:\n    for b in vals:\n        print(' '.join([s(lambda: a + b), s(lambda: a - b), "
      "s(lambda: a * b), s(lambda: a // b), s(lambda: a % b), s(lambda: divmod(a, b)), s(lambda: a / b), "
      "s(lambda: a & b), s(lambda: a | b), s(lambda: a ^ b), s(lambda: a << (abs(b) % 300)), "
      "s(lambda: a >> (abs(b) % 70)), s(lambda: a ** (abs(b) % 40)), s(lambda: pow(a, b, 1000000007)), "
      "s(lambda: pow(a, b, -(10**30 + 57))), s(lambda: a < b), s(lambda: a == b), s(lambda: a >= b), "
      "s(lambda: a ** -(abs(b) % 5 + 1))]))\n";
  std::vector<std::string> expected = testing::run_oracle(script);
  ASSERT_EQ(expected.size(), texts.size() * texts.size()) << "python3.11 did not run";
  size_t line = 0;
  Value m1 = parse("1000000007");
  Value m2 = parse("-1000000000000000000000000000057");
  for (auto& ta : texts) {
    for (auto& tb : texts) {
      Value a = parse(ta), b = parse(tb);
      Value abs_b = int_abs(ts(), b).value();
      Value shift = int_mod(ts(), abs_b, Value::small_int(300)).value();
      Value rshift = int_mod(ts(), abs_b, Value::small_int(70)).value();
      Value exponent = int_mod(ts(), abs_b, Value::small_int(40)).value();
      Value neg_exponent = int_neg(ts(), int_add(ts(), int_mod(ts(), abs_b, Value::small_int(5)).value(),
                                                 Value::small_int(1)).value()).value();
      std::string got = render(int_add(ts(), a, b)) + " " + render(int_sub(ts(), a, b)) + " " +
                        render(int_mul(ts(), a, b)) + " " + render(int_floordiv(ts(), a, b)) + " " +
                        render(int_mod(ts(), a, b)) + " " + render(int_divmod(ts(), a, b)) + " " +
                        render(int_truediv(ts(), a, b)) + " " + render(int_and(ts(), a, b)) + " " +
                        render(int_or(ts(), a, b)) + " " + render(int_xor(ts(), a, b)) + " " +
                        render(int_lshift(ts(), a, shift)) + " " + render(int_rshift(ts(), a, rshift)) + " " +
                        render(int_pow(ts(), a, exponent)) + " " + render(int_pow(ts(), a, b, m1)) + " " +
                        render(int_pow(ts(), a, b, m2)) + " " + render(bool_value(int_compare(a, b) < 0)) + " " +
                        render(bool_value(int_compare(a, b) == 0)) + " " +
                        render(bool_value(int_compare(a, b) >= 0)) + " " + render(int_pow(ts(), a, neg_exponent));
      ASSERT_EQ(got, expected[line]) << ta << " op " << tb;
      ++line;
    }
  }
}

TEST_F(IntObject, ConversionsAndHashMatchCPython) {
  std::vector<std::string> texts = sample_ints(300);
  for (int k : {53, 54, 62, 63, 64, 100, 1023, 1024}) {
    texts.push_back("2**" + std::to_string(k) + "+1");
    texts.push_back("-(2**" + std::to_string(k) + ")-1");
    texts.push_back("2**" + std::to_string(k) + "-2**" + std::to_string(std::max(k - 54, 0)));
  }
  std::string script = "import sys\nsys.set_int_max_str_digits(0)\ndef s(f):\n    try:\n        return repr(f())\n    except Exception:\n        return 'E'\nvals = [";
  for (auto& t : texts) script += t + ",";
  script +=
      "]\nfor a in vals:\n    print(' '.join([repr(a), s(lambda: float(a)), repr(hash(a)), repr(a.bit_length()), "
      "hex(a), s(lambda: -a), s(lambda: ~a), s(lambda: round(a, -3))]))\n";
  std::vector<std::string> expected = testing::run_oracle(script);
  ASSERT_EQ(expected.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    // The expression's value: take it from python's own decimal repr.
    std::string decimal = expected[i].substr(0, expected[i].find(' '));
    Value a = parse(decimal);
    Result<double> d = int_to_double(ts(), a);
    std::string as_float = d.is_error() ? (clear_pending_exception(ts()), "E") : float_repr(d.value());
    std::string hex = int_to_string_base(a, 16);
    hex = hex[0] == '-' ? "-0x" + hex.substr(1) : "0x" + hex;
    std::string got = render(int_to_decimal(ts(), a).ok() ? a : Value()) + " " + as_float + " " +
                      std::to_string(int_hash(a)) + " " + std::to_string(int_bit_length(a)) + " " + hex + " " +
                      render(int_neg(ts(), a)) + " " + render(int_invert(ts(), a)) + " " +
                      render(int_round(ts(), a, Value::small_int(-3)));
    ASSERT_EQ(got, expected[i]) << texts[i];
  }
}

// Random short strings over the characters of the literal grammar: int() and
// float() must accept and reject exactly what CPython does.
TEST_F(IntObject, ParsingGrammarMatchesCPythonOnRandomStrings) {
  std::mt19937_64 rng(7);
  const std::string alphabet = "0123456789_+-.eExXoObBfF naIiNnty\t";
  std::vector<std::string> texts = {"0_0", "0x_1", "1_000", "00", "-0b1_0", " 1e5 ", "1_0.5_5e1_0", "infinity"};
  while (texts.size() < 4000) {
    size_t n = 1 + rng() % 8;
    std::string t;
    for (size_t i = 0; i < n; ++i) t += alphabet[rng() % alphabet.size()];
    texts.push_back(t);
  }
  std::string script = "def s(f):\n    try:\n        return repr(f())\n    except ValueError:\n        return 'E'\ntexts = [";
  for (auto& t : texts) {
    script += "'";
    for (char c : t) script += c == '\t' ? std::string("\\t") : std::string(1, c);
    script += "',";
  }
  script +=
      "]\nfor t in texts:\n    print(' '.join([s(lambda: int(t, 0)), s(lambda: int(t)), s(lambda: int(t, 16)), "
      "s(lambda: int(t, 2)), s(lambda: float(t))]))\n";
  std::vector<std::string> expected = testing::run_oracle(script);
  ASSERT_EQ(expected.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string& t = texts[i];
    std::string got = render(int_from_string(ts(), t, 0)) + " " + render(int_from_string(ts(), t, 10)) + " " +
                      render(int_from_string(ts(), t, 16)) + " " + render(int_from_string(ts(), t, 2)) + " " +
                      render(float_from_string(ts(), t));
    ASSERT_EQ(got, expected[i]) << "text '" << t << "'";
  }
}

TEST_F(IntObject, SmallResultsStaySmall) {
  Value big = parse("100000000000000000000000000000");
  Value r = int_sub(ts(), big, parse("99999999999999999999999999999")).value();
  EXPECT_TRUE(r.is_small_int());
  EXPECT_EQ(r.as_small_int(), 1);
  Value limit = int_from_int64(Value::kSmallIntMax);
  EXPECT_TRUE(limit.is_small_int());
  Value over = int_add(ts(), limit, Value::small_int(1)).value();
  EXPECT_FALSE(over.is_small_int());
  EXPECT_TRUE(int_sub(ts(), over, Value::small_int(1)).value().is_small_int());
  EXPECT_TRUE(int_neg(ts(), int_from_int64(Value::kSmallIntMin)).value().is_object());
  EXPECT_TRUE(int_floordiv(ts(), over, over).value().is_small_int());
}

TEST_F(IntObject, StringLimitsAndGrammar) {
  EXPECT_TRUE(int_to_decimal(ts(), parse(std::string(4300, '9'))).ok());
  Result<Value> too_long = int_from_string(ts(), std::string(4301, '9'), 10);
  EXPECT_TRUE(too_long.is_error());
  clear_pending_exception(ts());
  Result<Value> hex = int_from_string(ts(), std::string(5000, 'f'), 16);
  ASSERT_TRUE(hex.ok());
  EXPECT_EQ(int_bit_length(hex.value()), 20000);
  Result<Value> too_big = int_to_decimal(ts(), hex.value());
  EXPECT_TRUE(too_big.is_error());
  clear_pending_exception(ts());
  EXPECT_EQ(int_to_string_base(int_from_string(ts(), " -0x_1f\n", 0).value(), 10), "-31");
  for (const char* bad : {"01", "1__0", "_1", "1_", "0x", "", "- 1"}) {
    EXPECT_TRUE(int_from_string(ts(), bad, 0).is_error()) << bad;
    clear_pending_exception(ts());
  }
}

}  // namespace
}  // namespace pystm
