d = {"b": 2, "a": 1, "c": 3}
print(list(d))
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
d["a"] = 10
d["z"] = 0
del d["b"]
print(list(d.items()))
