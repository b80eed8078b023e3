print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5))
print(sum([[1], [2, 3]], []))
print(sum([0.1] * 10), sum(x / 2 for x in range(5)))
print(sum(((1,), (2,)), ()))
