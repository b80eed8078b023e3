a = frozenset({1, 2})
b = frozenset({2, 1})
print(a == b, hash(a) == hash(b))
groups = {a: "first"}
groups[b] = "second"
print(len(groups), groups[a])
print(frozenset([frozenset([1])]))
