class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return V(abs(self.x) * 100)
    def __repr__(self):
        return "V(%d)" % self.x

v = V(-3)
print(-v, +v, ~v, abs(v))
