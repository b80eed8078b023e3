a = {1, 2, 3}
print(a.union([3, 4], (5,)))
print(a.intersection({2, 3, 9}, [3, 2]))
print(a.difference([1], {2}))
print(a.symmetric_difference([3, 4]))
print(a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
print(a)
