from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[word[0]].append(word)
print(dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["zzz"], len(counts))
