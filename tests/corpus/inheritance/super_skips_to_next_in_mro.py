class A:
    def go(self):
        print("A.go")

class B(A):
    def go(self):
        print("B.go")
        super().go()

class C(A):
    def go(self):
        print("C.go")
        super().go()

class D(B, C):
    def go(self):
        print("D.go")
        super().go()

D().go()
print("---")
B().go()
