a = [1, [2, 3]]
b = a.copy()
b.append(4)
b[1].append('shared')
print(a, b)
c = a[:]
c[0] = 'changed'
print(a, c)
a.clear()
print(a, b)
d = b
d.clear()
print(b)
