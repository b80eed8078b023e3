seen = set()
dupes = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(sorted(seen), dupes)
