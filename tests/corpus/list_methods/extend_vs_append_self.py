a = [1, 2]
a.extend(a)
print(a)
b = [1, 2]
b += b
print(b)
c = [1, 2]
c = c + c
print(c)
d = [0]
d.append(len(d))
d.append(len(d))
print(d)
