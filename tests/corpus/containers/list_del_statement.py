xs = list(range(6))
del xs[0]
del xs[-1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
print("deleted names")
