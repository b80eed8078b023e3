t = 1, 2, 3
a, b, c = t
print(t, a + b + c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
a, b = b, a
print(a, b)
single = 5,
print(single, type(single).__name__)
