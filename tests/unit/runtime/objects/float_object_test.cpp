// tests/unit/runtime/objects/float_object_test.cpp — float repr, parsing,
// hashing and rounding checked against python3.11 on thousands of doubles.
#include "runtime/objects/float_object.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>

#include "runtime/objects/int_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "tests/unit/runtime/objects/int_test_oracle.h"

namespace pystm {
namespace {

double from_bits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

// A fixed-seed mix: raw bit patterns (every exponent, subnormals, inf, nan),
// short decimals, and integers near powers of two and ten.
std::vector<double> sample_doubles(size_t n) {
  std::mt19937_64 rng(20261125);
  std::vector<double> out = {0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 5e-324,
                             1.7976931348623157e308, 2.2250738585072014e-308, 123456789012345678.0};
  while (out.size() < n) {
    switch (rng() % 4) {
      case 0: out.push_back(from_bits(rng())); break;
      case 1: out.push_back(static_cast<double>(static_cast<int64_t>(rng() % 2000000) - 1000000) / 1000.0); break;
      case 2: out.push_back(std::ldexp(static_cast<double>(rng() % 4096), static_cast<int>(rng() % 200) - 100)); break;
      default: out.push_back(std::pow(10.0, static_cast<double>(static_cast<int>(rng() % 60) - 30)) * (rng() % 7)); break;
    }
  }
  return out;
}

std::string hex_bits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%016llx", static_cast<unsigned long long>(bits));
  return buffer;
}

// The script unpacks each bit pattern and prints what python3.11 computes.
std::string oracle_script(const std::vector<double>& values, const char* expression) {
  std::string script = "import struct\nbits = [\n";
  for (double d : values) script += hex_bits(d) + ",\n";
  script += "]\nfor b in bits:\n    x = struct.unpack('<d', b.to_bytes(8, 'little'))[0]\n    print(";
  script += expression;
  script += ")\n";
  return script;
}

TEST(FloatRepr, MatchesCPythonOnThousandsOfDoubles) {
  std::vector<double> values = sample_doubles(6000);
  std::vector<std::string> expected = testing::run_oracle(oracle_script(values, "repr(x)"));
  ASSERT_EQ(expected.size(), values.size()) << "python3.11 did not run";
  for (size_t i = 0; i < values.size(); ++i)
    ASSERT_EQ(float_repr(values[i]), expected[i]) << "bits " << hex_bits(values[i]);
}

TEST(FloatHash, MatchesCPython) {
  std::vector<double> values;
  for (double d : sample_doubles(3000))
    if (!std::isnan(d)) values.push_back(d);
  std::vector<std::string> expected = testing::run_oracle(oracle_script(values, "hash(x)"));
  ASSERT_EQ(expected.size(), values.size());
  for (size_t i = 0; i < values.size(); ++i)
    ASSERT_EQ(std::to_string(float_hash(values[i])), expected[i]) << "bits " << hex_bits(values[i]);
}

TEST(FloatHex, MatchesCPython) {
  std::vector<double> values = sample_doubles(2000);
  std::vector<std::string> expected = testing::run_oracle(oracle_script(values, "x.hex()"));
  ASSERT_EQ(expected.size(), values.size());
  for (size_t i = 0; i < values.size(); ++i)
    ASSERT_EQ(float_hex(values[i]), expected[i]) << "bits " << hex_bits(values[i]);
}

class FloatWithRuntime : public ::testing::Test {
 protected:
  void SetUp() override { initialize_runtime(); }
  ThreadState& ts() { return current_thread_state(); }
};

TEST_F(FloatWithRuntime, ParsingRoundTripsEveryRepr) {
  for (double d : sample_doubles(3000)) {
    Result<Value> parsed = float_from_string(ts(), float_repr(d));
    ASSERT_TRUE(parsed.ok()) << float_repr(d);
    double back = float_value(parsed.value());
    if (std::isnan(d)) {
      ASSERT_TRUE(std::isnan(back));
    } else {
      ASSERT_EQ(hex_bits(back), hex_bits(d)) << float_repr(d);
    }
  }
}

TEST_F(FloatWithRuntime, FromhexInvertsHex) {
  for (double d : sample_doubles(2000)) {
    Result<double> back = float_fromhex(ts(), float_hex(d));
    ASSERT_TRUE(back.ok());
    if (!std::isnan(d)) {
      ASSERT_EQ(hex_bits(back.value()), hex_bits(d)) << float_hex(d);
    }
  }
}

TEST_F(FloatWithRuntime, RoundWithDigitsMatchesCPython) {
  std::vector<double> values;
  for (double d : sample_doubles(1500))
    if (std::isfinite(d) && std::fabs(d) < 1e300) values.push_back(d);
  const int digits[] = {0, 1, 2, 3, 5, 10, 17, -1, -3, -20, 320, -300};
  std::string expression = "' '.join(repr(round(x, n)) for n in (0, 1, 2, 3, 5, 10, 17, -1, -3, -20, 320, -300))";
  std::vector<std::string> expected = testing::run_oracle(oracle_script(values, expression.c_str()));
  ASSERT_EQ(expected.size(), values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    std::string got;
    for (int n : digits) {
      Result<Value> r = float_round(ts(), values[i], Value::small_int(n));
      ASSERT_TRUE(r.ok());
      if (!got.empty()) got += ' ';
      got += float_repr(float_value(r.value()));
    }
    ASSERT_EQ(got, expected[i]) << "bits " << hex_bits(values[i]);
  }
}

TEST_F(FloatWithRuntime, MixedComparisonAndArithmeticMatchCPython) {
  const char* ints[] = {"0", "1", "-1", "2**53", "2**53+1", "-(2**53)-1", "2**63+1", "2**64-1", "10**20",
                        "10**308", "10**309", "-(10**400)", "2**1024", "2**1024-2**970"};
  std::vector<double> doubles = {0.0, -0.0, 1.0, 0.5, -1.5, 9007199254740992.0, 9007199254740994.0,
                                 9.223372036854776e18, 1e20, 1e308, 1.7976931348623157e308, HUGE_VAL,
                                 -HUGE_VAL, NAN};
  std::string script = "import struct\nints = [";
  for (const char* i : ints) script += std::string(i) + ",";
  script += "]\nfor i in ints:\n    print(i)\nbits = [";
  for (double d : doubles) script += hex_bits(d) + ",";
  script +=
      "]\nfor i in ints:\n    for b in bits:\n        x = struct.unpack('<d', b.to_bytes(8, 'little'))[0]\n"
      "        r = [i < x, i <= x, i == x, i != x, i > x, i >= x]\n"
      "        for op in (lambda: i + x, lambda: x - i, lambda: i * x, lambda: x / i, lambda: i // x, lambda: x % i):\n"
      "            try:\n                r.append(repr(op()))\n            except Exception:\n                r.append('E')\n"
      "        print(' '.join(str(v) for v in r))\n";
  std::vector<std::string> expected = testing::run_oracle(script);
  const size_t n_ints = sizeof ints / sizeof ints[0];
  ASSERT_EQ(expected.size(), n_ints + n_ints * doubles.size());
  size_t line = n_ints;
  auto render = [&](Result<Value> r) -> std::string {
    if (r.is_error()) {
      clear_pending_exception(ts());
      return "E";
    }
    Value v = r.value();
    if (v.is(g_true)) return "True";
    if (v.is(g_false)) return "False";
    return float_repr(float_value(v));
  };
  for (size_t k = 0; k < n_ints; ++k) {
    Value i = int_from_string(ts(), expected[k], 10).value();
    for (double d : doubles) {
      Value x = float_from_double(d);
      std::string got;
      for (int op = 0; op < 6; ++op) {
        bool handled = false;
        got += render(number_compare(ts(), i, x, op, &handled)) + " ";
        ASSERT_TRUE(handled);
      }
      got += render(number_binary(ts(), i, x, 0)) + " " + render(number_binary(ts(), x, i, 1)) + " " +
             render(number_binary(ts(), i, x, 2)) + " " + render(number_binary(ts(), x, i, 4)) + " " +
             render(number_binary(ts(), i, x, 12)) + " " + render(number_binary(ts(), x, i, 5));
      ASSERT_EQ(got, expected[line]) << expected[k] << " vs " << float_repr(d);
      ++line;
    }
  }
  bool handled = true;
  EXPECT_TRUE(number_compare(ts(), Value::small_int(1), g_none, 2, &handled).value().is(g_notimplemented));
  EXPECT_FALSE(handled);
  EXPECT_TRUE(number_binary(ts(), float_from_double(1.0), Value::small_int(1), 7).value().is(g_notimplemented));
}

TEST_F(FloatWithRuntime, ErrorsCarryCPythonMessages) {
  EXPECT_TRUE(float_binary(ts(), 4, 1.0, 0.0).is_error());  // Div
  clear_pending_exception(ts());
  EXPECT_TRUE(float_binary(ts(), 6, 10.0, 400.0).is_error());  // Pow overflow
  clear_pending_exception(ts());
  EXPECT_TRUE(float_binary(ts(), 6, 0.0, -1.0).is_error());
  clear_pending_exception(ts());
  EXPECT_TRUE(float_from_string(ts(), "1_.5").is_error());
  clear_pending_exception(ts());
  Result<Value> inf = float_from_string(ts(), " -Infinity\n");
  ASSERT_TRUE(inf.ok());
  EXPECT_TRUE(std::isinf(float_value(inf.value())) && float_value(inf.value()) < 0);
}

}  // namespace
}  // namespace pystm
