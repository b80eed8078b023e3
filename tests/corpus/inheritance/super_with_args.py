class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f"

class C(B):
    def f(self):
        return super(B, self).f()

print(C().f())
print(super(C, C()).f())
