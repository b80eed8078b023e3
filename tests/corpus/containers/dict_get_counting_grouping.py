words = ["apple", "avocado", "banana", "blueberry", "cherry", "apple"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
