add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k))
print(varargs(1, 2, x=3))
kwonly = lambda *, k: k * 2
print(kwonly(k=21))
print((lambda: "no args")())
