# UTF-16 and UTF-32 (byte-order marks, -le/-be, surrogate pairs), the error
# handlers on every codec, incremental codecs, text files in UTF-16, and the
# escape and charmap codecs.
import codecs
import io
import os
import tempfile

samples = ["", "abc", "h\xe9llo", "\u20ac100", "emoji \U0001f600 pair", "\ufeffbom"]
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    for s in samples:
        b = s.encode(enc)
        assert b.decode(enc) == s, (enc, s)
    print(enc, "x\U0001f600".encode(enc).hex())

print(b"\xfe\xff\x00a\x00b".decode("utf-16"), b"a\x00b\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00\x00\xd8", "strict", 0, False))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, False))
print(codecs.utf_16_ex_decode(b"\xff", "strict", 0, False))
print(codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b\x00", "strict", 0, False))

# Decoding errors, strict and with handlers.
bad = [
    ("utf-16-le", b"a\x00\x00\xdcb\x00"),    # lone low surrogate
    ("utf-16-be", b"\xd8\x00\x00a"),        # high surrogate without its pair
    ("utf-16-le", b"a\x00b"),               # truncated
    ("utf-16-le", b"a\x00\x00\xd8"),        # high surrogate at the end
    ("utf-32-le", b"\xff\xff\xff\x00"),     # out of range
    ("utf-32-be", b"\x00\x00\xd8\x00"),     # surrogate
    ("utf-32", b"a\x00\x00"),               # truncated
]
for enc, data in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print("strict:", e, (e.start, e.end, e.encoding))
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            print(" ", errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(" ", errors, "raised", e.reason)

# Encoding errors.
text = "a\udc80b\u20ac\U0001f600c"
for enc in ["utf-16", "utf-16-le", "utf-32-be", "utf-8", "ascii", "latin-1", "cp1252"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace",
                   "surrogateescape", "surrogatepass"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "raised", e.start, e.end, e.reason)
print("lone surrogates pass:", "\ud800\udfff".encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass") == "\ud800\udfff")
print(b"\xff\x80".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))


# A handler registered from Python.
def question_marks(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d>" % (exc.end - exc.start), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("test.marks", question_marks)
print("snow\u2603man".encode("ascii", "test.marks"), b"a\xffb".decode("ascii", "test.marks"))
print("a\udc00b".encode("utf-16-be", "test.marks"), b"a\x00\x00\xdc".decode("utf-16-le", "test.marks"))
print("\u0100x".encode("latin-1", "test.marks"), "\u2603".encode("cp1252", "test.marks"))
codecs.register_error("test.bytes", lambda exc: (b"!!", exc.end))
print("a\u2603b".encode("ascii", "test.bytes"))
codecs.register_error("test.back", lambda exc: ("<%d>" % exc.start, -1))
print("ab\u2603x".encode("ascii", "test.back"))
for bad_handler in [lambda exc: "nope", lambda exc: ("x", 100)]:
    codecs.register_error("test.bad", bad_handler)
    try:
        "\u2603".encode("ascii", "test.bad")
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "\u2603".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError", e)
print([codecs.lookup_error(n).__name__ for n in ["strict", "ignore", "replace", "backslashreplace",
                                                  "xmlcharrefreplace", "namereplace", "surrogateescape",
                                                  "surrogatepass"]])

# Incremental codecs, fed a byte at a time.
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-32-le"]:
    data = "x\U0001f600y\u20ac".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b"", final=True))
    enc_ = codecs.getincrementalencoder(enc)()
    pieces = [enc_.encode(ch) for ch in "ab\u20ac"] + [enc_.encode("", final=True)]
    print(enc, out, b"".join(pieces).hex())
dec = codecs.getincrementaldecoder("utf-16-le")()
try:
    dec.decode(b"a\x00b", final=True)
except UnicodeDecodeError as e:
    print("incremental:", e)

# Text files in UTF-16/32 through io.TextIOWrapper.
with tempfile.TemporaryDirectory() as d:
    for enc in ["utf-16", "utf-16-le", "utf-32", "utf-32-be"]:
        path = os.path.join(d, "t.txt")
        with open(path, "w", encoding=enc) as f:
            f.write("line one\n")
            f.write("l\xefne \U0001f600 two\n")
            f.write("end")
        with open(path, "rb") as f:
            raw = f.read()
        with open(path, encoding=enc) as f:
            lines = f.readlines()
        with open(path, encoding=enc) as f:
            first = f.readline()
            pos = f.tell()
            rest = f.read()
            f.seek(pos)
            again = f.read()
        with open(path, "a", encoding=enc) as f:
            f.write("+more")
        with open(path, encoding=enc) as f:
            appended = f.read()
        print(enc, len(raw), raw[:6].hex(), lines, first, rest == again, appended[-9:])
    stream = io.TextIOWrapper(io.BytesIO("\u20acuro\n".encode("utf-16")), encoding="utf-16")
    print(stream.read(), stream.encoding)

# Escape codecs.
for s in ["plain", "tab\there", "quote' \" back\\slash", "\xe9\u20ac\U0001f600\x00\x7f"]:
    ue = s.encode("unicode_escape")
    re_ = s.encode("raw_unicode_escape")
    assert ue.decode("unicode_escape") == s and re_.decode("raw_unicode_escape") == s
    print(ue, re_)
print(b"\\N{BULLET} \\x41\\101\\u20ac\\U0001F600 \\\n".decode("unicode_escape"))
print(codecs.unicode_escape_decode(b"abc\\u20", "strict", False), codecs.raw_unicode_escape_decode(b"\\\\u0041 \\u0041"))
for data in [b"\\x4", b"\\u12", b"\\U00110000", b"\\N{NO SUCH NAME}", b"trailing \\"]:
    try:
        data.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print("unicode_escape:", e.reason, e.start, e.end)
    print("  replace:", ascii(data.decode("unicode_escape", "replace")))
print(codecs.escape_encode(b"a'b\\c\n\x00\xff"), codecs.escape_decode(b"a\\'b\\\\c\\n\\x00\\xff\\101"))
try:
    codecs.escape_decode(b"ab\\x4")
except ValueError as e:
    print("ValueError", e)

# Charmap codecs (the single-byte code pages).
for enc in ["cp1252", "cp437", "iso8859-15", "mac-roman", "cp850", "koi8-r"]:
    s = "caf\xe9 \u20ac"
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc))
    except UnicodeEncodeError as e:
        print(enc, "cannot encode", e.start, e.end, e.reason, s.encode(enc, "replace"))
print(b"\x81\x8d".decode("cp1252", "replace"), b"\x81".decode("cp1252", "backslashreplace"))
print(codecs.charmap_decode(b"\x00\x01", "strict", {0: "zero", 1: 0x263a}))
print(codecs.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"BB"}))
try:
    codecs.charmap_decode(b"\x02", "strict", {0: "zero"})
except UnicodeDecodeError as e:
    print(e)
