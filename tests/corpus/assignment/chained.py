a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y)
a = b = a + 1
print(a, b)
