f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
g = f | {9}
print(type(g).__name__, sorted(g))
h = {5} | f
print(type(h).__name__, sorted(h))
print(frozenset() == set(), frozenset({1}) == {1})
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
