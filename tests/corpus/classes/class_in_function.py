def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value * 2
    return Dyn

A = make_class(5)
B = make_class(7)
print(A().get(), B().get(), A.value, B.value)
print(A is B)
