from collections import Counter
a = Counter(x=3, y=1)
b = Counter(x=1, y=2, z=1)
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(sum(a.values()), a.total())
