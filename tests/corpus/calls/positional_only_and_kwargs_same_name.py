def f(a, /, **kw):
    return a, kw

print(f(1, a=2))
print(f("x", b=3))
