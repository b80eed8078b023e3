class A:
    x = 1
    def m(self):
        pass

class B(A):
    y = 2

print([n for n in dir(B) if not n.startswith("_")])
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("_")])
