def f(x, y=1):
    return x * y
print(f(2, y=3))
print(f(2, z=3))
