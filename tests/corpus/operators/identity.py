a = None
print(a is None, a is not None)
b = [1, 2]
c = b
d = [1, 2]
print(b is c, b is d, b == d)
print(b is not d)
print(True is True, False is not True)
c.append(3)
print(b)
