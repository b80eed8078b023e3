text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick, quick fox."""

def normalize(word):
    return word.strip('.,;!?').lower()

counts = {}
total = 0
for line in text.split('\n'):
    for raw in line.split():
        w = normalize(raw)
        if w == '':
            continue
        counts[w] = counts.get(w, 0) + 1
        total += 1

print('total words:', total)
print('distinct words:', len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print('%-6s %d' % (word, n))
longest = max(counts, key=len)
print('longest word:', longest)
print(counts)
