points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print([(b, a) for a, b in points])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([first for first, *_ in [(1, 2, 3), (4, 5)]])
