"""Benchmark: dict/str heavy word counting (split, lower, strip, dict get, sorting)."""

WORDS = ("the quick brown fox jumps over the lazy dog while a curious cat "
         "watches from the old wooden fence and the sun sets slowly behind "
         "distant hills casting long shadows over fields of golden wheat").split()


def make_text(n):
    lines = []
    seed = 12345
    for i in range(n):
        line = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w = WORDS[seed % len(WORDS)]
            if seed % 5 == 0:
                w = w.capitalize() + ","
            elif seed % 7 == 0:
                w = w.upper() + "."
            line.append(w)
        lines.append(" ".join(line))
    return "\n".join(lines)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.strip(",.").lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    for line in text.split("\n"):
        ws = line.lower().replace(",", "").replace(".", "").split()
        for i in range(len(ws) - 1):
            key = ws[i] + " " + ws[i + 1]
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


def main():
    text = make_text(50000)
    counts = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    pairs = bigrams(text)
    longest = max(pairs, key=lambda k: (pairs[k], k))
    summary = ";".join(["%s=%d" % (w, c) for w, c in top])
    print("dict_str: %d %d %s %s" % (len(counts), len(pairs), summary, longest))


main()
