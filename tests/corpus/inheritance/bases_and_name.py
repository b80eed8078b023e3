class A: pass
class B: pass
class C(A, B): pass

print([b.__name__ for b in C.__bases__])
print(C.__base__.__name__)
print(type(C).__name__, type(C()).__name__)
