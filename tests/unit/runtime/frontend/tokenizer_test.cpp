// tests/unit/runtime/frontend/tokenizer_test.cpp — tokenizer tests.
// Owns: differential checks of the token stream against python3.11's
// tokenize module (kinds, texts, and positions of real tokens), plus the
// decoding behaviour (BOM, cookies, line endings) and big-literal digits.
#include <gtest/gtest.h>

#include "runtime/frontend/ast_dump.h"
#include "runtime/frontend/parser.h"
#include "runtime/frontend/parser_impl.h"
#include "runtime/frontend/tokenizer.h"
#include "tests/unit/runtime/frontend/python_oracle.h"

namespace pystm::frontend {
namespace {

using testing::run_oracle;

const char* kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::Op: return "OP";
    case TokenKind::Error: return "ERRORTOKEN";
  }
  return "?";
}

std::string hex_of(std::string_view s) { return testing::hex_encode(std::string(s)); }

// Kinds and texts of every token; positions of the tokens that have text.
std::string our_tokens(const std::string& src) {
  auto ts = tokenize(src, "<t>");
  std::string out;
  for (const Token& t : ts->tokens) {
    out += kind_name(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String ||
        t.kind == TokenKind::Op) {
      out += " " + hex_of(t.text) + " " + std::to_string(t.lineno) + ":" + std::to_string(t.col) + "-" +
             std::to_string(t.end_lineno) + ":" + std::to_string(t.end_col);
    }
    out += ";";
  }
  return out;
}

TEST(TokenizerTest, TokensMatchPythonTokenize) {
  std::vector<std::string> v = {
      "x = 1\n",
      "if a:\n\tb\n\tif c:\n\t\tpass\nd\n",
      "def f(a, *b, **c) -> int: return a ** 2 // 3\n",
      "x = (1,\n     2)  # comment\ny = [\n]\n",
      "x = 1 + \\\n    2\n",
      "a <<= b >>= c **= d //= e @= f -> g := h != i ... j\n",
      "0x_1f 0o17 0b_1 1_000 1.5e-3 .5 5. 1e5 1j 1.5J 0\n",
      "r'a' b'b' rb'c' BR'd' f'{x}' Rf'y' u'z' '''t\nq''' \"s\"\n",
      "x = 'a\\\nb'\n",
      "class A:\n  def f(self):\n    pass\n\n  # comment\n\n  def g(self): pass\n",
      "é = 1\nπ_2 = é\n",
      "x\n",
      "if x:\n  y",
      "",
      "\n\n# only comments\n",
      "a;b;c\n",
      "f(**{'a': 1}, *[2])\n",
      "x = 1if y else 2\n",
      "match x:\n  case [1, *_]: pass\n",
  };
  auto want = run_oracle(
      "import tokenize, io\n"
      "names = {tokenize.NAME: 'NAME', tokenize.NUMBER: 'NUMBER', tokenize.STRING: 'STRING', tokenize.OP: 'OP',\n"
      "         tokenize.NEWLINE: 'NEWLINE', tokenize.INDENT: 'INDENT', tokenize.DEDENT: 'DEDENT',\n"
      "         tokenize.ENDMARKER: 'ENDMARKER'}\n"
      "for src in _inputs():\n"
      "    out = ''\n"
      "    lines = src.decode().splitlines(keepends=True)\n"
      "    for t in tokenize.generate_tokens(io.StringIO(src.decode()).readline):\n"
      "        if t.type not in names: continue\n"
      "        out += names[t.type]\n"
      "        if t.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP):\n"
      "            def bcol(row, col):\n"
      "                return len(lines[row - 1][:col].encode())\n"
      "            out += ' %s %d:%d-%d:%d' % (t.string.encode().hex(), t.start[0], bcol(*t.start), t.end[0], bcol(*t.end))\n"
      "        out += ';'\n"
      "    print(out)\n",
      v);
  ASSERT_EQ(want.size(), v.size());
  for (size_t i = 0; i < v.size(); i++) EXPECT_EQ(our_tokens(v[i]), want[i]) << "source: " << v[i];
}

TEST(TokenizerTest, IdentifiersAreNfkcNormalized) {
  // U+FB01 (LATIN SMALL LIGATURE FI) normalizes to "fi".
  auto ts = tokenize("\xEF\xAC\x81x = 1\n", "<t>");
  ASSERT_FALSE(ts->error);
  EXPECT_EQ(ts->tokens[0].text, "fix");
}

TEST(TokenizerTest, BigIntegerLiteralsBecomeDecimalDigits) {
  EXPECT_EQ(digits_to_decimal("ff", 16), "255");
  EXPECT_EQ(digits_to_decimal("0", 2), "0");
  std::vector<std::string> v = {"0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n", "0o1777777777777777777777777\n",
                                "0b" + std::string(100, '1') + "\n", "99999999999999999999999999999999999999\n",
                                "0x8000000000000000\n", "9223372036854775807\n", "0_0\n", "1_2_3\n"};
  auto want = run_oracle("for src in _inputs():\n    print(ast.dump(ast.parse(src)))\n", v);
  ASSERT_EQ(want.size(), v.size());
  for (size_t i = 0; i < v.size(); i++) {
    ParseResult r = parse(v[i], "<t>");
    ASSERT_FALSE(r.error) << v[i];
    EXPECT_EQ(dump(*r.module), want[i]) << v[i];
  }
  ParseResult big = parse("0x8000000000000000\n", "<t>");
  auto* e = static_cast<ast::ExprStmt*>(big.module->body[0])->value;
  ASSERT_EQ(e->kind, ast::ExprKind::Constant);
  EXPECT_EQ(static_cast<ast::Constant*>(e)->value.kind, ast::ConstantValue::Kind::BigInt);
  EXPECT_EQ(static_cast<ast::Constant*>(e)->value.text, "9223372036854775808");
}

TEST(TokenizerTest, UnknownEncodingIsASyntaxError) {
  ParseResult r = parse("# coding: no-such-codec\nx = 1\n", "<t>");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->msg, "unknown encoding: no-such-codec");
  // A codec iconv knows is decoded.
  ParseResult k = parse("# coding: koi8-r\nx = '\xC1'\n", "<t>");
  ASSERT_FALSE(k.error) << k.error->msg;
  auto* c = static_cast<ast::Constant*>(static_cast<ast::Assign*>(k.module->body[0])->value);
  EXPECT_EQ(c->value.text, "\xD0\xB0");  // CYRILLIC SMALL LETTER A
}

}  // namespace
}  // namespace pystm::frontend
