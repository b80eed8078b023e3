print(set(), frozenset(), {0}, frozenset({0}))
print(repr(set()), str({1, 2}))
print({(1, 2), (1, 2)}, {None})
print(set([1, 1, 2]) == {2, 1})
