import os
path = "tmp_word_count_file.txt"
with open(path, "w") as f:
    f.write("the quick brown fox\njumps over the lazy dog\nthe end\n")
counts = {}
lines = 0
with open(path) as f:
    for line in f:
        lines += 1
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
os.remove(path)
print(lines, sum(counts.values()), counts["the"])
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
