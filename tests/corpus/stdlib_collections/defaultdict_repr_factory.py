from collections import defaultdict
d = defaultdict(lambda: "missing")
d["a"] = "present"
print(d["a"], d["b"])
s = defaultdict(set)
s["x"].add(1)
print(s)
n = defaultdict(int, {"k": 5})
print(n, n.default_factory)
