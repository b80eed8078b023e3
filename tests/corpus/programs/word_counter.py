TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

STOP = {"it", "was", "the", "of"}


def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()


all_words = words(TEXT)
counts = {}
for w in all_words:
    counts[w] = counts.get(w, 0) + 1

print(f"total words: {len(all_words)}, distinct: {len(counts)}")
interesting = {w: n for w, n in counts.items() if w not in STOP}
top = sorted(interesting.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(f"{'word':<12}{'count':>5}")
for w, n in top:
    bar = "#" * n
    print(f"{w:<12}{n:>5} {bar}")

by_length = {}
for w in set(all_words):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(f"{length:2d}: {', '.join(sorted(by_length[length]))}")

lines = [line for line in TEXT.strip().splitlines()]
for i, line in enumerate(lines, 1):
    ws = words(line)
    print(f"line {i}: {len(ws):2d} words, longest={max(ws, key=len)!r}, avg={sum(map(len, ws)) / len(ws):.2f}")

letters = [c for c in TEXT.lower() if c.isalpha()]
freq = {c: letters.count(c) for c in sorted(set(letters))}
common = sorted(freq, key=freq.get, reverse=True)[:5]
print("most common letters:", " ".join(f"{c}={freq[c]}" for c in common))
print("vowel ratio: {:.1%}".format(sum(freq.get(v, 0) for v in "aeiou") / len(letters)))
pairs = {(a, b) for a, b in zip(all_words, all_words[1:]) if a not in STOP and b not in STOP}
print(sorted(pairs))
print(any(w.startswith("wis") for w in all_words), all(w.isalpha() for w in all_words))


class Concordance:
    def __init__(self, text, width=3):
        self.words = words(text)
        self.width = width
        self.index = {}
        for pos, w in enumerate(self.words):
            self.index.setdefault(w, []).append(pos)

    def context(self, word):
        out = []
        for pos in self.index.get(word, []):
            left = self.words[max(0, pos - self.width):pos]
            right = self.words[pos + 1:pos + 1 + self.width]
            out.append(f"{' '.join(left):>24} [{word}] {' '.join(right)}")
        return out

    def __len__(self):
        return len(self.index)

    def __contains__(self, word):
        return word in self.index


conc = Concordance(TEXT)
print(len(conc), "season" in conc, "summer" in conc)
for line in conc.context("age") + conc.context("season"):
    print(line)
print({w: conc.index[w] for w in ("best", "worst", "hope")})
