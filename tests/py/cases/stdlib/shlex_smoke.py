# shlex: split (posix and not), quote/join, comments, punctuation_chars,
# the lexer's token stream and errors.
import shlex

for s in ['a b c', 'echo "hello world" \'single quoted\' plain', r'escaped\ space "in \"quotes\""', 'x=1 y="2 3" # comment',
          "mixed'quote'\"s\"", '  leading and trailing  ', '']:
    print(shlex.split(s), shlex.split(s, comments=True))
print(shlex.split('a "b c" d', posix=False))
for s in ['simple', 'has space', "it's", '', '$HOME', 'a"b', 'safe-_./@%+=:,']:
    print(repr(shlex.quote(s)))
print(shlex.join(["ls", "-l", "my file", "it's"]))
lex = shlex.shlex("a && b || c; (d | e) > f", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key = "value with spaces" # trailing', posix=True)
lex.whitespace_split = False
print([t for t in lex])
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
for bad in ['unterminated "quote', "open 'single", 'trailing backslash\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
