d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["c"] = 3
print(list(ks), list(vs), list(its))
print(len(ks), "a" in ks, 3 in vs, ("b", 2) in its)
del d["a"]
print(ks)
