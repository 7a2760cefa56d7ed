# difflib: SequenceMatcher ratios and opcodes, unified/context/ndiff diffs,
# get_close_matches, HtmlDiff table rows, Differ.
import difflib

a = "The quick brown fox jumps over the lazy dog".split()
b = "The quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
print(sm.get_opcodes())
print(sm.get_matching_blocks())
print(list(sm.get_grouped_opcodes(1)))
s2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 4), s2.find_longest_match(0, 28, 0, 37))

old = ["line %d\n" % i for i in range(12)]
new = list(old)
new[3] = "line three changed\n"
del new[7]
new.insert(10, "inserted line\n")
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt", "2026-01-01", "2026-01-02", n=2)))
print("".join(difflib.context_diff(old, new, "old.txt", "new.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whelk", "shell"], n=2, cutoff=0.5))
d = difflib.Differ()
print(list(d.compare(["abcdefg\n", "same\n"], ["abcxefg\n", "same\n"])))
html = difflib.HtmlDiff(wrapcolumn=40).make_table(old[:5], new[:5], "a", "b", context=True, numlines=1)
print(len(html.splitlines()), html.count("<tr>"), "diff_chg" in html)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"x\n", b"y\n"], [b"x\n", b"z\n"], b"a", b"b")))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
