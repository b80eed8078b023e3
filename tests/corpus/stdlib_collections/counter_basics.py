from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2))
print(sorted(c.elements()))
c.update("aaz")
print(c.most_common(3))
c.subtract({"a": 10})
print(c["a"])
