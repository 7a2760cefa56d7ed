# Whole standard-library files through compile(..., PyCF_ONLY_AST): a digest
# of every node (class, scalar fields, positions) must equal CPython's, and
# the tree must compile back to code that runs definitions like the source.
import _ast

FILES = ['textwrap.py', 'bisect.py', 'colorsys.py', 'keyword.py', 'heapq.py', 'fnmatch.py', 'dataclasses.py']
M = (1 << 61) - 1


def digest(node, h=0):
    if isinstance(node, _ast.AST):
        h = (h * 131 + hash_str(type(node).__name__)) % M
        for name in node._attributes:
            h = (h * 131 + getattr(node, name)) % M
        for name in node._fields:
            h = digest(getattr(node, name, None), h)
        return h
    if isinstance(node, list):
        h = (h * 131 + len(node)) % M
        for item in node:
            h = digest(item, h)
        return h
    return (h * 131 + hash_str(repr(node))) % M


def hash_str(s):
    h = 7
    for ch in s:
        h = (h * 31 + ord(ch)) % M
    return h


def count(node, counts):
    if isinstance(node, _ast.AST):
        counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
        for name in node._fields:
            count(getattr(node, name, None), counts)
    elif isinstance(node, list):
        for item in node:
            count(item, counts)


for name in FILES:
    with open('/usr/lib/python3.11/' + name, encoding='utf-8') as f:
        src = f.read()
    tree = compile(src, name, 'exec', _ast.PyCF_ONLY_AST)
    counts = {}
    count(tree, counts)
    code = compile(tree, name, 'exec')
    print(name, digest(tree), sum(counts.values()), len(counts), type(code).__name__)
    if name == 'colorsys.py':
        ns = {'__name__': 'colorsys_from_tree'}
        exec(code, ns)
        print(ns['rgb_to_hsv'](0.2, 0.4, 0.4), ns['hls_to_rgb'](0.5, 0.5, 0.5))
