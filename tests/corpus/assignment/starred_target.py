a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = 'hello'
print(c, d)
e, *f, g = (1, 2)
print(e, f, g)
h, *i, j = range(6)
print(h, i, j)
*k, = (9, 8)
print(k)
first, *rest = 'x'
print(first, rest)
[m, *n] = [1, 2, 3]
print(m, n)
