from itertools import count
labels = ["a", "b", "c"]
print(list(zip(count(1), labels)))
print(list(zip(count(0.5, 0.5), labels)))
ids = count(100)
print(next(ids), next(ids), next(ids))
