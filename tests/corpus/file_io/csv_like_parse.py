import os
path = "tmp_csv_like_parse.txt"
rows = [("name", "score"), ("ann", "91"), ("bob", "78"), ("cy", "85")]
with open(path, "w") as f:
    for r in rows:
        f.write(",".join(r) + "\n")
with open(path) as f:
    header = f.readline().strip().split(",")
    data = [dict(zip(header, line.strip().split(","))) for line in f]
os.remove(path)
print(header)
print(data)
print(sum(int(d["score"]) for d in data) / len(data))
