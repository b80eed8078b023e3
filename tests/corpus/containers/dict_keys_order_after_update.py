d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 10
print(list(d))
del d["z"]
d["z"] = 100
print(list(d.items()))
