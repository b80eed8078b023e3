class A:
    pass

a = A()
print(a.__class__.__name__)
print(a.__class__.__class__.__name__)
print((5).__class__.__name__, "x".__class__.__name__)
print([].__class__ is list)
