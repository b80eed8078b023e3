print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
print(sorted({"b": 1, "a": 2}.items()))
print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
