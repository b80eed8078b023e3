a = []
b = a
print(id(a) == id(b))
a.append(1)
print(id(a) == id(b), b)
a = a + [2]
print(id(a) == id(b), a, b)
