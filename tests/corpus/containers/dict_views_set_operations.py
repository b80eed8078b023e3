a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(a.items() & {("x", 1), ("y", 5)})
print(a.keys() == {"x", "y", "z"})
