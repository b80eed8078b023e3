class A:
    x = "class"
    def get(self):
        return self.x

a = A()
print(a.get())
a.x = "instance"
print(a.get(), A.x)
A.x = "changed class"
print(a.get(), A().get())
