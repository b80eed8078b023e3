r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))))
print(list(reversed((4, 5))))
d = {"x": 1, "y": 2}
print(list(reversed(d)))
