class A:
    def __add__(self, o):
        return "A.__add__"
    def __radd__(self, o):
        return "A.__radd__"

class B(A):
    def __radd__(self, o):
        return "B.__radd__"

print(A() + B())
print(A() + A())
print(B() + A())
