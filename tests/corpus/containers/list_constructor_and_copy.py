a = [1, [2, 3]]
b = list(a)
c = a[:]
d = a.copy()
b[1].append(4)
print(a, b is a, c[1] is a[1], d == a)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
