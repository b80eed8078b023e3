a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, h = 'xy'
print(g, h)
i, = [7]
print(i)
k, v = ('key', 'value')
print(k, v)
p, q, r = range(3)
print(p, q, r)
