class A:
    value = 1
    def value_twice(self):
        return self.value * 2

class B(A):
    value = 10

class C(B):
    def __init__(self):
        self.value = 100

print(A().value_twice(), B().value_twice(), C().value_twice())
