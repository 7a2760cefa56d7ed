"""tests/unit/stdlib/sre_oracle.py — CPython 3.11 as the oracle of the SRE
engine test (sre_engine_test.cpp). Compiles patterns with CPython's own
re._parser/re._compiler into SRE code and prints, one line per case, the code,
the subject and what CPython's _sre does with it. Nothing here is an expected
value written by hand: every answer comes from python3.11 when the test runs.

Line format (space-separated integers):
  kind width groups ncode code... nsubject cps... pos endpos nresults results...
kind 0 match, 1 search, 2 fullmatch, 3 finditer (all matches);
each result is: start end lastindex followed by start end of every group.
Also prints 'CASE' lines for the casing functions (see casing()).
"""
import os
import random
import re
import sys
from re import _compiler, _parser

SEED = 20220615


def code_of(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    return code, p.state.groups - 1


def result(m, groups):
    if m is None:
        return []
    out = [m.start(), m.end(), -1 if m.lastindex is None else m.lastindex]
    for g in range(1, groups + 1):
        out += list(m.span(g))
    return out


def emit(kind, pattern, flags, subject, pos, endpos, results, code, groups):
    if isinstance(subject, bytes):
        cps = list(subject)
        width = 1
    else:
        cps = [ord(c) for c in subject]
        width = 1 if all(c < 256 for c in cps) else 4
    fields = [kind, width, groups, len(code)] + [int(w) for w in code] + [len(cps)] + cps + [pos, endpos, len(results)]
    for r in results:
        fields += r
    print(' '.join(map(str, fields)))


def cases(pattern, flags, subjects):
    try:
        code, groups = code_of(pattern, flags)
        compiled = re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return
    for s in subjects:
        if isinstance(s, str) != isinstance(pattern, str):
            continue
        n = len(s)
        bounds = [(0, n)]
        if n >= 2:
            bounds += [(1, n), (0, n - 1), (1, n - 1)]
        for pos, endpos in bounds:
            for kind, fn in ((0, compiled.match), (1, compiled.search), (2, compiled.fullmatch)):
                m = fn(s, pos, endpos)
                emit(kind, pattern, flags, s, pos, endpos, [result(m, groups)] if m else [], code, groups)
            ms = [result(m, groups) for m in compiled.finditer(s, pos, endpos)]
            emit(3, pattern, flags, s, pos, endpos, ms, code, groups)


FIXED = [
    (r'abc', 0, ['abc', 'xabcy', 'ab', '']),
    (r'a*', 0, ['', 'aaa', 'baaa']),
    (r'(a)(b)?', 0, ['ab', 'a', 'ac']),
    (r'(?P<x>a|b)+', 0, ['abba', 'c']),
    (r'(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    (r'((a)|b)+', 0, ['ab', 'ba', 'aab']),
    (r'(a)|b', 0, ['b', 'a']),
    (r'(?:(a)|b)*', 0, ['ab', 'ba']),
    (r'(a*)*', 0, ['b', 'aa']),
    (r'(a*)+', 0, ['b', 'aa']),
    (r'(a|)*b', 0, ['aab', 'b']),
    (r'(?:a|(b))*?c', 0, ['abac', 'bc']),
    (r'(\w+)\s+\1', 0, ['hello hello world', 'ab ab', 'ab ba']),
    (r'(?i)(\w+)\s+\1', 0, ['Hello hELLO', 'straße STRASSE']),
    (r'(?<=a)b', 0, ['ab', 'cb', 'b']),
    (r'(?<!a)b', 0, ['ab', 'cb', 'b']),
    (r'a(?=b)', 0, ['ab', 'ac']),
    (r'a(?!b)', 0, ['ab', 'ac']),
    (r'(?>a+)b', 0, ['aaab', 'aaa']),
    (r'(?>a|ab)c', 0, ['abc', 'ac']),
    (r'a++b', 0, ['aab', 'aa']),
    (r'a*+a', 0, ['aaa']),
    (r'(?:ab)++c', 0, ['ababc', 'abab']),
    (r'(?:a|ab)*+c', 0, ['abac']),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac']),
    (r'(?P<q>")?\w+(?(q)")', 0, ['"abc"', 'abc', '"abc']),
    (r'^\d+$', re.M, ['12\n34\nx', '12']),
    (r'^', re.M, ['a\nb\n']),
    (r'$', 0, ['a\n', 'a\nb']),
    (r'$', re.M, ['a\nb\n']),
    (r'\bfoo\b', 0, ['foo bar', 'foobar', 'a foo.']),
    (r'\Bo\B', 0, ['foo', 'o']),
    (r'\Aab\Z', 0, ['ab', 'ab\n']),
    (r'.+', 0, ['ab\ncd']),
    (r'.+', re.S, ['ab\ncd']),
    (r'[a-c]+', 0, ['xxabcabd']),
    (r'[^a-c]+', 0, ['abxyzc']),
    (r'[a-z]+', re.I, ['HeLLo wOrld']),
    (r'[\d\s]+', 0, ['12 34x', '١٢٣ x']),
    (r'[\d\s]+', re.A, ['12 34x', '١٢٣ x']),
    (r'\w+', 0, ['héllo wörld', 'добрый день']),
    (r'\w+', re.A, ['héllo wörld']),
    (r'[^\W\d]+', 0, ['ab12cd']),
    (r'\s+', 0, ['a \t\n\x0b\x0cb', 'a\u3000b', 'a\x1cb']),
    (r'\d+', 0, ['x١٢٣', 'x123']),
    (r'(?i)straße', 0, ['STRASSE', 'Straße', 'STRAẞE']),
    (r'(?i)ǅ', 0, ['ǆ', 'Ǆ', 'ǅ']),
    (r'(?i)[ǅ]', 0, ['ǆ', 'Ǆ', 'ǅ']),
    (r'(?i)σ+', 0, ['ΣσςΣ']),
    (r'(?i)[α-ω]+', 0, ['ΑΒΓ']),
    (r'(?i)k', 0, ['K', 'k', '\u212a']),
    (r'(?i)[k]', 0, ['\u212a']),
    (r'(?i)[a-z]', re.A, ['\u212a', 'K']),
    (r'(?i)\u0130', 0, ['i', 'İ', 'I']),
    (r'(?i)[\U00010400-\U0001044f]+', 0, ['\U00010400\U00010428']),
    (r'(?i)\U00010400', 0, ['\U00010428']),
    (r'[\u0100-\u017f]+', 0, ['ĀāĂ xyz']),
    (r'[^\u0100-\u017f]+', 0, ['ĀāĂ xyz']),
    (r'[a\u4e00-\u9fff]+', 0, ['中文abc']),
    (r'[\u4e00\u4e8c\u4e09\u56db\u4e94]+', 0, ['一二三四五六']),
    (r'x*', 0, ['axxb']),
    (r'x*?', 0, ['axxb']),
    (r'a{2,3}', 0, ['aaaa', 'a']),
    (r'a{2,3}?', 0, ['aaaa']),
    (r'(?:ab){2,3}', 0, ['abababab', 'ab']),
    (r'(?:ab){2,3}?', 0, ['abababab']),
    (r'(?:a|b){2,}?c', 0, ['ababc']),
    (r'(a+?)(a*)', 0, ['aaa']),
    (r'(a+)(a+)(a+)', 0, ['aaaaa']),
    (r'(.*?),(.*)', 0, ['a,b,c']),
    (r'(?s).*?x', 0, ['ab\ncx']),
    (r'(?x) a  b # comment', 0, ['ab']),
    (r'(?:)', 0, ['', 'ab']),
    (r'|a', 0, ['a']),
    (r'a|', 0, ['a', 'b']),
    (r'(a(b(c)))', 0, ['abc']),
    (r'(?:(a)|(b)|(c))+', 0, ['abc', 'cba']),
    (r'(?:(?P<a>a)|(?P<b>b))*', 0, ['ab', 'ba']),
    (r'(a)(?:b|(c))*', 0, ['abcb']),
    (r'((?:a|b)*?)c', 0, ['abac']),
    (r'(?:a(?=b)|.)+', 0, ['abacab']),
    (r'(?<=(a))b', 0, ['ab']),
    (r'(?<!(a))b', 0, ['cb']),
    (r'(?=(a+))a*b\1', 0, ['baaabac']),
    (r'(?:(a)|b)(?(1)c|d)', 0, ['ac', 'bd', 'ad', 'bc']),
    (r'\x00+', 0, ['a\x00\x00b']),
    (r'[\x00-\x10]', 0, ['\x05']),
    (r'[^\n]+', 0, ['ab\ncd']),
    (b'abc', 0, [b'xabcx']),
    (b'[a-z]+', re.I, [b'HeLLo']),
    (b'\\w+', 0, [b'caf\xe9 ok']),
    (b'(?L)\\w+', 0, [b'caf\xe9 ok']),
    (b'(?iL)[a-z]+', 0, [b'ABCdef']),
    (b'(?iL)k+', 0, [b'kKk']),
    (b'(?iL)(a)\\1', 0, [b'aA']),
    (b'\\s+', 0, [b'a \x1c\tb']),
    (b'(a)(?P<n>b)\\2', 0, [b'abb']),
    (r'(a)\1', re.I, ['aA']),
    (r'(?i)(é)\1', 0, ['éÉ']),
    (r'(?i)(a)\1', re.A, ['aA']),
    (r'(\d+)-\1', 0, ['12-12', '12-13']),
    (r'(?i)[^a]', 0, ['A', 'b']),
    (r'(?i)[^k]', 0, ['\u212a']),
    (r'(?i)a\b', 0, ['A ']),
    (r'(?a)\b\w+\b', 0, ['café au lait']),
    (r'(?u)\b\w+\b', 0, ['café au lait']),
    (r'\w+(?<=e)', 0, ['one three']),
    (r'(?<=\d{3})x', 0, ['123x', '12x']),
    (r'(?<=ab|cd)x', 0, ['abx', 'cdx', 'bx']),
    (r'(?<=(?P<p>a))b(?P=p)', 0, ['aba', 'abb']),
    (r'(?!)', 0, ['a']),
    (r'(?=)', 0, ['a']),
    (r'\Z', 0, ['ab']),
    (r'a\Z|b', 0, ['ab']),
    (r'[\s\S]{2}', 0, ['a\nb']),
    (r'[\w.-]+@[\w-]+\.[\w.]+', 0, ['contact: a.b-c@ex-ample.co.uk!']),
    (r'(\d{1,3})(?=(\d{3})+(?!\d))', 0, ['1234567']),
    (r'(a|b)*?b', 0, ['aab']),
    (r'(a)*?b', 0, ['aab']),
    (r'(?:(a)|(b))*?c', 0, ['abc']),
    (r'(?:x(a)|x(b))+', 0, ['xaxb']),
    (r'(?:(a)b|ac)+', 0, ['abac']),
]


def random_pattern(rng, depth=0):
    def atom():
        r = rng.random()
        if r < 0.3:
            return rng.choice(['a', 'b', 'c', 'a', 'b'])
        if r < 0.38:
            return rng.choice(['.', '[ab]', '[^a]', '\\w', '\\s', '\\d', '[a-c]', '\\n'])
        if r < 0.45 and depth < 3:
            return '(' + random_pattern(rng, depth + 1) + ')'
        if r < 0.5 and depth < 3:
            return '(?:' + random_pattern(rng, depth + 1) + ')'
        if r < 0.53 and depth < 3:
            return '(?>' + random_pattern(rng, depth + 1) + ')'
        if r < 0.57 and depth < 3:
            return rng.choice(['(?=', '(?!']) + random_pattern(rng, depth + 1) + ')'
        if r < 0.6:
            return rng.choice(['(?<=a)', '(?<!b)', '(?<=ab)', '(?<!\\n)'])
        if r < 0.65:
            return rng.choice(['^', '$', '\\b', '\\B', '\\A', '\\Z'])
        if r < 0.7:
            return '\\%d' % rng.randint(1, 2)
        if r < 0.73 and depth < 3:
            return '(?(1)' + random_pattern(rng, depth + 1) + '|' + random_pattern(rng, depth + 1) + ')'
        return rng.choice(['a', 'b', 'ab', 'ba'])

    def quant():
        r = rng.random()
        if r < 0.55:
            return ''
        q = rng.choice(['*', '+', '?', '{2}', '{1,2}', '{0,3}', '{2,}'])
        m = rng.random()
        if m < 0.25:
            q += '?'
        elif m < 0.4:
            q += '+'
        return q

    alts = []
    for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 3)):
        seq = ''.join(atom() + quant() for _ in range(rng.randint(0, 4)))
        alts.append(seq)
    return '|'.join(alts)


def casing():
    # _sre's case functions over every code point (only where they are not
    # the identity / false), so the C++ side can compare all of them.
    import _sre
    for cp in range(0x110000):
        lo = _sre.unicode_tolower(cp)
        cased = _sre.unicode_iscased(cp)
        if lo != cp or cased:
            print('CASE', cp, lo, int(cased))


def mutate():
    # Damaged code: valid programs with a few words changed, dropped or
    # inserted. Prints CPython's verdict (1 accepted by _sre.compile, 0
    # RuntimeError/OverflowError), groups and the code. Matching is left to
    # the C++ side (CPython itself may crash on code it accepted).
    import _sre
    rng = random.Random(SEED)
    sources = [p for p, f, _ in FIXED if isinstance(p, str) and f == 0][:60]
    for _ in range(3000):
        p = _parser.parse(rng.choice(sources), 0)
        code = [int(w) for w in _compiler._code(p, 0)]
        groups = p.state.groups - 1
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(code))
            r = rng.random()
            if r < 0.4:
                code[i] = rng.randint(0, 45)
            elif r < 0.7:
                code[i] = max(0, code[i] + rng.choice([-2, -1, 1, 2]))
            elif r < 0.85 and len(code) > 1:
                del code[i]
            else:
                code.insert(i, rng.randint(0, 30))
        # CPython's own validator can crash on damaged code: ask it in a
        # child process and skip the cases where it dies.
        pid = os.fork()
        if pid == 0:
            try:
                _sre.compile('x', 0, code, groups, {}, (None,) * (groups + 1))
                os._exit(1)
            except (RuntimeError, OverflowError):
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) in (0, 1):
            print('MUTANT', os.WEXITSTATUS(status), groups, len(code), ' '.join(map(str, code)), flush=True)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == 'casing':
        casing()
        return
    if len(sys.argv) > 1 and sys.argv[1] == 'mutate':
        mutate()
        return
    for pattern, flags, subjects in FIXED:
        cases(pattern, flags, subjects)
    rng = random.Random(SEED)
    alphabet = 'aabbc\n '
    for _ in range(1500):
        pattern = random_pattern(rng)
        flags = rng.choice([0, 0, 0, re.I, re.M, re.S])
        subjects = [''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 7))) for _ in range(4)]
        cases(pattern, flags, subjects)


main()
