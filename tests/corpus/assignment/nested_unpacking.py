(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 1, [2, 3]
print(x, y, z)
[(p, q), (r, s)] = [(1, 2), (3, 4)]
print(p, q, r, s)
(m, (n, (o, w))) = (1, (2, (3, 4)))
print(m, n, o, w)
for i, (j, k) in [(1, (2, 3)), (4, (5, 6))]:
    print(i, j, k)
head, (mid, *tail) = 0, 'abc'
print(head, mid, tail)
