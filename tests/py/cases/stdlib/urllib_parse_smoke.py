# urllib.parse: urlparse/urlsplit and their results' attributes, urljoin,
# urlencode, quote/unquote (and _plus, bytes), parse_qs/parse_qsl, defrag,
# IPv6 hosts and errors.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote, unquote_plus,
                          unquote_to_bytes, urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse,
                          urlunsplit)

for url in ["https://user:pw@Example.COM:8443/a/b;params?q=1&r=two#frag", "http://[::1]:80/x", "file:///etc/hosts",
            "mailto:someone@example.com", "//netloc/only", "relative/path?x", "HTTP://h/%7Euser", "http://h:bad/"]:
    p = urlparse(url)
    print(p)
    try:
        print(" ", p.hostname, p.port, p.username, p.password, p.geturl())
    except ValueError as e:
        print("  ValueError", e)
    print(" ", urlsplit(url), urlunsplit(urlsplit(url)) == urlunparse(p) or urlunsplit(urlsplit(url)))
base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../../g", "../../../g", "g;x=1/../y", ""]:
    print(rel, "->", urljoin(base, rel))
print(urlencode({"a": 1, "b": "x y", "c": "\u00e9&="}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"list": [1, 2]}, doseq=True), urlencode({"s": "a/b"}, safe="/", quote_via=quote))
for s in ["plain", "a b&c=d/e?f", "caf\u00e9 \u2603", "~user", "100%"]:
    print(quote(s), quote(s, safe=""), quote_plus(s), unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s)
print(quote_from_bytes(b"\x00\xff/a"), unquote_to_bytes("%00%ffa%zz"), unquote("%E2%98%83 %zz %"))
qs = "a=1&b=2&a=3&empty=&flag&x=%20y+z"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs, keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
print(urldefrag("http://h/p#frag"), urldefrag("http://h/p"))
try:
    parse_qsl("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
