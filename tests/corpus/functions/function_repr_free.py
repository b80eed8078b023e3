def f():
    return 1
g = f
print(g is f, g() == f())
print(type(f).__name__)
print(type(lambda: 0).__name__)
print(type(len).__name__)
print(f.__name__, g.__name__)
