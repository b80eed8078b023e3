def f(x, y):
    return x - y
print(f(y=1, x=2))
f(1, x=2)
