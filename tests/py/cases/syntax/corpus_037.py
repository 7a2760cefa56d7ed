# SyntaxError corpus (moved from the front end's unit test): compile() each
# invalid snippet and print the error's class and fields.
for src in [
    '{a: b} = c\n',
]:
    try:
        compile(src, 'snippet.py', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename)
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
