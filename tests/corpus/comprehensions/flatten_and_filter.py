data = [[1, -2, 3], [], [-4, 5], [6]]
print([x for sub in data for x in sub if x > 0])
print([sum(sub) for sub in data])
print([sub for sub in data if sub])
print(max((x for sub in data for x in sub), default=None))
