t = (3, 1, 4, 1, 5)
print(len(t), t[0], t[-1], t[1:3])
print(t.count(1), t.index(4))
print(t + (9,), t * 2 if len(t) < 3 else t[:2] * 2)
print(1 in t, 7 in t)
print(min(t), max(t), sum(t), sorted(t))
a, b, *rest = t
print(a, b, rest)
try:
    t[0] = 10
except TypeError as e:
    print(e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
