# SyntaxError fields (msg, lineno, offset, text, end positions) from compile() in exec mode.
sources = ['1 +\n', '(1 +\n', 'x ==\n', 'if x\n', 'a b\n', '1 + * 2\n', 'x = (1,\n', 'f(\n',
           'def f(:\n    pass\n', 'for x in y\n    pass\n', 'x = [1, 2\ny = 3\n', 'class A\n',
           'return 5\n', 'x +=\n', 'print "hi"\n', '"abc\n', "f'{'\n", 'x = 1 = 2\n', 'del f()\n',
           'lambda x: yield\n', 'a, b += 1\n', '1 = x\n', 'if True:\npass\n', '  x = 1\n',
           'try:\n    pass\n', 'x = )\n', '}\n', 'import\n', 'from x import\n', 'with open(f) as:\n    pass\n',
           'nonlocal x\n', 'def f():\n    global x\n    x = 1\n    global x\n', '0x\n', '1_000_\n', '09\n',
           'a = 1 if b\n', 'f(x for x in y, 1)\n', 'def f(x, x): pass\n', '(yield x) = 1\n']
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
