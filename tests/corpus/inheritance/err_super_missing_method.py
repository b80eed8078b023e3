class A:
    def f(self):
        return 1

class B(A):
    def g(self):
        return super().g()

print(B().f())
B().g()
