class Reg:
    def __init__(self, v):
        self.v = v
    def __isub__(self, o):
        self.v -= o; return self
    def __imul__(self, o):
        self.v *= o; return self
    def __ifloordiv__(self, o):
        self.v //= o; return self
    def __imod__(self, o):
        self.v %= o; return self
    def __ior__(self, o):
        self.v |= o; return self

r = Reg(10)
r -= 3
r *= 4
print(r.v)
r //= 3
r %= 5
r |= 8
print(r.v)
