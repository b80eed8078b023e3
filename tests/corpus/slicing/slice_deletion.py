xs = list(range(10))
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
del xs[-2:]
print(xs)
del xs[:]
print(xs)
