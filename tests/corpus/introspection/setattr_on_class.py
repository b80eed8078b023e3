class A:
    pass

for name, val in [("one", 1), ("two", 2)]:
    setattr(A, name, val)
print(A.one, A().two)
setattr(A, "double", lambda self, x: x * 2)
print(A().double(21))
