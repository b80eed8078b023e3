a = ()
b = (1,)
c = 1,
d = (1)
print(a, b, c, d)
print(type(a).__name__, type(b).__name__, type(d).__name__)
print(len(a), len(b))
print((1, 'two', 3.0, None, True))
print(((1, 2), (3, 4)))
x = 5,
print(x, x[0])
