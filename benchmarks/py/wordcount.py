# benchmarks/py/wordcount.py — dict and str heavy: generate a text from a
# pseudo-random stream, split it, count words and bigrams, rank them.
WORDS = 500000

SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'shi', 'vo', 'pe', 'za', 'qu', 'ex']


def generate(n):
    seed = 2026
    parts = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = seed // 65536
        word = SYLLABLES[k % 12] + SYLLABLES[(k // 12) % 12]
        if k % 7 == 0:
            word = word + SYLLABLES[(k // 144) % 12]
        if k % 11 == 0:
            word = word.upper()
        parts.append(word)
    return ' '.join(parts)


def by_count(item):
    return (-item[1], item[0])


text = generate(WORDS)
words = text.lower().split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
bigrams = {}
prev = ''
for w in words:
    key = prev + ' ' + w
    if key in bigrams:
        bigrams[key] += 1
    else:
        bigrams[key] = 1
    prev = w
top = sorted(counts.items(), key=by_count)[:10]
top2 = sorted(bigrams.items(), key=by_count)[:3]
longest = 0
for w in counts:
    if len(w) > longest:
        longest = len(w)
print('wordcount', WORDS, len(text), len(counts), len(bigrams), longest)
print(top)
print(top2)
