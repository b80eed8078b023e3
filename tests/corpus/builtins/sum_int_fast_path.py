# sum() adds ints without the general operator while they fit in 64 bits.
print(sum(range(10)), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]), sum([1.5, 2, 3]), sum([True, 2]), sum([], 5), sum([-2**63, -1]))
print(sum([[1], [2]], []), sum((x for x in range(5)), 10))
