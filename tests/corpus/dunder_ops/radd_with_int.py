class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("__radd__")
        return Num(o + self.v)
    def __repr__(self):
        return "Num(%d)" % self.v

print(Num(1) + 2)
print(2 + Num(1))
print(Num(1) + Num(2))
