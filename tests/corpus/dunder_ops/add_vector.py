class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, b - a, a * 3)
print(a + b + a)
