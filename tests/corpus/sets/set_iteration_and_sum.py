s = {1, 2, 3, 4}
print(sum(s), max(s), min(s), sorted(s, reverse=True))
print([x * 2 for x in s])
print(any(x > 3 for x in s), all(x > 0 for x in s))
