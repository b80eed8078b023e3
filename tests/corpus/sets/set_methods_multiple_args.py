a = {1, 2, 3, 4, 5}
print(a.union(), a.intersection())
print(a.difference({1}, [2], (3,)))
print(set.union({1}, {2}, {3}))
print(set().union(*[{1}, {2, 3}]))
