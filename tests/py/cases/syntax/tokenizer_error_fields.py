# SyntaxError fields of errors the tokenizer raises (text without newline, CPython's offsets).
for src in ['x = 1 \\ y\n', 'x = """abc\n\n', 'a = 5 \u00a4\n', 'x = (1]\n', '1__0\n', '0b12\n', '0o8\n', '1e\n', '1.5j_\n', 'x = 1\n  y = 2\n', 'if x:\n    a\n  b\n', '09 + 1\n', '\x00\n', 'x = "a" "b\n', 'x = $\n']:
    try:
        compile(src, '<src>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except ValueError as e:
        print('ValueError', e)
