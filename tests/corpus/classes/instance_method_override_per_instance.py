class A:
    def f(self):
        return "method"

a = A()
print(a.f())
a.f = lambda: "instance attr"
print(a.f())
print(A().f())
del a.f
print(a.f())
