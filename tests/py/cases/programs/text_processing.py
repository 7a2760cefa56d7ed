# Text processing: split/join/strip, str methods, enumerate/zip, dict counting, sorting by multiple keys,
# nested functions and closures, string formatting with % and str.format.
TEXT = """The quick brown fox jumps over the lazy dog.
  A journey of a thousand miles begins with a single step!
To be, or not to be: that is the question.
"""


def words(text):
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip('.,!:;').lower()
            if w:
                yield w


def make_counter():
    counts = {}

    def add(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    def top(n):
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    return add, top


add, top = make_counter()
for w in words(TEXT):
    add(w)
print(top(5))
lines = [l.strip() for l in TEXT.strip().split('\n')]
for i, (line, n) in enumerate(zip(lines, map(len, lines)), start=1):
    print('%2d: %-45s (%d chars)' % (i, line[:45], n))
print('{0} has {1} letters; first {2!r}, last {word[-1]}'.format('fox', 3, 'f', word='fox'))
caps = ' '.join(w.capitalize() for w in 'hello big world'.split())
print(caps, caps.swapcase(), caps.center(21, '*'), caps.count('o'), caps.find('Big'), caps.replace(' ', '_'))
print(sorted(set(''.join(lines).lower()) - set(' .,!:;')), ''.join(reversed('stressed')))
table = [(w, len(w), w[::-1]) for w in sorted(set(words(TEXT))) if len(w) > 6]
for row in table:
    print('{:<10}{:>3} {}'.format(*row))
