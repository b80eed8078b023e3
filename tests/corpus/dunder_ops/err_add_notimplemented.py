class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented

print((Meters(1) + Meters(2)).v)
Meters(1) + "x"
