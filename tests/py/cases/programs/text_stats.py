# Word statistics over a generated text: counting, sorting by frequency, lengths.
vocab = ['stm', 'heap', 'thread', 'commit', 'abort', 'segment', 'barrier', 'read',
         'write', 'conflict', 'page', 'marker', 'log', 'gc', 'trace']
seed = 12345
words = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    words.append(vocab[(seed // 65536) % len(vocab)])
text = ' '.join(words)
print(len(text), len(words), text[:60])
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1


def freq_then_word(item):
    return (-item[1], item[0])


ranked = sorted(counts.items(), key=freq_then_word)
for w, c in ranked[:5]:
    print(w, c)
print(ranked[-1], sum(counts.values()))
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
bigrams = {}
for i in range(len(words) - 1):
    key = words[i] + ' ' + words[i + 1]
    bigrams[key] = bigrams.get(key, 0) + 1
top = sorted(bigrams.items(), key=freq_then_word)[:3]
print(top, len(bigrams))
longest = ''
for w in counts:
    if len(w) > len(longest):
        longest = w
print(longest, text.find(longest), text.upper()[:20], text.find('log log'))
letters = {}
for ch in text.replace(' ', ''):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6], max(letters.values()))
print(' '.join([w for w in words[:50] if w.startswith('c') or w.endswith('e')]))
