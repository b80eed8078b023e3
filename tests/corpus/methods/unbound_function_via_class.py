class A:
    def double(self, x):
        return x * 2

f = A.double
print(f(None, 21))
print(list(map(A().double, [1, 2, 3])))
