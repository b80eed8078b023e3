class A: pass
class B(A): pass

b = B()
print(type(b) is B, type(b) is A, type(b) == B)
print(type(3) is int, type(True) is int, type(True) is bool)
print(type(b)().__class__.__name__)
print(b.__class__ is B)
