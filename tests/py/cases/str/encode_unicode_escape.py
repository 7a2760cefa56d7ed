# str.encode('unicode_escape'), as ast.unparse uses it for docstrings.
for s in ["plain", "tab\there", "new\nline\r", "back\\slash", "quote'\"", "\x00\x1f\x7f\x80\xff",
          "é ü ñ", "\u20ac\uffff", "\U0001f600 end", ""]:
    print(repr(s.encode("unicode_escape")), repr(s.encode("unicode-escape")))
import ast
print(ast.unparse(ast.parse('"""Doc\\twith\\ttabs and é."""\nx = "a\\nb"\n')))
