text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get))
print(text.count("the"), text.title())
