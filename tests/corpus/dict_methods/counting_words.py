text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in by_count:
    print(w, c)
