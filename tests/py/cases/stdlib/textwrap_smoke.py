# textwrap: wrap/fill with every option, shorten, dedent/indent, and the
# TextWrapper class on long words, hyphens and whitespace.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilisticexpialidocious-and-hyphenated-words "
        "appear\there\twith\ttabs and  double  spaces.")
for width in (10, 25, 40, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 20, break_long_words=False, break_on_hyphens=False))
print(textwrap.fill(text, 35, expand_tabs=False, replace_whitespace=False))
print(textwrap.fill(text, 35, tabsize=4, drop_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" [...]"))
print(textwrap.fill("Sentence one.  Sentence two. Three.", 20, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!  This is a long sentence.", width=20))
print(textwrap.shorten("Short", width=20), textwrap.shorten("a b c d e f g", 9, placeholder="~"))
block = """\
    def f():
        return 1

      indented more
    """
print(textwrap.dedent(block))
print(textwrap.indent("a\n\nb\n  c\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=12, break_long_words=True)
print(w.wrap("x" * 30 + " tail"), w.fill("short words only here"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
