class A:
    def f(self):
        return 42

def g(self):
    return "g from outside"

A.g = g
a = A()
print(a.f(), a.g())
print(type(A.f).__name__)
print(type(a.f).__name__)
