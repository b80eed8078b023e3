a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c))
print(type(id(a)).__name__)
x = object()
print(id(x) == id(x))
def f():
    pass
print(id(f) == id(f))
