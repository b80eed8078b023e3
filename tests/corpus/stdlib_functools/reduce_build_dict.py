from functools import reduce
pairs = [("a", 1), ("b", 2), ("a", 3)]
merged = reduce(lambda acc, kv: {**acc, kv[0]: acc.get(kv[0], 0) + kv[1]}, pairs, {})
print(merged)
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
