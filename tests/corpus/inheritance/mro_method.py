class A: pass
class B(A): pass
class C(B): pass

print([k.__name__ for k in C.mro()])
print(C.__mro__ == tuple(C.mro()))
print(C.__bases__ == (B,), A.__bases__ == (object,))
print(object.__mro__ == (object,))
