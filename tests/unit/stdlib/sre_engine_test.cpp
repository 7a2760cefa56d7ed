// tests/unit/stdlib/sre_engine_test.cpp — the SRE matcher (stdlib/sre) judged
// against CPython 3.11's _sre. sre_oracle.py compiles patterns with CPython's
// re._parser/re._compiler at test time and prints the code, the subject and
// CPython's results; this test runs the same code through our engine.
// Owns: engine-level coverage (opcodes, marks, lastindex, must_advance,
// pos/endpos) and the casing functions. Must never: hand-write an answer.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "stdlib/sre/sre_chars.h"
#include "stdlib/sre/sre_engine.h"

namespace pystm::sre {
namespace {

std::vector<std::string> oracle_lines(const char* arg) {
  std::string cmd = std::string("/usr/bin/python3.11 -W ignore " PYSTM_SOURCE_DIR "/tests/unit/stdlib/sre_oracle.py ") + arg;
  std::vector<std::string> lines;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    std::string all;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) all.append(buf, n);
    pclose(p);
    std::istringstream ss(all);
    std::string line;
    while (std::getline(ss, line)) lines.push_back(line);
  }
  return lines;
}

struct Case {
  int kind = 0;
  int width = 1;
  int64_t groups = 0;
  std::vector<uint32_t> code;
  std::vector<uint32_t> subject;
  int64_t pos = 0, endpos = 0;
  std::vector<std::vector<int64_t>> results;
};

Case parse(const std::string& line) {
  std::istringstream in(line);
  Case c;
  size_t n;
  in >> c.kind >> c.width >> c.groups >> n;
  c.code.resize(n);
  for (auto& w : c.code) in >> w;
  in >> n;
  c.subject.resize(n);
  for (auto& ch : c.subject) in >> ch;
  in >> c.pos >> c.endpos >> n;
  size_t per = 3 + 2 * static_cast<size_t>(c.groups);
  c.results.resize(n, std::vector<int64_t>(per));
  for (auto& r : c.results)
    for (auto& v : r) in >> v;
  return c;
}

std::vector<int64_t> result_of(const MatchState& st, int64_t groups) {
  std::vector<int64_t> r{st.start, st.ptr, st.lastindex};
  for (int64_t g = 1; g <= groups; ++g) {
    int64_t b = -1, e = -1;
    if (!group_span(st, g, &b, &e)) b = e = -1;
    r.push_back(b);
    r.push_back(e);
  }
  return r;
}

// Runs a case through the engine; returns the results in the oracle's shape.
std::vector<std::vector<int64_t>> run_case(const Case& c) {
  std::vector<uint8_t> narrow(c.subject.begin(), c.subject.end());
  MatchState st;
  st.subject.width = c.width;
  st.subject.length = static_cast<int64_t>(c.subject.size());
  st.subject.data = c.width == 1 ? static_cast<const void*>(narrow.data()) : c.subject.data();
  st.end = c.endpos;
  st.start = c.pos;
  st.marks.assign(2 * c.groups + 2, -1);
  st.match_all = c.kind == 2;
  std::vector<std::vector<int64_t>> out;
  const uint32_t* code = c.code.data();
  if (c.kind <= 2) {
    int status = c.kind == 1 ? search(code, c.code.size(), st) : match(code, c.code.size(), st);
    if (status < 0) out.push_back({-100, status});
    if (status == kMatched) out.push_back(result_of(st, c.groups));
    return out;
  }
  // finditer: the scanner's loop.
  for (int guard = 0; guard < 1000 && st.start <= st.end; ++guard) {
    st.reset();
    st.ptr = st.start;
    int status = search(code, c.code.size(), st);
    if (status < 0) out.push_back({-100, status});
    if (status != kMatched) break;
    out.push_back(result_of(st, c.groups));
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  }
  return out;
}

std::string describe(const std::vector<std::vector<int64_t>>& rs) {
  std::string s;
  for (auto& r : rs) {
    s += "(";
    for (auto v : r) s += std::to_string(v) + " ";
    s += ")";
  }
  return s.empty() ? "no match" : s;
}

TEST(SreEngine, MatchesCPythonOnOracleCases) {
  std::vector<std::string> lines = oracle_lines("");
  ASSERT_GT(lines.size(), 1000u) << "the oracle did not run";
  int failures = 0, invalid = 0;
  for (const std::string& line : lines) {
    Case c = parse(line);
    if (!validate_code(c.code.data(), c.code.size(), c.groups)) {
      if (++invalid <= 5) ADD_FAILURE() << "valid code rejected: " << line.substr(0, 300);
      continue;
    }
    auto got = run_case(c);
    if (got != c.results && ++failures <= 15) {
      ADD_FAILURE() << "case: " << line.substr(0, 400) << "\n  CPython: " << describe(c.results)
                    << "\n  pystm:   " << describe(got);
    }
  }
  EXPECT_EQ(failures, 0) << "of " << lines.size() << " cases";
  EXPECT_EQ(invalid, 0);
}

TEST(SreEngine, CasingFunctionsMatchCPythonForEveryCodePoint) {
  std::vector<std::string> lines = oracle_lines("casing");
  ASSERT_GT(lines.size(), 1000u) << "the oracle did not run";
  std::vector<std::pair<uint32_t, uint32_t>> expected;  // (lower, cased) per code point
  expected.reserve(0x110000);
  for (uint32_t cp = 0; cp < 0x110000; ++cp) expected.push_back({cp, 0});
  for (const std::string& line : lines) {
    std::istringstream in(line);
    std::string tag;
    uint32_t cp, lo, cased;
    in >> tag >> cp >> lo >> cased;
    expected[cp] = {lo, cased};
  }
  int failures = 0;
  for (uint32_t cp = 0; cp < 0x110000; ++cp) {
    uint32_t lo = lower_unicode(cp);
    uint32_t cased = unicode_iscased(cp);
    if ((lo != expected[cp].first || cased != expected[cp].second) && ++failures <= 10)
      ADD_FAILURE() << "U+" << std::hex << cp << ": lower " << lo << " cased " << cased << ", CPython lower "
                    << expected[cp].first << " cased " << expected[cp].second;
  }
  EXPECT_EQ(failures, 0);
}

TEST(SreEngine, RejectsMalformedCode) {
  // Structural checks need no oracle: truncations of a valid program and
  // out-of-range operands must be rejected, never crash the validator.
  std::vector<std::string> lines = oracle_lines("");
  ASSERT_FALSE(lines.empty());
  int checked = 0;
  for (size_t k = 0; k < lines.size() && checked < 300; k += 97, ++checked) {
    Case c = parse(lines[k]);
    for (size_t cut = 1; cut < c.code.size(); ++cut) {
      std::vector<uint32_t> code(c.code.begin(), c.code.begin() + cut);
      code.push_back(kSuccess);
      if (validate_code(code.data(), code.size(), c.groups)) {
        // Whatever it accepts must run without reading outside the code.
        MatchState st;
        std::vector<uint8_t> s(c.subject.begin(), c.subject.end());
        st.subject = {s.data(), 1, static_cast<int64_t>(s.size())};
        st.end = st.subject.length;
        st.marks.assign(2 * c.groups + 2, -1);
        (void)search(code.data(), code.size(), st);
      }
    }
  }
  std::vector<uint32_t> bad_mark{kMark, 6, kSuccess};
  EXPECT_FALSE(validate_code(bad_mark.data(), bad_mark.size(), 2));
  EXPECT_TRUE(validate_code(bad_mark.data(), bad_mark.size(), 3));
  std::vector<uint32_t> no_success{kLiteral, 97};
  EXPECT_FALSE(validate_code(no_success.data(), no_success.size(), 0));
}

TEST(SreEngine, ValidatorAgreesWithCPythonOnDamagedCode) {
  std::vector<std::string> lines = oracle_lines("mutate");
  ASSERT_GT(lines.size(), 1000u) << "the oracle did not run";
  int failures = 0;
  for (const std::string& line : lines) {
    std::istringstream in(line);
    std::string tag;
    int accepted;
    int64_t groups;
    size_t n;
    in >> tag >> accepted >> groups >> n;
    std::vector<uint32_t> code(n);
    for (auto& w : code) in >> w;
    bool ours = !code.empty() && validate_code(code.data(), code.size(), groups);
    if (ours != (accepted == 1) && ++failures <= 10)
      ADD_FAILURE() << "CPython " << (accepted ? "accepts" : "rejects") << ": " << line;
    if (!ours) continue;
    // Whatever is accepted must run to an answer without reading outside
    // the code or the subject (ASan builds check the reads).
    for (const char* text : {"", "ab", "aab", "xyz", "abc1 ba"}) {
      std::string s = text;
      MatchState st;
      st.subject = {s.data(), 1, static_cast<int64_t>(s.size())};
      st.end = st.subject.length;
      st.marks.assign(2 * groups + 2, -1);
      (void)search(code.data(), code.size(), st);
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace pystm::sre
