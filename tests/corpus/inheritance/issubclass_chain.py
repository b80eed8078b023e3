class A: pass
class B(A): pass
class C(B): pass
class D: pass

print(issubclass(C, A), issubclass(C, B), issubclass(A, C))
print(issubclass(D, A), issubclass(D, object), issubclass(C, C))
print(isinstance(C(), A), isinstance(A(), C))
print(issubclass(bool, int), issubclass(int, object))
