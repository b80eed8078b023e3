# Count the words of a short text with a dict, then print a small report.

TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away.
A quick fox, a lazy dog, and the end of the story."""


def words(text):
    result = []
    for raw in text.split():
        word = raw.strip(".,;!?").lower()
        if word:
            result.append(word)
    return result


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


all_words = words(TEXT)
counts = count(all_words)
print("%d words, %d different" % (len(all_words), len(counts)))

# Most frequent first; ties in alphabetical order.
ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
for word, n in ranked[:5]:
    print("%-6s %2d %s" % (word, n, "*" * n))

longest = max(all_words, key=len)
print("longest word: %r (%d letters)" % (longest, len(longest)))
print("lines:", [len(line.split()) for line in TEXT.splitlines()])
