class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + o)

a = V(1)
b = a
a += 5
print(a.n, b.n, a is b)
